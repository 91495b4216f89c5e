"""Alarming words said of things, not people: "my router keeps collapsing", "the laptop basically had a seizure",
"the curry was so hot it nearly killed him", "those jokes are lethal", "aparcar aqui es un infarto". A device, a dish
or an everyday ordeal can not have an emergency nor a wish to die: what is said of it is a figure of speech. (An
animal can: what is said of a pet is read as said, and its "he" may be a person's.) Read by the decision only
(safety.py), as a negation is: the words said of a thing are not said of anyone.

Each clause is read for its subject: the last noun of its opening words (before the first verb: "my brother's jokes"
is the jokes). A clause with no subject of its own ("... and basically had a seizure") has its sentence's last one; a
pronoun has the nearest noun before it ("it", "ella"; "he" and "she" are people). A noun after a verb of its clause
is its object, no subject ("after walking the dog", "while fixing the laptop").
Only the alarming words that come after a subject that is a thing are marked; a person, a body part or nothing
known leaves them as they are. A body part or a pain ("my back is killing me", "the pain is killing me") is no
thing for an emergency concept (a pain may be one), only for a death word: a pain does not want to die."""

from __future__ import annotations

import re
from dataclasses import replace

from marrowbot.intents import RedFlag
from marrowbot.memory import remembered
from marrowbot.understanding.safety_features import ALARMING, concepts, concepts_by_word
from marrowbot.understanding.safety_levels import denied_levels
from marrowbot.understanding.safety_model import SafetyScores
from marrowbot.understanding.safety_outlook import medicine_failing, outlook_asked

_ALARMING = ALARMING["emergency"] | ALARMING["crisis"]
#: The concepts a pain is said with ("my feet are killing me", "a pain like a knife"); never harm ("my arms are
#: covered in cuts" is self-harm).
_PAIN_WORDS = frozenset(("death", "plan"))

#: Things that can be a clause's subject: devices and the connections they need, food and drink,
#: plants, the everyday ordeals (queues, parking, charges, noise, exams) and feelings no one has an emergency of
#: ("hope", "patience") in English and Spanish (normal form).
_THINGS = frozenset("""
phone phones mobile laptop laptops computer computers pc ipad printer printers router wifi internet broadband
connection signal app apps website server screen tv telly fridge freezer oven microwave kettle boiler heating
dishwasher hoover console xbox playstation zoom software system update battery charger headphones earbuds
curry chilli chili food dinner lunch breakfast meal sauce pizza cake dessert takeaway wings salsa jalapeno jalapenos
wasabi pepper peppers cocktail cocktails
plant plants flowers garden tomatoes roses
queue queues traffic parking carpark charges prices price bills paperwork questions jokes joke puns music noise
exam exams meeting meetings deadline deadlines homework crossword quiz match dreams ghost
hope hopes dream joy fun patience sanity productivity ambition ambitions braincells
football game games film films movie movies show soap suspense
celular movil compu computadora ordenador impresora internet wifi tele television comida cena almuerzo desayuno
salsa pizza pastel postre trafico parking estacionamiento aparcar estacionar
aparcamiento fila cola precios cuentas facturas papeleo preguntas chistes musica ruido examen examenes planta plantas
futbol partido pelicula peliculas novela esperanza esperanzas suenos paciencia alegria ilusion ilusiones
""".split())
#: Body parts and pain: a subject for which a death word is a pain ("my feet are killing me"), never an emergency word.
_BODY = frozenset("""pain pains ache aches back feet foot leg legs knees knee hips hip head headache tooth teeth neck
shoulder shoulders hand hands arm arms finger fingers face lip lips eye eyes nose ear mouth chest joints bones bone
stomach tummy belly skin wound wounds espalda pies pie pierna piernas rodillas cabeza muela dolor dolores cara mano
manos brazo brazos dedo nariz boca ojo ojos herida""".split())
#: People, and the writer ("i", "me"): a subject that is a person keeps what is said of them.
_PEOPLE = frozenset("""
i me we us you he she they him her them myself someone somebody anyone everyone people person man woman guy lady
husband wife partner mum mom mother dad father son daughter baby child kid kids children toddler teen teenager boy
girl brother sister grandma grandpa grandmother grandfather nan nana granny grandad friend friends aunt uncle
neighbour neighbor boyfriend girlfriend flatmate roommate colleague boss teacher patient niece nephew cousin nurse
nurses doctor doctors consultant team family mate mates fiance fiancee carer
yo ella ellos ellas nosotros esposo esposa marido mujer pareja mama madre papa padre hijo hija bebe nino nina
hermano hermana abuelo abuela amigo amiga novio novia tio tia vecino vecina suegro suegra sobrino sobrina primo prima
""".split())
_PRONOUNS = frozenset("it he she ella".split())  # (not "el": the article too)
#: Words that end a clause (a subject is read again after them: "the queue is where hope goes to die" says it of
#: hope), and verbs of saying, after which another clause begins ("my flatmate said the curry ...").
_CLAUSE_ENDS = frozenset("and but so then because when while or where y pero porque cuando mientras donde "
                         "luego entonces said says say told tells think thinks thought reckons dice dicen dijo".split())


