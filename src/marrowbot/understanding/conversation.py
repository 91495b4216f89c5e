"""The conversation model: which topic and which kind of question a message is, given the session.

The rules, in order (the one that decided is named in ``Reading.rule`` and shown by ``/why``):

1. Small talk only when the message IS small talk: a long question that ends in "thanks" is a question.
2. A message that names a condition is about that condition. When the session was about another one, the
   answer says so out loud ("About leukemia: ...").
3. A "what about X?" message (nothing but a name and joining words) keeps the last question's kind, unless its own
   words clearly ask another kind ("what about necrosis, whats the outlook for that"), or it closes the last subject
   first ("ok, now what about X?" about another document: what X is).
   So does "and X?" (one to three words, no asking word) when its words ask no kind of their own.
   Unless it points back at the conversation's topic ("can tuberculosis cause it?", "sickle cell too?") and the
   conversation's document itself names the condition: then it asks how the two relate, in that document. A plain
   "what is that X?" asks what X is, from X's own page.
4. A message that names no condition is read in the session's topic, with its OWN kind of question: the carried
   kind applies only to rule 3, and to a question narrowing the last answer's list ("and which of those aren't
   cancer"). "and how long does it last" after a treatment question asks about the outlook.
   A bare request to say yes or no ("so is that a yes?") asks the last question again: its kind, its subject.
5. A request to go on with no subject of its own ("more", "go on", "and?", "what else", "you already said that",
   "that's not what I asked"; ``text.follow_ups.continuation``) is answered after these rules, by
   ``respond_more.GoingOn``: the topic's sentences not quoted yet (the session keeps the ids quoted).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from marrowbot.intents import SMALL_TALK
from marrowbot.session import Session
from marrowbot.text import STOPWORDS, fold, terms
from marrowbot.text.care import (
    ASKS_A_DECISION,
    ASKS_IF_WORRYING,
    ASKS_OWN_CASE,
    CHANGES_OWN_TREATMENT,
    HOW_IT_GOES,
    TELLS_OF_A_PERSON,
    tells_own_state,
)
from marrowbot.text.closing_words import RELIEF, THANKED_FOR
from marrowbot.text.follow_ups import (
    AND_ONLY,
    AND_THEN,
    FRESH_START,
    NARROWS_LIST,
    QUOTES_THE_ANSWER,
    WHAT_ABOUT,
    WHY_OF_IT,
    YES_OR_NO_OF_IT,
)
from marrowbot.text.questions import (
    ASKS_IF_IT_IS,
    CARRY_WORDS,
    COMPLAINT,
    EVERYDAY,
    EXCLUDED,
    MESSAGE_CLAUSE_END,
    NAME_TYPO_SCORE,
    OWN_COMPLAINT,
    POINTS_AT_TOPIC,
    QUESTION_START,
    REFERS_BACK,
    SMALL_TALK_WORDS,
    asks_if_it_is,
    ends_asking_what,
    opens_asking_what,
)
from marrowbot.understanding.asks_help import SURE_HELP, asks_for_help
from marrowbot.understanding.intent_model import IntentScores
from marrowbot.understanding.topics import Topic

#: A message with more words than this beyond small-talk words is a question, whatever it ends with.
SMALL_TALK_MAX_OTHER_WORDS = 2

RULE_SMALL_TALK = "small talk: the message is only small talk"
RULE_NOT_SMALL_TALK = "a question with small talk around it: answered as a question"
RULE_NAMED = "the message names a condition"
RULE_ALL_LEFT_OUT = ("'which others besides X?' with X the conversation's topic and nothing else named: X's own "
                     "sentences are not the answer")
RULE_RELATION = ("'can that be tied to X' with no complaint or finding told: how two conditions relate, no diagnosis "
                 "of a person")
RULE_SWITCH = "the message names another condition than the conversation's: the topic changes"
RULE_WHAT_ABOUT = "a 'what about X?' message: the last question's kind, about X"
RULE_FRESH_START = ("'ok, now what about X?' or a name alone ('X?') about another document: the last subject is "
                    "closed, the new one starts from what it is")
RULE_NARROWS = ("no condition named, and it narrows the list the last answer gave ('which of those ...', 'what "
                "other ...'): the last question's kind")
#: A follow-up narrowing a list keeps the last kind unless the intent model is this sure of its own.
SURE_OWN_KIND = 0.5
RULE_WHY_OF_IT = "a bare 'why?' or 'and then?' after an answer: of that answer, the last question's kind"
RULE_YES_OR_NO_OF_IT = "a bare 'so is that a yes?' after an answer: the last question again, its kind and subject"
RULE_SESSION_TOPIC = "no condition named: read in the conversation's topic, as its own kind of question"
RULE_MENTIONED = ("the message names a condition the conversation's document names, and points back at it: "
                  "how the two relate, from that document")
#: After this kind of question, "what about X?" asks whether X is one of them too (the documents relate
#: conditions by what they are associated with).
RELATION_KIND = "causes"
#: Below this, the intent model's guess for such a question gives way to RELATION_KIND.
RELATION_UNSURE = 0.3
RULE_NO_TOPIC = "no condition named and none in the conversation"
RULE_NEW_SUBJECT = ("says it changes the subject ('unrelated, but ...', 'different question') and names no condition, "
                    "nor points back at one: not read in the conversation's topic")
#: Words that announce another subject (folded text): what follows is not about the conversation's condition.
NEW_SUBJECT = re.compile(r"\b(?:unrelated|off topic|(?:a |on a |on an )?(?:different|separate|other|another|new|random)"
                         r" (?:question|topic|subject|thing|note)|chang(?:e|ing) (?:the )?(?:subject|topic)"
                         r"|nothing to do with (?:it|this|that|the marrow|marrow))\b")
RULE_DECISION = "asks for a decision about a person's own care ('should he get X', 'do I need X'): personal advice"
RULE_HOW_A_TEST_GOES = ("asks how a test or treatment goes ('do i have to fast before it'), not for a decision about "
                    "their own care: its next kind of question")
RULE_OWN_CASE = ("asks about one person's own case: their diagnosis, what is safe for them, what to do in their "
                 "place ('does my son have this', 'is it safe for her to ...'): personal advice")
RULE_IS_IT_NAMED = ("tells of a person and asks whether it is the condition it names ('his counts are low, is it "
                    "leukemia'): a diagnosis of that person, personal advice")
RULE_WORRY = "tells their own complaint and asks whether to worry: a symptom check"
#: Says the conversation goes back to the earlier subject ("ok back to before", "going back to it"; folded).
_RETURNS = re.compile(r"\b(?:back to|(?:go|going|come|coming|get|getting) back|return(?:ing)? to)\b")
RULE_STAYS_OUT = ("names no condition and points back ('it', 'this') right after a subject no document covers: "
                  "still that subject, not covered")
RULE_IS_IT_THAT = ("after a symptom check or a request for a diagnosis, 'is it / could it be X?': whether their own "
                   "complaint is X (personal advice)")
RULE_PERSONAL_MENTION = ("a personal message naming a condition the conversation's document names: the person's "
                         "story, the conversation's topic stays")


@dataclass(frozen=True)
class Reading:
    intent: str
    topic: Topic | None
    followup: bool  # the topic came from the session, not the message
    switched: bool  # the message moved the conversation to another document or condition
    rules: tuple[str, ...]


#: A request for material to read: a handout, a leaflet, something written for families, information in another
#: language ("any handout?", "is there stuff written for families going thru transplant", "info in other languages").
ASKS_FOR_MATERIAL = re.compile(
    r"\b(?:hand ?outs?|leaflets?|pamphlets?|brochures?|booklets?|print ?outs?|fact ?sheets?"
    r"|(?:anything|something|stuff|things?|info|information|material|materials)(?: \w+)? written\b"
    r"|(?:anything|something|stuff|info|information) (?:i|we|they|he|she) (?:can|could) (?:read|print)"
    r"|(?:in|into) (?:other|another|different|more) languages?|in (?:spanish|espanol))\b")
RULE_ASKS_WHAT = ("read as a symptom check, but it opens by asking what a term is and tells no complaint: what it "
                  "is")
RULE_MATERIAL = "asks for material to read (a handout, something written, another language): where to read more"


def _material(text: str, intent: str, medical: frozenset[str], rules: list[str]) -> str:
    """Support for a request for material to read ("what about going home after a transplant, any handout?"), the
    rule noted; else ``intent``."""
    if (intent in medical or intent == "out_of_scope") and "support" in medical \
            and ASKS_FOR_MATERIAL.search(fold(text)):
        rules.append(RULE_MATERIAL)
        return "support"
    return intent


#: A leave-taking said in a message ("cheers, goodnight", "thanks, bye"; folded): the conversation ends, whatever else
#: it thanks for (a goodbye thanks too, but a thanks asks "anything else?").
_TAKES_LEAVE = re.compile(r"\b(?:bye|byee|bye bye|goodbye|good bye|good ?night|nite|farewell|cya|ttyl"
                          r"|see (?:you|ya)(?: later)?"
                          r"|gotta go|(?:i|i've|ive) (?:have|got) to go)\b")


def takes_leave(text: str) -> bool:
    """True when a message takes leave ("ok thanks, bye"): a small-talk thanks that also says goodbye is one."""
    return bool(_TAKES_LEAVE.search(fold(text)))


def closing_kind(text: str, intent: str) -> str:
    """The small-talk kind of a closing message read as ``intent``: a thanks that takes leave is a goodbye."""
    return "goodbye" if intent == "thanks" and takes_leave(text) else intent


def is_small_talk(text: str) -> bool:
    """True when nothing but small-talk words (and a couple of others) are in the message."""
    if "?" not in text:
        text = RELIEF.sub(" ", THANKED_FOR.sub(" thanks ", text.lower().replace("\u2019", "'")))
    other = [w for w in fold(text).split() if w not in SMALL_TALK_WORDS and w not in STOPWORDS]
    # ("whats a CBC thanks", "thanks, what is MDS?": a clause asks what a thing is, a word of no everyday talk)
    return len(other) <= SMALL_TALK_MAX_OTHER_WORDS and not (any(w not in EVERYDAY for w in other) and any(
        opens_asking_what(clause) for clause in MESSAGE_CLAUSE_END.split(text.strip()) if clause.strip()))


def _asks_of_topic(text: str, scores: IntentScores, session: Session, medical: frozenset[str]) -> bool:
    """True when a short message asks of the conversation's condition ("hmm wait, is it curable?", "can you get it"):
    a question with "it" or "this" in a conversation with a topic, read by the intent model more as its medical
    kinds than as small talk."""
    if not session.topic or not ("?" in text or QUESTION_START.search(fold(text))) \
            or not POINTS_AT_TOPIC.search(fold(text)):
        return False
    ranked = dict(scores.ranked)
    return sum(p for n, p in ranked.items() if n in medical or n == "symptom_check") \
        > sum(p for n, p in ranked.items() if n in SMALL_TALK)


def best_other_than(scores: IntentScores, excluded: frozenset[str]) -> tuple[str, float]:
    for name, p in scores.ranked:
        if name not in excluded:
            return name, p
    return scores.best


def _asks_if_they_have(text: str, topic: Topic) -> bool:
    """True when a message tells of a person and asks whether what they have IS the condition it names ("his
    counts came back low, is it leukemia"; not "my son has ALL, is it genetic")."""
    folded = fold(text)
    m = ASKS_IF_IT_IS.search(folded)
    return m is not None and asks_if_it_is(folded) and bool(TELLS_OF_A_PERSON.search(folded)) \
        and f" {fold(topic.name.text)} " in f" {folded[m.start():]} "


def _own_care(text: str, intent: str, scores: IntentScores, medical: frozenset[str], rules: list[str]) -> str:
    """The kind of a message about one person's own care: how a test goes for anyone is no personal advice; a
    diagnosis of their own, a decision or a change of their treatment is; their own complaint and "should i worry"
    is a symptom check. The rule that decided is added to ``rules``."""
    if intent == "personal_advice" and HOW_IT_GOES.search(fold(text)) and not CHANGES_OWN_TREATMENT.search(fold(text)):
        intent, _ = best_other_than(scores, frozenset((*SMALL_TALK, "personal_advice", "emergency")))
        rules.append(RULE_HOW_A_TEST_GOES)  # "do i have to fast before the biopsy": how it goes, for anyone
    if (intent in medical or intent == "out_of_scope") and ASKS_OWN_CASE.search(fold(text)):
        intent = "personal_advice"  # "does my son have this": only their care team can say
        rules.append(RULE_OWN_CASE)
    if (intent in medical and ASKS_A_DECISION.search(text.lower())) \
            or (intent in ("symptom_check", "out_of_scope", "emergency", *medical)
                and CHANGES_OWN_TREATMENT.search(fold(text))):
        intent = "personal_advice"  # "should my mom get the transplant": only her care team can say
        rules.append(RULE_DECISION)
    if intent == "personal_advice" and ASKS_IF_WORRYING.search(fold(text)) and OWN_COMPLAINT.search(fold(text)) \
            and not CHANGES_OWN_TREATMENT.search(fold(text)):
        intent = "symptom_check"  # "i get full really fast when i eat, should i worry": their own complaint
        rules.append(RULE_WORRY)
    return intent


def _asks_what(text: str, intent: str, medical: frozenset[str], rules: list[str]) -> str:
    """A symptom-check guess for a message that opens by asking what a term is and tells no complaint nor asks
    about a person's own case ("what is ALL anyway i keep nodding when they say it"): what it is."""
    said = fold(text)
    if intent == "symptom_check" and "definition" in medical and opens_asking_what(text) \
            and not COMPLAINT.search(said) and not ASKS_OWN_CASE.search(said):
        rules.append(RULE_ASKS_WHAT)
        return "definition"
    return intent


def read(text: str, intent: str, scores: IntentScores, topic: Topic | None, expansions: tuple[str, ...],
         session: Session, medical: frozenset[str],
         in_conversation: Callable[[Topic, Session], Topic | None] | None = None,
         found: Sequence[Topic] = (), own_kind: bool = False) -> Reading:
    """Apply the rules above to one understood message. ``own_kind``: the message uses a kind of question's own
    words besides the names in it ("what about necrosis, whats the outlook for that"), so a "what about X?" form
    does not carry the last kind."""
    rules: list[str] = []
    if intent == "help" and ASKS_OWN_CASE.search(fold(text)):
        intent = "personal_advice"  # "is this what my son has", however sure the model is that it asks for help
        rules.append(RULE_OWN_CASE)
    if session.intent == "out_of_scope" and not session.topic and topic is None \
            and intent not in ("emergency", "greeting", "thanks", "goodbye") \
            and not (intent == "help" and scores.best[1] >= SURE_HELP) \
            and POINTS_AT_TOPIC.search(fold(text)) and not takes_leave(text) and not _RETURNS.search(fold(text)) \
            and not NEW_SUBJECT.search(fold(text)):  # ("another question, is it ...": not the uncovered subject)
        return Reading("out_of_scope", None, False, False, (RULE_STAYS_OUT,))  # "and how is it treated" after "acne?"
    helped = asks_for_help(text, intent, topic, scores)
    if helped:
        return Reading("help", None, False, False, (helped,))
    again = _asks_again(text, intent, topic, session, medical)
    if again is not None:
        return replace(again, rules=(*rules, *again.rules))
    if intent in SMALL_TALK:
        if is_small_talk(text) and not _asks_of_topic(text, scores, session, medical):
            return Reading(closing_kind(text, intent), None, False, False, (RULE_SMALL_TALK,))
        intent, _ = best_other_than(scores, SMALL_TALK)
        rules.append(RULE_NOT_SMALL_TALK)
    intent = _material(text, _own_care(text, intent, scores, medical, rules), medical, rules)
    intent = _asks_what(text, intent, medical, rules)
    intent = _is_it_that(text, intent, topic, session, medical, rules)
    asks = intent in medical or intent in ("personal_advice", "symptom_check", "out_of_scope")
    if topic is not None:
        return _read_named(text, intent, scores, topic, expansions, session, medical, in_conversation, found, rules,
                           own_kind)
    if session.topic and asks and not _changes_subject(text, rules):
        carried = session.topic_value()
        if carried is not None and session.intent in medical and _what_about(text, intent, medical) \
                and not own_kind:
            rules.append(RULE_WHAT_ABOUT)
            return Reading(session.intent or intent, carried, True, False, tuple(rules))
        kept = _keeps_last_kind(text, intent, scores, own_kind) \
            if carried is not None and session.intent in medical else None
        if kept is not None:
            rules.append(kept)
            return Reading(session.intent or intent, carried, True, False, tuple(rules))
        if carried is not None:
            rules.append(RULE_SESSION_TOPIC)
            return Reading(intent, carried, True, False, tuple(rules))
    rules.append(RULE_NO_TOPIC)
    return Reading(intent, None, False, False, tuple(rules))


def _asks_again(text: str, intent: str, topic: Topic | None, session: Session,
                medical: frozenset[str]) -> Reading | None:
    """A bare request to say yes or no ("so is that a yes?", "yes or no?") right after a medical answer: the last
    question again, its kind and its subject (small-talk words all, it is still no small talk). None otherwise."""
    if topic is not None or not session.topic or session.intent not in medical or intent == "emergency" \
            or not YES_OR_NO_OF_IT.search(fold(text)):
        return None
    carried = session.topic_value()  # "can it be cured" then "so is that a yes?": the same question again
    return None if carried is None else Reading(session.intent, carried, True, False, (RULE_YES_OR_NO_OF_IT,))


def _keeps_last_kind(text: str, intent: str, scores: IntentScores, own_kind: bool) -> str | None:
    """The rule by which a follow-up naming no condition keeps the last question's kind, or None."""
    said = fold(QUOTES_THE_ANSWER.sub("", text.lower(), count=1))  # ("you mentioned X. which ones": "which ones")
    if intent not in ("emergency", "personal_advice") and NARROWS_LIST.search(said) \
            and (not own_kind or dict(scores.ranked).get(intent, 0.0) < SURE_OWN_KIND):
        return RULE_NARROWS  # "and which of those aren't cancer" after "what causes it"
    if WHY_OF_IT.search(said) or AND_THEN.search(said):
        return RULE_WHY_OF_IT  # "bone marrow necrosis prognosis" then "why?": why the outlook is so
    return None


def _changes_subject(text: str, rules: list[str]) -> bool:
    """True (the rule noted) when a message says it changes the subject and does not point back with "it"."""
    said = fold(text)
    if NEW_SUBJECT.search(said) and not POINTS_AT_TOPIC.search(NEW_SUBJECT.sub(" ", said)):
        rules.append(RULE_NEW_SUBJECT)
        return True
    return False


def _read_named(text: str, intent: str, scores: IntentScores, topic: Topic, expansions: tuple[str, ...],
                session: Session, medical: frozenset[str],
                in_conversation: Callable[[Topic, Session], Topic | None] | None, found: Sequence[Topic],
                rules: list[str], own_kind: bool = False) -> Reading:
    """Rules 2 and 3: a message that names a condition."""
    if _asks_if_theirs(text, intent, session):
        intent = "personal_advice"
        rules.append(RULE_IS_IT_THAT)
    switched = bool(session.topic) and (topic.doc != session.topic
                                        or (topic.condition.passage if topic.condition else None)
                                        != session.condition)
    what_about = only_names(text, topic, expansions) or _what_about(text, intent, medical)
    if switched and in_conversation is not None and topic.doc != session.topic \
            and intent not in ("emergency", "personal_advice", "symptom_check") \
            and not (intent == "definition" and (opens_asking_what(text) or ends_asking_what(text))) \
            and (REFERS_BACK.search(fold(text)) or any(t.doc == session.topic and _apart(t, topic) for t in found)
                 or (what_about and session.intent == RELATION_KIND)):
        related = in_conversation(topic, session)
        if related is not None:
            rules.append(RULE_MENTIONED)
            # (the last kind, unless the message says its own: "and in kids does it change the prognosis")
            kind = session.intent if what_about and session.intent in medical and not own_kind else intent
            if not what_about and scores.best[1] < RELATION_UNSURE:
                kind = RELATION_KIND  # "tuberculosis can do it??": how the documents relate conditions
            return Reading(kind or intent, related, True, False, tuple(rules))
    # (not "and aplastic?": a "what about X?" form is no person's story)
    personal = _personal_mention(intent, topic, session, in_conversation) if switched and not what_about else None
    if personal is not None:
        return Reading(intent, personal, True, False, (*rules, RULE_PERSONAL_MENTION))
    if session.intent in medical and intent not in ("emergency", "personal_advice") \
            and (only_names(text, topic, expansions) or (_what_about(text, intent, medical)
                                                         and not own_kind)):
        if topic.doc != session.topic and (FRESH_START.search(fold(text))
                                           or (bool(session.topic) and name_alone(text, topic, expansions))):
            rules.append(RULE_FRESH_START)  # "ok now what about aplastic anemia": what it is
            return Reading("definition", topic, False, switched, tuple(rules))
        rules.append(RULE_WHAT_ABOUT)
        return Reading(session.intent or intent, topic, False, switched, tuple(rules))
    rules.append(RULE_SWITCH if switched else RULE_NAMED)
    return Reading(intent, topic, False, switched, tuple(rules))


def _is_it_that(text: str, intent: str, topic: Topic | None, session: Session, medical: frozenset[str],
               rules: list[str]) -> str:
    """The kind of a message that names a condition and asks "is it X?": whether what a person has is X (personal
    advice), or how two conditions relate when it tells no complaint or finding ("my wife has APS, can that be tied
    to necrosis"; a symptom-check guess there has nothing of theirs to check). The rule is added to ``rules``."""
    if (intent in medical or intent == "symptom_check") and topic is not None and _asks_if_they_have(text, topic):
        rules.append(RULE_IS_IT_NAMED)
        return "personal_advice"  # "his counts came back low, is it leukemia": a diagnosis of one person
    if topic is not None and ASKS_IF_IT_IS.search(fold(text)) and not asks_if_it_is(fold(text)) \
            and not _asks_if_theirs(text, intent, session):
        rules.append(RULE_RELATION)
        return RELATION_KIND if intent == "symptom_check" else intent
    return intent


def _what_about(text: str, intent: str, medical: frozenset[str]) -> bool:
    """A "what about X?" message; or "and X?" whose own words ask no kind of medical question ("and grown ups?",
    not "and the treatment?"). An emergency reading is never carried away."""
    said = fold(text)
    return bool(WHAT_ABOUT.search(said)) or (bool(AND_ONLY.search(said)) and intent not in medical
                                             and intent != "emergency")


def _asks_if_theirs(text: str, intent: str, session: Session) -> bool:
    """"could it be bone marrow necrosis?" after telling their symptoms: whether THEIR complaint is that condition,
    which only someone who can examine them can say. Not "is that connected?" telling no complaint or finding: how
    two conditions relate (``asks_if_it_is``)."""
    return session.intent in ("symptom_check", "personal_advice") and intent != "emergency" \
        and (asks_if_it_is(fold(text)) or bool(_TIED_TO_ONE.search(fold(text)))) \
        and not _checks_own_complaint(text, intent)


#: "could it be tied to myelofibrosis?" after told symptoms: whether THEIR complaint is tied to the one condition
#: named (a bare "is that connected?" names none: how the documents relate the two).
_TIED_TO_ONE = re.compile(r"\b(?:is|could|might|would|can)\s+(?:it|that|this)\s+(?:be\s+)?(?:tied|linked|related|"
                          r"connected|associated|due)\s+(?:to|with)\s+(?!(?:it|that|this|them|each other|one another)"
                          r"\b)\w+(?!.*\bin general\b)")


def _checks_own_complaint(text: str, intent: str) -> bool:
    """True when a message read as a symptom check tells its own complaint ("my legs ache and i run fevers, could
    that be X"): it is a symptom check, whatever came before; only a bare "could it be X?" asks for a diagnosis."""
    return intent == "symptom_check" and tells_own_state(fold(text))


def _personal_mention(intent: str, topic: Topic, session: Session,
                      in_conversation: Callable[[Topic, Session], Topic | None] | None) -> Topic | None:
    """The conversation's topic, for a personal message naming a condition the conversation's document names ("my
    mom is on imatinib for her leukemia, should she stop?" in a necrosis conversation whose page names leukemia):
    the condition is the person's story, not a new subject."""
    if in_conversation is None or topic.doc == session.topic or intent not in ("personal_advice", "symptom_check"):
        return None
    return session.topic_value() if in_conversation(topic, session) is not None else None


def only_names(text: str, topic: Topic, expansions: tuple[str, ...]) -> bool:
    """True when a message is nothing but a topic's name and a few joining words ("and PV?")."""
    from rapidfuzz import fuzz

    name_words = _name_words(topic, expansions)
    rest = [w for w in fold(text).split() if w not in name_words and w not in CARRY_WORDS]
    return not rest or (len(rest) == 1 and len(rest[0]) >= 4
                        and any(fuzz.ratio(rest[0], n) >= NAME_TYPO_SCORE for n in name_words))


#: The words a name said alone may come with ("ok amyloidosis?"): none joins it to what was asked before.
_ALONE_WORDS = frozenset("ok okay so hmm um right the".split())


def name_alone(text: str, topic: Topic, expansions: tuple[str, ...]) -> bool:
    """True when a message is a topic's name alone, joined to nothing said before ("amyloidosis?"; not "and X?",
    "X too?", "same question for X"): a new subject, which starts from what it is."""
    name_words = _name_words(topic, expansions)
    return only_names(text, topic, expansions) and all(w in name_words or w in _ALONE_WORDS for w in fold(text).split())


def _name_words(topic: Topic, expansions: tuple[str, ...]) -> set[str]:
    """The words of a topic's name and of its expansions (folded)."""
    return {w for name in (topic.name.text, *expansions) for w in fold(name).split()}


def _apart(a: Topic, b: Topic) -> bool:
    """Two names of which neither is part of the other ("bone marrow necrosis" and "leukemia")."""
    x, y = fold(a.name.text), fold(b.name.text)
    return x not in y and y not in x


def left_out(text: str, every: Sequence[Topic], found: Sequence[Topic], r: Reading) -> Reading:
    """No topic for "what other blood cancers besides leukemia are there?" in a leukemia conversation when nothing
    else is named: the conversation's topic is the one thing left out, so its sentences do not answer."""
    if r.followup and r.topic is not None and EXCLUDED.search(fold(text)) \
            and r.topic.doc in {t.doc for t in every} - {t.doc for t in found}:
        return replace(r, topic=None, followup=False, rules=(*r.rules, RULE_ALL_LEFT_OUT))
    return r


RULE_NO_WORDS = "no word we can read (only marks, or a script the documents do not use): not read in the conversation"


def shown(r: Reading, rules: list[str], text: str, weak_rule: str) -> Reading:
    """The reading with the rules decided before the conversation rules first, when they still hold (a message read
    as personal advice or a symptom check is so read; a weak guess demoted, ``weak_rule``, always is). A follow-up
    with no word we can read ("???", a script the documents do not use) is not read in the conversation's topic."""
    if r.followup and not re.search(r"[a-z0-9]", fold(text)):
        return replace(r, intent="out_of_scope", topic=None, followup=False, rules=(RULE_NO_WORDS,))
    if rules and (r.intent in ("personal_advice", "symptom_check") or weak_rule in rules):
        return replace(r, rules=(*rules, *r.rules))
    return r


#: A word of the conversation's condition's name this long, said besides another condition's name, speaks of it.
SAID_BACK_MIN = 5


def said_back(text: str, topic: Topic | None, session: Session, words: frozenset[str],
              names_of: Callable[[Topic], set[str]]) -> list[Topic]:
    """The conversation's topic, when a message naming another condition also says a telling word of the
    conversation's condition's name that the other's name lacks ("tuberculosis can do something to the bone marrow?"
    about bone marrow necrosis): it speaks of both (how they relate, when the conversation's page names the other)."""
    carried = session.topic_value() if session.topic else None
    if topic is None or carried is None or topic.doc == session.topic:
        return []
    other = {t for n in names_of(topic) for t in terms(n)}
    telling = {t for t in words - other if len(t) >= SAID_BACK_MIN and t not in EVERYDAY}
    return [carried] if telling & set(terms(text)) else []
