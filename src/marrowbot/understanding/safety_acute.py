"""Clauses told as happening now, whatever the rest of a message says: an amount taken, something swallowed, or an
alarming sign told as just happened or happening ("i am fine now and just took 30 sleeping pills", "my kid ate a
dishwasher pod haha", "ya esta bien pero se desmayo hace cinco minutos", "should i call 911 if his lips are turning
blue"). A calm frame (fine now, joking, over, a question) in another clause does not outweigh them: see
``understanding.safety_decide_clauses.decide_by_clauses``. Each reads a message in the normal form of text/safety.py."""

from __future__ import annotations

from marrowbot.text.lazy import gated_re, lazy_re
from marrowbot.text.safety import frame, safety_normal
from marrowbot.text.safety_now import JUST_HAPPENED_WORDS
from marrowbot.text.safety_split import stops
from marrowbot.text.safety_unknown import read_negated as negated
from marrowbot.understanding.safety_features import ALARMING, concepts

#: Where a message's clauses part: sentences, commas, semicolons, dashes and the words that join two tellings
#: ("i am fine now and just took ...", "ya esta bien pero se desmayo ...").
_PARTS = lazy_re(stops(r".!?\n;,:") + r"+|\s[-–—]+\s|\s+(?:but|and|so|then|y|pero|aunque|luego)\s+")

#: Something swallowed or taken, told as done (not "takes", "take": a question or a habit).
_INGESTED = lazy_re(
    r"\b(?:took|taken|swallowed|ate|eaten|drank|drunk|downed|popped|chugged|chewed|bit into|overdose|got into|"
    r"(?:se |me )?(?:tomo|tome|trago|trague|comio|comi|bebio|bebi))\b")
#: ... an amount of medicine (six or more, a bottle, a handful, the rest of them; not "2 tablets", "30 mg", "all my
#: meds today": a dose, a habit; a bottle of water, juice or wine is a drink, not medicine) ...
AMOUNT_WORDS = (
    r"\b(?:(?:[6-9]|[1-9]\d+)(?! ?(?:mg|mcg|ml|g|units?|iu|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"am|pm|percent|of (?:them|it))\b)|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|dozen|handful|"
    r"(?:a|the|half a|half the|whole|entire) (?:bottle|box|pack|packet|strip|tub|jar|blister)|whole|entire|rest of|"
    r"all of (?:my|his|her|their|the)|too many|way too much|lots of|a lot of|a bunch of|a load of|loads of|"
    r"(?:seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|cincuenta) |todas (?:las|mis|sus)|"
    r"todo el (?:frasco|bote|jarabe|blister|paquete)|toda la (?:caja|botella|tira)|(?:medio|un) (?:frasco|bote)|"
    r"(?:media|una) caja|(?:caja|botella|tira|bote|frasco|paquete) enter[oa]|un monton|un punado|muchas)")
_AMOUNT = lazy_re(AMOUNT_WORDS)
_MEDICINE = lazy_re(
    r"\b(?:pills?|tablets?|capsules?|caps|medicines?|meds|sleeping|sleepers|painkillers?|paracetamol|tylenol|"
    r"acetaminophen|ibuprofen|advil|aspirin|opioids?|oxy\w*|morphine|codeine|tramadol|xanax|valium|diazepam|"
    r"insulin|iron|vitamins?|antidepressants?|\w+(?:pam|lam|done|cillin|mycin|profen|prazole|statin|olol|pril|sartan|"
    r"triptyline|xetine|pine|zine)|bottle(?! of (?:water|juice|milk|pop|soda|coke|lemonade|squash|smoothie|wine|beer|"
    r"cider|fizzy|sparkling|agua|jugo|zumo|leche|refresco|vino|cerveza))|pastillas?|"
    r"pildoras?|medicinas?|calmantes?|somniferos?|frasco|jarabe|morfina|codeina|ibuprofeno|aspirinas?|insulina|"
    r"antidepresivos?|ansioliticos?)\b")
#: ... or a count taken, what of left unsaid ("i took 20 so far", "swallowed 15 of them").
_TOOK_COUNT = lazy_re(r"\b(?:took|taken|swallowed|downed|popped|tome|trague) (?:about |like |around |maybe )?"
                      r"(?:[6-9]|[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
                      r"(?! ?(?:mg|mcg|ml|g|units?|iu|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|am|pm|"
                      r"percent|steps|st|th|nd|rd|puffs?|sprays?|drops?|breaths?|sips?)\b)\b")
