"""The one place for text rules: normalising input, splitting sentences, tokenising for the indexes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_INPUT_CHARS = 2000

# Terminal escape sequences (CSI, OSC, and lone ESC-x) and other control characters.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(r"\s+")

# Markdown inside corpus prose.
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
REF_MARKERS = re.compile(r"(?:\[\d+\])+")
_REF_NUMBER = re.compile(r"\[(\d+)\]")
URL = re.compile(r"https?://[^\s)\]>]+")

# Sentence ends: . ! ? (then optional closing quotes/brackets and reference markers), then a space and
# something that can start a sentence. A period before a digit ("Ann Hematol. 2006;") never ends one.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?:\[\d+\])*\s+(?=[\"'“‘(\[]?[A-Z])")
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs dr mr mrs ms st no fig al approx ca cf jr sr prof inc ltd co u.s u.k dept".split()
)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

_WORD = re.compile(r"[a-z0-9]+")
#: Words too common to tell names apart; smaller than STOPWORDS so "Down syndrome" and "AS syndrome" keep theirs.
NAME_STOPWORDS = frozenset("the of and s a an in to for with or on by at from".split())
STOPWORDS = frozenset(
    """a about after again against all am an and any are aren't as at be because been before being
    between both but by can could did do does doing during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of on once only or other our ours ourselves own same she should so some such than that
    the their theirs them themselves then there these they this those through to too until very was we
    were what when where which while who whom why will with would you your yours yourself yourselves s t d ll m
    re ve y o (are) also may might can't cannot don't does doesn't isn't wasn't ok okay please tell know
    """.split()
)

_stemmer = snowballstemmer.stemmer("english")


def clean_input(text: object, limit: int = MAX_INPUT_CHARS) -> str:
    """Make any user input safe to process and to show: text only, no escapes or controls, bounded, one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[: limit * 4]
    text = unicodedata.normalize("NFKC", text)
    text = _ANSI.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    # Lone surrogates cannot be encoded; replace them so every later stage sees valid text.
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    text = _SPACES.sub(" ", text).strip()
    return text[:limit].strip()


