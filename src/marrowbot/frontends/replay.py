"""`marrowbot replay`: run transcript fixtures against the bot; report failing turns, and JUnit XML for CI."""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from marrowbot.bot import Bot, Session
from marrowbot.errors import LocatedError, ManyErrors, MarrowbotError
from marrowbot.frontends.checks import check_answer, cited_docs
from marrowbot.frontends.progress import terminal_progress
from marrowbot.frontends.terminal import color_wanted
from marrowbot.frontends.transcripts import (
    Conversation,
    FixtureFile,
    Turn,
    find_fixture_files,
    load_fixture_files,
)
from marrowbot.model import Answer

_TEXT_SHOWN = 160  # characters of the answer text shown for a failing turn


@dataclass(frozen=True)
class TurnResult:
    fixture: FixtureFile
    conversation: Conversation
    index: int  # 1-based turn number inside its conversation
    turn: Turn
    answer: Answer | None  # None when the bot raised
    failures: tuple[str, ...]
    seconds: float
    crash: str = ""  # the traceback, when the bot raised

    @property
    def passed(self) -> bool:
        return not self.failures


def run_fixtures(bot: Bot, fixtures: Sequence[FixtureFile]) -> list[TurnResult]:
    """Ask every turn (each conversation in a fresh session) and check each answer; never raises."""
    results: list[TurnResult] = []
    for fixture in fixtures:
        for conversation in fixture.conversations:
            session = Session()
            for index, turn in enumerate(conversation.turns, start=1):
                started = time.perf_counter()
                answer: Answer | None = None
                crash = ""
                try:
                    answer = bot.ask(turn.user, session)
                    failures = tuple(check_answer(answer, turn.expect))
                except Exception as err:  # a bug in the bot: report it, with its traceback, on its turn
                    answer = None
                    crash = "".join(traceback.format_exception(err))
                    failures = (f"the bot raised {type(err).__name__}: {err}",)
                elapsed = time.perf_counter() - started
                results.append(
                    TurnResult(fixture, conversation, index, turn, answer, failures, elapsed, crash)
                )
    return results


# ------------------------------------------------------------------------------------------------ report


class _Style:
    """ANSI colour only for a terminal that wants it (see ``color_wanted``), plain text otherwise.

    Texts from fixtures and answers are shown with ``repr``, so no control character reaches the terminal.
    """

    def __init__(self, on: bool = False) -> None:
        self.on = on

    @classmethod
    def for_stream(cls, stream: TextIO) -> _Style:
        return cls(color_wanted(stream))

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on else text


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def _got(answer: Answer) -> str:
    docs = ", ".join(cited_docs(answer))
    return (
        f"intent={answer.intent} topic={answer.topic or 'null'} cites=[{docs}] "
        f"abstained={str(answer.abstained).lower()} urgent={str(answer.urgent).lower()} "
        f"snippets={len(answer.snippets)}"
    )


def describe_failure(result: TurnResult, style: _Style | None = None) -> str:
    """The block printed for a failing turn: where, what was sent, what failed, what came back."""
    style = style or _Style()
    where = f"{result.fixture.path}:{result.turn.line}"
    lines = [
        f"{style('FAIL', '1;31')} {where}: {result.conversation.name!r}, turn {result.index}: "
        f"{_short(result.turn.user, 100)!r}"
    ]
    lines += [f"  - {failure}" for failure in result.failures]
    if result.answer is not None:
        lines.append(f"  got: {_got(result.answer)}")
        lines.append(f"  text: {_short(result.answer.text, _TEXT_SHOWN)!r}")
    else:
        lines += ["  " + line for line in result.crash.rstrip().splitlines()]
    return "\n".join(lines)


