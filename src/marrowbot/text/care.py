"""Text rules for requests about one person's own care: who the person is, the verbs of care, a decision, a change
of treatment, a diagnosis of their own, their own complaint told (one shared pattern for each)."""

from __future__ import annotations

import re

from marrowbot.text.lazy import lazy_re
from marrowbot.text.questions import COMPLAINT

#: Who a request about one person's own care is about: the asker, another person by pronoun, "my X" / "our X",
#: or a relative named by the word for them ("should grandma keep going"). Folded or lowercased text.
_RELATIVES = (r"mom|mum|mother|dad|father|grandma|grandmother|granny|nan|nana|grandpa|grandfather|granddad|son"
              r"|daughter|wife|husband|brother|sister|baby|partner|uncle|aunt|auntie")
#: The words for a relative ("mom", "dad", "son", ...), as a pattern's alternatives.
RELATIVES = _RELATIVES
PERSON = rf"(?:i|he|she|we|(?:my|our|his|her|their)\s+\w+(?:\s+(?:{_RELATIVES}))?|(?:{_RELATIVES}))"
#: The verbs of changing or leaving a treatment one is on ("can i quit it", "what if she skips a dose").
CHANGE_VERBS = ("stop", "quit", "skip", "miss", "come off", "go off", "cut down", "switch", "change", "halve", "double",
                "lower", "raise", "reduce", "increase")
#: The verbs of doing something about one's care: a treatment got, kept, changed, stopped ("should he change his
#: medicine", "do i have to stop", "can my dad come off it"). One list for every rule below.
CARE_VERBS = ("get", "have", "take", "start", "keep", "continue", "go on", "do", "undergo", "receive", "accept",
              "agree", "try", "refuse", *CHANGE_VERBS)


def _forms(verbs: tuple[str, ...]) -> str:
    """A regex alternation of verbs with their -s, -ed and -ing forms ("skip", "skips", "skipped", "skipping"; the
    first word of a phrase: "coming off")."""
    out = []
    for v in verbs:
        first, _, rest = v.partition(" ")
        base = first[:-1] if first.endswith("e") else first
        double = first[-1] if re.fullmatch(r"(?:qu|[^aeiou])*[aeiou][bdgmnpt]", first) else ""  # stop -> stopped
        form = rf"(?:{first}|{base}e?s|{base}{double}ed|{base}ed|{base}{double}ing|{base}ing)"
        out.append(form + (r"\s+" + rest.replace(" ", r"\s+") if rest else ""))
    return "|".join(out)


_CARE = _forms(CARE_VERBS)
_CHANGE = _forms(CHANGE_VERBS)
#: Asks for a decision about one person's own care ("should my dad get the transplant or wait", "do i need a
#: biopsy", "..., should i say yes"): personal advice, whatever kind of care it is about. Read on the lowercased
#: message: a clause starts at its beginning or after a sentence mark.
ASKS_A_DECISION = lazy_re(r"(?:^|[.,;:!?]\s*)(?:(?:so|and|but|ok|okay|well|um|then|also|now)\s+)*"
                             rf"(?:should\s+(?:they|{PERSON})|do\s+(?:i|we)\s+(?:need|have)"
                             rf"|does\s+{PERSON}\s+(?:need|have))\b"
                             # ("do i have to fast before the biopsy" asks how it is done; "do i have to get a
                             # transplant" asks for a decision)
                             rf"(?!\s+to\s+(?!(?:{_CARE})\b))")
#: How a test or a treatment goes for whoever has it ("do i have to fast before the biopsy", "will he need to stay
#: in hospital"), not a decision about one's own care ("do i have to take it", "does she need to start chemo").
HOW_IT_GOES = lazy_re(rf"\b(?:do|does|will|would)\s+(?:you|{PERSON})\s+(?:have|need)\s+to\s+(?!(?:{_CARE})\b)")
#: "..., should i worry": whether what the person tells of their own is something to worry about (folded text): a
#: symptom check, not a decision about their care.
ASKS_IF_WORRYING = lazy_re(r"\bshould\s+(?:i|we)\s+(?:be\s+)?(?:worry|worried|concerned|scared|afraid|panic"
                              r"|panicking)\b")
