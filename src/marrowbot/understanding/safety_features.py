"""The safety detectors' features: concepts (words that mean the same thing to the screen), word features
(stems, stem pairs, concepts and how each is framed: negated, asked about, in the past, hypothetical) and
character grams, each read in the one normal form of text/safety.py."""

from __future__ import annotations

import re

from marrowbot import vectors
from marrowbot.memory import remembered
from marrowbot.text import stem, word_char_grams
from marrowbot.text.safety import frame, negated, safety_normal
from marrowbot.text.safety_now import NOW_WORDS

# Concepts: words that mean the same thing to the screen, so that one example teaches its synonyms.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "breath": ("breath", "breathe", "breathing", "air", "airway", "suffocat", "gasp", "wheez", "chok", "respir", "aire",
               "ahog", "oxygen", "inhaler", "panting", "breathless"),
    "chest": ("chest", "heart", "pecho", "corazon", "infarto", "cardiac"),
    "blood": ("blood", "bleed", "bled", "sangr", "hemorrhag", "haemorrhag", "clot"),
    "unresponsive": ("unconscious", "unresponsive", "faint", "collaps", "pass out", "passed out", "black out",
                     "blacked out", "wake", "respond", "desmay", "despiert", "inconscien", "floppy", "limp", "rouse",
                     # Spanish: fainting and not coming round ("se desvanecio", "no vuelve en si", "se privo")
                     "desvaneci", "volver en si", "vuelve en si", "conocimiento", "se privo", "patatus"),
    "seizure": ("seiz", "fit", "convuls", "jerk", "shaking all over"),
    "stroke": ("droop", "slur", "crooked", "lopsided", "one side", "jumbled", "garbled", "numb", "torcid", "stroke",
               "derrame"),
    "fever": ("fever", "temperature", "febrile", "chills", "shiver", "rigor", "38", "39", "100", "101", "102", "fiebre",
              "escalofri", "burning up", "feels hot", "feel hot", "felt hot", "is hot", "so hot to", "hot to the touch",
              "burning hot", "boiling hot", "running hot"),
    "treatment": ("chemo", "transplant", "neutropen", "white count", "counts", "platelets", "leukemia", "leukaemia",
                  "aml", "mds", "immun", "quimio", "trasplante", "defensas", "infusion", "transfusion"),
    "swelling": ("swell", "swollen", "closing", "hives", "tongue", "throat", "hinch", "garganta", "lengua"),
    "swallowed": ("swallow", "pills", "tablets", "overdose", "bottle", "poison", "bleach", "drank", "ate some",
                  "medicine cabinet", "pastilla", "trago", "sobredosis"),
    "injury": ("fell", "fall", "hit", "crash", "banged", "stab", "burn", "cayo", "golpe", "queme", "quemo", "quemad",
               "quemadura",
               # a bone through the skin (an open fracture), told in plain words
               "bone sticking", "bone poking", "bone is sticking", "bone through", "bone coming out", "hueso que sale",
               "hueso saliendo", "sale el hueso", "salio el hueso", "se ve el hueso", "asoma el hueso",
               "hueso asomando", "hueso fuera"),
    "death": ("die", "dying", "dead", "death", "kill", "suicid", "end it", "end my", "ending", "alive", "live",
              "morir", "muer", "matar", "vivir", "wake up",
              # not being here, not existing (a wish to be dead in other words: "ways to not be here anymore")
              "to not be here", "not being here", "not be here anymore", "not be around anymore",
              "no longer be here", "no longer being here", "not exist", "not existing", "stop existing",
              "cease to exist", "ways to not be"),
    "self": ("myself", "himself", "herself", "themselves", "my life", "mi vida", "my life is over"),
    "burden": ("burden", "better off", "without me", "miss me", "gone", "carga", "sin mi",
               # worthlessness told of oneself (988 warning signs: "feeling like a burden")
               "am a waste", "am such a waste", "am just a waste", "but a waste", "waste of space", "waste of oxygen",
               "wasted on me", "dead weight", "drain on",
               "dragging them down", "desperdicio de", "estorbo", "no valgo"),
    "hopeless": ("hopeless", "no point", "pointless", "what is the point", "no way out", "give up", "giving up",
                 "can not go on", "no seguir", "dejar de vivir", "dejar de existir",
                 "can not take", "can not cope", "trapped", "worthless", "empty", "esperanza", "aguanto",
                 # an exit from life itself ("only one way out", "maybe this is my way out", "my life is over")
                 "one way out", "my way out", "way out of this", "how i get out", "life is over", "my life is over",
                 # no chance of a future ("zero chance of being here tomorrow"; safety_negation keeps it undenied)
                 "chance of being here", "chance of being alive", "chance of being around", "chance i survive"),
    "goodbye": ("goodbye", "bye", "last message", "say bye", "despedida", "adios", "letters", "a note", "the note",
                "note to", "notes to", "note for", "notes for", "my will", "a will",
                "giving away", "given away", "give away", "gave away", "in order", "despedir", "ultimo mensaje",
                "ultima vez", "testamento", "en orden", "regale", "perdon"),
    "plan": ("plan", "how i would do it", "how i would end it", "como lo haria",
             "how many pills", "how many tablets", "how many of", "how much of", "how many would",
             "how much would", "how much it would", "how many it would", "how many to", "how much to take", "enough",
             "saved", "saving", "stockpil", "hoard", "rope", "gun", "knife",
             "bridge", "jump", "tonight", "picked a date", "lethal", "fatal", "guardad", "pistola", "arma", "cuerda",
             "puente",
             "soga", "navaja", "somnifero", "juntando", "esta noche", "tirarme"),
    "harm": ("cut", "cutting", "burn", "hurt myself", "hurting myself", "hurt himself", "hurt herself",
             "hurt themselves", "hurts himself", "hurts herself", "hurts myself", "harm", "scratch", "punch",
             "cortando", "dano", "corte", "cortes", "cortadas", "me queme", "quemarme", "me quemo", "quemandome",
             "lastim", "quemo", "golpeo", "a proposito"),
    "now": NOW_WORDS,  # the shared notion of told now (text/safety_now.py)
}
# One pass finds every concept: the words of all concepts in one pattern, each word pointing at its concepts.
_CONCEPT_OF: dict[str, list[str]] = {}
for _c, _ws in _CONCEPTS.items():
    for _w in _ws:
        _CONCEPT_OF.setdefault(_w, []).append(_c)


