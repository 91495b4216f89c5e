"""Where the safety screen's readers cut a message into sentences and clauses: one rule for the marks that end them,
so that a number's decimal point or comma ("38.5", "100.4", "38,5") ends nothing ("is 100.4 high enough? thats what
i have" had been read as "is 100" and "4 high enough")."""

from __future__ import annotations

#: A full stop or a comma between two digits: a number's, not the end of a sentence or a clause.
IN_NUMBER = r"(?<=\d)[.,](?=\d)"


def stops(marks: str) -> str:
    """A pattern for one of ``marks`` (the inside of a character class, e.g. ``r".!?\\n;,"``) that ends a sentence or
    a clause: any of them but a number's decimal point or comma."""
    return rf"(?:(?!{IN_NUMBER})[{marks}])"


def sentence_pattern(marks: str) -> str:
    """A pattern for a sentence and the marks that end it: anything but ``marks`` (a number's point or comma is part
    of the sentence), then its end marks, however many."""
    return rf"(?:{IN_NUMBER}|[^{marks}])+{stops(marks)}*"