#: What a personal-advice request asks for, on folded text: a dose, a diagnosis of one's own ("do i have X", "what is
#: wrong with me", "sounds like what my son has", "i think i have it"), one's own chances ("will he make it"), whether
#: something is safe or all right for one person, what one person may do (a decision or a change of treatment is
#: ASKS_A_DECISION and CHANGES_OWN_TREATMENT).
ASKS_FOR_ONESELF = lazy_re(r"\b(?:dose|doses|dosage|mg|how\s+much|how\s+many)\b"
                              rf"|\b(?:do|does|could|might|did)\s+{PERSON}\s+(?:have|has|got)\b(?!\s+to\b)"
                              rf"|\bwhat\s+(?:do|does)\s+{PERSON}\s+have\b|\bwhat\s+{PERSON}\s+(?:has|have|had|got)\b"
                              rf"|\b{PERSON}\s+(?:(?:think|thinks|might|may|must|probably|prob|likely|definitely|maybe)"
                              r"\s+)+(?:have|has|got|had)\b"
                              rf"|\b{PERSON}\s+(?:think|thinks|thought|guess|bet|reckon|suspect)\s+(?:that\s+)?{PERSON}\s+"
                              r"(?:might\s+|may\s+|probably\s+|must\s+)?(?:have|has|got|had)\b"
                              r"|\bam\s+i\b|\b(?:my|his|her|our|their)\s+(?:chances|odds)\b"
                              rf"|\b(?:will|am|is|are|does|do|can|could|would)\s+{PERSON}\s+(?:going\s+to\s+|gonna\s+)?"
                              r"(?:die|dying|survive|be\s+ok|be\s+okay|be\s+alright|be\s+fine|make\s+it|pull\s+through)\b"
                              rf"|\b{PERSON}\s+(?:makes|make|will\s+make|would\s+make)\s+it\b"
                              rf"|\b(?:safe|ok|okay|fine|alright|all\s+right|dangerous|risky|bad)\s+for\s+(?:me|him|her|us|them|"
                              rf"{PERSON})\b|\bwrong\s+with\s+(?:me|him|her|us|them|{PERSON})\b"
                              rf"|\bdiagnose\s+(?:me|him|her|us|them|{PERSON})\b"
                              rf"|\b(?:can|may|could)\s+{PERSON}\s+(?:still\s+)?(?:take|drink|eat|have|use|fly|travel"
                              rf"|exercise|work|go|keep|continue|get|play|swim)\b"
                              r"|\bmy\s+(?:treatment|medicine|medication|meds|doctor|platelets|hemoglobin"
                              # (a measure of one's own, named or not: "my results", "my platelet count", "my iron
                              # levels", "my blood test results")
                              r"|(?:[a-z]+\s+){0,2}?(?:results?|levels?|counts?))\b"
                              rf"|\bshould\s+{PERSON}\b"
                              r"|\b(?:change|changing|switch|switching|stop|stopping|start|starting|quit|skip)\b")
