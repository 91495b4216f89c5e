"""What a calm or a question elsewhere in a message must not hide: a sign told after a contrast ("she is fine, no
fever, but she is not waking up", "esta bien pero no tiene pulso"), an ingestion a carer tells before asking about it
("my toddler ate my iron tablets, how many are dangerous?"), and a method or an amount of dying asked of anyone ("if
someone wanted to end their life, what way would not hurt?"). Read on the message's clauses by the decision
(``understanding.safety_decide_clauses.decide_by_clauses``): each clause found here is decided on its own."""

from __future__ import annotations

from collections.abc import Callable

from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import frame, reassured, safety_normal
from marrowbot.text.safety_absent import fine_now
from marrowbot.text.safety_split import stops
from marrowbot.text.safety_unknown import read_negated
from marrowbot.understanding.safety_acute import AMOUNT_WORDS, now_clauses

#: A contrast that opens a clause of its own ("..., but she is not waking up", "... pero no respira"); commas and
#: sentence ends part the calm before it from the rest.
_CONTRAST = lazy_re(r"(?:^|[,;.!?]\s*|\s)(?:but|though|although|yet|except|however|pero|aunque|sin embargo)\s+")
_PART = lazy_re(stops(r".!?\n;,:") + r"+|\s+(?:and|so|then|y|luego)\s+")


def _calm_before(before: str) -> bool:
    """Does the part of a message before a contrast say the person is fine or deny signs ("she is fine, no fever")?"""
    normal = safety_normal(before)
    ws = normal.split()
    return bool(ws) and (fine_now(normal) or reassured(normal) or any(read_negated(ws)))


def _present(clause: str) -> bool:
    """Is a clause (normal form) told as now: not past, imagined or asked?"""
    return bool(clause.split()) and not frame(clause) & {"past", "hypothetical", "asking"}


#: Who a clause tells of, by its first pronoun or determiner ("she is fine", "her lips are blue": she), after a word of
#: time ("now he will not wake up"); None where it opens with its verb ("is not waking up", "no respira").
#: (A possessive opening the calm, "my wife is fine", tells of someone else: "noun", the same as he, she or they.)
_WHO = {"i": "i", "im": "i", "me": "i", "yo": "i", "he": "he", "his": "he", "him": "he", "el": "he", "she": "she",
        "her": "she", "ella": "she", "they": "they", "their": "they", "them": "they", "we": "we", "you": "you",
        "it": "it", "this": "this", "that": "this", "my": "noun", "mi": "noun", "our": "noun", "your": "noun",
        "the": "noun", "su": "noun"}
_SOMEONE = frozenset(("he", "she", "they", "noun"))
_TIME = frozenset("now still just then suddenly already ahora ya todavia luego".split())


def _subject(normal: str) -> str | None:
    for w in normal.split():
        if w not in _TIME:
            return _WHO.get(w)
    return None


def contrast_clauses(text: str) -> list[str]:
    """The clauses told in the present after a contrast whose part before is calm (fine, reassured or denials):
    "she is okay now but she has no pulse" -> ["she has no pulse"]. The calm before the contrast is no calm of
    what is told after it, when both tell of the same person ("she is fine, but now i am paranoid" tells a worry)."""
    out = []
    for m in _CONTRAST.finditer(text):
        if not _calm_before(text[: m.start()]):
            continue
        first = _PART.split(text[m.end():])[0]
        clause = safety_normal(first)
        told_of, calm_of = _subject(clause), _subject(safety_normal(text[: m.start()]))
        if _present(clause) and not fine_now(clause) and not reassured(clause) \
                and (told_of is None or told_of == calm_of or calm_of == "noun" and told_of in _SOMEONE):
            out.append(clause)
    return out


#: An ingestion told as done of someone in the carer's charge ("my baby ate", "she swallowed", "mi hijo se tomo"),
#: with what was taken after it: a medicine, pills, or a thing not food.
_CARER_INGESTION = lazy_re(
    r"\b(?:my (?:\w+ )?(?:baby|toddler|son|daughter|kid|child|boy|girl|grandson|granddaughter|nephew|niece|little one|"
    r"dog|puppy|cat)|(?:he|she|they)|mi (?:\w+ )?(?:bebe|hij[oa]|nin[oa]|niet[oa]|sobrin[oa]|perr[oa]))"
    r"(?: (?:just|has|have|had|somehow|may have|might have|accidentally))*"
    r" (?:ate|eaten|swallowed|drank|chewed|took|got into|(?:se )?(?:comio|trago|bebio|tomo))"
    r" (?:\w+ ){0,4}?(?:pills?|tablets?|capsules?|meds|medicines?|medication|gummies|vitamins?|iron|paracetamol|"
    r"tylenol|ibuprofen|aspirin|pastillas?|pildoras?|medicinas?|medicamentos?|jarabe|vitaminas?|hierro)\b")