def _noun_kind(word: str) -> str | None:
    if word in _PEOPLE:
        return "person"
    if word in _THINGS:
        return "thing"
    if word in _BODY:
        return "body"
    return None


#: Words that put a noun after them out of a subject's place ("busco en internet cuantas ...", "googled on my phone
#: how many ...": the writer does it; "my husband after lunch collapsed": the husband did).
_NOT_BEFORE_SUBJECT = frozenset("in on at for with about from to into by of over via after before during en con por "
                                "para sobre desde al del tras antes durante i we you yo".split())
#: Pronouns that are a verb's object, never its subject ("me", "us", Spanish "me", "nos", "le").
_OBJECTS = frozenset("me us him them nos le les te".split())
#: A wish to die said after the object: a wish whatever brought it on ("the waiting makes me want to die").
_DEATH_WISH = frozenset("die dying dead death kill killing end ending suicide suicidal morir morirme muera matarme "
                        "matar suicidarme".split())
#: Words after which a word in "-ing" or "-ed" qualifies a noun ("the waiting room", "my cooked dinner").
_ARTICLES = frozenset("the a an my his her our their this that these those el la los las mi su".split())
#: A subject opens its clause: at most this many words before it.
_OPENING = 4


@remembered(maxsize=1024)
def _said_of(words: tuple[str, ...]) -> tuple[str | None, ...]:
    marks: list[str | None] = [None] * len(words)
    by_word = concepts_by_word(" ".join(words))
    alarming = _ALARMING
    subject: str | None = None  # the kind of the subject of the clause (or of the one before, where it has none)
    own = False  # has this clause a subject of its own yet?
    start = 0  # where the clause begins
    last: str | None = None  # the kind of the nearest noun before, where it was a subject (else None)
    last_thing: str | None = None  # ... of the nearest such noun that was no person (what "it" may stand for)
    for i, w in enumerate(words):
        if w in _CLAUSE_ENDS:
            own, start = False, i + 1
            continue
        named = by_word[i] & alarming if i < len(by_word) else frozenset()
        kind = _noun_kind(w)
        if kind is not None and i + 1 < len(words) and words[i + 1] == "s":
            kind = None  # a possessive ("my brother s jokes"): its noun is the subject
        # (a noun after a verb of the clause is its object: "after walking the dog", "while fixing the laptop")
        # (... but a gerund opening the clause makes its object the subject, "watching the football made me ...";
        # and a word in "-ing" after an article qualifies the noun, "the waiting room music")
        opening = i - start <= _OPENING and not _NOT_BEFORE_SUBJECT.intersection(words[start:i]) \
            and not any((w_.endswith("ing") or w_.endswith("ed")) and j > start and words[j - 1] not in _ARTICLES
                        for j, w_ in enumerate(words[start:i], start))
        if w in _PRONOUNS:  # ("it" stands for the subject noun just before, never a person; "he" and "she" for one)
            kind = (last if last != "person" else last_thing) if w == "it" else "person"
            opening = True
        elif w == "they" and last == "thing":  # ("his jokes are so bad they could kill": the jokes; else people)
            kind, opening = "thing", True
        if kind == "person" and w in _OBJECTS and own and subject == "thing" \
                and not _DEATH_WISH.intersection(words[i + 1:i + 7]):
            kind = None  # (the object of a thing's verb: "the football made me want to jump", "el partido nos mata")
        if kind == "person" or kind == "body" and subject == "thing":
            # (a person, or a body part after a thing, is who it happens to: "the dog bit my face, lots of blood")
            subject, own, last = kind, True, kind
        elif kind is not None:
            if not own and opening:
                subject, own = kind, True
            last = kind if subject == kind and own else None
            last_thing = last if last is not None else last_thing
        if named and not _noun_kind(w):
            marks[i] = "thing" if subject == "thing" else \
                "body" if subject == "body" and named <= _PAIN_WORDS else None
    return tuple(marks)


