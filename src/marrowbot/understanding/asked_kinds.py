"""Which kind of question a message asks by its own words, over the intent model's guess ("what else can it cause":
its symptoms; "what does it make": what it is): the rules ``Understander`` applies after the conversation's."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from marrowbot.intents import IntentSet
from marrowbot.text import fold, stem, terms
from marrowbot.text.care import ASKS_OWN_CASE, PERSON, TELLS_OF_A_PERSON
from marrowbot.text.question_kinds import (
    ASKS_HOW_FEELS_WELL,
    ASKS_HOW_IT_GOES,
    ASKS_HOW_MADE_BETTER,
    ASKS_HOW_RELATED,
    ASKS_IF_A_GROUP_GETS_IT,
    ASKS_IF_CAUSED_BY,
    ASKS_IF_CHILDREN_GET_IT,
    ASKS_IF_IT_RETURNS,
    ASKS_IF_IT_SPREADS,
    ASKS_IF_MARROW_RECOVERS,
    ASKS_IF_WELL,
    ASKS_WHAT_TESTS_SHOW,
    ASKS_WHAT_THEY_SHARE,
    ASKS_WHEN_FOUND,
    ASKS_WHO_IT_IS_FOR,
    ASKS_WHY_IT_HAPPENS,
)
from marrowbot.text.questions import (
    ASKS_IF_IT_CAUSES,
    ASKS_KINDS_OF,
    ASKS_WHAT_IT_CAUSES,
    ASKS_WHAT_IT_DOES,
    ASKS_WHAT_IT_MAKES,
    COMPLAINT,
    LOW_BLOOD,
    MESSAGE_CLAUSE_END,
    QUESTION_START,
    TELLS_IT_CAUSES,
    TOPIC_PRONOUNS,
    asks_if_it_is,
)
from marrowbot.understanding import conversation
from marrowbot.understanding import rules as asked_rules
from marrowbot.understanding.clauses import (
    QUESTION_TERMS,
    asking_clauses,
    direct,
    subject_words,
)
from marrowbot.understanding.intent_model import IntentScores
from marrowbot.understanding.kind_words import KindWords
from marrowbot.understanding.meaning_offered import offers_a_meaning
from marrowbot.understanding.safety import LaySymptoms
from marrowbot.understanding.said import (
    FILLER_TERMS,
    STORY_THING,
    said_kind,
)
from marrowbot.understanding.topics import Topic, TopicFinder

#: A message with no more words than this besides a condition's name and ways of asking is "little more than a name"
#: ("polysythemia?", "tell me about myelofibrosis"); a longer one keeps the matcher's guess, however unsure.
BARE_NAME_OTHER_WORDS = 2
#: A "what about X" message's later clause asks a kind of its own when the model is this sure of it...
OWN_CLAUSE_SURE = 0.5
#: ... and it has this many words ("is that one of them", not "and why").
OWN_CLAUSE_WORDS = 3
#: A later clause asking whether the condition belongs to a group the conversation spoke of (folded): "is that one of
#: those?", "would it be among them", "is it part of that group". Asked of a model that leans to what it is, that is
#: the question, however unsure the model (not the last question's kind carried over to the new name).
ASKS_IF_AMONG = re.compile(r"\b(?:is|are|would|could|might|does|do)\s+(?:it|that|this|they|those|these)\s+"
                           r"(?:\w+\s+)?(?:one of|among|part of)\s+(?:those|these|them|that|the same)"
                           r"(?:\s+\w+){0,2}\W*$")

#: The kind of question about the outlook, and how many of its sections (the first it names: "Prognosis",
#: "Outlook", not "Stages" or "Complications") say whether people get well.
OUTLOOK_KIND = "prognosis"
OUTLOOK_SECTIONS = 2

#: Asks what the doctors will do for someone, or how they fix or cure it (folded text): "what are they going to do
#: for her", "how do they fix it usually", "what can doctors do about it": how it is treated. Not what a test does
#: ("what do they do in a biopsy") nor what someone does for a living.
ASKS_WHAT_IS_DONE_FOR = re.compile(
    r"\bwhat\s+(?:are|is|will|would|can|could|do|does|did)\s+(?:they|the\s+doctors?|doctors?|the\s+team|you|u)\s+"
    r"(?:\w+\s+){0,3}?do\s+(?:for|about)\s+(?:him|her|them|it|this|that|me|us|(?:my|our|his|her|the)\s+\w+)\b"
    r"|\bhow\s+(?:(?:do|does|can|will|would|could|did)\s+)?(?:they|the\s+doctors?|doctors?|you|u)\s+(?:\w+\s+)?"
    r"(?:fix|cure|heal|repair|sort\s+out)\s+(?:it|this|that|him|her|them|the\s+\w+)\b")

#: Whether a person could get the condition as well (folded, its names put as "it"): "could she get it on top of
#: that", "does that mean he could get it too". Read only when the message moved the conversation from another
#: condition: whether that one brings it about.
_PERSON = rf"(?:{PERSON}|they)"  # (not anyone's "you": "can you have it and feel fine")
GETS_IT = re.compile(rf"\b(?:(?:can|could|will|would|might|may)\s+{_PERSON}|{_PERSON}\s+(?:can|could|will|would|might"
                     r"|may))\s+(?:also\s+|still\s+|then\s+)?(?:get|develop|end\s+up\s+with)\s+it\b")

@functools.lru_cache(maxsize=256)  # (of the corpus, not of a message: never forgotten)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a condition's names (folded), the longest first, made once per condition, or None."""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) >= 3)
    return re.compile(rf"\b(?:the\s+)?(?:{alts})\b") if alts else None


