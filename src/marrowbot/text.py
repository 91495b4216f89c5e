"""The one place for text rules: normalising input, splitting sentences, tokenising for the indexes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process

MAX_INPUT_CHARS = 2000

# Terminal escape sequences (CSI, OSC, and lone ESC-x) and other control characters.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?")
# Controls, zero-width and bidirectional marks (embeddings U+202A-202E, isolates U+2066-2069, the Arabic
# letter mark U+061C), line and paragraph separators (U+2028/2029, NEL U+0085, form feed): all become spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")

# Markdown inside corpus prose.
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\(([^)\s\[\]]+)\)")
# Emphasis spans are bounded (500 characters) so an unclosed "*" costs linear time, not quadratic.
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.{1,500}?)(?<=\S)\1")
REF_MARKERS = re.compile(r"(?:\[\d+\])+")
_REF_NUMBER = re.compile(r"\[(\d+)\]")
URL = re.compile(r"https?://[^\s)\]>]+")

# Sentence ends: . ! ? (then optional closing quotes/brackets and reference markers), then a space and
# something that can start a sentence. A period before a digit ("Ann Hematol. 2006;") never ends one.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?:\[\d+\])*\s+(?=[\"'“‘(\[]?[A-Z])")
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs dr mr mrs ms st no fig al approx ca cf jr sr prof inc ltd co u.s u.k dept".split()
)

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

#: A document id: a lowercase slug like "bone-marrow-necrosis" (corpus front matter, sessions, the HTTP API).
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Fuzzy matching: how close (rapidfuzz ratio, 0-100) a typed word must be to count as a known one, side by side.
# The understanding modules and the answer policy still hold their own copies of the first four (same values):
# topics.WORD_TYPO_SCORE and understand._near_name (80), respond._NAME_SPAN_SCORE (85), safety.FUZZY_SCORE (90)
# and safety.WORD_SCORE (85).
NAME_WORD_TYPO_SCORE = 80.0  # a word of a condition's name typed with a typo
NAME_SPAN_SCORE = 85.0  # a run of words that is a topic's name typed with typos
RED_FLAG_PHRASE_SCORE = 90.0  # a long red-flag phrase with a typo or two (partial ratio)
RED_FLAG_WORD_SCORE = 85.0  # a single long red-flag word with a typo
COMMAND_TYPO_SCORE = 70.0  # REPL: completing a misspelt /command
COMPLETION_TYPO_SCORE = 78.0  # REPL: completing a topic name with a misspelt beginning
DID_YOU_MEAN_SCORE = 60.0  # "did you mean ...?" after an unknown command, fixture key or name

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
    """Split prose into sentences, keeping reference markers with the sentence they follow.

    Linear in the paragraph: each candidate end looks back only over its own last word.
    """
    paragraph = " ".join(paragraph.split())
    if not paragraph:
        return []
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.start()  # the . ! or ?
        word_start = end
        while word_start > start and (paragraph[word_start - 1].isascii() and paragraph[word_start - 1].isalpha()
                                      or paragraph[word_start - 1] == "."):
            word_start -= 1
        while word_start < end and not paragraph[word_start].isalpha():  # the word starts with a letter
            word_start += 1
        if paragraph[end] == "." and word_start < end:
            word = paragraph[word_start:end].lower().rstrip(".")
            # "e.g.", "Dr.", a lone initial ("J.") or a dotted abbreviation ("U.S.") does not end a sentence.
            if word in _ABBREVIATIONS or len(word) == 1 or "." in word:
                continue
        sentences.append(paragraph[start : match.end()].strip())
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


def name_words(text: str) -> list[str]:
    """The words of a name that tell names apart (folded, without "the", "of", "and"...)."""
    return [w for w in fold(text).split() if w not in NAME_STOPWORDS]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    stemmed: str = _stemmer.stemWord(word)
    return stemmed


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


def did_you_mean(value: str, known: Iterable[str]) -> str | None:
    """The known name closest to a mistyped one, if it is close enough to suggest."""
    best = process.extractOne(value, list(known), scorer=fuzz.ratio, score_cutoff=DID_YOU_MEAN_SCORE)
    return str(best[0]) if best is not None else None


def word_char_grams(words: Iterable[str]) -> list[str]:
    """Character 3-5-grams inside each space-padded word, stopwords kept: the typo features of the intent and
    safety models (a word shorter than a gram counts whole)."""
    grams: list[str] = []
    for w in words:
        padded = f" {w} "
        for n in (3, 4, 5):
            grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return grams


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


# What names a condition (a disease, a syndrome), as opposed to a test, a treatment, a page or an organisation:
# a word that names an illness (by its ending or as a head noun), and none of the words of titles and bodies.
_ILLNESS_WORD = re.compile(r"(?:emia|aemia|osis|itis|oma|omas|penia|cytosis|uria|plasia|pathy|cancer|syndromes?"
                           r"|diseases?|disorders?|neoplasms?)$")
_NOT_A_CONDITION = frozenset(
    "for about with approved overview information drugs treatment treatments test tests article articles "
    "transplant transplantation society institute foundation association center centre organization network "
    "see guidelines series discharge".split())


def names_a_condition(name: str) -> bool:
    """True for "Polycythemia Vera", "Fanconi anemia", "8p11 myeloproliferative syndrome"; False for "Blood
    Tests", "Leukemia & Lymphoma Society", "Article: ...", "Drugs Approved for ... Syndromes", "disclaimer"."""
    if any(mark in name for mark in (":", "--", "...", "\u2026")):
        return False
    words = fold(re.sub(r"\([^)]*\)\s*$", "", name)).split()
    if not words or any(w in _NOT_A_CONDITION for w in words):
        return False
    return any(_ILLNESS_WORD.search(w) for w in words)