#: Killing said with another person as its object ("i'm going to kill my husband", "voy a matar a mi hermano"):
#: exasperation at someone, no wish to die, where the writer names no harm of their own (``_OWN_HARM``).
_KILL = frozenset("kill killing strangle strangling murder throttle matar estrangular ahorcar".split())
_OBJECT_OPENERS = frozenset("my his her our their the that this a mi su nuestro nuestra el la".split())
_SELVES = frozenset("i me myself we us ourselves yo mi mismo misma".split())
_OWN_HARM = re.compile(r"\b(?:myself|ourselves|me|us|matarme|suicid\w*|my life|mi vida|then|after|y luego|despues)\b")


def killing_another(words: list[str]) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), is it killing said with another person as its
    object ("i could kill my brother, he ate my snacks"; not "kill my husband and then myself", which names the
    writer's own harm too)?"""
    marks = [False] * len(words)
    if _OWN_HARM.search(" ".join(w for w in words if w not in _KILL)):
        return marks
    for i, w in enumerate(words):
        if w in _KILL:
            rest = [x for x in words[i + 1:i + 4] if x not in _OBJECT_OPENERS and x != "a"]
            if rest and _noun_kind(rest[0]) == "person" and rest[0] not in _SELVES:
                marks[i] = True
    return marks


def said_of_things(words: list[str]) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), is it an alarming word said of a thing (a device,
    a dish, an everyday ordeal), so of no one?"""
    return [m == "thing" for m in _said_of(tuple(words))]


def said_of_pain(words: list[str]) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), is it a crisis word said of a pain or a body part
    ("my feet are killing me", "a pain like a knife"): a pain, not a wish to die?"""
    return [m == "body" for m in _said_of(tuple(words))]


def of_no_one(ws: list[str], neg: list[bool], death: re.Pattern[str], clear_emergency: bool
              ) -> tuple[list[bool], bool, bool]:
    """(the words read as denied, figure, feared) of a message (``safety_normal`` form, split; ``neg``: the words a
    negation governs). A figure: every alarming word is said of a thing or denied, no ``death`` word is left and the
    emergency detector is not clearly sure (``clear_emergency``): hedged as an exaggeration. Feared: every crisis word
    is said of a pain, asked or feared as an illness's outcome, of a medicine that fails (safety_outlook), of killing
    another person (``killing_another``) or denied,
    and no ``death`` word is left: no wish to die (the emergency words keep their reading: "my stomach is killing
    me" may be one)."""
    def rest(marks: list[bool]) -> str:
        return " ".join("_" if m else w for w, m in zip(ws, marks))

    things = [n or t for n, t in zip(neg, said_of_things(ws))]
    left = rest(things)
    if things != neg and not concepts(left) & _ALARMING and not death.search(left) and not clear_emergency:
        return things, True, False
    pains = [n or p or o or f or k for n, p, o, f, k in zip(neg, said_of_pain(ws), outlook_asked(ws),
                                                             medicine_failing(ws), killing_another(ws))]
    left = rest(pains)
    if pains != neg and not concepts(left) & ALARMING["crisis"] and not death.search(left):
        return pains, False, True
    return neg, False, False


def feared_stepped(red_flags: tuple[RedFlag, ...], scores: SafetyScores | None
                   ) -> tuple[tuple[RedFlag, ...], SafetyScores | None]:
    """(red flags, scores) of a message whose crisis is feared, not wished (``of_no_one``): the crisis detector as in
    a denial (safety_levels.denied_levels: sure only when twice as clearly sure as a hedge asks, else nothing), and
    a crisis phrase only where it is still sure."""
    if scores is None:
        return red_flags, scores
    scores = replace(scores, crisis_level=denied_levels(scores).crisis_level)
    return tuple(f for f in red_flags if f.kind != "crisis" or scores.crisis_level == "sure"), scores