#: ... not the taker's own medicine, taken as their dose ("my son ate some of his vitamins", "she took her pills").
_OWN = lazy_re(r"\b(?:ate|eaten|swallowed|drank|chewed|took) (?:(?:some|one|all|a few|two|both) of )?(?:his|her|their) "
               r"(?!\w+ s\b)(?:own )?(?:\w+ )?(?:pills?|tablets?|capsules?|meds|medicines?|medication|vitamins?|"
               r"gummies)\b")
#: A question after it about harm, an amount or what to do ("how many can cause harm?", "can they do anything?",
#: "is that dangerous?", "¿es grave?").
_QUESTION_AFTER = lazy_re(r"\?|\b(?:how many|how much|can (?:it|they|that|this)|is (?:it|that|this)|will (?:it|she|he|"
                          r"they)|should i|what (?:do|should|happens)|cuant[oa]s|es grave|es peligros|que hago)\b")


def told_ingestions(text: str) -> list[str]:
    """The clause telling an ingestion in a carer's words, when a question about it follows ("she swallowed her
    grandma's pills, can they cause anything?" -> ["she swallowed her grandma s pills"]): told in the past, asked
    about after, and happening now (poison control cannot wait for the answer)."""
    out = []
    parts = [p for p in _PART.split(text) if p.strip()]
    for part in parts:
        clause = safety_normal(part)
        ws = clause.split()
        m = _CARER_INGESTION.search(clause)
        if not m or any(read_negated(ws)) or frame(clause) & {"hypothetical", "asking"} \
                or _OWN.search(clause, m.start()):
            continue
        after = text.split(part, 1)[1]  # (the raw text after the clause, its question mark kept)
        if _QUESTION_AFTER.search(after.lower()) and "?" in after:
            out.append(clause)
    return out


def clauses_told_now(text: str) -> list[str]:
    """Each clause of a message to decide on its own: those told as just happened (safety_acute.now_clauses), a sign
    told after a calm and a contrast, and an ingestion told before a question."""
    return now_clauses(text) + contrast_clauses(text) + told_ingestions(text)


#: Dying, one's own or anyone's ("kill themselves", "end your life", "commit suicide", "matarse") ...
_DYING = (r"(?:kill(?:ing)? (?:myself|yourself|themselves|themself|oneself|himself|herself|someone|somebody|a person)|"
          r"end(?:ing)? (?:my|your|their|his|her|ones|one s|a) (?:own )?life|commit(?:ting)? suicide|"
          r"(?:to |and )die|matar(?:me|se|te)|suicidar(?:me|se|te)|quitar(?:me|se|te) la vida|morir(?:me|se))")
#: ... and how or how much, asked: a method, a way, a dose, an amount, one that does not hurt.
_HOW = (r"(?:methods?|ways?|how|dose|doses|amount|much|many|which|painless\w*|least painful|quickest|fastest|easiest|"
        r"metodos?|formas?|maneras?|dosis|cuant[oa]s?|como|cual)")
#: "what method of killing yourself would not hurt", "best way to end your life", "how many would kill someone" ...
_HOW_OF_DYING = lazy_re(rf"\b(?<!how )(?<!know )(?<!knows )(?<!sabe )(?<!se ){_HOW} "
                        rf"(?!long|soon|likely|common|often|people|persons|fast|quick|quickly)"
                        rf"(?:(?!help|support|stop|prevent|talk|tell|cope|deal|know|spot|ayudar|hablar|evitar)\w+ )"
                        rf"{{0,3}}?(?:(?:to |of |for |would |will |could |can |para |de )?{_DYING}|"
                        rf"(?:of|for|by|to commit|de) suicide)\b")
#: ... "if someone wanted to kill themselves, what method does not hurt" (the dying first, the how asked after it).
_DYING_THEN_HOW = lazy_re(rf"\b(?:want\w*|wish\w*|were to|was to|decided|tried|going|quisiera|quiere|queria) (?:to )?"
                          rf"{_DYING} (?:\w+ ){{0,3}}?(?:what|which|how|que|cual|como) (?:\w+ )?{_HOW}\b")
#: Figures about others, not a method: "how many people die of", "how many kill themselves each year".
_FIGURES = lazy_re(r"\b(?:how many|cuant[oa]s) (?:people|persons|patients|men|women|kids|children|adults|of them|"
                   r"personas|pacientes|gente)\b|\b(?:rates?|statistics|percent|per year|each year|a year)\b")