def strip_markdown(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Corpus prose -> (plain text as quoted, [(link text, url), ...])."""
    links: list[tuple[str, str]] = []
    if "](" in text:
        links = [(m.group(1), m.group(2)) for m in _MD_LINK.finditer(text)]
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub(r"\2", text)
    return " ".join(text.split()), links


def strip_ref_markers(sentence: str) -> tuple[str, tuple[int, ...]]:
    """'... sepsis).[1][2][3]' -> ('... sepsis).', (1, 2, 3))."""
    if "[" not in sentence:
        return sentence.strip(), ()
    numbers: list[int] = []
    for block in REF_MARKERS.findall(sentence):
        numbers.extend(int(n) for n in _REF_NUMBER.findall(block))
    text = " ".join(REF_MARKERS.sub("", sentence).split())
    return text, tuple(dict.fromkeys(numbers))


def split_sentences(paragraph: str) -> list[str]:
    """Split prose into sentences, keeping reference markers with the sentence they follow."""
    paragraph = " ".join(paragraph.split())
    if not paragraph:
        return []
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        candidate = paragraph[start : match.end()].strip()
        head = paragraph[start : match.start() + 1]
        last = _LAST_WORD.search(head)
        if last:
            word = last.group(1).lower().rstrip(".")
            # "e.g.", "Dr.", a lone initial ("J.") or a dotted abbreviation ("U.S.") does not end a sentence.
            if word in _ABBREVIATIONS or len(word) == 1 or "." in word:
                continue
        sentences.append(candidate)
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation to single spaces: the form every matcher compares."""
    text = text.lower()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Folded word tokens, stopwords kept."""
    return fold(text).split()


def terms(text: str) -> list[str]:
    """Index terms: folded, stopwords dropped, stemmed. The analyzer of the passage index.
    "anticancer" also yields "cancer", so "cancer drugs" finds "anticancer drugs"."""
    out: list[str] = []
    for w in fold(text).split():
        if w in STOPWORDS or len(w) >= 40:
            continue
        out.append(stem(w))
        if w.startswith("anti") and len(w) > 8:
            out.append(stem(w[4:]))
    return out


def char_grams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words: typo-tolerant evidence for names."""
    grams: list[str] = []
    for w in fold(text).split():
        if w in STOPWORDS:
            continue
        padded = f" {w} "
        for n in range(low, high + 1):
            if len(padded) < n:
                if n == low:
                    grams.append(padded)
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


# --- safety text rules: one normal form for the red-flag screen and the safety detectors ---------------------------

_CONTRACTIONS = {
    "can t": "can not", "cant": "can not", "cannot": "can not", "cnat": "can not", "carnt": "can not",
    "won t": "will not", "wont": "will not", "don t": "do not", "dont": "do not", "doesn t": "does not",
    "doesnt": "does not", "didn t": "did not", "didnt": "did not", "isn t": "is not", "isnt": "is not",
    "aren t": "are not", "arent": "are not", "wasn t": "was not", "wasnt": "was not", "weren t": "were not",
    "haven t": "have not", "havent": "have not", "hasn t": "has not", "hasnt": "has not", "hadn t": "had not",
    "couldn t": "could not", "couldnt": "could not", "wouldn t": "would not", "wouldnt": "would not",
    "shouldn t": "should not", "shouldnt": "should not", "ain t": "is not", "i m": "i am", "im": "i am",
    "i ve": "i have", "ive": "i have", "i ll": "i will", "i d": "i would", "it s": "it is", "he s": "he is",
    "hes": "he is", "she s": "she is", "shes": "she is", "they re": "they are", "theyre": "they are",
    "you re": "you are", "youre": "you are", "we re": "we are", "what s": "what is", "whats": "what is",
    "that s": "that is", "thats": "that is", "there s": "there is", "theres": "there is", "let s": "let us",
    "he d": "he would", "she d": "she would", "they d": "they would", "we ve": "we have", "they ve": "they have",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "kinda": "kind of", "dunno": "do not know",
}
#: Common misspellings and text speak -> the word meant. Character n-grams cover the rest.
_SPELLING = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "rn": "right now", "n": "and",
    "bc": "because", "cuz": "because", "coz": "because", "becuase": "because", "w": "with", "abt": "about",
    "2nite": "tonight", "tonite": "tonight", "mins": "minutes", "min": "minutes", "hrs": "hours", "hr": "hour",
    "ppl": "people", "yo": "year old", "yr": "year", "yrs": "years", "mum": "mom", "mam": "mom", "nan": "grandma",
    "breth": "breathe", "brethe": "breathe", "breate": "breathe", "breahe": "breathe", "breathin": "breathing",
    "chset": "chest", "chesst": "chest", "cheast": "chest", "unconcious": "unconscious", "unconsious": "unconscious",
    "concious": "conscious", "temprature": "temperature", "tempature": "temperature", "temperture": "temperature",
    "temp": "temperature", "feaver": "fever", "fevar": "fever", "siezure": "seizure", "sezure": "seizure",
    "seizur": "seizure", "seisure": "seizure", "bleding": "bleeding", "bleedin": "bleeding", "vomitting": "vomiting",
    "stomache": "stomach", "alergic": "allergic", "allergick": "allergic", "swolen": "swollen", "suicde": "suicide",
    "sucide": "suicide", "suiside": "suicide", "suicid": "suicide", "sucidal": "suicidal", "suicdal": "suicidal",
    "suicidial": "suicidal", "kil": "kill", "pils": "pills", "tabs": "tablets", "meds": "medicines",
    "overdosed": "overdose", "od": "overdose", "oded": "overdose", "kms": "kill myself", "unalive": "kill",
    "confussed": "confused", "dizy": "dizzy", "realy": "really", "rly": "really", "q": "que", "xq": "porque",
    "ambulence": "ambulance", "amublance": "ambulance", "hospitol": "hospital", "neutropenic": "neutropenic",
    "chemotherapy": "chemo", "kemo": "chemo", "quimioterapia": "quimio",
}
_MULTI = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _CONTRACTIONS if " " in k), key=len,
                                              reverse=True)) + r")\b")
