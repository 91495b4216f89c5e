"""Message + session -> what the user wants: intent, topic, symptoms, urgency, follow-up."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from marrowbot.index import Name
from marrowbot.intents import SMALL_TALK, IntentSet, RedFlag
from marrowbot.session import Session
from marrowbot.text import fold, terms
from marrowbot.text.care import asks_own_care, tells_own_state
from marrowbot.text.questions import (
    ASKS_WHAT_IT_IS,
    COMPLAINT,
    DEFINING_SENTENCE,
    EVERYDAY,
    EXCLUDED,
    FILLER_PHRASES,
    MESSAGE_CLAUSE_END,
    QUESTION_START,
    QUESTION_WORDS,
    SYNONYMS,
    TYPO_SCORE,
    misspelt,
)
from marrowbot.understanding import conversation, weak_guesses
from marrowbot.understanding import rules as asked_rules
from marrowbot.understanding.asked_kinds import AskedKinds
from marrowbot.understanding.clauses import (
    QUESTION_TERMS,
    QUESTION_WEIGHT,
    SMALL_TALK_TERMS,
    WHAT_START,
    asked_clause,
    asked_query,
    asking_clauses,
    closes,
    direct,
    only_telling_besides,
    points_back,
)
from marrowbot.understanding.intent_model import IntentMatcher, IntentScores
from marrowbot.understanding.kind_words import KindWords, noted
from marrowbot.understanding.linked_things import LinkedThings
from marrowbot.understanding.rule_queries import QUERY_OF_RULE
from marrowbot.understanding.safety import LaySymptoms, RedFlagScreen, SafetyDecision, decide
from marrowbot.understanding.safety_decide_clauses import decide_by_clauses
from marrowbot.understanding.safety_model import SafetyModel, SafetyScores
from marrowbot.understanding.said import (
    FILLER_TERMS,
    RULE_FROM_WHAT,
    RULE_ITS_FUNCTION,
    RULE_WHAT_GOES_WRONG,
    not_a_person,
)
from marrowbot.understanding.spelling import Speller, words_of
from marrowbot.understanding.topics import Named, Topic, TopicFinder, names_a_disease

#: Below this probability the matcher's best guess is not trusted, for a message that is little more than a name.
INTENT_THRESHOLD = 0.30
#: A short message's clause that asks is read as its question when it has this many words ("is she going to be ok").
ASKING_MIN_WORDS = 3
#: The words a name said alone may come with ("what about X?" is the conversation's, "what is X" the model's).
BARE_NAME_TERMS = frozenset(terms("the a an about"))
#: How sure a kind of question decided by its own words' rule is (the model's guess was another kind).
RULE_CONFIDENCE = 0.5
#: How sure a kind is when its own words say it outright ("how will it go"): the sentence picked does not change it.
SURE_RULE_CONFIDENCE = 0.8
#: How a person feels, said with a condition's name ("can you have it and feel fine"): what it does to them.
FEELS = re.compile(r"\b(?:feel|feels|feeling|felt)\b")
#: A message asking what something is, anywhere in it ("myeloma is what kind of sick?").
ASKS_WHAT = re.compile(r"\b(?:what|whats|wat)\b")
#: How ``defined`` tells the subject it found, in a topic's evidence.
DEFINES = re.compile(r"^defines '([^']*)'$")
#: A defined subject's last word said alone stands for it when this long ("the marrow" for bone marrow).
HEAD_MIN = 5
#: Another condition's name said this fully is more than the name asked about ("... come with tuberculosis").
OTHER_NAME = 0.75
#: Asks whether a condition is another one, or a kind of it (folded): what it is, however many names it says.
ASKS_IF_SAME = re.compile(r"\b(?:same(?: thing)? as|(?:an)?other (?:word|name) for|(?:kind|type|form) of)\b")
#: A second name this fully in the message counts as named too (for a question about how two conditions relate).
RELATION_NAME = 0.95


@dataclass(frozen=True)
class Understanding:
    text: str  # the cleaned message
    query: str  # the text retrieval uses (abbreviations expanded)
    intent: str
    intent_confidence: float
    scores: IntentScores
    topic: Topic | None
    followup: bool  # the topic came from the session, not the message
    red_flags: tuple[RedFlag, ...]
    symptoms: tuple[tuple[str, str], ...]
    expansions: tuple[str, ...]
    alternatives: tuple[Topic, ...] = ()  # other documents that share the topic's name, best first
    switched: bool = False  # the message moved the conversation to another topic
    rules: tuple[str, ...] = ()  # the conversation rules that decided, for /why
    carried: str | None = None  # the kind of the last question, for a follow-up with no words of its own
    safety: SafetyScores | None = None  # the safety detectors' scores
    decision: SafetyDecision = SafetyDecision()  # urgent, or a safety line first (understanding.safety.decide)
    screen_intent: tuple[str, float] = ("", 0.0)  # the intent and probability the safety screen weighed

    @property
    def doc(self) -> str | None:
        return self.topic.doc if self.topic else None


class Understander(AskedKinds, LinkedThings):
    def __init__(self, intent_set: IntentSet, matcher: IntentMatcher, topics: TopicFinder,
                 safety_model: SafetyModel | None = None, screen_matcher: IntentMatcher | None = None) -> None:
        self.intent_set = intent_set
        self.matcher = matcher
        # The matcher whose reading the safety screen weighs: trained on intents.yml alone (IntentMatcher.screen).
        self.screen_matcher = matcher if screen_matcher is None else screen_matcher
        self.topics = topics
        self.screen = RedFlagScreen(intent_set.red_flags)
        self.lay = LaySymptoms(intent_set.lay_terms)
        self.safety_model = safety_model
        self.kind_words = KindWords(intent_set)  # a close call of the model settled by a kind's own words
        self._prose: dict[str, str] = {}  # doc id -> its folded prose, for "does this document name X?"
        self._things: dict[str, bool] = {}  # doc id -> ``names_a_thing`` of its page
        # (subject's terms, its last term, doc, the defining sentence's terms), seeds only
        self._defined: list[tuple[frozenset[str], str, str, frozenset[str]]] | None = None
        self._speller: Speller | None = None
        # Words of asking what something is ("what does X mean", "explain X"), never the subject asked about.
        self._defining = frozenset(t for k in intent_set.intent("definition").keywords for t in terms(k)) \
            | frozenset(("what", "which"))  # a misspelt word of these is still asking ("wat is")
        self._asking = frozenset(terms(QUESTION_WORDS)) | self._defining
        self._keywords = frozenset(fold(k) for i in intent_set.intents if i.name in intent_set.medical
                                   for k in i.keywords if " " not in k)
        self._keyword_list = sorted(k for k in self._keywords if len(k) >= 4)
        self._kind_terms = frozenset(t for k in self._keywords for t in terms(k))
        # Each medical kind's own words, as index terms ("treat", "cure" for treatment).
        self._terms_of_kind = {i.name: frozenset(t for k in i.keywords if " " not in k.strip() for t in terms(k))
                               for i in intent_set.intents if i.name in intent_set.medical}
        # The one-word keywords of the medical kinds other than what something is ("treated", "outlook").
        self._other_kind_terms = frozenset(t for name, ts in self._terms_of_kind.items() if name != "definition"
                                           for t in ts)
        # Every medical intent's keywords as folded phrases ("what is", "outlook", "how long")
        self._kind_phrases = frozenset(fold(k) for i in intent_set.intents if i.name in intent_set.medical
                                       for k in i.keywords)
        # Other kinds' ways of asking in more than one word ("who gets", "linked to"): never a bare name's.
        self._other_kind_phrases = tuple(re.compile(rf"\b{re.escape(fold(k))}\b") for i in intent_set.intents
                                         if i.name in intent_set.medical and i.name != "definition"
                                         for k in i.keywords if " " in k.strip())
        # The words of asking how to use the bot ("how do i use this", "what can you do").
        self._help_terms = frozenset(t for i in intent_set.intents if i.name == "help"
                                     for x in (*i.examples, *i.keywords) for t in terms(x))

    def defined(self, text: str, session: Session) -> Topic | None:
        """A seed document that defines what the message asks about though it is no condition's name ("what is
        bone marrow?": "Bone marrow is the spongy tissue ..."): every word of the message is the defined
        subject's, a way of asking (typos and all), small talk ("lol") or a word of the defining sentence itself
        ("is the marrow inside the hip bone?": "... inside some of your bones, such as your hip and thigh bones").
        The conversation's document first, then in corpus order."""
        ix = self.topics.index
        if self._defined is None:
            self._defined = []
            for p in ix.passages:
                m = DEFINING_SENTENCE.match(fold(p.text)) if p.doc not in ix.linked_docs and not p.link_title else None
                words = terms(m.group(1)) if m else []
                if words:
                    self._defined.append((frozenset(words), words[-1], p.doc, frozenset(terms(p.text))))
        said, asking = set(terms(FILLER_PHRASES.sub(" ", fold(text)))), self._asking | FILLER_TERMS  # ("dumb question")
        # (the message's lay words and the documents' words they stand for, "soft": "spongy", read once)
        lay = [(set(terms(w)), set(terms(" ".join(SYNONYMS[w])))) for w in fold(text).split() if w in SYNONYMS]
        for subject, head, doc, sentence in sorted(self._defined, key=lambda sd: sd[2] != session.topic):
            # (a lay word for the sentence's own counts as it: "the soft stuff inside bones", "the spongy tissue")
            rest = said - subject - asking - sentence - {t for own, meant in lay if meant & sentence for t in own}
            # ("the marrow" is bone marrow: the subject's last word, the thing it names, said alone)
            named = subject <= said or (len(head) >= HEAD_MIN and head in said)
            if named and all(t in SMALL_TALK_TERMS or misspelt(t, self._defining) for t in rest):
                d = ix.corpus.document(doc)
                return Topic(doc, 1.0, Name(d.title, doc, "title"), f"defines '{' '.join(sorted(subject))}'")
        return None

    def spelled(self, text: str) -> str:
        """The message with a misspelt way of asking put right for the intent model ("wat causs it" -> "wat
        causes it"): a word neither the documents nor the intents use, close to an intent's one-word keyword."""
        vocab = self.topics.index.text_vec.vocabulary
        words = text.split()
        changed = False
        for i, w in enumerate(words):
            low = fold(w)
            if len(low) < 4 or " " in low or low in self._keywords or any(t in vocab for t in terms(low)):
                continue
            match = process.extractOne(low, self._keyword_list, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE)
            if match is not None:
                words[i], changed = match[0], True
        return " ".join(words) if changed else text

    def says_its_kind(self, text: str, intent: str) -> bool:
        """True when a message uses a word of the kind of question the model reads in it, and that kind is not what
        something is ("how is the marrow thing treated" asks of treatment, whatever seed document defines marrow)."""
        if intent == "definition" or intent not in self.intent_set.medical:
            return False
        return bool(self._terms_of_kind[intent] & set(terms(text)))

    def names_in(self, topic: Topic, doc: str) -> bool:
        """True when a document's own sentences name the condition a topic is about (the necrosis page names
        tuberculosis and ALL): a question about how the two relate is answered from that document."""
        prose = self._doc_prose(doc)
        # (a name in the plural counts: the necrosis page names "lymphomas")
        return any(len(n) >= 3 and (f" {n} " in prose or f" {n}s " in prose) for n in self._names_of(topic))

    def uses_word(self, doc: str, word: str) -> bool:
        """True when a document's own sentences use a word."""
        return f" {word} " in self._doc_prose(doc)

    def _doc_prose(self, doc: str) -> str:
        ix = self.topics.index
        prose = self._prose.get(doc)
        if prose is None:
            a, b = ix.doc_span(doc)
            prose = self._prose[doc] = " ".join(f" {fold(p.text)} " for p in ix.passages[a:b] if not p.link_title)
        return prose

    def in_conversation(self, topic: Topic, session: Session) -> Topic | None:
        """The conversation's topic, read for a condition its document names: with that condition when the
        document lists it as one (so the next question is about it too), else the document itself."""
        carried = session.topic_value()
        if carried is None or not session.topic or not self.names_in(topic, session.topic):
            return None
        names = self._names_of(topic)
        for n in self.topics.index.names:
            if n.doc == session.topic and n.kind == "condition" and fold(n.text) in names:
                return Topic(session.topic, 1.0, n, f"{n.text} (named in the conversation's document)")
        return carried

    def relation_topic(self, found: list[Topic]) -> Topic | None:
        """A message naming two conditions ("I have ALL and now bone marrow necrosis, are they connected?"):
        the seed document that names the other one, when the best name found is a linked library page."""
        if not found or found[0].doc not in self.topics.index.linked_docs:
            return None
        for t in found[1:]:
            first, other = fold(found[0].name.text), fold(t.name.text)
            if t.doc != found[0].doc and t.doc not in self.topics.index.linked_docs and t.score >= RELATION_NAME \
                    and t.condition is None and first not in other and other not in first \
                    and self.names_in(found[0], t.doc):
                return t
        return None

    def topic_words(self, session: Session) -> frozenset[str]:
        """The terms of the names of the conversation's condition ("bone", "marrow", "necrosis"), none without one."""
        carried = session.topic_value() if session.topic else None
        return frozenset(t for n in self._names_of(carried) for t in terms(n)) if carried else frozenset()

    def part_of_topic(self, defined: Topic, session: Session) -> bool:
        """True when the thing a message says, defined by a seed document ("the marrow"), is part of the
        conversation's condition's own name (bone marrow necrosis): asked of with another kind of question than
        what it is, it is that condition's."""
        said = DEFINES.search(defined.evidence)
        return said is not None and defined.doc != session.topic and set(said[1].split()) <= self.topic_words(session)

    def defined_asked(self, query: str, whole: bool, asked: str, session: Session, intent: str = "") -> Topic | None:
        """``defined`` for a message: a long one by its question clause ("... i dont know what the marrow is, could
        you tell me"), a short one whole, or by the clause that asks ("some of my marrow cells died. what is marrow
        anyway"). Not a thing that is part of the conversation's condition's name, asked of with another kind of
        question than what it is (``intent``): "why not fix the marrow itself" about bone marrow necrosis is its."""
        found = self._defined_asked(query, whole, asked, session)
        if found is not None and intent != "definition" and self.part_of_topic(found, session):
            return None
        return found

    def _defined_asked(self, query: str, whole: bool, asked: str, session: Session) -> Topic | None:
        if not whole:
            return self.defined(asked, session)
        found = self.defined(query, session)
        clause = asking_clauses(query)
        return found if found is not None or clause == query else self.defined(direct(clause), session)

    def asked_of(self, text: str, named: bool) -> str:
        """What a message asks (``asked_clause``); a shorter message that tells, then asks only what the thing it
        named is ("the report said bone marrow necrosis. what is that"), by that last sentence."""
        asked = asked_clause(text, self._kind_terms, named=named)
        if asked == text and named:
            last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
            if last != text.strip() and ASKS_WHAT_IT_IS.match(fold(last)):
                return last
        return asked

    def named(self, text: str, session: Session, intent: str = "", was: Named | None = None) -> Named:
        """The message expanded (``TopicFinder.expand``), its expansions, all names found, and those that count; again
        (``was``) without a lay name for personal advice ("my marrow is dying, should i stop my chemo": no BMN)."""
        if was is not None and not (intent == "personal_advice" and self.topics.lay_named(was[1])):
            return was
        query, expansions = self.topics.expand(text, session.topic, lay=was is None)
        every = self.topics.candidates(query, session.topic)
        # A name said by its head alone counts only when no name is said whole; and not when the conversation's page
        # uses that word itself ("what does pancytopenia mean" is of that page), but for that page ("the necrosis
        # part" in a conversation about the ALL its page names). It still tells the conversation rules what else.
        found = [t for t in every if not t.head] or [t for t in every if not (
            session.topic and t.doc != session.topic and self.uses_word(session.topic, t.head))]
        if found and session.topic and EXCLUDED.search(fold(text)):  # "which other cancers besides leukemia":
            kept = {t.doc for t in self.topics.candidates(self.topics.expand(EXCLUDED.sub(" ", fold(text)))[0])}
            found = [t for t in found if t.doc in kept]  # a name left out is not what is asked about
        return query, expansions, every, found

    def scored(self, text: str, asked: str, found: list[Topic], matcher: IntentMatcher | None = None) -> IntentScores:
        """The intent model's reading of a message: a long one by its question clause (the rest a little), a short one
        that tells and asks by the clause that asks and names the condition ("what is the bone marrow necrosis, my
        brother he have it"), with a subject of its own; not one telling a care request or complaint."""
        asking = asked if asked != text else asking_clauses(text)
        if not found or len(asking.split()) < ASKING_MIN_WORDS or points_back(asking, text) \
                or not QUESTION_START.search(fold(asking)) \
                or not set(terms(found[0].name.text)) & set(terms(asking)) \
                or (asked == text and (not only_telling_besides(text, asking) or asks_own_care(fold(text))
                                       or tells_own_state(fold(text)))) \
                or not set(terms(asking)) - QUESTION_TERMS - self._kind_terms:
            asking = asked
        matcher = self.matcher if matcher is None else matcher
        scores = matcher.score(self.spelled(direct(asking)))
        if asking != text:  # its question clause weighs most, the rest of it a little
            scores = scores.mixed(matcher.score(self.spelled(text)), QUESTION_WEIGHT)
        return scores

    def asks_more_than_a_name(self, text: str, topic: Topic, every: Sequence[Topic]) -> bool:
        """True when a short message says more than a condition's name and how it asks: another condition's name
        said, most of it at least ("could marrow necrosis come with tuberculosis"), or another kind's way of asking
        in more than one word ("who gets pnh", "what is it linked to")."""
        said = fold(text)
        if any(p.search(said) for p in self._other_kind_phrases):
            return True
        if ASKS_IF_SAME.search(said):
            return False  # ("is marrow necrosis a form of lymphoma": what it is)
        rest = set(terms(said)) - set(terms(topic.name.text)) - QUESTION_TERMS
        return any(t.doc != topic.doc and not t.head and t.score >= OTHER_NAME and set(terms(t.name.text)) & rest
                   for t in every)

    def only_a_name(self, text: str, topic: Topic, confidence: float, session: Session,
                    every: Sequence[Topic] = ()) -> bool:
        """True for a message asking what a condition is by its name alone: a first message that is a disease's
        name and nothing else ("shwachman diamond syndrome?"), unless the model is sure of another kind; or, when the
        model is unsure, a bare name ("polysythemia?") or one asked of with nothing more ("my son, doctor say maybe
        bone marrow problem. what are this disease")."""
        if session.intent is None and confidence < SURE_RULE_CONFIDENCE and names_a_disease(topic.name.text) \
                and not set(terms(text)) - set(terms(topic.name.text)) - SMALL_TALK_TERMS - BARE_NAME_TERMS:
            return True
        # (not one asking with another kind's word in a clause of its own: "what about X in general, how are those
        # treated"; but "my niece was diagnosed with X what is it" asks what it is)
        return confidence < INTENT_THRESHOLD and not self.asks_more_than_a_name(text, topic, every) \
            and not self.asks_another_kind_apart(text, topic) and (
                self.little_more_than_a_name(text, topic)
                or (bool(WHAT_START.match(fold(asking_clauses(text))))
                    and self.little_more_than_a_name(asking_clauses(text), topic)))

    def asks_another_kind_apart(self, text: str, topic: Topic) -> bool:
        """True when a clause of a message that does not say the condition's name asks with a word of a kind of
        question other than what it is ("..., how are those treated")."""
        name = set(terms(topic.name.text))
        return any(QUESTION_START.search(fold(c)) and not name & set(terms(c))
                   and set(terms(c)) & self._other_kind_terms
                   for c in MESSAGE_CLAUSE_END.split(text) if c.strip() and c.strip() != text.strip())

    def asks_a_complaint_of(self, text: str, topic: Topic, confidence: float) -> bool:
        """True when a message that says little more than a condition's name says a complaint besides that name, or
        how one feels, and the model is unsure ("does that one cause fever", "can you have ET and feel fine"): its
        symptoms are asked, not what it is ("fanconi anemia?", "myeloma is what kind of sick" ask what it is)."""
        said = f" {fold(text)} "
        for name in self._names_of(topic):
            said = said.replace(f" {name} ", " ")
        return confidence < INTENT_THRESHOLD and not ASKS_WHAT.search(said) \
            and bool(COMPLAINT.search(said) or FEELS.search(said) or self.lay.find(said))

    def retrieval_query(self, r: conversation.Reading, topic: Topic | None, query: str, text: str, asked: str,
                        session: Session) -> str:
        """What retrieval reads for a message understood as ``r``: the outlook alone for one person's outlook, the
        name as the document spells it for a condition only mentioned or vaguely named, a long message's question
        clause, else the message's own query."""
        # "is she going to be ok. please just tell me straight": the outlook alone is asked (so each ``QUERY_OF_RULE``)
        said = next((q for rule, q in QUERY_OF_RULE if rule in r.rules), None)
        if said is not None and r.topic is not None:
            return f"{said} ({r.topic.name.text})"
        if (conversation.RULE_MENTIONED in r.rules or (r.topic is topic and topic is not None and topic.vague)) \
                and topic is not None:
            return f"{query} ({topic.name.text})"  # the name as the document spells it, typos and all
        if asked != text and r.topic is not None and not r.followup \
                and (not points_back(asked, text, r.topic.name.text) or self.asks_of_the_topic(asked)):
            # A long message is answered by its question clause: the story around it ("he went in for back pain
            # ... how do they treat it") names the condition, but its other words are not what is asked about.
            return asked_query(self.topics.expand(asked, session.topic)[0], r.topic.name.text)
        return query

    @property
    def speller(self) -> Speller:
        """The words misspellings are put right to (``spelling``), gathered on first use."""
        if self._speller is None:
            index = self.topics.index
            targets = words_of(p.text for p in index.passages)
            targets.update(words_of(k for i in self.intent_set.intents for k in i.keywords))
            targets.update(words_of(s for t in self.intent_set.lay_terms for s in (t.term, *t.says)))
            typed = (self.safety_model.words.vocabulary,) if self.safety_model is not None else ()
            self._speller = Speller(targets, EVERYDAY, typed, self._keywords, self.topics.capital_abbreviations)
        return self._speller

    def typed_scores(self, typed: str, session: Session, matcher: IntentMatcher | None = None) -> IntentScores:
        """The intent model's reading of a message as typed, misspellings and all: what the safety screen weighs
        (it was fitted on such readings; put right, "it's easing" would read "it's eating")."""
        found = self.named(typed, session)[3]
        return self.scored(typed, self.asked_of(typed, bool(found)), found, matcher)

    def understand(self, text: str, session: Session, typed: str | None = None) -> Understanding:
        """What a message wants; ``text`` with its misspellings put right (``speller``), ``typed`` as typed: the safety
        screen reads the message as typed, as its detectors were trained."""
        typed = text if typed is None else typed
        red_flags = self.screen.screen(typed)
        safety = self.safety_model.score(typed) if self.safety_model is not None else None
        query, expansions, every, found = self.named(text, session)
        asked = self.asked_of(text, bool(found))
        scores = self.scored(text, asked, found)
        settled = self.kind_words.settled(scores, text, (t.name.text for t in every))  # (a close call: kinds' words)
        intent, confidence = settled or scores.best
        if found and asked != text and intent not in ("emergency", "personal_advice") \
                and ASKS_WHAT_IT_IS.match(fold(asked)):
            intent = "definition"  # "... the word they used was bone marrow necrosis ... what is this thing"
        if found and intent not in ("emergency", "personal_advice") and self.asks_if_among(text):
            intent = "definition"  # "what about X, would it be among those?": whether it is one of them
        query, expansions, every, found = self.named(text, session, intent, (query, expansions, every, found))
        screen = self.screen_matcher
        if typed != text:
            said = self.typed_scores(typed, session, screen).best
        else:  # (the screen's own matcher, if it has one: the generated examples never move a safety decision)
            said = scores.best if screen is self.matcher else self.scored(text, asked, found, screen).best
        decision = decide_by_clauses(typed, decide(typed, red_flags, safety, said[0], said[1]),
                                     self.screen.screen, self.safety_model)  # a clause told now outweighs calm
        pre_rules: list[str] = []  # rules decided before the conversation rules, shown in /why
        if intent == "emergency" and not decision.urgent:
            intent = weak_guesses.instead_of_emergency(text, scores, pre_rules)
        found = self.linked_thing(found, text, session, intent)
        topic = found[0] if found else None
        related = self.relation_topic(found)
        if related is not None:
            topic, found = related, [related]
        defined = None
        if topic is None and intent not in (*SMALL_TALK, "emergency", "personal_advice", "symptom_check"):
            # (a long message by its question clause: "... i dont know what the marrow is, could you tell me")
            topic = defined = self.defined_asked(query, asked == text, direct(asked), session, intent)
            if topic is not None and not self.says_its_kind(text, intent):
                intent = "definition"
            # ("what do platelets do", no condition named nor in the conversation: what they are, not a treatment)
            intent = weak_guesses.what_a_thing_is(text, intent, confidence, topic is None and not session.topic
                                                  and not self.says_its_kind(text, intent), self.intent_set, pre_rules)
        symptoms = self.lay.find(text)
        if intent == "personal_advice" and not pre_rules:
            intent = weak_guesses.weak_personal_advice(text, scores, pre_rules, confidence, INTENT_THRESHOLD)
        if topic is not None and intent not in ("symptom_check", "personal_advice") \
                and self.only_a_name(text, topic, confidence, session, every):
            # ("with aplastic anemia do you bruise easy": a complaint asked of it, not what it is)
            intent = "symptoms" if self.asks_a_complaint_of(text, topic, confidence) else "definition"
        r = conversation.left_out(text, every, found, conversation.read(
            text, intent, scores, topic, expansions, session, self.intent_set.medical, self.in_conversation,
            [*found, *(t for t in every if t.head and t not in found),
             *conversation.said_back(text, topic, session, self.topic_words(session), self._names_of)],
            self.asks_a_kind(query, topic, text, scores)))
        if r.intent not in SMALL_TALK and topic is None and not symptoms and closes(text):
            # "thanks, that clears it up", "thanks ill call my doctor": a closing line, whatever the model reads in it.
            ranked = dict(scores.ranked)
            closing = max(("thanks", "goodbye"), key=lambda n: ranked.get(n, 0.0))
            r = replace(r, intent=conversation.closing_kind(text, closing), rules=(asked_rules.RULE_CLOSING,))
        if defined is not None:
            r = replace(r, rules=(asked_rules.RULE_DEFINED,))
        r = conversation.shown(r, pre_rules, text, weak_guesses.RULE_WEAK_PERSONAL)
        r = not_a_person(r, text, decision, (self.topics.index.text_vec.vocabulary, self.matcher.words.vocabulary),
                         self._help_terms)
        r = noted(self.asked_kind(r, text, asked, symptoms, scores), settled)
        confidence = max(confidence, *(RULE_CONFIDENCES.get(rule, 0.0) for rule in r.rules))
        query = self.retrieval_query(r, topic, query, text, asked, session)
        return Understanding(text, query, r.intent, confidence, scores, r.topic, r.followup, red_flags, symptoms,
                             expansions, tuple(found[1:]) if r.topic is topic else (), r.switched, r.rules,
                             session.intent, safety, decision, said)


#: How sure a kind of question decided by a rule of its own words is, when the model guessed less (see the rules).
RULE_CONFIDENCES = {asked_rules.RULE_KINDS_OF_IT: RULE_CONFIDENCE, asked_rules.RULE_A_GROUP_GETS_IT: RULE_CONFIDENCE,
                    RULE_ITS_FUNCTION: RULE_CONFIDENCE,
                    asked_rules.RULE_WHAT_IT_DOES: RULE_CONFIDENCE,
                    asked_rules.RULE_HOW_IT_GOES: SURE_RULE_CONFIDENCE,
                    asked_rules.RULE_COMES_BACK: SURE_RULE_CONFIDENCE,
                    asked_rules.RULE_WHY_IT_HAPPENS: SURE_RULE_CONFIDENCE,
                    asked_rules.RULE_MAKES_IT_BETTER: SURE_RULE_CONFIDENCE,
                    RULE_FROM_WHAT: SURE_RULE_CONFIDENCE, RULE_WHAT_GOES_WRONG: RULE_CONFIDENCE}