def longest_first(words: list[str]) -> str:
    """A pattern that matches, where one of ``words`` begins, the longest of them there (as an alternation of
    them sorted longest first would), written as a tree of their letters: the regex engine tests a few letters at
    each place, not every word."""
    tree: dict = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word may end here: go on first (the longer word), else stop.
        return ("(?:" + body + ")?" if len(branches) == 1 else body + "?") if "" in node else body

    return pattern(tree)


#: A plan made for care or safety, with a professional, ahead of something or for an ordinary thing ("a care plan for
#: school", "making a plan with my therapist", "still planning her garden"): no crisis plan (used by safety_means too).
NO_CRISIS_PLAN = re.compile(
    r"\b(?:(?:care|safety|emergency|treatment|action|crisis|birth|meal|diet|payment|discharge|exercise|travel|"
    r"backup|back up|contingency|nursing|school|health|fire|escape|evacuation|family|game|phone|data|insurance|"
    r"business|study|lesson|work|trip|holiday|vacation|wedding|party|event|garden) plans?|"
    r"plan(?:s|ning|ned)? (?:ahead|in advance|for (?:school|the (?:day|week|weekend|future|trip|holiday|visit)|"
    r"emergencies|an emergency|when|if|what)|(?:it |this |things )?(?:out )?with (?:my|the|our|a|her|his|their) "
    r"(?:therapist|counsell?or|psychologist|psychiatrist|doctor|nurse|team|gp|social worker|care team|family|"
    r"husband|wife|partner|kids|mum|mom|dad)|(?:her|his|my|our|their|a|an|the) (?:garden|trip|holiday|vacation|"
    r"wedding|party|birthday|week|weekend|day|visit|meals?|diet|return|move|retirement|christmas|menu|schedule|"
    r"route|budget)|to (?:go|visit|travel|see|come|get|have|make|start|return|move|cook|celebrate))|"
    r"(?:therapist|counsell?or|psychologist|psychiatrist|doctor|nurse|care team|social worker) and (?:i|we) "
    r"(?:\w+ ){0,3}?plans?|"
    r"plan (?:de|para) (?:cuidado|emergencia|tratamiento|seguridad|accion|la escuela|el viaje|la semana)|"
    r"(?:plan de cuidados?|planear (?:el|la|un|una) (?:viaje|fiesta|semana|jardin|comida|boda)))\b")
