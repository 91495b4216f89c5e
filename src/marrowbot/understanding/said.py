"""Kinds of question a message's own words say plainly, over the intent model's guess, and messages that are no
person's question about their health or about the bot (shown by ``/why`` as the rule that decided)."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace

from marrowbot.text import fold, terms
from marrowbot.text.care import ASKS_A_DECISION, ASKS_OWN_CASE, CHANGES_OWN_TREATMENT, PERSON
from marrowbot.text.lazy import lazy_re
from marrowbot.text.question_kinds import (
    AN_ANIMAL,
    ASKS_FROM_WHAT,
    ASKS_IF_ONE_IS_WELL,
    ASKS_ITS_FUNCTION,
    ASKS_OF_ANIMALS,
    ASKS_WHAT_GOES_WRONG,
    ASKS_WHAT_HELPS,
    ASKS_WHAT_IT_IS_DONE_WITH,
    ASKS_WHO_MORE,
    DONE_WITH_KIND,
    TELLS_OF_SELF,
)
from marrowbot.text.questions import (
    COMPLAINT,
    FILLER_WORDS,
    OWN_COMPLAINT,
)
from marrowbot.understanding import conversation
from marrowbot.understanding.asks_help import RULE_SOURCES
from marrowbot.understanding.clauses import QUESTION_TERMS
from marrowbot.understanding.conversation import Reading
from marrowbot.understanding.safety import SafetyDecision

RULE_OWN_COMPLAINT_ASKED = ("tells a complaint of their own the lay words know, names no condition and asks about it: "
                            "a symptom check")
RULE_WHAT_HELPS = "asks what eases it or a complaint ('is there anything that helps the pain'): how it is treated"
RULE_ITS_FUNCTION = ("asks what the topic itself does, and nothing more ('and what does it do'): what it is and does, "
                     "not what it does to a person")
RULE_WHAT_GOES_WRONG = ("asks what goes wrong in it ('what goes wrong with it', 'what is going wrong in the marrow'): "
                        "what it is, the definition's account of what happens")
RULE_ONE_PERSONS_OUTLOOK = ("asks whether one person will be well ('my mom has it, will she be ok?'): their own "
                            "outlook, only their care team can judge it")
RULE_ONE_PERSONS_OUTLOOK_READ = ("asks whether one person will be well ('is she going to be ok'), and the document "
                                 "speaks to the outlook: what it says of the outlook in general, no forecast for them")
#: The conversation rules that make a message a request about one person's own care (a decision, their diagnosis,
#: whether their complaint is the condition): "will she be ok" asked with one stays personal advice.
CARE_RULES = frozenset((conversation.RULE_DECISION, conversation.RULE_OWN_CASE, conversation.RULE_IS_IT_NAMED,
                        conversation.RULE_IS_IT_THAT))
RULE_WHO_MORE = ("asks who is more likely to have it, comparing groups ('is it more common in women'): its risk "
                 "factors, not how common it is")
RULE_FROM_WHAT = "asks what the condition comes from ('it is caused by what?'): its causes"
RULE_DONE_WITH = ("asks what it is done with or comes from, its verb after the subject ('what is it treated with'): "
                  "the verb's kind of question, not what it is")
RULE_AN_ANIMAL = "tells of an animal's complaint or asks about animals, not people: the documents are about people"
RULE_NOT_THE_BOT = ("read as asking for help, but it asks about a thing neither the documents nor the bot talk of "
                    "('help me book a flight'): out of scope")
#: "PET" in capitals: a scan (positron emission tomography), no pet. Case-sensitive, on the text as typed.
PET_SCAN = lazy_re(r"\bPET(?:s|-CT)?\b")
#: A word no document uses counts as a thing asked about when this long ("plz" and "thx" are ways of asking).
NOT_THE_BOT_WORD = 4
#: How a medical word no document uses ends, as an index term (stemmed: "myelogram", "splenectomi",
#: "thrombocytosi"): a health thing asked about, not a thing the bot does not talk of.
MEDICAL_ENDING = lazy_re(r"(?:gram|graphi|scopi|ectomi|otomi|plasti|iti|emia|aemia|osi|oma|cyte|pathi|logist|logi)$")
#: The kind of question that asks about risk factors, when the intents define it (it reports as causes).
RISK_KIND = "risk"
RULE_FROM_IT = ("tells complaints and asks whether they come from the condition itself ('is that from it'): its "
                "symptoms")
RULE_FROM_IT_TOLD = ("tells a person's own complaints (or a drug's story) and asks whether they come from the "
                     "condition: a symptom check")
#: Asks whether what was told comes from the condition itself (folded text): "is that from it", "could those be
#: part of it", "are these because of the disease".
COMES_FROM_IT = lazy_re(r"\b(?:is|are|was|were|could|can|might|would)\s+(?:that|this|these|those|they)\s+(?:\w+\s+)?"
                        r"(?:be\s+)?(?:from|because\s+of|due\s+to|caused\s+by|part\s+of|related\s+to|linked\s+to"
                        r"|connected\s+to|a\s+sign\s+of|a\s+symptom\s+of)\s+(?:it|this|that|the\s+(?:disease|condition"
                        r"|illness|cancer))\s*\??\s*$")
#: A story of a person (the asker, a relative, "he", "my dad") or of a drug or treatment, told with the complaints
#: (folded text): "is that from it" may then ask of the drug, or ask a symptom check, never the condition's list.
TELLS_OF_SOMEONE = lazy_re(rf"\b{PERSON}\b")
TELLS_OF_TREATMENT = lazy_re(r"\b(?:tak(?:e|es|ing)|took|chemo\w*|radiation|radiotherapy|medicines?|medications?"
                             r"|meds|pills?|drugs?|tablets?|ibuprofen|aspirin|steroids?|transfusions?|transplants?)\b")
#: A thing the story told of, pointed at ("the drug", "that treatment").
STORY_THING = lazy_re(r"\b(?:the|that|this|these|those|his|her|their|my|our)\s+([a-z]+)")
#: Words that only lean on a question ("even", "actually"), as index terms.
FILLER_TERMS = frozenset(terms(" ".join(FILLER_WORDS)))


def one_persons_outlook(r: Reading, text: str, outlook: Callable[[str], bool]) -> Reading | None:
    """Whether one person will be well ("is she going to be ok"): the outlook, for anyone, where the topic's document
    speaks to it and nothing of their own care is asked; else personal advice (None: it is personal advice already)."""
    said = fold(text)
    if r.topic is not None and outlook(r.topic.doc) and not CARE_RULES & set(r.rules) \
            and not (ASKS_A_DECISION.search(text.lower()) or CHANGES_OWN_TREATMENT.search(said)
                     or ASKS_OWN_CASE.search(said)):
        return replace(r, intent="prognosis", rules=(*r.rules, RULE_ONE_PERSONS_OUTLOOK_READ))
    if r.intent != "personal_advice":
        return replace(r, intent="personal_advice", rules=(*r.rules, RULE_ONE_PERSONS_OUTLOOK))
    return None


def said_kind(r: Reading, text: str, asked: str, symptoms: tuple[tuple[str, str], ...],
              medical: frozenset[str], outlook: Callable[[str], bool] = lambda doc: False) -> Reading | None:
    """The kind of question its own words say plainly, over the model's guess, or None: what the thing itself does
    (its definition), a complaint of one's own asked about (a symptom check), what it comes from (causes), what eases
    it (treatment), who is more likely to have it (risk factors); whether one person will be well, the outlook when
    the topic's document speaks to it (``outlook``: a document id -> whether it has an outlook section), else
    personal advice."""
    question = fold(asked)
    if r.intent != "emergency" and ASKS_IF_ONE_IS_WELL.search(asked.lower()):
        well = one_persons_outlook(r, text, outlook)
        if well is not None:
            return well
    if r.topic is not None and r.intent in (*medical, "symptom_check") and r.intent != "definition" \
            and not symptoms and (ASKS_ITS_FUNCTION.match(question) or ASKS_WHAT_GOES_WRONG.search(question)):
        rule = RULE_ITS_FUNCTION if ASKS_ITS_FUNCTION.match(question) else RULE_WHAT_GOES_WRONG
        return replace(r, intent="definition", rules=(*r.rules, rule))
    if r.topic is None and symptoms and r.intent in medical and OWN_COMPLAINT.search(fold(text)) and not r.followup:
        # "there are bruises all over my legs, what are they": their own complaint, no condition named
        return replace(r, intent="symptom_check", rules=(*r.rules, RULE_OWN_COMPLAINT_ASKED))
    if r.topic is not None and r.intent in (*medical, "symptom_check") and r.intent != "symptoms" \
            and (symptoms or COMPLAINT.search(question)) and COMES_FROM_IT.search(question) \
            and not TELLS_OF_SOMEONE.search(fold(text)) and not TELLS_OF_TREATMENT.search(fold(text)):
        # "are fevers and night sweats part of it": whether the condition itself brings those complaints, even read
        # as a symptom check ("and being wiped out tired all the time, is that part of it": no one's complaint told).
        # Never for a person's own or a relative's complaints (a symptom check, with its caution) nor after a drug's
        # story.
        return replace(r, intent="symptoms", rules=(*r.rules, RULE_FROM_IT))
    if r.topic is not None and r.intent in medical and (symptoms or COMPLAINT.search(question)) \
            and COMES_FROM_IT.search(question) \
            and (TELLS_OF_SOMEONE.search(fold(text)) or TELLS_OF_TREATMENT.search(fold(text))):
        # "my dad's gums bleed, are those part of it": a person's complaints, asked whether the condition brings
        # them: a symptom check (its caution, and only sentences naming them), never the condition's symptom list
        return replace(r, intent="symptom_check", rules=(*r.rules, RULE_FROM_IT_TOLD))
    if r.topic is None or r.intent not in medical:
        return None
    done = ASKS_WHAT_IT_IS_DONE_WITH.search(question) if r.intent == "definition" else None
    if done is not None and DONE_WITH_KIND[" ".join(done["verb"].split())] in medical:
        kind = DONE_WITH_KIND[" ".join(done["verb"].split())]  # "what is X treated with in general"
        return replace(r, intent=kind, rules=(*r.rules, RULE_DONE_WITH))
    if ASKS_FROM_WHAT.search(question):
        return replace(r, intent="causes", rules=(*r.rules, RULE_FROM_WHAT))
    if r.intent != "treatment" and "treatment" in medical and ASKS_WHAT_HELPS.search(question):
        return replace(r, intent="treatment", rules=(*r.rules, RULE_WHAT_HELPS))
    if r.intent not in ("causes", RISK_KIND) and ASKS_WHO_MORE.search(question):
        kind = RISK_KIND if RISK_KIND in medical else "causes"
        return replace(r, intent=kind, rules=(*r.rules, RULE_WHO_MORE))
    return None


def not_a_person(r: Reading, text: str, decision: SafetyDecision, known: tuple[Container[str], ...],
                 help_terms: frozenset[str]) -> Reading:
    """Out of scope, for what is no person's question about their health or about the bot: an animal's complaint
    ("my dog keeps being sick, is he ok") or whether animals get it ("can cats get leukemia"), or help asked with
    things neither the documents nor the bot talk of ("can you help me book a table": a word no document uses, none
    of ``known``: the index's and the intent model's terms). Never a message the safety screen finds urgent."""
    said = fold(PET_SCAN.sub("scan", text))  # (a "PET" is a scan, a "pet" an animal)
    if not decision.urgent and r.intent != "out_of_scope" and ASKS_OF_ANIMALS.search(said):
        return replace(r, intent="out_of_scope", topic=None, followup=False, rules=(*r.rules, RULE_AN_ANIMAL))
    if not decision.urgent and r.intent == "symptom_check" and AN_ANIMAL.search(said) \
            and not TELLS_OF_SELF.search(said):
        # (the animal the subject of a complaint, a condition named or not: "my dog keeps bruising, is that
        # leukemia"; never a person's request for advice or an emergency)
        return replace(r, intent="out_of_scope", topic=None, followup=False, rules=(*r.rules, RULE_AN_ANIMAL))
    if decision.urgent or r.topic is not None and not r.followup:
        return r
    if r.intent == "help" and r.topic is None and RULE_SOURCES not in r.rules:
        # (a word the intents' examples use is a way of asking; "plz" and "pls" are too short to count)
        # (a word's length as typed: "taxes" is the term "tax")
        other = {t: w for w in fold(text).split() for t in terms(w)}
        if any(len(w) >= NOT_THE_BOT_WORD and t not in help_terms and t not in QUESTION_TERMS
               and not any(t in k for k in known) and not MEDICAL_ENDING.search(t) for t, w in other.items()):
            return replace(r, intent="out_of_scope", rules=(*r.rules, RULE_NOT_THE_BOT))
    return r