#: ... or a thing that is dangerous swallowed at all (NHS, CDC: button batteries, magnets, detergent pods, cleaning
#: products, antifreeze, lamp oil).
_HAZARD = lazy_re(
    r"\b(?:(?:dishwasher|laundry|detergent|washing|soap|liquid|tide) (?:pods?|tablets?|capsules?)|pods?|"
    r"(?:button|coin|watch|lithium) (?:batter(?:y|ies)|cells?)|batter(?:y|ies)|magnets?|bleach|detergent|"
    r"antifreeze|drain cleaner|oven cleaner|toilet cleaner|cleaning (?:fluid|product|liquid|spray)|weed ?killer|"
    r"rat poison|poison|pesticide|lamp oil|lighter fluid|paraffin|kerosene|petrol|gasoline|methanol|"
    r"nail polish remover|mouthwash|e ?liquid|vape (?:liquid|juice)|nicotine|cloro|lejia|veneno|pila|pilas|iman|"
    r"imanes|detergente|capsulas? de detergente|anticongelante|raticida|baterias?(?: de boton)?|pilas? de boton)\b")

#: An alarming sign told as just happened or happening: minutes ago, just now, right now, a change under way.
_JUST_NOW = lazy_re(
    r"\b(?:" + JUST_HAPPENED_WORDS + r"|"
    r"(?:is|are) (?:turning|going|getting|gone) (?:blue|grey|gray|purple|white|pale|floppy|limp)|"
    r"(?:se (?:esta|estan) poniendo|se puso|se pusieron) (?:morad|azul|blanc|gris))")
#: An action question whose condition is in the present progressive ("should i call 911 if his lips are turning
#: blue"): what is happening now, asked about, not imagined. The question part is read away.
_ACTION_IF_NOW = gated_re(
    r"^.{0,40}?\b(?:should (?:i|we) (?:call|go|ring|take|get|drive)|do (?:i|we) (?:need to |have to )?(?:call|go|ring)"
    r"|is (?:it|this) an emergency|what (?:do|should) (?:i|we) do)\b[^,.?]{0,30}? if "
    r"(?=(?:\w+ ){0,3}(?:is|are) \w+ing\b)")
#: Time words that put a clause in the past ("when she was 2", "on monday", "last winter"): no "now" there.
_THEN = lazy_re(
    r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night|ayer|anoche|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|invierno|verano|otono) pasado|"
    r"when (?:she|he|i|they|we) (?:was|were)|cuando (?:era|tenia))\b")


#: A pattern, not an event: a change told with when it happens ("his lips are turning blue when he is cold").
_PATTERN = lazy_re(r"\b(?:when|whenever|every time|each time|cuando|siempre que)\b")
#: Swallowing denied anywhere in the message ("got into the drawer but did not swallow anything").
_NOT_SWALLOWED = lazy_re(r"\b(?:not|never|nobody|no one|noone) (?:\w+ )?(?:swallow|eat|ate|drink|drank|take|took|"
                         r"put (?:any|it|them|one) in)\w*\b")


def _clauses(text: str) -> list[str]:
    return [c for c in (safety_normal(p) for p in _PARTS.split(text)) if len(c.split()) >= 2]


#: A joke or a lie denied ("i am not kidding", "no es broma"): the denial governs no more than those words.
_NO_JOKE = lazy_re(r"\b(?:not|never) (?:even |really )?(?:kidding|joking|lying|exaggerating)\b|"
                   r"\bno (?:es (?:ninguna |una )?broma|miento|exagero)\b")


def _affirmed(clause: str) -> str:
    """A clause with the words a negation governs blanked ("did not take any pills": "did not _ _ _")."""
    ws = _NO_JOKE.sub(" ", clause).split()
    return " ".join("_" if n else w for w, n in zip(ws, negated(ws)))


#: A question wrapped round a fact ("is it bad that my son just drank bleach", "is it dangerous that she ate a
#: pod"): the fact is told; only the judgement is asked ("is it bad if he drinks bleach" stays a hypothetical).
_ASKED_OF_A_FACT = lazy_re(
    r"^(?:is|was|would) (?:it|that|this) (?:\w+ )?(?:bad|dangerous|serious|ok|okay|safe|normal|harmful|toxic|"
    r"poisonous|an emergency|a problem) that ")


def _told_as_now(clause: str) -> bool:
    clause = _ASKED_OF_A_FACT.sub("", clause)
    framed = frame(clause)
    return not framed & {"past", "hypothetical", "asking"} and not _THEN.search(clause)