#: "Enough" and "jump" said of everyday things ("is she drinking enough", "enough sleep", "the cat jumped on the bed"):
#: no amount saved up nor a jump from a height.
EVERYDAY_PLAN = re.compile(
    r"\b(?:(?:eat|eating|ate|drink|drinking|drank|sleep|sleeping|slept|rest|resting|getting|get|got) "
    r"enough(?! (?:pills|tablets|of (?:this|it|everything|life|living)))|"
    r"enough (?:water|fluids?|sleep|rest|food|protein|iron|energy|exercise|calories|fibre|fiber|vitamins?|time|"
    r"money|staff|parking|chairs|beds)|"
    r"(?:fair|good|old|big|warm|strong|soon|well|long|often|early) enough|"
    r"jump(?:s|ed|ing)? (?:on|onto|up on|off|all over) (?:the|my|his|her|our) (?:bed|sofa|couch|trampoline|lap|table|"
    r"counter|chest|knee|legs?|chair)|(?:cat|dog|kitten|puppy|kids?|children) (?:\w+ )?jump(?:s|ed|ing)?)\b")
#: Spans where a plan word is no crisis plan.
_NO_PLAN_SPANS = (NO_CRISIS_PLAN, EVERYDAY_PLAN)
_CONCEPT_RE = re.compile(r"\b(" + longest_first(list(_CONCEPT_OF)) + r")(\w*)")
#: A concept word is a stem ("seiz" finds "seizure", "bleed" "bleeding"), but these short ones, whose letters begin
#: other words too, must end where their word ends or go on only with an inflection: "live" is no "liver", "die" no
#: "diet", "dead" no "deadline", "plan" no "planet", "stab" no "stable", "numb" no "number", "clot" no "clothes",
#: "fell" no "fellow", "harm" no "harmless", "aml" no "amlodipine".
_STRICT = frozenset("live die dead plan stab numb clot fell harm aml cut hit fit air jump burn".split()
                    + ["end it", "end my"])
_INFLECTIONS = frozenset(("", "s", "es", "d", "ed", "ing", "ly", "en", "ness", "self"))  # ("end myself")
#: ... and these only as the whole word: "now" no "nowhere", "just" no "justice", "since" no "sincere", "38" no "380"
#: (a temperature may carry its unit: "38c", "101f").
_WHOLE_ONLY = frozenset("now just since 38 39 100 101 102".split())


def _concept_word(word: str, tail: str) -> bool:
    """Is ``word`` (a concept word) followed by the rest of its word ``tail`` still that concept word?"""
    if not tail:
        return True
    if word in _WHOLE_ONLY:
        return word.isdigit() and tail in ("c", "f")
    if word in _STRICT:
        return tail in _INFLECTIONS or (tail[0] == word[-1] and tail[1:] in ("ed", "ing", "er"))
    return True