# -- conversation rules (understanding/conversation.py) ---------------------------------------------------------

#: Words that join a name into a follow-up ("and what about PV?") without asking anything of their own.
CARRY_WORDS = frozenset("what about and how the of for with regarding re ok okay so then now also too same "
                        "question for".split())
#: A word this close (rapidfuzz ratio) to a word of a name is that word, typed with a typo.
NAME_TYPO_SCORE = 80.0
#: The words small talk is made of; a message with more than a couple of other words is a question.
SMALL_TALK_WORDS = frozenset(
    """hi hello hey hiya howdy yo greetings morning afternoon evening good day night thanks thank thx ty tysm
    cheers appreciate appreciated it much lot lots so very really great awesome nice cool perfect brilliant
    helpful help ok okay alright right sure fine bye goodbye see later take care soon farewell cya ciao lol
    sorry oh ah well yes yeah yep no nope you your u there again all everything anyway kind kindly hmm hm um uh
    erm""".split())
#: "what about adults?", "and for kids?", "how about MDS": the last question's kind, about something else.
WHAT_ABOUT = re.compile(r"^(?:and|so|ok|okay)?\s*(?:what|how)\s+about\b|^and\s+(?:for|in|with)\b")
#: A sentence that says what something is: "bone marrow is the spongy tissue ..." (folded text; the subject is group 1).
DEFINING_SENTENCE = re.compile(r"^([a-z][a-z ]{2,40}?) (?:is|are) (?:the|a|an) ")
#: A question that asks for a quantity ("how many weeks", "what percentage", "the icd-10 code", "how much").
ASKS_QUANTITY = re.compile(r"\b(?:how\s+many|how\s+much|percent(?:age)?s?|statistics?|odds|rates?|codes?|costs?|"
                           r"prices?|numbers?\s+of|how\s+common)\b")
#: A sentence that gives one: a number, a share, how common something is.
GIVES_QUANTITY = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
                            r"half|percent|rare|rarely|common|commonly|uncommon|frequent\w*|prevalen\w*|incidence|"
                            r"most|many|few|some)\b")
