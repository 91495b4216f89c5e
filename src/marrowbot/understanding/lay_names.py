"""A condition named by what it means, in everyday words: "dead bone marrow", "the marrow is dying" name bone
marrow necrosis (necrosis is the death of tissue) as surely as its name does.

The table is data (``lay_names`` in intents/lay_terms.yml): a document's name, and short phrases that say what it
is. A phrase is found when its words come in the message in its order, each in any of its forms ("die", "died",
"dying"), with at most ``MAX_GAP`` other words between two of them, each a stopword or a word of the entry itself
(its name's or its phrases': "the marrow cells have died", "dead bone marrow"; "dead tired after the marrow
biopsy" and "a marrow transplant after my brother died" say no such thing; whose marrow, after "in" or "of", may be
said: "dead areas in his marrow"), never a word that links two things
(``LINKS``: "died of bone marrow cancer" is no dying marrow); a phrase's own such word is said ("death of marrow").
A phrase stays inside one sentence or clause (``CLAUSE_BREAK``: "my dad is dead, he had marrow cancer" says no
such thing); a person's word (``NOT_BETWEEN``: "he", "my", "had") is never a gap word; a phrase ending in a word a
thing of marrow follows ("death of marrow donors", ``MODIFIED``) names that thing; a phrase put as a choice ("is the
marrow dead or alive") asks which; a clause naming an animal ("marrow rot in deer") or saying a word twice in a row
over is no person's condition; and the marrow in which other cells die ("the cancer cells in the marrow die") is
not the marrow dying.
Each entry's examples must be found and its not_examples not (checked when the file is read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from marrowbot.index import PassageIndex
from marrowbot.text import ILLNESS_WORD, STOPWORDS, fold, stem
from marrowbot.text.follow_ups import WHAT_ABOUT

#: At most this many words between two words of a phrase (stopwords, or the entry's own words).
MAX_GAP = 3
#: Words that link two things: never between two words of a phrase, kept as words of a phrase that uses them.
LINKS = frozenset("of from by with after before for because since like than and or but".split())
#: Where a sentence or clause ends: no phrase spans it.
CLAUSE_BREAK = re.compile(r"[.,;:!?()\n\u2014]+|\s[-\u2013]\s")
#: Words of a person (pronouns, possessives; not the "you" of anyone) and "had" (told of someone, in the past):
#: never between two words of a phrase, though stopwords.
NOT_BETWEEN = frozenset("i me my he him his she her hers they them their we us our it had".split())
#: Words after which a phrase's last word modifies a thing ("dead marrow donor", "death of marrow transplants", "low
#: blood pressure", "thick blood clot").
MODIFIED = frozenset("""donor donors donation donations transplant transplants transplantation match matches cancer
    cancers registry drive harvest bank biopsy biopsies test tests sample samples pressure sugar sugars count counts
    level levels clot clots vessel vessels""".split())
#: Words of animals: a clause naming one is about the animal ("marrow rot in deer").
ANIMALS = frozenset("""animal animals deer dog dogs cat cats cow cows cattle pig pigs horse horses sheep goat goats
    chicken chickens bird birds pet pets fish rabbit rabbits mouse mice rat rats beef lamb pork venison""".split())
#: A person's possessives: between "in"/"of" and a phrase's next word they say whose it is ("in his marrow").
POSSESSIVES = frozenset("my his her their our your".split())
#: Words before "marrow" that make it the place other things are in ("the cells in the marrow die").
IN_WORDS = frozenset("in inside within into".split())


@dataclass(frozen=True)
class LayName:
    name: str  # the name a document uses ("bone marrow necrosis")
    says: tuple[str, ...]  # what people say for it ("dead marrow", "marrow die")
    examples: tuple[str, ...] = ()  # messages it must be found in (checked at load)
    not_examples: tuple[str, ...] = ()  # messages it must not be found in
    line: int = 0


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in fold(text).split() if w not in STOPWORDS or w in LINKS)


def _whose(words: list[str], at: int, nxt: int) -> bool:
    """True when the word before a phrase's next word is a person's possessive after "in" or "of" ("dead areas in
    his marrow", "death of her marrow"): whose marrow it is, no gap that breaks the phrase."""
    return nxt - at >= 3 and words[nxt - 1] in POSSESSIVES and words[nxt - 2] in IN_WORDS | {"of"}


def _found(phrase: tuple[str, ...], stems: list[str], between: list[bool], words: list[str]) -> bool:
    """True when the phrase's stems come in ``stems`` in order, close together (see the module)."""
    if not phrase:
        return False
    marrow = stem("marrow")
    for start, s in enumerate(stems):
        if s != phrase[0]:
            continue
        if s == marrow and len(phrase) > 1 and any(w in IN_WORDS for w in words[max(0, start - 3):start]):
            continue  # "the cells in the marrow die": what dies is in the marrow
        at, ok = start, True
        for want in phrase[1:]:
            nxt = next((j for j in range(at + 1, min(len(stems), at + 2 + MAX_GAP)) if stems[j] == want), None)
            gap_end = nxt - 1 if nxt is not None and _whose(words, at, nxt) else nxt
            if nxt is None or not all(between[at + 1 : gap_end]):
                ok = False
                break
            at = nxt
        after = words[at + 1] if at + 1 < len(words) else ""
        if ok and after not in MODIFIED and after != "or":
            return True
    return False


class LayNames:
    """Finds the conditions a message names by their meaning."""

    def __init__(self, table: tuple[LayName, ...]) -> None:
        self.table = table
        self._phrases = [(entry, [(say, _phrase(say)) for say in entry.says],
                          frozenset(_phrase(" ".join((entry.name, *entry.says)))) - LINKS) for entry in table]

    def find(self, text: str) -> tuple[tuple[str, str], ...]:
        """(what was said as the table has it, the name it means) for each entry found in the message."""
        clauses = [fold(part).split() for part in CLAUSE_BREAK.split(text)]
        # Each clause's stems, stemmed once for all the entries (and the set of them: a phrase with a stem the
        # clause lacks is not said in it, whatever its gaps).
        read = [(words, stems, frozenset(stems)) for words, stems in
                ((words, [stem(w) for w in words]) for words in clauses if words
                 and not ANIMALS.intersection(words) and not any(a == b for a, b in zip(words, words[1:])))]
        out: list[tuple[str, str]] = []
        for entry, phrases, own in self._phrases:
            if any(self._said(phrases, own, *clause) for clause in read):
                out.append((next(say for say, phrase in phrases if any(
                    self._said(((say, phrase),), own, *clause) for clause in read)), entry.name))
        return tuple(out)

    @staticmethod
    def _said(phrases: Sequence[tuple[str, tuple[str, ...]]], own: frozenset[str], words: list[str],
              stems: list[str], present: frozenset[str]) -> bool:
        possible = [phrase for _, phrase in phrases if phrase and present.issuperset(phrase)]
        if not possible:
            return False
        between = [(w in STOPWORDS and w not in LINKS and w not in NOT_BETWEEN) or s in own
                   for w, s in zip(words, stems, strict=True)]
        return any(_found(phrase, stems, between, words) for phrase in possible)


#: A word pointing back at the conversation's topic ("is it from thick blood").
POINTS_BACK = re.compile(r"\b(?:it|its|this|these|those|they|them)\b")


def leaves_topic(text: str, said: Sequence[str], index: PassageIndex, current: str, docs: Set[str]) -> bool:
    """True when a message saying a condition by what it means (``said``, folded; its pages ``docs``) turns from the
    conversation's topic (the document ``current``) to it as a new subject ("what about thick blood, is that a real
    thing" after anemia): the topic is not that condition's own (whose lay words are then what is asked of it: "does
    it make the blood thick", "why does the marrow die"), no word points back at it, and its page never says them.
    Never a plain question ("what happens when the marrow dies" about aplastic anemia is of aplastic anemia)."""
    if current in docs or not WHAT_ABOUT.match(fold(text)) or POINTS_BACK.search(fold(text)):
        return False
    page = _page_text(index, (current,))
    return not any(s in page for s in said)


def names_unknown_illness(text: str, names: Sequence[Sequence[str]], index: PassageIndex, docs: Set[str]) -> bool:
    """Whether a message names an illness by a word of its own ("thalassemia", "hemochromatosis": ``ILLNESS_WORD``)
    that no name of the library has (``names``: each name's words), nor a near spelling of one, and the lay name's
    own pages (``docs``) never say: an illness the documents do not cover, what a lay name said beside it ("is
    thalassemia passed on? i also have thick blood") is not the subject of. Not "can thick blood cause thrombosis"
    (its pages say it), nor "the prognosis" (no illness)."""
    known = _known(names)
    unknown = [w for w in fold(text).split() if len(w) > 5 and w not in _NOT_ILLNESSES and ILLNESS_WORD.search(w)
               and w not in known and process.extractOne(w, known, scorer=fuzz.ratio, score_cutoff=85) is None]
    if not unknown:
        return False
    page = _page_text(index, docs)
    return any(w not in page for w in unknown)


def _page_text(index: PassageIndex, docs: Iterable[str]) -> str:
    """The folded text of the documents' passages (each read from its own span of the index, not the whole corpus)."""
    spans = (index.doc_span(d) for d in docs)
    return " ".join(fold(index.passages[i].text) for start, end in spans for i in range(start, end))


def _known(names: Sequence[Sequence[str]]) -> frozenset[str]:
    """Every word of the names (remembered for the index's list of names)."""
    key = id(names)
    if _KNOWN.get(key, (None,))[0] is not names:
        _KNOWN[key] = (names, frozenset(w for ws in names for w in ws))
    return _KNOWN[key][1]


_KNOWN: dict[int, tuple[Sequence[Sequence[str]], frozenset[str]]] = {}


#: Words that end like an illness's name but name none.
_NOT_ILLNESSES = frozenset("diagnosis diagnoses prognosis prognoses symptoms hypnosis".split())


def check_examples(entry: LayName) -> str | None:
    """What is wrong with an entry's examples (one it misses, one it finds though it must not), or None."""
    finder = LayNames((entry,))
    for text in entry.examples:
        if not finder.find(text):
            return f"lay name {entry.name!r} is not found in its example {text!r}"
    for text in entry.not_examples:
        if finder.find(text):
            return f"lay name {entry.name!r} is found in its not_example {text!r}"
    return None
