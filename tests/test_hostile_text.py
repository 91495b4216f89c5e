"""Hostile text: parsing grows linearly with input, every configured text formats safely, and one input line
stays one question whatever separators it holds."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_marrowbot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marrowbot.corpus import load_corpus
from marrowbot.intents import load_intents
from marrowbot.messages import CONFIG_PLACEHOLDERS, PLACEHOLDERS, Emergency, message_keys, render, template_problem
from marrowbot.resources import default_intents_dir
from marrowbot.text import clean_input, split_sentences, strip_markdown

pytestmark = pytest.mark.hostile


# --- linear time ----------------------------------------------------------------------------------------------


def _parse_corpus(text: str) -> None:
    """The corpus parser on a document's text (no file: the size limit must not cut the test short)."""
    from marrowbot import corpus

    corpus._parse_body(Path("doc.md"), {"id": "doc", "title": "Doc", "aliases": ()}, text.splitlines(), 1, 0)


def _doc(line: str) -> str:
    return "## Start\nSome text.\n" + line + "\n"


SCALING: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "e.g. A": (lambda n: "e.g. A " * n, split_sentences),
    "initials": (lambda n: "J. R. R. Tolkien wrote. " * n, split_sentences),
    "## + spaces": (lambda n: _doc("##" + " " * (10 * n)), _parse_corpus),
    "- + spaces": (lambda n: _doc("-" + " " * (10 * n)), _parse_corpus),
    "link item + spaces": (lambda n: _doc("- [t](u)" + " " * (10 * n) + "x"), _parse_corpus),
    "unclosed links": (lambda n: "[a](" + "[x" * n, strip_markdown),
    "unclosed emphasis": (lambda n: "*a " * n, strip_markdown),
    "many lines": (lambda n: _doc("\n".join(["word"] * n)), _parse_corpus),
}


def _best(work: Callable[[str], object], data: str) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        work(data)
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.parametrize("family", list(SCALING))
def test_parsing_grows_about_linearly(family: str) -> None:
    """Quadrupling the input may multiply the time by about 4 (linear), never by about 16 (quadratic). The
    bound compares ratios, not absolute times, and is generous for a busy machine; the benchmark
    (benchmarks/hostile_scaling.py) prints the measured ratios."""
    make, work = SCALING[family]
    base = 4000  # already enough for the quadratic rules this replaced to take seconds at 4x
    while _best(work, make(base)) < 0.02 and base < 64_000:  # big enough to time reliably
        base *= 2
    one, four = _best(work, make(base)), _best(work, make(4 * base))
    # Below a quarter of a second for the 4x input the ratio is noise (allocation, caches), and a quadratic
    # rule would take far longer there; above it, the ratio must look linear.
    assert four < 0.25 or four / one < 9, (
        f"{family}: 4x input took {four / one:.1f}x the time ({one:.3f} s -> {four:.3f} s)")


def test_many_sections_keep_the_index_small() -> None:
    import tracemalloc

    from marrowbot.index import PassageIndex, collect_names

    peaks = []
    for n in (2000, 8000):
        with tempfile.TemporaryDirectory() as tmp:
            body = "\n".join(f"## Heading {i}\nSentence {i}." for i in range(n))
            (Path(tmp) / "doc.md").write_text(f"---\nid: doc\ntitle: Doc\n---\n{body}\n", encoding="utf-8")
            corpus = load_corpus(tmp)
            names = collect_names(corpus)
            PassageIndex(corpus, names, PassageIndex.build_arrays(corpus, names))  # warm up
            tracemalloc.start()
            PassageIndex(corpus, names, PassageIndex.build_arrays(corpus, names))
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    assert peaks[1] / peaks[0] < 8, f"4x sections took {peaks[1] / peaks[0]:.1f}x the memory"


# --- safe formatting --------------------------------------------------------------------------------------------

_template = st.lists(st.sampled_from(list("ab {}:>!.[]0_") + ["call", "topic", "crisis_line", "condition",
                                                              "{call}", "{topic}", ":>99999999"]),
                     max_size=40).map("".join)
