"""The plain answers of the answer policy (``respond.Responder`` mixes them in): that the documents don't say, the
abstention with topics to offer, and the checks of a document's sections and an intent's keywords they use."""

from __future__ import annotations

from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.compose import Composer
from marrowbot.corpus import Corpus
from marrowbot.index import PassageIndex
from marrowbot.intents import Intent, IntentSet
from marrowbot.messages import Messages
from marrowbot.model import Answer, Explanation
from marrowbot.text import fold, terms
from marrowbot.text.questions import ASKS_WHAT_FOR, DEFINE_TERM, FILLER_PHRASES, YES_NO
from marrowbot.understanding.rules import RULE_A_GROUP_GETS_IT
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

_MAX_TOPICS_LISTED = 6
#: A "what is X" question names X in at most this many words.
_WHAT_IS_MAX_WORDS = 4
#: The section that sums a page up.
SUMMARY = "Summary"
#: The model this sure of the kind asked, and another kind under this share of it: the model all but rules it out.
MODEL_LEANS, UNLIKELY_SHARE = 0.5, 0.1


def asks_what_it_is(text: str, intent_name: str) -> bool:
    """True for a definition question asked as one, the whole message "what is X" ("what is low blood"): it stays a
    definition whatever section the sentence that answers sits in."""
    m = DEFINE_TERM.match(FILLER_PHRASES.sub(" ", fold(text)).strip()) if intent_name == "definition" else None
    # (a thing named in a few words: "what is interferon used for in ..." asks what it does)
    return m is not None and len(m["term"].split()) <= _WHAT_IS_MAX_WORDS and not ASKS_WHAT_FOR.search(fold(text))


class PlainAnswers:
    """Needs the tables ``Responder`` builds at load."""

    corpus: Corpus
    index: PassageIndex
    messages: Messages
    composer: Composer
    asked: Asked
    intent_set: IntentSet
    _keyword_phrases: dict[str, tuple[tuple[str, ...], ...]]
    _single_keywords: dict[str, frozenset[str]]

    def kind_words_asked(self, u: Understanding, intent: Intent, topic: Topic) -> str:
        """The words of its own kind a yes/no question asks about besides the topic's name, each when a sentence of
        the topic's page says it in a section of that kind or the summary ("is a marrow transplant a cure": "cure",
        from "... the best hope for a cure"; "is it curable" on a page that says "cures" only of research: none)."""
        name = set(terms(topic.name.text)) | set(terms(self.corpus.document(topic.doc).title))
        asked = {t[0] for w in fold(u.query).split() if len(t := terms(w)) == 1
                 and t[0] in self._single_keywords[intent.name] and t[0] not in name}
        sections = {s.lower() for s in (*intent.sections, SUMMARY)}
        a, b = self.index.doc_span(topic.doc)
        said = {t for p in self.index.passages[a:b] if not p.link_title and p.section.lower() in sections
                for t in terms(p.text) if t in asked}
        return " ".join(sorted(said))

    def names_only_it(self, u: Understanding) -> bool:
        """True when every symptom a message names is the name of its topic ("anemia" about anemia)."""
        return bool(u.symptoms) and u.topic is not None \
            and all(set(terms(t)) <= self.asked.name_terms(u) for t, _ in u.symptoms)

    def next_kind(self, u: Understanding) -> str:
        """The medical kind of question the intent model ranks first (what it is, with none)."""
        return next((n for n, _ in u.scores.ranked if n in self.intent_set.medical), "definition")

    def _asks_its_kind(self, text: str, intent_name: str) -> bool:
        """Whether a message uses one of the intent's keywords, a phrase keyword whole ("does it change the
        outlook" asks about the outlook; the "out" of "fall out" is no "look out for")."""
        said = f" {' '.join(terms(text))} "
        return any(f" {' '.join(k)} " in said for k in self._keyword_phrases[intent_name])

    def _yes_no_unsaid(self, u: Understanding, intent_name: str) -> bool:
        """A yes/no question asking neither about its kind's own subject ("does it change the outlook") nor who gets
        it ("can kids get it": its section answers): when no sentence speaks to it, the documents don't say."""
        return bool(YES_NO.search(fold(u.text))) and not self._asks_its_kind(u.query, intent_name) \
            and RULE_A_GROUP_GETS_IT not in u.rules

    def _kind_said_over(self, u: Understanding, asked: str, section_kind: str) -> bool:
        """True when a message says the kind it asks in that kind's own word ("what symptoms does it have"), the
        intent model leans to it and all but rules out the kind of the section the question's other words picked a
        sentence from: the answer is named the kind asked."""
        ranked = dict(u.scores.ranked)
        mine = ranked.get(asked, 0.0)
        said = set(terms(u.query))
        return bool(said & self._single_keywords[asked]) and not said & self._single_keywords[section_kind] \
            and mine >= MODEL_LEANS and ranked.get(section_kind, 0.0) < mine * UNLIKELY_SHARE

    def _has_section(self, doc: str, sections: tuple[str, ...]) -> bool:
        """Whether a document has a section of one of ``sections`` (its own sentences, not links)."""
        wanted = {x.lower() for x in sections}
        passages = self.index.passages
        return any(passages[p].section.lower() in wanted and not passages[p].link_title
                   for p in self.corpus.passage_ids(doc))

    def _not_said(self, u: Understanding, intent_name: str, explain: Explanation, rule: str | None) -> Answer:
        """"The documents I have don't say that about <topic>", and the rule that decided it."""
        assert u.topic is not None
        title = self.asked.document(u.topic.doc).title
        return self.composer.answer(question=u.text, intent=intent_name, topic=u.topic.doc, confidence=0.5,
                                    lead=self.messages.not_in_documents, abstained=True, values={"topic": title},
                                    explanation=replace(explain, rules=explain.rules + ((rule,) if rule else ())))

    def _abstain(self, u: Understanding, explain: Explanation) -> Answer:
        m = self.messages
        return self.composer.answer(question=u.text, intent="out_of_scope", topic=None,
                                    confidence=u.intent_confidence if u.intent == "out_of_scope" else 0.2,
                                    lead=m.abstain, after=m.other_topics, abstained=True,
                                    suggestions=self._topic_list(), explanation=explain)

    def _topic_list(self) -> tuple[str, ...]:
        """A few topics to offer (each one a question a page can turn into a button; /topics lists them all)."""
        return tuple(d.title for d in self.corpus.documents[:_MAX_TOPICS_LISTED])