def ingested(text: str) -> bool:
    """Does a clause of a message tell, as done and not denied, asked or imagined, of an amount of medicine taken
    or a dangerous thing swallowed ("just took 30 sleeping pills", "my kid ate a dishwasher pod haha")?"""
    for clause in _clauses(text):
        said = _affirmed(clause)
        m = _INGESTED.search(said)
        if not m or not _told_as_now(clause) \
                or m.group(0) == "got into" and _NOT_SWALLOWED.search(safety_normal(text)):
            continue
        rest = said[m.start():]
        if m.group(0) in ("chewed", "bit into"):  # (what was chewed is what follows: "chewed gum while ... bleach")
            rest = " ".join(rest.split()[:5])
        if _HAZARD.search(rest) or (_AMOUNT.search(said) and _MEDICINE.search(said)) or _TOOK_COUNT.search(said):
            return True
    return False


#: A question or an imagined case owned as done at its end ("what happens if someone takes 40 tylenol? i just did",
#: "que pasa si alguien se toma 30 pastillas? ya lo hice"): the act asked about is told. Normal text, at its end.
_OWNED = gated_re(
    r"\b(?:(?:i|he|she|they|mine|my \w+) (?:just |already )?did(?: (?:it|that|this|so))?(?: already| just now)?|"
    r"(?:i|he|she|they) (?:have|has) (?:just |already )?done "
    r"(?:it|that|this)|(?:ya )?lo (?:acabo de hacer|hice)|acabo de hacerlo|ya me las? tome|ya (?:lo hizo|se las? tomo))"
    r"(?: (?:lol|haha|jaja|please|help|now|tho|though|por favor|ayuda|ayudame))*$")
#: ... where what was asked about is taking something (present or to come: "takes", "se toma", "to take").
_TAKING = lazy_re(r"\b(?:takes?|taking|swallows?|swallowing|eats?|eating|drinks?|drinking|overdos\w*|downs?|"
                  r"toma|tomar|tomarse|tomas|traga|tragar|tragarse|come|comer|comerse|bebe|beber|beberse)\b")


def hazard_named(text: str, writer_excepted: bool = False) -> bool:
    """Does a message name a thing dangerous to swallow at all (bleach, a button battery, lamp oil: ``_HAZARD``)?
    ``writer_excepted``: not where the writer tells of swallowing it themself ("i drank bleach a few minutes ago"):
    mostly a child's or a mistake's when told of another, an adult's own is no less an attempt than pills."""
    normal = safety_normal(text)
    return bool(_HAZARD.search(normal)) and not (writer_excepted and _WRITER_TOOK.search(normal))


#: The writer telling of swallowing something themself ("i drank", "i have just swallowed", "me tome", "me bebi").
#: (The subject may be left out at the start, as texts are written, where a purpose is told: "swallowed some bleach to
#: see what would happen"; "swallowed weed killer, it was in a drinks bottle" may be anyone's mistake.)
_WRITER_TOOK = lazy_re(r"\b(?:i|i have|i just|i have just) (?:just )?(?:drank|drunk|swallowed|ate|eaten|downed|chugged|"
                       r"took|taken)\b|\bme (?:he )?(?:tome|tomado|bebi|bebido|trague|tragado|comi)\b|"
                       r"^(?:just )?(?:drank|swallowed|downed|chugged)\b(?=.*\b(?:to see what|on purpose|deliberately|"
                       r"to feel|wanted to|to hurt|to punish|to end)\b)")


def owned(text: str) -> bool:
    """Does a message ask of an amount of medicine or a dangerous thing taken, and end by owning it as done ("what
    happens if you take a whole bottle of advil? i just did")? Then it is told, like ``ingested``."""
    normal = safety_normal(text)
    m = _OWNED.search(normal)
    if m is None:
        return False
    asked = normal[: m.start()]
    return bool(_TAKING.search(asked)) and bool(_HAZARD.search(asked) or (_AMOUNT.search(asked)
                                                                           and _MEDICINE.search(asked)))


def now_clauses(text: str) -> list[str]:
    """The clauses of a message that tell of a sign as just happened or happening ("se desmayo hace cinco
    minutos", "his lips are turning blue"), not denied, asked about or imagined: each is decided on its own."""
    out = []
    for clause in _clauses(text):
        clause = _ACTION_IF_NOW.sub("", clause)
        said = _affirmed(clause)
        m = _JUST_NOW.search(said)
        # (... naming an alarming concept, or a change under way: "nothing is wrong right now" tells no sign)
        under_way = m is not None and m.group(0).split()[0] in ("is", "are", "se")
        if under_way and m is not None and _PATTERN.search(said, m.end()):
            continue
        if m and _told_as_now(clause) and (under_way
                                           or concepts(said) & (ALARMING["emergency"] | ALARMING["crisis"])):
            out.append(clause)
    return out
