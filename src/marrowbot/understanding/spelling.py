"""Typed words put right before a message is understood: the one place where a misspelt word ("treet", "causs",
"waht") becomes the word the documents or the intents use, so the intent model, the topic finder, the
conversation rules and retrieval all read the same corrected words.

A word is put right only when nobody knows it (not a word of the documents, the intents, everyday English or the
safety detectors' training messages) and exactly one edit (a letter added, dropped, changed, or two swapped) turns
it into a word of the documents or the intents; a long word may take two. The most used of the nearest words wins.
A four-letter word is put right only by two letters swapped: one changed letter makes a real word of another
("acne" is not "ache"), a swap rarely does; a five-letter one never loses a letter ("broth" is not "both").
Words with an apostrophe ("couldn't") are as typed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from marrowbot.memory import Memo
from marrowbot.text import fold, stem

#: Shorter words are never put right: too many real words lie one letter apart.
MIN_LETTERS = 4
#: From this many letters a word may be one with a letter too many ("causes" for "causses").
EXTRA_LETTER_LETTERS = 6
#: From this many letters a word may be two edits away from the word meant.
TWO_EDITS_LETTERS = 9
#: Contractions typed without their apostrophe: words as typed ("wasnt" is not "want").
CONTRACTIONS = frozenset("""arent cant couldnt didnt doesnt dont hadnt hasnt havent hes heres hows id ill im isnt ive
    lets mightnt mustnt shant shes shouldnt thats theres theyd theyll theyre theyve wasnt wed well were werent weve
    whats whens wheres whos whys wont wouldnt youd youll youre youve""".split())
#: Shortened spellings of everyday words, as people type them ("going thru transplant"), and the clinical shorthand
#: for the kinds of question ("tx?"): the word meant.
SHORTHAND = {"thru": "through", "tho": "though", "altho": "although", "nite": "night", "gonna": "going to",
             "wanna": "want to", "becuz": "because", "cuz": "because", "abt": "about", "ppl": "people",
             "bcuz": "because", "tmrw": "tomorrow",
             # clinical shorthand, as clinicians and students type it ("sx?", "and MM dx workup"): the word meant
             "sx": "symptoms", "tx": "treatment", "dx": "diagnosis", "ddx": "diagnosis", "hx": "history",
             "sibs": "siblings", "sib": "sibling", "peds": "children", "paeds": "children",
             # texting forms of "you" and "are" ("what r the signs", "can u explain it")
             "u": "you", "r": "are", "ur": "your"}
#: A word of letters only, as typed (a word with digits or accents is a code or another language's: left alone).
_TYPED_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
#: Two typed words read as one word of the documents ("myelo fibrosis", "neck roses" heard for "necrosis", "prog
#: noses"): the word they make together has at least this many letters, and the word meant at least
#: ``JOINED_MIN_MEANT`` (a long word of the documents, split where a speech-to-text tool or an unsure typist split
#: it; two short everyday words make no such word).
JOINED_MIN_LETTERS = 8
JOINED_MIN_MEANT = 7
#: Each of the two words has at least this many letters ("a nemia" is left alone).
JOINED_MIN_PART = 3
#: Two words of letters with one space between them (the first and the second, as typed).
_WORD_PAIR = re.compile(r"(?<![A-Za-z'’])([A-Za-z]+) ([A-Za-z]+)(?![A-Za-z'’])")


#: A courtesy typed after a question ("what causes it thanks", "how is it treated please"): not what is asked.
_TRAILING_COURTESY = re.compile(r"[\s,.;:!-]+(?:thanks?(?: (?:you|u|a lot|so much))?|thank (?:you|u)(?: so much)?"
                                r"|thx|ty|please|pls|plz|cheers)[\s.!]*$", re.IGNORECASE)
#: A message starting as a question does (folded), after a greeting or "ok" ("so what causes it").
_ASKS = re.compile(r"^(?:(?:and|but|so|ok|okay|also|then|hi|hello|hey|well|now|sorry)\s+)*(?:what|whats|how|hows|why|"
                   r"when|where|which|who|whos|is|are|does|do|did|can|could|will|would|should|has|have|isnt|doesnt"
                   r"|tell me|explain|describe|any)\b")
#: Contractions typed with their apostrophe, in the form typed without it ("what's" -> "whats", "I'm" -> "im").
_APOSTROPHE_WORD = re.compile(r"\b([A-Za-z]+)['\u2019](s|t|m|re|ve|ll|d)\b")


def asking_form(text: str, capitals: Container[str] = ()) -> str:
    """A message in the one form its surface does not change, for every reading of what it asks (the speller's
    output, and the intent model's training examples and messages alike): a message in capitals only read in
    lowercase ("WHAT IS IT" carries no case of its own: no acronym to keep), and a courtesy typed after a question
    left out ("what causes it thanks" asks what "what causes it" asks), and a contraction's apostrophe left out as
    many type it (``joined_contractions``: "what's" is "whats", the form the question rules know). ``capitals``:
    words kept in capitals there, abbreviations that name a condition only so ("WHAT IS ALL" asks about ALL)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= ALL_CAPS_LETTERS and all(c.isupper() for c in letters) and " " in text.strip():
        text = _LETTERS.sub(lambda m: m.group(0) if m.group(0) in capitals else m.group(0).lower(), text)
    m = _TRAILING_COURTESY.search(text)
    if m and m.start() > 0:
        rest = text[:m.start()]
        # (a question: two words or more starting as a question does. Not any clause ended by "?": "my brother has
        # it and his eyes went yellow, is that part of it? thanks" tells a relative's complaint first, and a rule of
        # its own reads that message's end)
        if len(rest.split()) >= 2 and _ASKS.match(fold(rest)):
            text = rest
    return joined_contractions(text)


def joined_contractions(text: str) -> str:
    """A contraction's apostrophe left out, as many type it ("what's" is "whats", "don't" is "dont") where the word
    it makes is one people type for it (``CONTRACTIONS``, "it's" is "its"), and not a word of its own ("I'll" is no
    "ill", "we're" no "were")."""
    return _APOSTROPHE_WORD.sub(lambda m: (m.group(1) + m.group(2)) if (m.group(1) + m.group(2)).lower() in
                                _JOINED else m.group(0), text)


def model_form(text: str) -> str:
    """The form the intent model reads, in training and in asking alike: ``asking_form``, the shortened words put in
    full ("what r the signs"), contractions typed one way."""
    return _TYPED_WORD.sub(lambda m: SHORTHAND.get(m.group(0).lower(), m.group(0)), asking_form(text))


_LETTERS = re.compile(r"[^\W\d_]+")
#: A message in capitals only of at least this many letters is read in lowercase (shorter: an acronym, "AML?").
ALL_CAPS_LETTERS = 8
_JOINED = (CONTRACTIONS | {"its"}) - {"ill", "well", "were", "wed", "id", "hell", "shell"}


class Speller:
    """Puts right the misspelt words of a message. ``targets`` are the words a misspelling may become, each with how
    often it is used (the documents' prose, the intents' keywords); ``known`` are words right as typed (everyday
    English); ``terms`` are vocabularies of stemmed words people type (the models' training messages): a word whose
    stem one of them knows is a word of its own; ``asking`` are the intents' one-word ways of asking, which a near
    miss always means; ``capitals`` are abbreviations kept in capitals in a message typed in capitals only
    (``asking_form``)."""

    def __init__(self, targets: Counter[str], known: Container[str] = (), terms: tuple[Container[str], ...] = (),
                 asking: Container[str] = (), capitals: Container[str] = ()) -> None:
        self._counts = targets
        self._capitals = capitals
        self._asking = asking
        self._by_length: dict[int, list[str]] = {}
        for w in targets:
            self._by_length.setdefault(len(w), []).append(w)
        self._known = known
        self._terms = terms
        self._memo = Memo(maxsize=20_000)  # typed word -> the word meant, or ""

    def knows(self, word: str) -> bool:
        """Whether a folded word is one the bot knows: everyday English, a word of the documents or of the intents,
        or one whose stem a vocabulary of typed words has."""
        return word in self._known or word in self._counts or any(stem(word) in t for t in self._terms)

    def correct(self, text: str) -> str:
        """``text`` with each misspelt word put right (lowercase), everything else as typed (contractions too: the
        normal form every reading uses is ``reading_form``'s); a long word of the documents typed as two words is
        first made one (``joined``)."""
        return _TYPED_WORD.sub(lambda m: self.word(m.group(0)) or m.group(0), self.joined(text))

    def joined(self, text: str) -> str:
        """``text`` with each pair of words that together spell a long word of the documents, as typed or within
        two edits, made that word ("myelo fibrosis" -> "myelofibrosis", "bone marrow neck roses" -> "bone marrow
        necrosis"). The very word when the first is no word of the documents; otherwise never when the second is a
        word of the documents ("uremic syndrome"), the pair is an everyday word ("some times") or the word meant is
        everyday English, nor when the first is a word of the documents or everyday English and the second everyday
        English ("mother she" is no "mothers"); "neck roses" is "necrosis"
        ("roses" is neither), but not when the second is a typo put right on its own ("gene muation" is no
        "generation"). Left to right, a word joined once."""
        out: list[str] = []
        at = 0
        pos = 0
        while (m := _WORD_PAIR.search(text, pos)) is not None:
            meant = self._joined_word(m.group(1).lower(), m.group(2).lower())
            if meant:
                out += [text[at:m.start()], meant]
                at = pos = m.end()
            else:
                pos = m.start(2)  # (the second word may start the next pair: "marrow neck roses")
        return "".join([*out, text[at:]]) if out else text

    def _joined_word(self, first: str, second: str) -> str:
        whole = first + second
        if len(whole) < JOINED_MIN_LETTERS or whole in self._known or min(len(first), len(second)) < JOINED_MIN_PART:
            return ""
        if whole in self._counts and first not in self._counts:
            return whole  # ("myelo fibrosis": the documents' one word)
        if second in self._counts:
            return ""  # (the second a word of the documents' own: "uremic syndrome", "marrow cells")
        if (first in self._counts or first in self._known) and second in self._known:
            return ""  # (a word of the documents or an everyday one, then an everyday one: "mother she", "marrow and")
        if whole in self._counts:
            return whole
        if self.word(second):
            return ""  # (a typo of a word of its own: "gene muation" is a mutation, no "generation")
        meant = self._nearest_long(whole)
        return meant if meant and meant not in self._known else ""

    def _nearest_long(self, w: str) -> str:
        """The long word of the documents nearest ``w`` (as ``_nearest`` finds it, first letter kept), or ""."""
        found = self._memo.get("  " + w)
        if found is None:
            edits = 2  # (``w`` has JOINED_MIN_LETTERS letters at least: a long word, two edits as ``_nearest``)
            pool = [c for n in range(max(JOINED_MIN_MEANT, len(w) - edits), len(w) + edits + 1)
                    for c in self._by_length.get(n, ()) if c[0] == w[0]]
            near = process.extract(w, pool, scorer=OSA.distance, score_cutoff=edits, limit=None)
            fewest = min((m[1] for m in near), default=0)
            found = self._memo.keep("  " + w, max((m[0] for m in near if m[1] == fewest),
                                                  key=lambda c: (self._counts[c], c), default=""))
        return str(found)

    def reading_form(self, text: str) -> str:
        """The message as every reading of what it asks reads it (all but the safety screen, which reads it as
        typed): ``asking_form``'s normal form, its misspelt words put right. Never shown: what the person sees of
        their message (the question quoted back) is as they typed it."""
        return self.correct(asking_form(text, self._capitals))

    def word(self, typed: str) -> str | None:
        """The word meant by one typed word, or None when it is right as typed or nothing near it is sure."""
        w = typed.lower()
        if w in SHORTHAND:
            return SHORTHAND[w]
        if not w.isalpha() or len(w) < MIN_LETTERS or w in self._counts or w in self._known or w in CONTRACTIONS:
            return None
        found = self._memo.get(w)
        if found is None:
            found = self._memo.keep(w, self._nearest(w))
        return found or None

    def _nearest(self, w: str) -> str:
        edits = 2 if len(w) >= TWO_EDITS_LETTERS else 1
        pool = [c for n in range(len(w) - edits, len(w) + edits + 1) for c in self._by_length.get(n, ())]
        # (a typo seldom hits the first letter: "hives" is not "lives")
        near = [m for m in process.extract(w, pool, scorer=OSA.distance, score_cutoff=edits, limit=None)
                if m[0][0] == w[0]]
        # Two letters swapped after the first rarely make a real word ("waht"); "acne" is no "cane".
        swapped = [m for m in near if m[1] == 1 and len(m[0]) == len(w) and m[0][0] == w[0]
                   and sorted(m[0]) == sorted(w)]
        if len(w) == MIN_LETTERS:
            near = swapped
        elif len(w) < EXTRA_LETTER_LETTERS:  # "broth" is no "both" with a letter too many
            near = [m for m in near if len(m[0]) >= len(w)]
        if not near:
            return ""
        fewest = min(m[1] for m in near)
        best = max((m[0] for m in near if m[1] == fewest), key=lambda c: (self._counts[c], c))
        if swapped or best in self._asking:
            # Two letters swapped ("hosptial") seldom make a word of their own; a near miss of a way of asking
            # ("diagnos", "treet") is that way of asking, what else it may spell.
            return best
        # A letter changed, added or left out may make a word of its own ("notes", not "nodes"; "staying", not
        # "staging"; "waking", not "walking"): put right only when no one types it (no stem of the models' training
        # messages) and its stem is not already the word meant ("causs" is read "caus", as "causes" is).
        s = stem(w)
        if s == stem(best) or (any(s in v for v in self._terms) and not doubling(w, best)):
            return ""
        return best


def doubling(typed: str, word: str) -> bool:
    """Whether two words differ only by a letter doubled or not ("marow", "marrow"; "necrossis", "necrosis"): a slip
    of the keys, whoever else typed it so (the safety detectors' training messages keep such typos)."""
    longer, shorter = (typed, word) if len(typed) > len(word) else (word, typed)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter for i in range(1, len(longer)))


def words_of(texts: Iterable[str]) -> Counter[str]:
    """How often each folded word of letters is used in ``texts``."""
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(w for w in fold(t).split() if w.isalpha())
    return counts