#: Words that point back at what the conversation is about ("can tuberculosis cause it", "sickle cell too?").
REFERS_BACK = re.compile(r"\b(?:it|its|this|that|these|those|them|too|also|either|connected|linked|link)\b")
#: A pronoun for the conversation's topic itself ("which symptoms it give"), not for something just named.
POINTS_AT_TOPIC = re.compile(r"\b(?:it|its|this)\b")
#: Asks whether what is described IS a condition ("is that bone marrow necrosis?", "could it be leukemia"): a
#: question for someone who can examine the person.
ASKS_IF_IT_IS = re.compile(r"\b(?:is|could|might|would|can)\s+(?:that|this|it)\s+(?:be\s+)?"
                           r"(?!part\b|normal\b|typical\b|common\b|usual\b)(?:a\s+|an\s+|from\s+)?[a-z]")
#: Words of how a question is asked and who asks it, not of what it asks about: never the content that picks a
#: sentence ("my son was diagnosed ... how do doctors treat these" asks about treatment, not sons or doctors).
QUESTION_WORDS = """mean means meaning type types kind kinds get gets getting got happen happens happened people person
someone somebody anyone thing things stuff like much many long find found done seen see look learn read tell know
need want go goes going way ways doctor doctors doc dr nurse nurses son daughter dad father mom mum mother wife
husband brother sister uncle aunt grandma grandmother grandpa grandfather friend child kid baby parent parents
family diagnosed diagnose told say said says think thought wondering wonder question questions ask asking explain
simple simply words plain actually really usually normally exactly basically just bit little also even still
use used uses using great main please help hi hello thanks thank bye ok okay yes yeah english
someone's anything something everything
whats hows whos wheres whens whys thats theres its im ive dont doesnt cant isnt wont mentioned heard called
named show shows cause causes spread spreads affect affects treat cure make makes turn turns lead leads trigger
become develop involve has have had having enough later sometimes always ever never often typical typically
youre theyre hes shes"""
#: Words that end a longer name after the one found ("leukemia virus", "anemia syndrome", "amyloidosis type").
NAME_TAILS = """syndrome syndromes disease diseases disorder disorders virus type types deficiency cancer cancers
neoplasm neoplasms tumor tumors tumour familial visceral form forms"""
#: Verb forms, never part of a disease's name in a question ("my doctor mentioned myelofibrosis").
NOT_A_MODIFIER = re.compile(r"(?:ed|ing)$")
#: Ways of speaking that use content words without asking about them ("going back to", "in general").
FILLER_PHRASES = re.compile(r"\b(?:(?:go|going|come|coming|get|getting|back) back to|back to the|in general|generally|"
                            r"^(?:(?:ok|okay|so|and|now|right)\s+)*back to\b|"
                            r"in simple (?:terms|words)|in plain (?:english|words|terms)|simple words|"
                            r"my english\b.*$|as far as (?:i|we) know|right now|so much)\b")
#: A yes/no question: answered by the sentence that speaks to the asked thing, or "the documents don't say".
YES_NO = re.compile(r"^(?:(?:hi|hey|hello|ok|okay|so|and|but|also|well|um|oh)\s+)*"
                    r"(?:is|are|does|do|can|could|will|would|should|has|have|was|were|did|isnt|doesnt|cant)\b"
                    r"(?!\s+(?:you|u)\b)")  # "do you have information about ...", "can you tell me": asks the bot
#: The person speaks of themself: a symptom check is about their own symptoms.
FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|myself)\b")
#: A complaint of the person's own (or their child's): "my ear is itchy", "i have a rash".
OWN_COMPLAINT = re.compile(r"\b(?:i|im|ive|me|my)\b")
#: A word this close (rapidfuzz ratio) to one of the intents' own words is that word, typed with a typo.
TYPO_SCORE = 85.0
#: An unknown word this close to a word of a name is that word misspelt ("ocld urtiacria" is "cold urticaria").
NAME_TYPO_RATIO = 75.0
#: A run of words this close (rapidfuzz ratio) to a topic's name is that name, typed with typos.
NAME_SPAN_SCORE = 85.0

