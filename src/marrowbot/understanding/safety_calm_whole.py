"""The calm frame of a whole message, read by the safety decision only (the detectors' features keep
text/safety_frame.py's frames): the writer says that nobody is unwell now ("just to say upfront, nobody is unwell
right now", "everything is fine now", "this is not an emergency", "no es una emergencia") or asks to be prepared
("i want to be prepared", "we are writing a care plan", "for a leaflet", "for my first aid course", "quiero estar
preparada", "para mi examen"), and no clause tells of anything alarming happening now.

A long message framed so names warning signs to ask about them or to deny them ("if she ever had a stroke, what signs
should make me call 999?", "he has no bleeding, no chest pain"): the detectors and the phrases read the signs' words,
not the frame around them. Not calm: a sign told in the present with a verb of its own ("everything is fine now but
he is bleeding from his gums"), anything of minutes ago or sudden, or the same again today ("i am calm but my husband
is not breathing" says no calm frame at all: being calm is no word that nobody is unwell).

Each pattern reads the normal form of text/safety.py (lower case, no punctuation, "not" spelled out)."""

from __future__ import annotations

import re

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_absent import denials
from marrowbot.text.safety_clauses import present
from marrowbot.text.safety_now import JUST_HAPPENED
from marrowbot.text.safety_split import sentence_pattern
from marrowbot.understanding.safety_features import ALARMING, NO_CRISIS_PLAN, concepts

#: Nobody unwell now, said outright ("nobody is unwell right now", "nothing is actually wrong", "everything is fine
#: now", "this is a calm question", "it is not an emergency", "he is perfectly well right now", "nadie esta mal", "no
#: es una emergencia", "ahorita estoy bien", "todo esta bien").
_NOBODY_UNWELL = (
    r"(?:nobody|no one|noone|none of us) (?:is|s|are|has been|feels?) (?:\w+ )?"
    r"(?:unwell|ill|sick|hurt|in danger|poorly)"
    r"(?: right now| at the moment| now| currently| today)?|"
    r"(?:right now|at the moment|for now) (?:he|she|i|they|we|everyone|everybody|everything) (?:is|am|are|s|m) "
    r"(?:\w+ )?(?:fine|well|ok|okay|good|stable|healthy)|"
    r"nothing is (?:\w+ )?(?:wrong|happening|going on)|"
    r"(?:everything|everyone|everybody|all) (?:is|s|are) (?:\w+ )?(?:fine|ok|okay|well|good|calm|alright|stable) "
    r"(?:now|right now|at the moment|for now|currently|today)|"
    r"(?:this|it|that) is (?:a )?(?:calm|general|hypothetical|practical|planning) question|"
    r"(?:this|it) is (?:not|nothing) (?:an? )?(?:emergency|urgent)|nothing urgent|not urgent|no emergency|"
    r"(?:is|are|am|s|m) (?:\w+ )?(?:perfectly |completely |very |really )?(?:well|fine|healthy|ok|okay) "
    r"(?:right now|at the moment|currently)|no symptoms (?:right now|at the moment|now)|"
    r"(?:nadie|ninguno) (?:esta|se siente) (?:mal|enferm[oa])|no es (?:una )?(?:emergencia|urgencia|nada urgente)|"
    r"nada urgente|(?:todo|todos) (?:esta|estan|estamos) bien|"
    r"(?:ahorita|ahora|por ahora|de momento) (?:\w+ )?(?:esta|estoy|estan|estamos) bien|"
    r"(?:esta|estoy|estan|estamos) (?:\w+ )?bien (?:ahorita|ahora|por ahora|de momento)")
#: Ready for what may come, said outright ("i want to be prepared", "trying to get organised before it all starts",
#: "we are putting together an emergency plan", "writing a leaflet", "for my nursing exam", "quiero estar
#: preparada", "un curso de primeros auxilios").
_PREPARED = (
    r"(?:want|wants|like|trying|try|need|needs|wanted|hoping|hope) to (?:be|feel|get) (?:\w+ )?(?:prepared|ready|"
    r"organi[sz]ed)|(?:get|getting) (?:\w+ )?organi[sz]ed|"
    r"(?:care|emergency|action|safety|contingency) plan|"
    r"(?:write|writing|make|making|put together|putting together|print|printing|drafting|draft) (?:up )?"
    r"(?:a |an |the |our |my |some |little )*(?:simple |clear |short )?(?:list|plan|leaflet|card|folder|poster|"
    r"sheet|guide|handout|checklist|binder)|"
    r"for (?:a|an|my|our|the|his|her|their) (?:\w+ )?(?:leaflet|course|class|exam|training|presentation|assignment|"
    r"essay|homework|project|handout|poster|lesson|workshop)|first aid (?:course|class|training)|"
    r"(?:quiero|queremos|quisiera|quisieramos) (?:estar|tener|dejar|saber|hacer) (?:\w+ )?(?:preparad[oa]s?|"
    r"(?:un )?plan|escrito|lista)|estar preparad[oa]s?|"
    r"(?:hacer|haciendo|escribir|escribiendo|preparar|preparando) (?:una |un |la |el )?(?:lista|plan|folleto|"
    r"tarjeta|guia|cartel|apuntes)|"
    r"para (?:mi|un|una|el|la|nuestro|nuestra) (?:\w+ )?(?:curso|clase|examen|folleto|tarea|presentacion|taller)|"
    r"curso de primeros auxilios|(?:estudio|estudiando) (?:enfermeria|medicina)")