#: One person's own case: their own diagnosis, whether something is safe for them or what to do in their place,
#: asked outright ("does my son have this", "so
#: my husband probably has it", "i think i have MDS", "is it safe for my daughter to get vaccines"), on folded text:
#: personal advice whatever kind of medical question the words would otherwise be (contracts: a diagnosis). Not one's
#: chances ("will she make it" asks for the outlook, prognosis), not "i might have X, what is it" (a diagnosis told),
#: and none of ASKS_FOR_ONESELF's words that can be general ("how much", "can i take").
ASKS_OWN_CASE = lazy_re(rf"(?<!\bhow\slong\s)\b(?:do|does|could|might|did)\s+(?!we\b){PERSON}\s+"
                                r"(?:really\s+)?(?:have|has|got)\b"
                                r"(?!\s+to\b)(?!\s+(?:any|some|a\s+(?:cure|test|treatment)|treatments?|tests?"
                                r"|options?)\b)"
                                rf"|\b(?!we\b){PERSON}\s+(?:(?:probably|prob|likely|definitely|must)\s+)+"
                                r"(?:have|has|got)\b(?!\s+to\b)"
                                rf"|\b{PERSON}\s+(?:think|thinks|thought|guess|reckon|suspect)\s+(?:that\s+)?{PERSON}\s+"
                                r"(?:might\s+|may\s+|probably\s+|must\s+)?(?:have|has|got)\b(?!\s+to\b)"
                                r"|\bwrong\s+with\s+(?:me|him|her)\b|\bdiagnose\s+(?:me|him|her)\b"
                                rf"|\b(?:safe|ok|okay|fine|alright|all\s+right)\s+for\s+(?:me|him|her|us|{PERSON})\s+to\b"
                                # "is this what my son has", "does this sound like X to you"
                                rf"|\b(?:is|was)\s+(?:this|that|it)\s+what\s+{PERSON}\s+(?:has|have|had|got)\b"
                                r"|\b(?:does|do|did)\s+(?:all\s+)?(?:this|that|it|these|those)\s+(?:sound|look|seem)\s+like\b"
                                # "what would you do in my position", "if you were me"
                                r"|\bwhat\s+would\s+(?:you|u)\s+do\b|\bin\s+(?:my|his|her|our)\s+(?:position|shoes|place)\b"
                                r"|\bif\s+(?:you|u)\s+were\s+(?:me|him|her|us)\b"
                                # "i'd like to know if my grandson could get the transplant": a decision for one person
                                rf"|\b(?:if|whether)\s+{PERSON}\s+(?:could|can|should|needs?\s+to|has\s+to|have\s+to)\s+"
                                rf"(?:{_CARE})\b(?!\s+(?:it|this|that|sick|ill|better|worse)\b)"
                                # "my platelet count was 90, is that bad": one's own result judged (not "is that
                                # normal with it", which asks what the condition does)
                                r"|\bmy\s+(?:[a-z]+\s+){0,2}?(?:counts?|levels?|results?)\b.*\b(?:is|was|are)\s+"
                                r"(?:that|this|it|they)\s+(?:bad|dangerous|serious|worrying)\b"
                                # "can you tell me if my scan results look fine", "are my labs ok": the same, asked
                                r"|(?:\b(?:tell|say|know|check|see)\s+(?:me\s+|us\s+)?(?:if|whether)|^(?:so\s+|and\s+|"
                                r"but\s+)?(?:are|is|were|was))\s+my\s+(?:[a-z]+\s+){0,3}?(?:counts?|levels?|results?|"
                                r"numbers|bloodwork|labs?|report)\s+(?:are\s+|is\s+|were\s+|was\s+|looks?\s+|seems?\s+)?"
                                r"(?:\w+\s+)?(?:normal|ok|okay|fine|bad|good|alright|dangerous|serious|worrying)\b")
#: A request for personal care: a dose, a medicine, starting or stopping a treatment, a diagnosis of their own
#: (folded text). Such a request is refused kindly whatever it names; other advice about things the documents never
#: name ("should i get a flu shot") is simply not covered. Stopping or starting a habit ("how can i quit smoking",
#: "stop my son sleepwalking": a verb in -ing that is no way of taking a treatment) is no treatment stopped or started.
ASKS_ABOUT_CARE = lazy_re(r"\b(?:dose|doses|dosage|mg|pills?|tablets?|medicines?|medications?|meds|drugs?"
                             r"|take|taking|took|give|giving|treatment|treat|therapy"
                             r"|(?:stop|stopping|quit|quitting|start|starting)(?!\s+(?:(?:my|his|her|their|our|your)\s+"
                             r"[a-z]+\s+|(?:him|her|them|me|us)\s+)?(?!(?:taking|using|having|getting"
                             r"|giving|skipping|going|doing|treating|receiving)\b)[a-z]+ing\b)"
                             r"|chemo|chemotherapy|radiation|transfusions?|transplants?|biopsy|phlebotomy|skip|skipping|skipped|diagnose"
                             r"|diagnosis|diagnosed|do i have|what do i have|am i|is that bad|is it bad)\b")
