"""The one place for text rules: normalising input, splitting sentences, tokenising for the indexes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import snowballstemmer
from rapidfuzz import fuzz, process

from marrowbot.memory import remembered

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
# name_word_match.WORD_TYPO_SCORE and understand._near_name (80), respond._NAME_SPAN_SCORE (85), safety.FUZZY_SCORE (90)
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


@remembered(maxsize=4096)  # a message is folded by many modules, each ask some 300 times (a third of them new)
def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation to single spaces: the form every matcher compares."""
    text = text.lower()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text))


def name_words(text: str) -> list[str]:
    """The words of a name that tell names apart (folded, without "the", "of", "and"...)."""
    return [w for w in fold(text).split() if w not in NAME_STOPWORDS]


@remembered(maxsize=200_000)
def stem(word: str) -> str:
    stemmed: str = _stemmer.stemWord(word)
    return stemmed


def words(text: str) -> list[str]:
    """Folded word tokens, stopwords kept."""
    return fold(text).split()


def terms(text: str) -> list[str]:
    """Index terms: folded, stopwords dropped, stemmed. The analyzer of the passage index.
    "anticancer" also yields "cancer", so "cancer drugs" finds "anticancer drugs"."""
    return list(_terms(text))  # (a new list: callers may change it)


@remembered(maxsize=4096)  # the same message and names are read many times an ask
def _terms(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in fold(text).split():
        if w in STOPWORDS or len(w) >= 40:
            continue
        out.append(stem(w))
        if w.startswith("anti") and len(w) > 8:
            out.append(stem(w[4:]))
    return tuple(out)


def did_you_mean(value: str, known: Iterable[str]) -> str | None:
    """The known name closest to a mistyped one, if it is close enough to suggest."""
    best = process.extractOne(value, list(known), scorer=fuzz.ratio, score_cutoff=DID_YOU_MEAN_SCORE)
    return str(best[0]) if best is not None else None


def word_char_grams(words: Iterable[str]) -> list[str]:
    """Character 3-5-grams inside each space-padded word, stopwords kept: the typo features of the intent and
    safety models (a word shorter than a gram counts whole)."""
    grams: list[str] = []
    for w in words:
        grams.extend(_word_grams(w))
    return grams


@remembered(maxsize=50_000)  # words repeat across messages: each one's grams made once
def _word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[i : i + n] for n in (3, 4, 5) for i in range(max(1, len(padded) - n + 1)))