def _count_of(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary_line(results: Sequence[TurnResult]) -> str:
    failed = sum(1 for r in results if not r.passed)
    return f"{len(results) - failed} passed, {failed} failed"


def write_report(results: Sequence[TurnResult], out: TextIO, seconds: float) -> None:
    style = _Style.for_stream(out)
    failed = [r for r in results if not r.passed]
    for result in failed:
        out.write(describe_failure(result, style) + "\n\n")
    files = len({r.fixture.path for r in results})
    conversations = len({(r.fixture.path, r.conversation.line) for r in results})
    out.write(
        f"replayed {_count_of(len(results), 'turn')}, {_count_of(conversations, 'conversation')}, "
        f"{_count_of(files, 'file')} in {seconds:.2f} s\n"
    )
    out.write(style(summary_line(results), "1;31" if failed else "1;32") + "\n")


# ------------------------------------------------------------------------------------------------- JUnit


def junit_xml(results: Sequence[TurnResult], seconds: float) -> ET.ElementTree:
    """A test case per turn, a test suite per fixture file: the shape CI systems (GitLab, Jenkins...) show."""
    root = ET.Element("testsuites", name="marrowbot replay")
    suites: dict[Path, ET.Element] = {}
    for r in results:
        suite = suites.get(r.fixture.path)
        if suite is None:
            suite = ET.SubElement(root, "testsuite", name=str(r.fixture.path))
            suites[r.fixture.path] = suite
        case = ET.SubElement(
            suite,
            "testcase",
            classname=r.conversation.name,
            name=f"turn {r.index}: {_short(r.turn.user, 100)}",
            file=str(r.fixture.path),
            line=str(r.turn.line),
            time=f"{r.seconds:.4f}",
        )
        if not r.passed:
            tag = "failure" if r.answer is not None else "error"
            element = ET.SubElement(case, tag, message="; ".join(r.failures), type=tag)
            element.text = describe_failure(r)
    for path, suite in suites.items():
        mine = [r for r in results if r.fixture.path == path]
        _count(suite, mine)
    _count(root, results)
    root.set("time", f"{seconds:.3f}")
    return ET.ElementTree(root)


def _count(element: ET.Element, results: Sequence[TurnResult]) -> None:
    element.set("tests", str(len(results)))
    element.set("failures", str(sum(1 for r in results if r.failures and r.answer is not None)))
    element.set("errors", str(sum(1 for r in results if r.answer is None)))
    if element.tag == "testsuite":
        element.set("time", f"{sum(r.seconds for r in results):.3f}")


def junit_invalid(errors: Sequence[MarrowbotError], what: str = "fixture validation",
                  kind: str = "invalid fixture") -> ET.ElementTree:
    """When fixtures (or the corpus or intents) are invalid nothing runs; CI still gets a report that says why,
    never the last run's."""
    root = ET.Element("testsuites", name="marrowbot replay", tests=str(len(errors)), errors=str(len(errors)))
    suite = ET.SubElement(
        root,
        "testsuite",
        name=what,
        tests=str(len(errors)),
        errors=str(len(errors)),
        failures="0",
    )
    for error in errors:
        case = ET.SubElement(suite, "testcase", classname=what, name=str(error))
        if isinstance(error, LocatedError):
            case.set("file", error.path)
        ET.SubElement(case, "error", message=str(error), type=kind).text = str(error)
    return ET.ElementTree(root)


#: What XML 1.0 cannot hold at all, even escaped (control characters but tab and newlines, lone surrogates...).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    """``text`` with each character XML cannot hold written as ``\\xNN`` (a fixture's or answer's ESC, say)."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def _write_junit(tree: ET.ElementTree, path: Path, err: TextIO) -> bool:
    """Write the report whole or not at all (a temporary file next to it, then renamed), as well-formed XML."""
    for element in tree.iter():
        element.attrib.update({k: _xml_safe(v) for k, v in element.attrib.items()})
        if element.text:
            element.text = _xml_safe(element.text)
    ET.indent(tree)
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            tree.write(out, encoding="utf-8", xml_declaration=True)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None and os.path.lexists(temporary):
            os.unlink(temporary)
        err.write(f"{path}: cannot write the JUnit report: {error.strerror or error}\n")
        return False
    return True


# ---------------------------------------------------------------------------------------------- command


def _disclaimers(bot: Bot) -> list[str]:
    """The English disclaimer: in every English answer, so a phrase check cannot test it. (Another language's
    disclaimer in ``contains`` tests that the answer is in that language.)"""
    try:
        return [bot.messages_for("en").disclaimer]
    except AttributeError:  # a stand-in bot (tests)
        return []


def command(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """`marrowbot replay [--junit FILE] PATH...`: 0 all passed, 1 some failed, 2 a fixture is invalid.

    A bad corpus or intents folder raises MarrowbotError, which ``cli.main`` reports (exit 2).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    junit: Path | None = getattr(args, "junit", None)
    started = time.perf_counter()
    try:
        files = find_fixture_files(args.paths)
        bot = Bot.load(corpus_dir=getattr(args, "corpus", None), intents_dir=getattr(args, "intents", None),
                       library=getattr(args, "library", None), progress=terminal_progress(err))
        # Names come from the loaded bot, so a tester's own corpus and intents validate their own fixtures.
        intent_names = getattr(bot, "intent_names", None)
        intent_set = getattr(bot, "intent_set", None)
        # An intent that refines another ("frequency" of "definition") is never what an answer carries.
        reported = {n: intent_set.reported(n) for n in intent_names or ()} if intent_set is not None else {}
        fixtures = load_fixture_files(files, intent_names=intent_names, doc_ids=[d.id for d in bot.documents],
                                      reported_as={n: r for n, r in reported.items() if r != n},
                                      always_shown=_disclaimers(bot))
    except ManyErrors as invalid:
        located = [e for e in invalid.errors if isinstance(e, LocatedError)]
        for error in invalid.errors:
            err.write(f"{error}\n")
        err.write(f"{_count_of(len(invalid.errors), 'problem')} in the fixtures; nothing was replayed\n")
        if junit is not None:
            _write_junit(junit_invalid(located), junit, err)
        return 2
    except MarrowbotError as broken:  # a bad corpus or intents folder: cli.main reports it (exit 2)
        if junit is not None:
            _write_junit(junit_invalid([broken], "loading the bot", "invalid corpus or intents"), junit, err)
        raise
    results = run_fixtures(bot, fixtures)
    seconds = time.perf_counter() - started
    write_report(results, out, seconds)
    if junit is not None and not _write_junit(junit_xml(results, seconds), junit, err):
        return 2
    return 0 if all(r.passed for r in results) else 1
