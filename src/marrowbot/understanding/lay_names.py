"""A condition named by what it means, in everyday words: "dead bone marrow", "the marrow is dying" name bone
marrow necrosis (necrosis is the death of tissue) as surely as its name does.

The table is data (``lay_names`` in intents/lay_terms.yml): a document's name, and short phrases that say what it
is. A phrase is found when its words come in the message in its order, each in any of its forms ("die", "died",
"dying"), with at most ``MAX_GAP`` other words between two of them, each a stopword or a word of the entry itself
(its name's or its phrases': "the marrow cells have died", "dead bone marrow"; "dead tired after the marrow
biopsy" and "a marrow transplant after my brother died" say no such thing), never a word that links two things
(``LINKS``: "died of bone marrow cancer" is no dying marrow); a phrase's own such word is said ("death of marrow").
Each entry's examples must be found and its not_examples not (checked when the file is read).
"""

from __future__ import annotations

from dataclasses import dataclass

from marrowbot.text import STOPWORDS, fold, stem

#: At most this many words between two words of a phrase (stopwords, or the entry's own words).
MAX_GAP = 3
#: Words that link two things: never between two words of a phrase, kept as words of a phrase that uses them.
LINKS = frozenset("of from by with after before for because since like than and or but".split())


@dataclass(frozen=True)
class LayName:
    name: str  # the name a document uses ("bone marrow necrosis")
    says: tuple[str, ...]  # what people say for it ("dead marrow", "marrow die")
    examples: tuple[str, ...] = ()  # messages it must be found in (checked at load)
    not_examples: tuple[str, ...] = ()  # messages it must not be found in
    line: int = 0


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in fold(text).split() if w not in STOPWORDS or w in LINKS)


def _found(phrase: tuple[str, ...], stems: list[str], between: list[bool]) -> bool:
    """True when the phrase's stems come in ``stems`` in order, close together (see the module)."""
    if not phrase:
        return False
    for start, s in enumerate(stems):
        if s != phrase[0]:
            continue
        at, ok = start, True
        for want in phrase[1:]:
            nxt = next((j for j in range(at + 1, min(len(stems), at + 2 + MAX_GAP)) if stems[j] == want), None)
            if nxt is None or not all(between[at + 1 : nxt]):
                ok = False
                break
            at = nxt
        if ok:
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
        words = fold(text).split()
        stems = [stem(w) for w in words]
        out: list[tuple[str, str]] = []
        for entry, phrases, own in self._phrases:
            between = [(w in STOPWORDS and w not in LINKS) or s in own for w, s in zip(words, stems, strict=True)]
            for say, phrase in phrases:
                if _found(phrase, stems, between):
                    out.append((say, entry.name))
                    break
        return tuple(out)


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