def char_grams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words: typo-tolerant evidence for names."""
    grams: list[str] = []
    for w in fold(text).split():
        if w not in STOPWORDS:
            grams.extend(_padded_grams(w, low, high))
    return grams


@remembered(maxsize=50_000)  # words repeat across messages (and every name is read again): each one's grams once
def _padded_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    grams: list[str] = []
    padded = f" {word} "
    for n in range(low, high + 1):
        if len(padded) < n:
            if n == low:
                grams.append(padded)
            break
        grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return tuple(grams)


# What names a condition (a disease, a syndrome), as opposed to a test, a treatment, a page or an organisation:
# a word that names an illness (by its ending or as a head noun), and none of the words of titles and bodies.
ILLNESS_WORD = re.compile(r"(?:emia|aemia|osis|itis|oma|omas|penia|cytosis|uria|plasia|pathy|cancer|syndromes?"
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
    return any(ILLNESS_WORD.search(w) for w in words)


# -- what a question asks about, in the documents' words (asked.py) -------------------------------------------

#: Everyday phrases -> the words the documents use for the same thing, put in place of the phrase before a
#: question's content words are read: "grow back" is recovery, not the lower back; "back to it" is no subject.
#: General vocabulary only (the phrase's meaning), never the wording of one question.
EVERYDAY_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:back to (?:it|this|that|him|her|them|my question|the question|topic))\b"), " "),
    # The marrow that comes back grows again; an illness that comes back recurs.
    (re.compile(r"\b(marrow|cells?|blood counts?|counts?)((?: \w+){0,2}) (?:come|comes|coming|came) back\b"),
     r" \1\2 regrow "),
    # ("going back to the necrosis" returns to a subject: only "back to normal" is a recovery)
    (re.compile(r"\b(?:grow|grows|growing|grew|go|goes|going|went|get|gets|getting|got|bounce|bounces) back"
                r"(?: to normal\b|(?! to\b))"), " regrow "),
    (re.compile(r"\b(?:back|return|returns|returned) to normal\b"), " regrow "),
    (re.compile(r"\b(?:come|comes|coming|came) back\b"), " recurrence "),
    # People by age, in the documents' words ("and for grown ups?").
    (re.compile(r"\bgrown ?ups?\b"), " adults "),
    # Worse as time goes by is progressively worse.
    (re.compile(r"\b(?:over|with|in) time\b|\bas time goes (?:on|by)\b|\bover the years\b"), " progressively "),
    # An illness that goes away stops ("Once the necrosis stops ...").
    (re.compile(r"\b(?:go|goes|going|went|gone|clear|clears|cleared|clearing) (?:away|up)\b|\bdisappear(?:s|ed)?\b"),
     " stops "),
    # Moving into a place is spreading there; turning into something is developing into it.
    (re.compile(r"\b(?:get|gets|got|getting|go|goes|went|going|move|moves|moved|travel|travels|spreads?) (?:in )?"
                r"(?:into|to) (?=(?:the |your |his |her |my )?(?:bone )?(?:marrow|bones?|blood|brain|liver|spleen"
                r"|lymph))"), " spread into "),
    (re.compile(r"\b(?:turn|turns|turned|turning|change|changes|changed|grow|grows) into\b"), " develop into "),
    # When an illness starts or shows up is when it becomes apparent, its onset, when it is discovered ("when does it
    # usually start"; not "why does it start").
    (re.compile(r"\bwhen (?:does|do|did|will|would|can|could) (?:it|this|that|they|the (?:\w+ ){0,2}?\w+) "
                r"(?:usually |normally |typically |first |often )?"
                r"(?:start|starts|begin|begins|show up|shows up|appear|come on)\b"),
     " when apparent onset discovered "),
    # An illness asked about as infectious passes from person to person, what the documents call contagious; never
    # the infections a document names as a cause ("is it infectious": not "associated conditions include infection").
    (re.compile(r"\binfectious\b(?! (?:disease|diseases|agents?|mononucleosis|mono)\b)"), " contagious "),
    # "find out" is finding ("how do they find out she has it": not a word "out" to look for).
    (re.compile(r"\b(find|finds|finding|found) out\b"), r"\1"),
    # Where in the body: everywhere, or in one place.
    (re.compile(r"\b(?:all over|everywhere in|across) (?:the |your |his |her |my |their )?body\b"),
     " throughout the body "),
    (re.compile(r"\b(?:in )?(?:one|a single|just one|a specific|one specific) (?:place|spot|area|part)\b"),
     " localized "),
    # How it ends up is the outlook.
    (re.compile(r"\b(?:turns?|turned|turning|works?|worked) out\b"), " prognosis "),
    # Counts that go down, in the documents' words ("does it lower platelets" is not about the lower back).
    (re.compile(r"\b(?:low|lower|lowers|lowered|lowering|reduce|reduces|reduced|drop|drops|dropped|decrease"
                r"|decreases|decreased|fewer|not enough) (?:the |your |his |her |my )?(?:number of )?platelets?\b"),
     " thrombocytopenia "),
    (re.compile(r"\b(?:low|lower|lowers|lowered|reduce|reduces|drop|drops|dropped) (?:the |your |his |her |my )?"
                r"blood (?:cell )?counts?\b|\bblood (?:cell )?counts? (?:\w+ ){0,2}(?:low|lower|dropped|drop|down)\b"),
     " low blood count "),
    # Blood taken out as a treatment.
    (re.compile(r"\b(?:bloodletting|blood (?:taking|letting|removal)|(?:take|taking|took|taken|remove|removing"
                r"|removed|draw|drawing|drawn|let|letting) (?:\w+ ){0,2}blood out"
                r"|blood (?:taken|removed|drawn|let) out)\b"),
     " phlebotomy "),
    # Found together, in the documents' words ("is it always found with leukemia", "does it come with lymphoma").
    (re.compile(r"\b(?:found|seen|discovered|detected|comes?|goes?) (?:together )?(?:with|alongside)\b"),
     " associated "),
    (re.compile(r"\b(?:found|detected|noticed|picked up) (?=(?:in|during|before|after|at)\b)"), " discovered "),
    # Whom a treatment is for: the people it is used to treat ("who needs one": "used to treat people with ...").
    (re.compile(r"\bwho (?:(?:would|might|will|does|do) )?(?:needs?|should (?:get|have)) (?:one|it|this|that|them)\b"
                r"|\bwho (?:is|are) (?:it|one|this|that|they) for\b"), " treat people "),
    # Too little iron, in the documents' words ("low iron", "lack of iron": "not having enough iron").
    (re.compile(r"\b(?:low|lack of|too little|short of|shortage of|deficient|deficiency of|no) iron\b"
                r"|\biron (?:is |was )?(?:low|deficiency|deficient)\b"), " enough iron "),
    # At the start of an illness is early in it ("no symptoms at first": "do not cause early symptoms").
    (re.compile(r"\b(?:at first|at the (?:start|beginning)|in the (?:beginning|start)|early on|to begin with)\b"),
     " early "),
    # Giving marrow or stem cells is donating them, and where they come from is the donor ("can her brother give his
    # marrow", "who would the cells come from": "The donor might be a family member ..."). Not blood: "where does
    # the blood come from" is no question of a donor.
    (re.compile(r"\b(?:give|gives|giving|gave|given|donate|donates|donating|donated|donation)"
                r"(?: (?:his|her|their|my|your|our|the|some|of|its|own|new|a|me|him|them|us|you)){0,3}"
                r" (?:bone )?(?:marrow|stem cells?|cells)\b"
                r"|\b(?:bone )?(?:marrow|stem cells?|cells)(?: (?:would|will|does|do|did|can|could|usually|normally"
                r"|for (?:it|the transplant|a transplant|transplant)))* (?:come|comes|came|coming) from\b"
                r"|\b(?:where|who) (?:\w+ ){0,2}?(?:come|comes|came) (?:the )?(?:new )?(?:bone )?(?:marrow|stem cells?"
                r"|cells)\b"),
     " donor donate "),
    # "this illness", "her condition": the topic itself, not a subject of its own.
    (re.compile(r"\b(?:this|that|the|her|his|my|your|their|these|those|such)\s+(?:illness|illnesses|sickness"
                r"|sicknesses|disease|diseases|condition|conditions|disorder|disorders|problem|problems)\b"), " it "),
)
#: Not knowing a cause, said in everyday words ("they never found out why", "is there always a known cause"):
#: the documents say a cause "cannot be determined". Read only in a message about a cause or reason.
_UNKNOWN_CAUSE = re.compile(r"\b(?:unknown|no known|always (?:a )?known"
                            # "is it always possible to find the cause", "can they always tell why"
                            r"|always (?:\w+ ){0,3}?(?:find|found|know|known|tell|told|identif\w*|determin\w*)"
                            r"|(?:not|dont|don t|never|cant|can t|cannot"
                            r"|couldnt|could not|wont|didnt|did not|doesnt|do not) (?:know|find|figure|tell|say)"
                            r"(?: out)?)\b")
_ABOUT_CAUSE = re.compile(r"\b(?:cause|causes|caused|reason|reasons|why)\b")
#: A relative, where a donor is asked about ("can her brother be the donor", "could i be his donor, im her sister"):
#: the documents' "family member". Read only in a message about a donor.
_ABOUT_DONOR = re.compile(r"\bdonors?\b")
_RELATIVE = re.compile(r"\b(?:brothers?|sisters?|siblings?|relatives?|relations|family members?|family|parents?|mum|mom"
                       r"|mother|dad|father|sons?|daughters?|cousins?|aunts?|uncles?|twins?)\b")


def everyday(folded: str) -> str:
    """A folded message with everyday phrases put in the documents' words (see EVERYDAY_PHRASES)."""
    for pattern, words in EVERYDAY_PHRASES:
        folded = pattern.sub(words, folded)
    if _ABOUT_CAUSE.search(folded):
        folded = _UNKNOWN_CAUSE.sub(" determined ", folded)
    if _ABOUT_DONOR.search(folded):
        folded = _RELATIVE.sub(" family member ", folded)
    return " ".join(folded.split())