_SELF = re.compile(r"\bmy self\b|\bmyslef\b|\bmysefl\b")
#: Idioms that borrow emergency words ("dying to know", "bored to death"): read as what they mean.
_IDIOMS = [(re.compile(p), r) for p, r in (
    (r"\bdying (to|for) (know|see|hear|try|find|get|meet|go|ask|learn|read|start|a |an |some)", r"eager \1 \2"),
    (r"\b(could|would|d) (kill|murder) for\b", r"\1 love"), (r"\b(could|would) murder an? ", r"\1 love a "),
    (r"\b(bored|scared|sick|worried|frightened|tired) to death\b", r"very \1"), (r"\bto die for\b", "wonderful"),
    (r"\b(nearly |almost )?(died|die|dying) (of|from) (laughing|laughter|embarrassment|shame|boredom)\b", "felt silly"),
    (r"\bknock (them|em|\w+) dead\b", "do great"), (r"\bover my dead body\b", "never"),
    (r"\b(nearly|almost) had a heart attack when\b", "was shocked when"),
    (r"\bme muero de (ganas|hambre|risa|sueno)\b", "tengo \1"),
    (r"\b(is|are|was) killing (me|my wallet) (with|when)\b", "annoys me \3"),
)]


@lru_cache(maxsize=4096)
def safety_normal(text: str) -> str:
    """The normal form the safety screen reads: folded, contractions spelt out ("can't", "cant", "cannot" ->
    "can not"), common misspellings and text speak corrected ("breth" -> "breathe", "u" -> "you")."""
    folded = fold(text)
    folded = _MULTI.sub(lambda m: _CONTRACTIONS[m.group(1)], folded)
    folded = _SELF.sub("myself", folded)
    if "dying" in folded or "death" in folded or "die" in folded or "kill" in folded or "murder" in folded \
            or "dead" in folded or "heart attack" in folded or "muero" in folded:
        for rx, repl in _IDIOMS:
            folded = rx.sub(repl, folded)
    out = []
    for w in folded.split():
        w = _CONTRACTIONS.get(w) or _SPELLING.get(w) or w
        out.append(w)
    return " ".join(out)


#: Words that start a negation ("no fever", "without pain", "i do not have chest pain") ...
_NEGATORS = frozenset("no without never denies nor ni sin nunca".split())
_NEGATED_VERBS = frozenset("have has had feel felt get got see notice".split())
#: ... and words that end it.
_SCOPE_END = frozenset("but just only except though although however pero solo and".split())
_NEG_SCOPE = 4
#: "i am not suicidal", "not having chest pain", "i do not want to die" (but "i do not want to live" is no negation).
_NOT_STATES = frozenset("suicidal having in going thinking feeling bleeding confused drowsy dizzy".split())
_NOT_WANTED = frozenset("die hurt harm kill end".split())
_AUXILIARIES = frozenset("do does did is are was were am has have had".split())
#: "is not breathing", "has not peed", "is not making sense": here the "not" IS the emergency.
_NOT_IS_THE_SYMPTOM = frozenset(
    "breathing breathe breathed responding respond responded waking wake woken woke moving move moved making make "
    "stopping stop stopped peed pee weed urinated come opening open answering answer reacting react talking talk "
    "speaking speak conscious alert right feeding feed eating drinking able want sure slowing improving going "
    "getting coming letting".split())
#: Spanish "no" before a verb is the symptom itself ("no puedo respirar", "no despierta"), not a denial.
_SPANISH_NO_VERB = frozenset("puedo puede pueden respira respiro despierta despierto responde reacciona para paro "
                             "aguanto siento siente contesta habla".split())

#: How a message is framed: asking about something, the past, a hypothetical, or happening now.
_ASKING = re.compile(
    r"^(?:(?:hi|hello|hey|quick question|question|so|ok|um)\s+)?(?:what|which|why|how|when|where|who|whats|"
    r"is|are|can|could|does|do|did|should|would|will|tell me|explain|define|que|cual|cuales|como|por que|puede|"
    r"cuando|es normal|es grave|hay)\b(?! not\b)"
    r"|\b(?:symptoms? of|signs? of|warning signs|causes? of|risk of|side effects?|what causes|can \w+ cause|"
    r"how (?:common|likely|often)|statistics|rate of|percentage|first aid for|treat(?:ed|ment)? for|"
    r"sintomas de|senales de|que es|puede causar|puede dar)\b")
