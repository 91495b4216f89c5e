"""A yes/no question that offers what a condition is, in the person's own words ("is <name> when ...", "is <name> the
one where ...", "does <name> mean ...", "so <name> is when ..."), read with patterns made once: the name is found
where one of the question's openings leaves off (each of the ways it can end, as a pattern's backtracking would try
them) and what follows it is read by the opening's own ending. The same answers as one pattern made for each name,
without making (and compiling: a millisecond or more each, more names than Python's cache of patterns keeps) one
pattern per condition's name a question names."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "so" or "and" before the question (or nothing).
_LEAD = re.compile(r"(?:so\s+|and\s+)")
_THE = re.compile(r"the\s+")
#: Each opening before the name (an optional "the" after it is tried both ways) and what must follow the name.
_FORMS = (
    (re.compile(r"(?:is|isnt)\s+"),
     re.compile(r"\s+(?:when|where|basically|just|the\s+one\s+where|what\s+happens\s+when)\b")),
    (re.compile(r"does\s+"), re.compile(r"\s+mean\b")),
    (None, re.compile(r"\s+(?:is|means)\s+(?:when|where|that)\b")),
)


def _with_or_without_the(text: str, at: int) -> list[int]:
    m = _THE.match(text, at)
    return [at, m.end()] if m else [at]


def offers_a_meaning(asked: str, names: Iterable[str]) -> bool:
    """True when ``asked`` (folded) matches, for one of ``names`` (folded) as ``n``,
    ``^(?:so\\s+|and\\s+)?(?:(?:is|isnt)\\s+(?:the\\s+)?n\\s+(?:when|where|basically|just|the\\s+one\\s+where|
    what\\s+happens\\s+when)|does\\s+(?:the\\s+)?n\\s+mean|(?:the\\s+)?n\\s+(?:is|means)\\s+(?:when|where|that))\\b``."""
    present = [n for n in names if n and n in asked]  # (a name the question does not hold cannot match)
    if not present:
        return False
    lead = _LEAD.match(asked)
    for start in (0, lead.end()) if lead else (0,):
        for opening, after in _FORMS:
            if opening is None:
                starts = _with_or_without_the(asked, start)
            else:
                m = opening.match(asked, start)
                if m is None:
                    continue
                starts = _with_or_without_the(asked, m.end())
            for at in starts:
                if any(asked.startswith(n, at) and after.match(asked, at + len(n)) for n in present):
                    return True
    return False