#: The concepts that make a message alarming (denying one of them hedges a message).
ALARMING = {"emergency": frozenset(
                "breath chest blood unresponsive seizure stroke fever swelling swallowed injury".split()),
            "crisis": frozenset("death burden hopeless goodbye plan harm swallowed".split())}


@remembered(maxsize=1024)
def _concepts(text: str) -> frozenset[str]:
    found: set[str] = set()
    plain: list[tuple[int, int]] | None = None  # the spans of everyday plans, found once a plan word is met
    for m in _CONCEPT_RE.finditer(text):
        word, tail = m.group(1), m.group(2)
        if not _concept_word(word, tail):
            continue  # "liver", "deadline", "harmless", "nowhere": another word
        concepts_of = _CONCEPT_OF[word]
        if "plan" in concepts_of:
            if plain is None:
                plain = [s.span() for r in _NO_PLAN_SPANS for s in r.finditer(text)]
            if any(a <= m.start() < b for a, b in plain):
                concepts_of = [c for c in concepts_of if c != "plan"]  # a care plan, drinking enough: no plan
        found.update(concepts_of)
    return frozenset(found)


def concepts(text: str) -> set[str]:
    """The concepts a text mentions (remembered for the few texts read more than once)."""
    return set(_concepts(text))


def concepts_by_word(normal: str) -> list[frozenset[str]]:
    """For each word of ``normal`` (split on spaces), the concepts a concept word beginning there names (a phrase,
    "pass out", marks its first word). The decision reads who or what each is said of (safety_figures)."""
    starts = {i: n for n, i in enumerate(m.start() for m in re.finditer(r"\S+", normal))}
    marks: list[frozenset[str]] = [frozenset()] * len(starts)
    for m in _CONCEPT_RE.finditer(normal):
        if m.start() in starts and _concept_word(m.group(1), m.group(2)):
            n = starts[m.start()]
            marks[n] = marks[n] | frozenset(_CONCEPT_OF[m.group(1)])
    return marks


def safety_words(text: str) -> list[str]:
    """Word features: stems, stem bigrams, concepts, and how each concept is framed (negated, asked about,
    in the past, hypothetical). ``text`` is raw; it is normalised here (the one normal form, text/safety.py)."""
    return words_of_normal(safety_normal(text))


def words_of_normal(normal: str) -> list[str]:
    """``safety_words`` of a text already in the normal form."""
    ws = normal.split()
    toks = [stem(w) for w in ws]
    neg = negated(ws)
    out = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]
    out.extend(f"neg:{t}" for t, n in zip(toks, neg) if n)
    frames = sorted(frame(normal))  # a set's order follows string hashing: the score's last bits did too
    out.extend(f"frame:{f}" for f in frames)
    denied = concepts(" ".join(w for w, n in zip(ws, neg) if n)) if any(neg) else set()
    for concept in sorted(concepts(normal)):
        out.append(f"c:{concept}")
        out.extend(f"c:{concept}|{f}" for f in frames)
        if concept in denied:
            out.append(f"c:{concept}|neg")
    if len(ws) > 40:
        out.append("long")
    return out


def safety_chars(text: str) -> list[str]:
    """Character 3-5-grams inside the normal form's words: typo tolerance ("breahting", "siezure")."""
    return word_char_grams(safety_normal(text).split())


def chars_of_normal(grams_of: dict[str, list[str]]) -> vectors.Analyzer:
    """``safety_chars`` of texts already in the normal form, each word's grams made once (``grams_of``: the
    words seen so far; the training texts repeat their words thousands of times)."""
    def analyze(normal: str) -> list[str]:
        out: list[str] = []
        for w in normal.split():
            grams = grams_of.get(w)
            if grams is None:
                grams = grams_of[w] = word_char_grams((w,))
            out.extend(grams)
        return out
    return analyze


#: The detectors' own analyzers, by the names stored with their vectorisers.
ANALYZERS: dict[str, vectors.Analyzer] = {"safety_words": safety_words, "safety_chars": safety_chars}