_PAST = re.compile(
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|time)|years? ago|months? ago|weeks? ago|"
    r"back (?:in|during|when|then)|in (?:19|20)\d\d|in (?:the )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|fall|winter)|used to|"
    r"when (?:i|he|she|they|we) (?:was|were) (?:a )?(?:kid|child|little|young|small|pregnant|baby|teenager|\d+)|"
    r"as a (?:kid|child|baby|teenager)|once (?:at|after|before|when|during)|turned out|recovered|pulled through|"
    r"was fine|"
    r"is fine now|fine since|all over now|not since|been fine|was admitted|were admitted|el ano pasado|hace anos|"
    r"hace \w+ anos|cuando era|ya esta bien|se recupero|ya no le ha|en (?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre))\b")
_HYPOTHETICAL = re.compile(
    r"\b(?:what if|if (?:i|he|she|my|someone|somebody|a person|you|they|we|something|anything|one)\b|in case|"
    r"hypothetically|suppose|supposing|imagine|let us say|lets say|should i ever|would happen|would it|how would|"
    r"would (?:i|he|she|they|we|you) (?:know|tell|be|need|have)|ever get|one day|in the future|"
    r"si (?:tengo|me|mi|a mi|algun|se|le)|algun dia|que pasa si|que hago si|que debo hacer si|en caso de)\b")
_NOW = re.compile(
    r"\b(?:right now|just now|currently|at the moment|this morning|tonight|since (?:this|last night|an hour|lunch)|"
    r"minutes? ago|\d+ minutes|an hour ago|hours? ago|just (?:started|happened|collapsed|fell)|"
    r"getting worse|ahora mismo|desde hace)\b")


_REASSURED = re.compile(
    r"\b(?:(?:is|are|am|seems?|feels?|looks?|was|s|m) (?:fine|ok|okay|well|normal|alright|all right)"
    r"|otherwise (?:fine|ok|okay|well|normal)|stopped on (?:its|it s|their) own|for (?:weeks|months|ages|years)"
    r"|over (?:the )?(?:weeks|months)|on and off|(?:eating|drinking|playing|talking|walking) (?:fine|normally|well|ok)"
    r"|no other symptoms|nothing else|i promise|just (?:moody|want to (?:check|know|ask|vent))|need to vent"
    r"|esta bien|estoy bien|nada mas)\b")


def reassured(normal: str) -> bool:
    """Does a message (``safety_normal`` form) also say that things are fine, mild or long-standing ("otherwise
    fine", "for weeks", "stopped on its own")? A safe message uses alarming words this way; the decision asks
    more of a detector then."""
    return bool(_REASSURED.search(normal))


def negated(words: list[str]) -> list[bool]:
    """For each word, whether a negation governs it ("no chest pain", "i do not have a fever": True for
    "chest", "pain", "fever"). "can not breathe" and "will not stop" are not negations of a symptom: they ARE
    the symptom, so only "no", "without", "never" and "do/did not have|feel|get" open a scope."""
    out = [False] * len(words)
    left = 0
    for i, w in enumerate(words):
        if w in _SCOPE_END:
            left = 0
        if left > 0:
            out[i] = True
            left -= 1
        if w in _NEGATORS and not (w == "no" and i + 1 < len(words) and words[i + 1] in _SPANISH_NO_VERB):
            left = _NEG_SCOPE
        elif w == "not" and i + 1 < len(words) and i > 0 and words[i - 1] in _AUXILIARIES \
                and words[i + 1] not in _NOT_IS_THE_SYMPTOM:
            left = _NEG_SCOPE + 1  # "he is not confused", "she did not hit her head", "i am not having chest pain"
        elif w == "not" and i + 1 < len(words) and (words[i + 1] in _NOT_STATES or (
                words[i + 1 : i + 3] == ["want", "to"] and i + 3 < len(words) and words[i + 3] in _NOT_WANTED)):
            left = _NEG_SCOPE
    return out


def frame(normal: str) -> frozenset[str]:
    """How a message (in ``safety_normal`` form) is framed: any of "asking", "past", "hypothetical", "now"."""
    found = set()
    m = _ASKING.search(normal)
    if m and (m.start() > 0 or len(normal.split()) >= 4):  # "is choking" is no question; "is this normal" is
        found.add("asking")
    if _PAST.search(normal):
        found.add("past")
    if _HYPOTHETICAL.search(normal):
        found.add("hypothetical")
    if _NOW.search(normal):
        found.add("now")
    return frozenset(found)