#: Kinds of question their own words say outright: (the words, the kind, the rule shown in /why).
KIND_BY_WORDS = ((ASKS_HOW_MADE_BETTER, "treatment", asked_rules.RULE_MAKES_IT_BETTER),
                 (ASKS_IF_MARROW_RECOVERS, "treatment", asked_rules.RULE_MARROW_RECOVERS),
                 (ASKS_IF_CHILDREN_GET_IT, "genetics", asked_rules.RULE_CHILDREN_GET_IT),
                 (ASKS_WHAT_IS_DONE_FOR, "treatment", asked_rules.RULE_DONE_FOR_IT),
                 (ASKS_WHY_IT_HAPPENS, "causes", asked_rules.RULE_WHY_IT_HAPPENS),
                 (ASKS_WHAT_THEY_SHARE, "definition", asked_rules.RULE_WHAT_THEY_SHARE),
                 (ASKS_WHO_IT_IS_FOR, "treatment", asked_rules.RULE_WHO_IT_IS_FOR),
                 (ASKS_IF_IT_RETURNS, "prognosis", asked_rules.RULE_COMES_BACK))

#: Whether it is catching, the condition's names said as "it" (folded): "is (marrow necrosis ->) it catching".
IS_IT_CATCHING = re.compile(r"\b(?:is|are|isnt|arent)\s+it\s+(?:(?:very|really|at\s+all|even)\s+)?"
                            r"(?:contagious|infectious|catching|catchable)\b")
#: The rules of ``KIND_BY_WORDS`` noted even when the model read the same kind: they make the kind sure (understand.py).
_SURE_WORDS = frozenset((asked_rules.RULE_WHY_IT_HAPPENS, asked_rules.RULE_COMES_BACK))


def _feels_well(r: conversation.Reading, asked: str) -> conversation.Reading | None:
    """"how can he have mds and feel fine": whether it shows itself early (its symptoms), no symptom check of anyone;
    None for any other question."""
    if r.topic is None or r.intent in ("emergency", "personal_advice") or not ASKS_HOW_FEELS_WELL.search(fold(asked)):
        return None
    return replace(r, intent="symptoms", rules=(*r.rules, asked_rules.RULE_FEELS_WELL))


def _passes_on(r: conversation.Reading, asked: str, named_as_it: str,
               medical: frozenset[str]) -> conversation.Reading | None:
    """"is it catching", "is marrow necrosis catching? ...": how people get it, its causes (read as anyone's complaint
    or as the outlook, it finds nothing); None for any other question. ``asked``: folded; ``named_as_it``: the same
    with the condition's names said as "it" (read only as "is it catching", not "can you catch it on a test")."""
    if r.topic is None or r.intent not in (*medical, "symptom_check") or r.intent == "causes" \
            or "causes" not in medical \
            or not (ASKS_IF_IT_SPREADS.search(asked) or IS_IT_CATCHING.search(named_as_it)):
        return None
    return replace(r, intent="causes", rules=(*r.rules, asked_rules.RULE_PASSES_ON))


def _group_gets_it(r: conversation.Reading, asked: str, medical: frozenset[str]) -> conversation.Reading | None:
    """"can kids get them", read as whether it is inherited: who gets it (a reading of what brings it about or of who
    is at risk already answers it); None for any other question."""
    if r.intent in ("causes", "risk") or "risk" not in medical or not ASKS_IF_A_GROUP_GETS_IT.search(fold(asked)):
        return None
    return replace(r, intent="risk", rules=(*r.rules, asked_rules.RULE_A_GROUP_GETS_IT))