_CALM_SAID = lazy_re(r"\b(?:" + _NOBODY_UNWELL + "|" + _PREPARED + r")\b")

#: What breaks the frame anywhere: sudden onset or the same again today.
_BROKEN = lazy_re(
    r"\b(?:suddenly|all of a sudden|out of nowhere|de repente|de golpe|de pronto|"
    r"(?:twice|again|another one|otra vez|de nuevo)(?: \w+){0,2} (?:today|tonight|this (?:morning|afternoon|evening)|"
    r"hoy|esta (?:manana|tarde|noche)))\b")
#: A clause told in the present with a verb of its own ("he is bleeding", "she has chest pain", "le duele el pecho";
#: not a bare list of signs asked about, "or trouble breathing").
_FINITE = lazy_re(r"\b(?:am|is|are|s|m|keeps?|cannot|can not|will not|does not|do not|has|have|feel|feels|looks?|"
                  r"seems?|esta|estan|estoy|sigue|sigo|no puede|no puedo|tiene|tengo|le duele|me duele)\b")
#: What a clause told now must not name: a warning sign or a crisis concept, but not a plan ("we are planning a
#: trip"), a "gone" ("he has gone off to work") or a "live" ("lives alone"): death itself is read by its words.
_GUARDED = (ALARMING["emergency"] | ALARMING["crisis"]) - {"plan", "burden", "death"}
_DEATH = lazy_re(r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end (?:it|my life|things)|morir\w*|muert[oae]s?|"
                 r"matar\w*|better off without)\b")


def _alarming(normal: str) -> bool:
    return bool(concepts(normal) & _GUARDED or _DEATH.search(normal))


#: A clause: a sentence, or a part of one between commas, semicolons, dashes or a "but".
_CLAUSE = lazy_re(r"(?:[!?\n;,:]|\.(?!\d))+|\s[-–—]+\s|\s+but\s+|\s+pero\s+")


def calm_whole(text: str) -> bool:
    """Is a message framed as calm as a whole (nobody unwell now, or a wish to be prepared: see the module), with no
    clause telling, in the present, of a warning sign or a crisis that no negation governs, nothing just happened
    (outside the calm words: "nobody is unwell right now"), sudden or again today?"""
    normal = safety_normal(text)
    if not _CALM_SAID.search(normal):
        return False
    return _calm_whole(text)


@remembered(maxsize=256)
def _calm_whole(text: str) -> bool:
    if _BROKEN.search(safety_normal(text)):
        return False
    for part in _clauses_told(text):
        ws = _CALM_SAID.sub(" ", safety_normal(part)).split()
        rest = " ".join(ws)
        just = [m.group(0) for m in JUST_HAPPENED.finditer(rest)]
        if any(m not in _THIS_MOMENT for m in just):
            return False  # (minutes ago, a moment ago, "acaba de": just happened)
        affirmed = " ".join(w if not d else "_" for w, d in zip(ws, denials(ws)))
        if ws and _alarming(affirmed) and (just or present(rest) and _told_of(affirmed)):
            return False  # (told now; "right now" only with something alarming in its clause)
    return True


def _told_of(affirmed: str) -> bool:
    """Does a present verb have a warning sign by it, its subject or its object ("his temperature is 39", "he is
    bleeding", "she has chest pain"; not "a page on sepsis and fever" at the end of a long clause about a folder)?"""
    ws = affirmed.split()
    for m in _FINITE.finditer(affirmed):
        at = affirmed.count(" ", 0, m.start())
        if _alarming(" ".join(ws[max(0, at - 3):at + 5])):
            return True
    return False


#: A sentence with its end mark, and the mark of a case imagined ("if he gets a fever, or starts bleeding, or has
#: trouble breathing": every clause after the "if" is the case's).
_SENTENCE = lazy_re(sentence_pattern(r".!?\n"))
_IF = lazy_re(r"\b(?:if|what if|in case|si|en caso de|suppose|imagine|say)\b", re.IGNORECASE)


def _clauses_told(text: str) -> list[str]:
    """The clauses of ``text`` that tell rather than ask or imagine: not in a sentence that ends with a question mark,
    nor after an "if" in their sentence."""
    told = []
    for sentence in _SENTENCE.findall(text):
        if sentence.rstrip().endswith("?"):
            continue
        mark = _IF.search(sentence)
        told.extend(_CLAUSE.split(sentence[:mark.start()] if mark else sentence))
    return told


def crisis_named(affirmed: str) -> bool:
    """Does a calm message's text (the words no negation governs) name a crisis concept other than a plan made for
    care or an everyday thing ("a care plan", "we are planning a trip", "write a plan for the fridge"), and death
    by its own words ("lives alone" names none)?"""
    rest = _PLANNED.sub(" ", NO_CRISIS_PLAN.sub(" ", affirmed))
    return bool(concepts(rest) & (ALARMING["crisis"] - {"death"}) or _DEATH.search(rest))


#: The word "plan" itself, in a calm frame (not the means, the amount, the place or the time of one).
_PLANNED = lazy_re(r"\b(?:plan|plans|planning|planned|planear|planeando|plan de)\b")


#: This moment, which a calm clause says too ("right now he is fine"): breaks the frame only in an alarming clause.
_THIS_MOMENT = frozenset(("right now", "just now", "ahora mismo", "en este momento"))
