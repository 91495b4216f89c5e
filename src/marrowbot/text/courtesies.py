"""Greetings, thanks and goodbyes in other languages (courtesies.yml), read as the English small talk they are.

One place for them: ``Courtesies.english`` puts each courtesy of a message in its English words before the message is
read ("merci beaucoup" -> "thank you very much"), so the small-talk rules and the intent model see what they know. The
rest of the message is kept as typed: a question that ends in "merci" is still a question. The safety screen reads the
message as typed (``Bot._understand``), never this reading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from marrowbot.errors import LocatedError
from marrowbot.text import STOPWORDS, fold
from marrowbot.text.questions import EVERYDAY, SMALL_TALK_WORDS
from marrowbot.yamlio import load_yaml_with_nodes, mapping_items, node_line

KINDS = frozenset({"greeting", "thanks", "goodbye"})
_KEYS = frozenset({"kind", "english", "lang", "says"})
#: A phrase of more words than this is no courtesy but a sentence.
MAX_PHRASE_WORDS = 4
#: Words that ask what a word means: "what does ciao mean" asks about the word, it does not say goodbye.
_ASKS_A_WORD = frozenset({"mean", "means", "meaning", "meant", "translate", "translation", "word", "language"})
#: A word of a message, with its place (letters and an apostrophe inside: "ma'a").
_TYPED_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


class CourtesiesError(LocatedError):
    """courtesies.yml breaks its format."""


@dataclass(frozen=True)
class Courtesy:
    kind: str  # greeting, thanks or goodbye
    english: str  # what the bot reads it as
    lang: str
    says: tuple[str, ...]  # folded phrases


def _fold_word(word: str) -> str:
    w = word.lower().replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))


def check(entries: Any, root: Any, path: str) -> tuple[Courtesy, ...]:
    """The courtesies of a parsed file; ``CourtesiesError`` (FILE:LINE) for the first mistake."""
    items = mapping_items(root)
    if not isinstance(entries, dict) or set(entries) != {"courtesies"} or not isinstance(entries["courtesies"], list):
        raise CourtesiesError(path, node_line(root), "expected one key, courtesies: a list")
    nodes = items["courtesies"][1].value
    found: list[Courtesy] = []
    seen: dict[str, int] = {}
    for entry, node in zip(entries["courtesies"], nodes, strict=True):
        line = node_line(node)
        if not isinstance(entry, dict) or set(entry) != _KEYS:
            raise CourtesiesError(path, line, f"an entry has exactly the keys {sorted(_KEYS)}")
        kind, english, lang, says = entry["kind"], entry["english"], entry["lang"], entry["says"]
        if kind not in KINDS:
            raise CourtesiesError(path, line, f"kind {kind!r} is not one of {sorted(KINDS)}")
        if not isinstance(english, str) or not fold(english) \
                or any(w not in SMALL_TALK_WORDS and w not in STOPWORDS for w in fold(english).split()):
            raise CourtesiesError(path, line, f"english {english!r} is not plain small talk the bot reads")
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang) or lang in ("en", "es"):
            raise CourtesiesError(path, line, f"lang {lang!r}: an ISO 639 code, not en or es (read by the bot)")
        if not isinstance(says, list) or not says:
            raise CourtesiesError(path, line, "says: a non-empty list of phrases")
        phrases = []
        for said in says:
            words = [_fold_word(w) for w in _TYPED_WORD.findall(said)] if isinstance(said, str) else []
            if not words or len(words) > MAX_PHRASE_WORDS:
                raise CourtesiesError(path, line, f"{said!r}: a phrase of 1 to {MAX_PHRASE_WORDS} words")
            phrase = " ".join(words)
            if phrase in seen:
                raise CourtesiesError(path, line, f"{said!r} is listed twice (first on line {seen[phrase]})")
            if len(words) == 1 and phrase in EVERYDAY:
                raise CourtesiesError(path, line, f"{said!r} is an everyday English word: it would be misread")
            seen[phrase] = line
            phrases.append(phrase)
        found.append(Courtesy(kind, english, lang, tuple(phrases)))
    return tuple(found)


class Courtesies:
    """Finds the courtesies of a message and puts them in English."""

    def __init__(self, courtesies: tuple[Courtesy, ...]) -> None:
        self.courtesies = courtesies
        self._english = {p: c.english for c in courtesies for p in c.says}
        self._longest = max((len(p.split()) for p in self._english), default=0)

    def english(self, text: str, knows: Callable[[str], bool] = bool) -> str:
        """``text`` with each courtesy in its English words (longest phrase first), the rest as typed; or ``text``
        as typed when the courtesies do not stand at its start or end (beside English small talk only: "is the ciao
        diet good?"), when the rest asks what a word means ("what does ciao mean"), or when a word of the rest is one
        ``knows`` does not know: "merci, je veux mourir" is not read "thank you ..." and answered as thanks."""
        typed = list(_TYPED_WORD.finditer(text))
        if not typed:
            return text
        folded = [_fold_word(m.group()) for m in typed]
        found = self._found(text, typed, folded)
        if not found:
            return text
        inside = {j for i, n, _ in found for j in range(i, i + n)}
        edge = {j for j in range(len(folded)) if j in inside or folded[j] in SMALL_TALK_WORDS}
        lead = next((j for j in range(len(folded)) if j not in edge), len(folded))
        tail = next((j for j in range(len(folded) - 1, -1, -1) if j not in edge), -1)
        rest = [w for j, w in enumerate(folded) if j not in inside]
        if any(lead <= i <= tail for i, _, _ in found) or any(w in _ASKS_A_WORD for w in rest) \
                or not all(knows(w) for w in rest):
            return text
        parts: list[str] = []
        end = 0
        for i, n, english in found:
            parts += [text[end:typed[i].start()], english]
            end = typed[i + n - 1].end()
        return "".join(parts) + text[end:]

    def _found(self, text: str, typed: list[re.Match[str]], folded: list[str]) -> list[tuple[int, int, str]]:
        """Each courtesy of the message: its first word's place, its length in words, its English (longest first)."""
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(typed):
            for n in range(min(self._longest, len(typed) - i), 0, -1):
                english = self._english.get(" ".join(folded[i:i + n]))
                # (the words of a phrase are next to each other: nothing but spaces and commas between them)
                if english is not None and all(not text[typed[j].end():typed[j + 1].start()].strip(" ,")
                                               for j in range(i, i + n - 1)):
                    found.append((i, n, english))
                    i += n
                    break
            else:
                i += 1
        return found


@cache
def packaged() -> Courtesies:
    """The courtesies shipped with the package (courtesies.yml beside this module), checked as they load."""
    path = resources.files("marrowbot.text") / "courtesies.yml"
    root, value = load_yaml_with_nodes(path.read_text(encoding="utf-8"), str(path), CourtesiesError)
    return Courtesies(check(value, root, str(path)))