class AskedKinds:
    """The rules of a question's own words, for ``Understander`` (which sets these attributes)."""

    kind_words: KindWords
    intent_set: IntentSet
    topics: TopicFinder
    lay: LaySymptoms
    _asking: frozenset[str]
    _kind_terms: frozenset[str]
    _kind_phrases: frozenset[str]

    def _names_of(self, topic: Topic) -> set[str]:
        d = self.topics.index.corpus.document(topic.doc) if topic.condition is None else None
        return {fold(topic.name.text), *((fold(d.title), *(fold(x) for x in d.aliases)) if d else ())}

    def speaks_to_outlook(self, doc: str) -> bool:
        """True when a document has a section on the outlook ("Prognosis", "Outlook"): the prognosis kind's own
        sections, the first ones it names."""
        wanted = {h.lower() for h in self.intent_set.intent(OUTLOOK_KIND).sections[:OUTLOOK_SECTIONS]} \
            if OUTLOOK_KIND in self.intent_set.medical else set()
        return any(s.heading.lower() in wanted for s in self.topics.index.corpus.document(doc).sections)

    def asks_what_it_does(self, question: str, topic: Topic, intent: str, said: str = "") -> bool:
        """True when a question asks what the condition itself does to a person: "what else can it cause", or a
        yes/no "can it / does <the condition> cause <a complaint>" ("does PV make you itchy"), not what causes it
        ("can tb cause it": its subject is another thing), also asked indirectly ("i was wondering if it always
        causes pain": ``said``, the message as typed), whatever kind the model reads ("does it cause low blood" asks
        what it does, not what causes it)."""
        if ASKS_WHAT_IT_CAUSES.search(question):
            return True
        m = ASKS_IF_IT_CAUSES.search(question) or TELLS_IT_CAUSES.search(direct(asking_clauses(said or question)))
        if m is None or not (COMPLAINT.search(m["what"]) or LOW_BLOOD.search(m["what"]) or self.lay.find(m["what"])):
            return False
        subject = subject_words(m)
        if all(w in TOPIC_PRONOUNS for w in subject):
            return True
        return not self._names(m["what"], topic) and self._names(" ".join(subject), topic)

    def asked_kind(self, r: conversation.Reading, text: str, asked: str, symptoms: tuple[tuple[str, str], ...],
                   scores: IntentScores) -> conversation.Reading:
        """The reading, with the kind of question its asking words decide over the model's guess."""
        medical = self.intent_set.medical
        # (first: "what goes wrong with it", a weak symptom check)
        said = said_kind(r, text, asked, symptoms, medical, self.speaks_to_outlook) or _feels_well(r, asked) \
            or _passes_on(r, fold(asked), self._named_as_it(fold(asked), r.topic) if r.topic else "", medical) \
            or self._kind_said_in_followup(r, text, symptoms)
        if said is not None:
            return said
        if r.intent == "symptom_check" and not symptoms and r.topic is not None and not r.followup \
                and not asks_if_it_is(fold(text)) and not ASKS_OWN_CASE.search(fold(text)):
            # "they told us he has MDS ... what is wrong with his blood": no symptom, a diagnosis: its likeliest kind
            # (not when it asks whether a person has it: "i get headaches ..., do i have X")
            kind = "causes" if self.asks_what_brings_it(fold(asked), r) \
                else next((n for n, _ in scores.ranked if n in medical), "definition")
            return replace(r, intent=kind, rules=(*r.rules, asked_rules.RULE_NO_SYMPTOM_TOLD))
        if r.topic is None or r.intent not in medical:
            return r
        what_it_is = self._asks_what_it_is(r, asked) or _group_gets_it(r, asked, medical)
        if what_it_is is not None:
            return what_it_is
        if r.intent not in ("diagnosis", "symptoms") and ASKS_WHAT_TESTS_SHOW.search(fold(asked)):
            # (or symptoms: findings)
            return replace(r, intent="diagnosis", rules=(*r.rules, asked_rules.RULE_TESTS_SHOW))
        worded = next(((kind, rule) for pattern, kind, rule in KIND_BY_WORDS if pattern.search(fold(asked))
                       and (r.intent != kind or rule in _SURE_WORDS)), None)
        if worded is not None:  # ("why would it happen": causes, and sure of it)
            return replace(r, intent=worded[0], rules=(*r.rules, worded[1]))
        if r.intent != "diagnosis" and ASKS_WHEN_FOUND.search(fold(asked)):
            return replace(r, intent="diagnosis", rules=(*r.rules, asked_rules.RULE_WHEN_FOUND))
        if ASKS_HOW_IT_GOES.search(fold(asked)) or (ASKS_IF_WELL.search(fold(asked))
                                                and not TELLS_OF_A_PERSON.search(fold(text))):
            return replace(r, intent="prognosis", rules=(*r.rules, asked_rules.RULE_HOW_IT_GOES))
        if r.intent not in ("causes", "genetics") \
                and ((ASKS_IF_CAUSED_BY.search(self._named_as_it(fold(asked), r.topic))
                      or ASKS_HOW_RELATED.search(fold(asked))) and not self.asks_what_it_does(
                          fold(asked), r.topic, r.intent, asked)
                     or self.asks_what_brings_it(fold(asked), r)):
            # (not read as inheritance: "is it passed from a parent" asks how it is inherited, not what brings it on)
            return replace(r, intent="causes", rules=(*r.rules, asked_rules.RULE_CAUSED_BY))
        if self.asks_what_it_does(fold(asked), r.topic, r.intent, asked):
            # (also when the model leans that way already: the rule's words are what make the reading sure, so a
            # summary's sentence picked by the question's other words does not turn it into what the condition is)
            return replace(r, intent="symptoms", rules=(*r.rules, asked_rules.RULE_WHAT_IT_DOES))
        if r.intent != "definition" and self.asks_what_it_makes(fold(asked), r.topic):
            return replace(r, intent="definition", rules=(*r.rules, asked_rules.RULE_WHAT_IT_MAKES))
        return r

    def _kind_said_in_followup(self, r: conversation.Reading, text: str,
                               symptoms: tuple[tuple[str, str], ...]) -> conversation.Reading | None:
        """A follow-up read as a symptom check that tells no complaint and says one medical kind's own word ("ok...
        and his chances? be honest with me"): that kind, of the conversation's condition; else None."""
        said = fold(text)
        if r.intent != "symptom_check" or symptoms or r.topic is None or not r.followup or COMPLAINT.search(said) \
                or asks_if_it_is(said) or ASKS_OWN_CASE.search(said):
            return None
        kinds = [k for k in sorted(self.intent_set.medical) if k != "definition" and self.kind_words.says(k, text)]
        return replace(r, intent=kinds[0], rules=(*r.rules, asked_rules.RULE_NO_SYMPTOM_TOLD)) \
            if len(kinds) == 1 else None

    def _named_as_it(self, question: str, topic: Topic) -> str:
        """A question (folded) with the condition's names put as "it": "is marrow necrosis always from cancer" asks
        what "is it always from cancer" asks."""
        pattern = _names_pattern(tuple(sorted(self._names_of(topic))))
        return pattern.sub("it", question) if pattern is not None else question

    def asks_what_brings_it(self, question: str, r: conversation.Reading) -> bool:
        """True when a yes/no question (folded) asks whether something other than the condition brings it about,
        the condition named as its object: "can it cause the marrow necrosis" or "could she get marrow necrosis on
        top of it", asked in a conversation that was about another condition (what "it" and "she" had)."""
        assert r.topic is not None
        if not r.switched:
            return False  # ("does it make your blood thick" of polycythemia vera: what it does)
        m = ASKS_IF_IT_CAUSES.search(question)
        if m is not None and self._names(m["what"], r.topic) and not self._names(" ".join(subject_words(m)), r.topic):
            return True
        return bool(GETS_IT.search(self._named_as_it(question, r.topic)))

    def _asks_what_it_is(self, r: conversation.Reading, asked: str) -> conversation.Reading | None:
        """The reading as asking what the condition is, when its words ask that though the model read another kind."""
        assert r.topic is not None
        if r.intent == "definition":
            return None
        if self.offers_a_meaning(fold(asked), r.topic) and not self._says_own_kind_after_it(r, asked):
            # "is marrow necrosis when the marrow dies?": whether that is what it is
            return replace(r, intent="definition", rules=(*r.rules, asked_rules.RULE_OFFERS_A_MEANING))
        kinds = ASKS_KINDS_OF.search(fold(asked))
        if kinds is not None and stem(kinds["of"]) in {stem(w) for n in self._names_of(r.topic) for w in n.split()}:
            # "what kinds of diseases can go wrong with it" about bone marrow diseases: what kinds of it there are
            return replace(r, intent="definition", rules=(*r.rules, asked_rules.RULE_KINDS_OF_IT))
        return None

    def _says_own_kind_after_it(self, r: conversation.Reading, asked: str) -> bool:
        """"X - is that inherited?": a question of the kind read ("inherited"), asked with "is that" pointing back
        at the name said first; no meaning offered."""
        m = re.search(r"\bis\s+(?:that|it|this)\b", fold(asked))
        return m is not None and self.kind_words.says(r.intent, fold(asked)[m.end():])

    def offers_a_meaning(self, asked: str, topic: Topic) -> bool:
        """True when a yes/no question (folded) offers what the condition is, in the person's own words: "is <name>
        when ...", "is <name> the one where ...", "does <name> mean ...", "so <name> is when ..."."""
        return offers_a_meaning(asked, self._names_of(topic) | {fold(topic.name.text)})  # (meaning_offered)

    def asks_a_kind(self, text: str, topic: Topic | None, message: str = "",
                    scores: IntentScores | None = None) -> bool:
        """True when a message uses a medical kind of question's keyword ("outlook", "what is", "treated") outside
        the name it says ("what about necrosis, whats the outlook for that"; not "and for the necrosis one"), or
        asks a question of its own in a clause after the name, of a kind the model is sure of ("what about PV, how
        is it tied to gout", "and myeloma, is that one of those?")."""
        if message and scores is not None and self.asks_in_a_clause_of_its_own(message, scores):
            return True
        said = f" {fold(text)} "
        if topic is not None:
            for n in self._names_of(topic) | {fold(topic.name.text)}:
                said = said.replace(f" {n} ", " ")
            if topic.head:
                said = said.replace(f" {topic.head} ", " ")
        said = re.sub(r"\s+", " ", said)
        return any(f" {k} " in said for k in self._kind_phrases)

    def asks_in_a_clause_of_its_own(self, text: str, scores: IntentScores) -> bool:
        """True when a message's later clause is a question of its own, of a medical kind the model is sure of: the
        name said first is what it asks about, not the whole question ("what about X, how does it tie in")."""
        kind, sure = scores.best
        if kind not in self.intent_set.medical or sure < OWN_CLAUSE_SURE:
            return self.asks_if_among(text)
        clauses = [c.strip() for c in MESSAGE_CLAUSE_END.split(text) if c.strip()]
        return any(QUESTION_START.search(fold(c)) and len(c.split()) >= OWN_CLAUSE_WORDS for c in clauses[1:])

    @staticmethod
    def asks_if_among(text: str) -> bool:
        """True when a message's later clause asks whether the condition it named is one of a group the conversation
        spoke of ("what about X, would it be among those?"): what it is, a question of its own, however unsure the
        model (whose words of "would it be" lean to a symptom check, of "among" to what brings it on)."""
        clauses = [c.strip() for c in MESSAGE_CLAUSE_END.split(text) if c.strip()]
        return any(ASKS_IF_AMONG.search(fold(c)) for c in clauses[1:])

    def asks_of_the_topic(self, asked: str) -> bool:
        """True when a question clause that points back ("what even is that", "how do people get this") says nothing
        but a kind of question: what it points at is the condition the story named, not the story's other words. A
        thing of the story it points at by a kind of question's word ("could the drug have done this": the drug the
        story named) is read with the story."""
        if any(stem(m[1]) in self._kind_terms for m in STORY_THING.finditer(fold(asked))):
            return False
        return not set(terms(direct(asked))) - QUESTION_TERMS - self._asking - self._kind_terms - FILLER_TERMS

    def little_more_than_a_name(self, text: str, topic: Topic) -> bool:
        """True for a message that says hardly more than a condition's name and how it asks ("polysythemia?", "ok
        and myelofibrosis then"): none of its other words is a kind of question's keyword ("study")."""
        rest = set(terms(text)) - set(terms(topic.name.text)) - QUESTION_TERMS
        return len(rest) <= BARE_NAME_OTHER_WORDS and not rest & self._kind_terms

    def asks_what_it_makes(self, question: str, topic: Topic) -> bool:
        """True when a question asks what the topic itself produces ("what does it make", "does the marrow make
        blood"), of no one ("does it make you tired" asks about a symptom) and naming no complaint."""
        m = ASKS_WHAT_IT_MAKES.search(question) or ASKS_WHAT_IT_DOES.search(question)
        if m is None or COMPLAINT.search(m["what"]) or self.lay.find(m["what"]):
            return False
        subject = subject_words(m)
        return all(w in TOPIC_PRONOUNS for w in subject) or self._names(" ".join(subject), topic)

    def _names(self, words: str, topic: Topic) -> bool:
        """True when ``words`` name the topic's document."""
        return any(t.doc == topic.doc for t in self.topics.candidates(self.topics.expand(words)[0]))