#: Asks whether a person may stop or change their own treatment, anywhere in a message ("it makes me feel awful
#: can i quit it", "could my dad come off the pills", "what happens if i skip a dose", "she wants to stop"): a
#: decision only their care team can help with.
CHANGES_OWN_TREATMENT = lazy_re(rf"\b(?:can|could|should|may|must)\s+{PERSON}\s+"
                                   rf"(?:{_CHANGE}"
                                   # "can i give her more of her pills than the label says"
                                   r"|(?:give|take)\s+(?:(?:him|her|them|me|it)\s+)?(?:more|less|extra|another|double"
                                   r"|a\s+double|a\s+bigger|a\s+higher|a\s+lower))\b"
                                   # "what if i stop", "does it get worse if she skips them", "i want to come off it"
                                   rf"|\bif\s+{PERSON}\s+(?:just\s+)?(?:{_CHANGE})\b"
                                   rf"|\b{PERSON}\s+(?:want|wants|wanted|would\s+like|plan|plans|am\s+thinking\s+of"
                                   rf"|is\s+thinking\s+of|are\s+thinking\s+of|thinking\s+of)\s+(?:to\s+)?(?:{_CHANGE})\b"
                                   rf"|\b(?:is|would)\s+(?:stopping|quitting|skipping|coming\s+off|switching|changing)\b"
                                   # "is a transfusion the right thing for him right now": a decision for one person
                                   r"|\b(?:is|are|would|will)\s+(?:it|this|that|(?:a|an|the)\s+(?:\w+\s+){1,3}?)\s*(?:be\s+)?"
                                   r"the\s+(?:right|best|correct)\s+(?:thing|choice|treatment|option|decision|call|move"
                                   rf"|idea)\s+for\s+(?:me|him|her|them|us|{PERSON})\b")
#: A person's own state told ("he is confused and very pale", "my legs are bruised", "i feel faint"): a pronoun or
#: "my X" for the person, on folded text, with a complaint (COMPLAINT or a lay symptom) found by the caller.
TELLS_OF_A_PERSON = lazy_re(r"\b(?:i|im|ive|me|he|hes|him|his|she|shes|her|we|our|us"
                               # ("my legs", "my son", not "my cat": a pet is no person)
                               r"|my(?!\s+(?:cat|cats|dog|dogs|pet|pets|puppy|kitten|horse|bird|rabbit|hamster|fish)\b))\b")


def tells_own_state(folded: str) -> bool:
    """True when a message tells of a person's own complaint: a word for the person before a complaint ("he is
    confused and very pale", "my legs are bruised"; not "my cat keeps throwing up ... what do i do"). Folded text."""
    return any(TELLS_OF_A_PERSON.search(folded, 0, m.start()) for m in COMPLAINT.finditer(folded))


#: A complaint that does not stop, or how to make one stop ("hiccups that wont stop", "how do i stop snoring", "how
#: to stop a nosebleed"; folded): no treatment stopped, so no change of anyone's own care. Not how to stop a
#: treatment or a medicine ("how do i stop my meds", "how can i stop taking it").
STOPS_A_COMPLAINT = lazy_re(r"\b(?:wont|won't|will\s+not|doesnt|doesn't|does\s+not|didnt|didn't|cant|can't|cannot|never"
                            r"|not)\s+(?:ever\s+)?stop(?:ping)?\b"
                            r"|\bhow\s+(?:do|can|could|would|to)\s+(?:(?:i|you|we|one)\s+)?(?:make\s+(?:it|them)\s+)?"
                            r"stop\b(?!\s+(?:taking|using|having|getting|my|his|her|their|our|your|it|them|the\s+"
                            r"(?:meds|medicines?|medications?|pills|tablets|treatment|chemo|therapy|transfusions?))\b)")


def asks_own_care(folded: str) -> bool:
    """True when a message asks about one person's own care: a decision, a change of their treatment, or what
    ASKS_FOR_ONESELF names (a dose, a diagnosis of their own, their chances). Folded text."""
    return bool(ASKS_FOR_ONESELF.search(folded) or CHANGES_OWN_TREATMENT.search(folded)
                or ASKS_A_DECISION.search(folded))


#: Whose care it is, said (folded text): "my", "his", "for me", "should i", "can she", "is it safe".
_SAYS_WHOSE = lazy_re(r"\b(?:my|his|her|our|their|me|him|them|us)\b"
                      r"|\b(?:should|can|could|may|must|shall|would|will)\s+(?:i|he|she|we|they)\b"
                      r"|\bis\s+(?:it|this|that)\s+(?:safe|ok|okay|alright|bad|dangerous)\b")


def asks_care_in_general(folded: str) -> bool:
    """True when a message asks how a thing is treated or prevented in general, of no one in particular ("what do
    people take for jet lag", "how do you get rid of warts"): no decision, change or dose of anyone's, no one's own
    thing ("my", "for him") and no "should i". Folded text; a complaint's stopping (STOPS_A_COMPLAINT: "how do i
    stop hiccups", "cramps that wont stop") is no change of anyone's treatment."""
    said = STOPS_A_COMPLAINT.sub(" ", folded)
    return not asks_own_care(said) and not _SAYS_WHOSE.search(said)