_value = st.text(max_size=20)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(_template, _value, _value, _value, _value)
def test_any_template_is_refused_at_load_or_formats_in_bounded_size(template: str, call: str, crisis: str,
                                                                     topic: str, condition: str) -> None:
    values = {"call": call, "crisis_line": crisis, "topic": topic, "condition": condition}
    out = render(template, **values)  # never raises, whatever the template
    uses = template.count("{")
    assert len(out) <= len(template) + uses * max(len(v) for v in values.values())
    if template_problem(template) is None and not any(set(v) & set("{}") for v in values.values()):
        assert not set(out) & set("{}")  # accepted: known fields only, each one filled


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.text(max_size=30), st.text(max_size=30))
def test_every_configured_text_formats_safely_with_any_values(topic: str, condition: str) -> None:
    intent_set = load_intents(default_intents_dir())
    every_language = [intent_set.messages] + [t.messages for t in intent_set.translations]
    for messages in (m.fill(Emergency("112", "116 123")) for m in every_language):
        for key in message_keys():
            for text in _texts(getattr(messages, key)):
                assert template_problem(text, PLACEHOLDERS) is None, key
                out = render(text, topic=topic, condition=condition)
                assert "{call}" not in out or "{call}" in topic + condition


def _texts(value: object) -> list[str]:
    """The texts in a message value: a text, or tuples of texts (suggestions, follow-up pairs)."""
    if isinstance(value, str):
        return [value]
    return [t for v in value for t in _texts(v)] if isinstance(value, tuple) else []


@pytest.mark.parametrize("welcome", ["Welcome {", "Hi {call:>400000000}", "{0}", "{call.x}", "{topic}", "}"])
def test_a_configured_welcome_with_bad_braces_is_refused(welcome: str) -> None:
    assert template_problem(welcome, CONFIG_PLACEHOLDERS) is not None
    assert len(render(welcome, call="911")) <= len(welcome) + 3  # and even unchecked, it cannot grow or raise


@pytest.mark.parametrize("number", ["1{2", "9}", "\u202e911", "911\x1b[2J", "1" * 41, ""])
def test_emergency_numbers_refuse_braces_and_controls(number: str) -> None:
    with pytest.raises(ValueError):
        Emergency(call=number)


# --- one line, one question ----------------------------------------------------------------------------------

SEPARATORS = ["\x0c", "\x85", "\u2028", "\u2029", "\x0b", "\x1c", "\x1d", "\x1e", "\r"]
BIDI = ["\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u202e", "\u200f"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(SEPARATORS + BIDI + ["a", " ", "bone", "marrow"]), max_size=30))
def test_clean_input_keeps_one_line_and_drops_bidi_controls(parts: list[str]) -> None:
    out = clean_input("".join(parts))
    assert not any(ch in out for ch in SEPARATORS + BIDI + ["\n"])


def test_one_stdin_line_is_one_question_whatever_separators_it_holds() -> None:
    lines = [f"what is bone{sep}marrow necrosis" for sep in SEPARATORS[:-1]] + ["\u2066hi\u2069"]
    r = run_marrowbot("ask", "--json", "--independent", input="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    answers = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(answers) == len(lines)
    assert not any(ch in r.stdout for ch in BIDI)
    assert not any(ch in json.loads(line)["text"] for line in r.stdout.splitlines() for ch in BIDI)


def test_ask_streams_a_long_stdin_without_holding_it() -> None:
    """100 MB on one line, then short lines: every line answered, peak memory far below the input's size."""
    from test_hostile_files import run_limited

    line = b"what is bone marrow necrosis " * 3_500_000 + b"\n"
    out: list[str] = []
    code, stderr, _, peak_mb = run_limited(["ask", "--json"], stdin=line + b"thanks\n" * 3, stdout=out)
    assert code == 0, stderr
    assert len(out[0].splitlines()) == 4
    assert peak_mb < 300, f"{peak_mb:.0f} MB for {len(line) / 1e6:.0f} MB of input"
