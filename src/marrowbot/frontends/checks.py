"""What a transcript turn expects of an answer (contracts section 5): every way an answer breaks it, as lines."""

from __future__ import annotations

from collections.abc import Sequence

from marrowbot.frontends.transcripts import Expect
from marrowbot.model import Answer


def comparable(text: str) -> str:
    """Case- and whitespace-insensitive form, so wrapped lines and capitals don't decide a check."""
    return " ".join(text.split()).casefold()


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return str(value)


def _one_of(values: Sequence[object]) -> str:
    shown = [_show(v) for v in values]
    return shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)


def cited_docs(answer: Answer) -> list[str]:
    """The documents an answer's snippets come from, in order of first appearance."""
    return list(dict.fromkeys(s.doc for s in answer.snippets))


def check_answer(answer: Answer, expect: Expect) -> list[str]:
    """Every way ``answer`` breaks ``expect`` (and the always-on disclaimer rule), as readable lines."""
    return [*_labels(answer, expect), *_citations(answer, expect), *_phrases(answer, expect),
            *_flags_and_counts(answer, expect), *_disclaimer(answer)]


def _labels(answer: Answer, expect: Expect) -> list[str]:
    failures: list[str] = []
    if expect.intent is not None and answer.intent not in expect.intent:
        failures.append(f"intent: expected {_one_of(expect.intent)}, got {answer.intent}")
    if expect.topic is not None and answer.topic not in expect.topic:
        failures.append(f"topic: expected {_one_of(expect.topic)}, got {_show(answer.topic)}")
    return failures


def _citations(answer: Answer, expect: Expect) -> list[str]:
    docs = cited_docs(answer)
    shown_docs = "[" + ", ".join(docs) + "]"
    failures = [f"cites: expected a snippet from {doc}, cited {shown_docs}" for doc in expect.cites if doc not in docs]
    failures += [f"not_cites: {doc} was cited" for doc in expect.not_cites if doc in docs]
    return failures


def _phrases(answer: Answer, expect: Expect) -> list[str]:
    text = comparable(answer.text)
    failures = [f"contains: {p!r} is not in the text" for p in expect.contains if comparable(p) not in text]
    if expect.contains_any and not any(comparable(p) in text for p in expect.contains_any):
        listed = ", ".join(repr(p) for p in expect.contains_any)
        failures.append(f"contains_any: none of {listed} is in the text")
    failures += [f"not_contains: {p!r} is in the text" for p in expect.not_contains if comparable(p) in text]
    return failures


def _flags_and_counts(answer: Answer, expect: Expect) -> list[str]:
    failures: list[str] = []
    for key in ("abstained", "urgent"):
        wanted = getattr(expect, key)
        if wanted is not None and getattr(answer, key) != wanted:
            failures.append(f"{key}: expected {_show(wanted)}, got {_show(getattr(answer, key))}")
    n = len(answer.snippets)
    if expect.min_snippets is not None and n < expect.min_snippets:
        failures.append(f"min_snippets: expected at least {expect.min_snippets} snippets, got {n}")
    if expect.max_snippets is not None and n > expect.max_snippets:
        failures.append(f"max_snippets: expected at most {expect.max_snippets} snippets, got {n}")
    return failures


def _disclaimer(answer: Answer) -> list[str]:
    if not answer.disclaimer.strip():
        return ["disclaimer: the answer has no disclaimer"]
    if comparable(answer.disclaimer) not in comparable(answer.text):
        return ["disclaimer: the disclaimer is missing from the text"]
    return []