# Everyday words -> the words the documents use for the same thing, added to what a question asks about when
# retrieval ranks a document's sentences and when coverage counts the asked words ("medicines" and "drugs").
# General vocabulary only; a word is used only when the document being read uses it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "medicine": ("drugs", "drug"), "medicines": ("drugs", "drug"), "medication": ("drugs", "drug"),
    "medications": ("drugs", "drug"), "meds": ("drugs", "drug"),
    "pills": ("drugs",), "chemo": ("anticancer", "chemotherapy"),
    "kid": ("children", "child"), "kids": ("children", "child"), "child": ("children",), "teen": ("children",),
    "teenager": ("children",), "baby": ("children", "infants"), "babies": ("children", "infants"),
    "grownups": ("adults",), "tired": ("fatigue",), "tiredness": ("fatigue",), "exhausted": ("fatigue",),
    "heal": ("recover", "recovery", "regenerate", "thrive"), "heals": ("recover", "regenerate", "thrive"),
    "healed": ("recover", "thrive"), "healing": ("recovery", "thrive"), "healthy": ("thrive",),
    "recover": ("recovery", "thrive"), "recovers": ("recovery", "thrive"), "regrow": ("grow",),
    "reason": ("cause",), "reasons": ("cause", "causes"), "why": ("cause",),
    "operation": ("transplant", "surgery"), "surgery": ("transplant",), "complication": ("complications",),
    "old": ("age", "adults"), "older": ("age", "adults"), "elderly": ("age", "adults"), "young": ("age", "children"),
    "inherited": ("genetic", "genetics", "inherit"), "inherit": ("genetic", "genetics"),
    "hereditary": ("genetic", "genetics"),
    "genes": ("genetic", "genetics"), "surroundings": ("environmental",),
    "illness": ("disease", "disorder", "condition"), "illnesses": ("diseases", "disorders", "conditions"),
    "sickness": ("disease",), "bloodwork": ("laboratory", "blood"), "labs": ("laboratory",), "lab": ("laboratory",),
    "studies": ("research", "trials"), "journals": ("journal", "articles"),
}
# Stems this long or longer that one is the start of the other are forms of one word ("environ"/"environment").
RELATED_STEM_MIN = 6

#: Where a typed message's sentences end (people type lower case after a full stop, unlike the documents).
MESSAGE_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


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
#: A bare "not" after these opens a scope ("not short of breath", "and not on chemo"); not after can/will.
_NOT_OPENERS = frozenset("and but also still really definitely certainly so just otherwise though yet or i he she it "
                         "they we".split())
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
    r"how (?:common|likely|often)|statistics|rate of|percentage|first aid for|treat(?:ed|ment)? for|sintomas de|"
    r"senales de|que es|puede causar|puede dar|"
    r"(?:is|was) (?:that|this|it) (?:normal|common|standard|usual|expected|dangerous|serious|a problem|ok|okay|safe)|"
    r"does (?:that|this|it) (?:happen|mean|matter|change)|how long (?:should|does|do|will)|"
    r"do (?:they|you|we) (?:do|give|check|need)|what (?:should|can|do) (?:i|we)|how (?:can|do|should) (?:i|we))\b")
_PAST = re.compile(
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|time)|years? ago|months? ago|weeks? ago|"
    r"back (?:in|during|when|then)|in (?:19|20)\d\d|in (?:the )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|fall|winter)|used to|"
    r"when (?:i|he|she|they|we) (?:was|were) (?:a )?(?:kid|child|little|young|small|pregnant|baby|teenager|\d+)|"
    r"as a (?:kid|child|baby|teenager)|once (?:at|after|before|when|during)|turned out|recovered|pulled through|"
    r"was fine|a while (?:ago|back)|last (?:cycle|round|course)|in the past|previously|history of|years? out|"
    r"back to (?:normal|himself|herself|myself)|(?:came|come) back (?:clear|normal|negative|fine)|"
    r"(?:was|were) (?:clear|negative|normal)|checked (?:me|him|her|them) over|everything was (?:fine|normal|ok)|"
    r"doing (?:well|fine|great|ok|okay|much better) now|much better now|i am (?:fine|ok|okay|well) now|"
    r"(?:had|got|have had) (?:a |an )?(?:\w+ ){1,3}once\b|"
    r"is fine now|fine since|all over now|not since|been fine|was admitted|were admitted|el ano pasado|hace anos|"
    r"hace \w+ anos|cuando era|ya esta bien|se recupero|salio (?:todo )?bien|ahora (?:esta|estoy) bien|tuvo|tuve|"
    r"ya no le ha|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b")