#: Whether an act of one's own would be lethal, asked ("is it fatal if i take 30 tablets", "would i die if i jumped",
#: "if you cut your wrists deep would you die"): the act an overdose, a jump, a cut to the wrists or throat, a hanging.
_LETHAL = r"(?:fatal|deadly|lethal|die|dead|kill (?:me|you|someone)|morir\w*|muero|mata\w*)"
#: (The act: the writer taking an amount of medicine as ``safety_acute`` reads one, or all or every one of them; anyone
#: jumping, cutting their wrists, hanging.)
_OWN_ACT = (r"(?:(?:i|me|te) (?:\w+ )?(?:take|took|swallow\w*|eat|ate|drink|drank|tomo|tomara|tomaba|trago) "
            rf"(?:the |a |my )?(?:{AMOUNT_WORDS}|all(?: of)? (?:these|them|those|it|my)|every)|"
            r"(?:i|you|u|someone|me|te) (?:\w+ )?(?:jump\w*|cut (?:my|your) (?:wrists?|throat)|slit\w*|hang\w*|"
            r"overdos\w*|tiro|tirara|corto las venas))")
_LETHAL_IF_ACT = lazy_re(rf"\b{_LETHAL}\b(?: \w+){{0,3}}? (?:if|si) {_OWN_ACT}\b"
                         rf"|\b(?:if|si) {_OWN_ACT}\b(?: \w+){{0,6}}? {_LETHAL}\b")


def dying_asked(text: str) -> bool:
    """Does a message ask how or how much to die (a method, a dose, a way that does not hurt), of the writer or of
    anyone ("if someone wanted to ...")? The hypothetical frame is how the question is often put: a crisis question
    (988: looking for a way to die is a warning sign), never a question for information."""
    normal = safety_normal(text)
    if _LETHAL_IF_ACT.search(normal):  # (whether an act of one's own would kill: asked by its very shape)
        return True
    asked = "?" in text or "asking" in frame(normal) or bool(_DYING_THEN_HOW.search(normal))
    return asked and not _FIGURES.search(normal) \
        and bool(_HOW_OF_DYING.search(normal) or _DYING_THEN_HOW.search(normal))


#: Breathing, a pulse or life itself not known ("i do not know if he is breathing", "can not tell whether she has a
#: pulse", "no se si respira"): resuscitation guidance says to act as if not (Resuscitation Council UK, AHA: if you
#: are not sure the person is breathing normally, call and start CPR). Not how well ("not sure he is breathing
#: properly") ...
_UNKNOWN_VITAL = lazy_re(
    r"\b(?:not|no|never) (?:\w+ ){0,2}?(?:know|knw|sure|tell|certain|se|sabe|sabemos|seguro|segura) "
    r"(?:if|whether|wether|si) (?:\w+ ){0,3}?(?:breathing|breathes|breathe|breath|has a pulse|have a pulse|"
    r"has any pulse|heart is beating|heart s beating|heartbeat|alive|conscious|respira\w*|tiene pulso|late el corazon|"
    r"vivo|viva|consciente)\b"
    r"(?! (?:normally|properly|right|well|ok|okay|fine|fast|faster|slow|slower|heavily|hard|through|in|out|with|"
    r"easier|better|worse|bien|normal|mejor|peor|rapido|lento|about|of)\b)")


#: ... and a pulse or a heartbeat told absent ("she has no pulse", "i can not find a heartbeat", "no tiene pulso"): the
#: heart stopped (the "no" is the sign, not a denial; not "no pulse oximeter at home").
_NO_PULSE = lazy_re(
    r"\b(?:(?:has|have|had|there is|theres|with|got|found|feel|is) no|(?:can not|cannot|could not|cant) (?:find|feel|"
    r"get) (?:a|any|her|his|their)) (?:pulse|heartbeat|heart beat)(?! ?(?:ox\w*|check\w*|monitor|reading|meter)\b)|"
    r"\b(?:no tiene|sin|no le encuentro el|no encuentro el|no le siento el) pulso\b|\bno le late el corazon\b")


def unknown_vital(text: str) -> bool:
    """Does a message tell that whether someone breathes, has a pulse or lives is not known (``_UNKNOWN_VITAL``), or
    that a pulse is absent (``_NO_PULSE``)?"""
    normal = safety_normal(text)
    return bool(_UNKNOWN_VITAL.search(normal) or _NO_PULSE.search(normal))


def urgent_apart(text: str, alone: Callable[[str], str | None]) -> str | None:
    """The urgent answer a message calls for read apart from its calm or its question frame: a crisis where a method
    of dying is asked (``dying_asked``), an emergency where breathing or a pulse is not known (``unknown_vital``),
    else the first urgent answer of a clause told now decided ``alone``."""
    if dying_asked(text):
        return "crisis"
    if unknown_vital(text):
        return "emergency"
    for clause in clauses_told_now(text):
        if urgent := alone(clause):
            return urgent
    return None