_WHEN_ONLY = re.compile(r"(?:last \w+|(?:years?|months?|weeks?) ago|in \w+)$")
_TREATMENT_BEFORE = re.compile(r"\b(?:chemo|transplant|treatment|infusion|cycle|dose|round|transfusion|car t|"
                               r"injection|quimio|trasplante|\w+(?:mab|nib|cine|bine|dine|mide|ubicin|platin|tide|limus))"
                               r"\b(?: \w+){0,4} ?$")
_HYPOTHETICAL = re.compile(
    r"\b(?:what if|if (?:i|he|she|my|someone|somebody|a person|you|they|we|something|anything|one)\b|in case|"
    r"hypothetically|suppose|supposing|imagine|let us say|lets say|should i ever|would happen|would it|how would|"
    r"would (?:i|he|she|they|we|you) (?:know|tell|be|need|have)|ever get|one day|in the future|"
    r"si (?:tengo|me|mi|a mi|algun|se|le)|algun dia|que pasa si|que hago si|que debo hacer si|en caso de)\b")
_NOW = re.compile(
    r"\b(?:right now|just now|currently|at the moment|this morning|tonight|since (?:this|last night|an hour|lunch)|"
    r"minutes? ago|\d+ minutes|an hour ago|hours? ago|just (?:started|happened|collapsed|fell)|"
    r"getting worse|ahora mismo|desde hace|ahorita|today|(?:and|but|since|till|until) now|"
    r"now (?:i|he|she|they|we|my|his|her|fever|temperature|it|there|the|a|very|really|so|can|is|am|are|has|have)|"
    r"(?:i|he|she|it|they) (?:now|just))\b")


_REASSURED = re.compile(
    r"\b(?:(?:is|are|am|seems?|feels?|looks?|was|s|m) (?:fine|ok|okay|well|normal|alright|all right)"
    r"|otherwise (?:fine|ok|okay|well|normal)|stopped on (?:its|it s|their) own|for (?:weeks|months|ages|years)"
    r"|over (?:the )?(?:weeks|months)|on and off|keeps? (?:getting|having|catching)|one (?:\w+ )?after another"
    r"|every (?:few )?(?:days|weeks|months)|recurring|recurrent"
    r"|(?:eating|drinking|playing|talking|walking) (?:fine|normally|well|ok)|no other symptoms|nothing else|i promise"
    r"|just (?:moody|want(?:ed)? to (?:check|know|ask|vent|understand|learn|read|find out))|need to vent"
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
        elif w == "not" and i + 1 < len(words) and (i == 0 or words[i - 1] in _NOT_OPENERS) \
                and words[i + 1] not in _NOT_IS_THE_SYMPTOM:
            left = _NEG_SCOPE  # "not dizzy, not short of breath", "and not on chemo anymore"
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
    # "chemo was last week", "had my transplant 3 weeks ago": when the treatment was is no past frame.
    if any(not (_WHEN_ONLY.match(m.group(0)) and _TREATMENT_BEFORE.search(normal, max(0, m.start() - 40), m.start()))
           for m in _PAST.finditer(normal)):
        found.add("past")
    if _HYPOTHETICAL.search(normal):
        found.add("hypothetical")
    if _NOW.search(normal):
        found.add("now")
    return frozenset(found)
