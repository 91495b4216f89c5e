"""The real `marrowbot replay` in a subprocess: passing, failing and invalid fixtures, report, JUnit XML."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from marrowbot.frontends.replay import describe_failure, run_fixtures
from marrowbot.frontends.transcripts import load_fixture, parse_fixture

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "tests" / "fixtures" / "replay"
PASSING = [HERE / "passing.yml", HERE / "conversations.yml"]
FAILING = HERE / "failing.yml"
INVALID = HERE / "invalid"
CLI = [sys.executable, "-c", "import sys; from marrowbot.frontends.cli import main; sys.exit(main())"]
# Only a hang fails on time: the first run builds the index in this session's fresh cache, which takes minutes when
# the machine is loaded (two of these timed out at 120 s beside five other jobs on two cores).
HANG = 600


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """No NO_COLOR from the caller, and the index cache in this session's temp folder, not the user's."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["MARROWBOT_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "marrowbot-cache")
    return env


@pytest.fixture(scope="session")
def marrowbot(cli_env: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real command line (what the `marrowbot` console script runs) from the repository root."""

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, *map(str, args)], cwd=ROOT, env=cli_env, capture_output=True, text=True, timeout=HANG
        )

    return run


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def turn_lines(path: Path) -> list[int]:
    """The line of every turn of a fixture, in order."""
    return [t.line for c in load_fixture(path).conversations for t in c.turns]


@pytest.fixture(scope="module")
def passed(
    tmp_path_factory: pytest.TempPathFactory, marrowbot: Callable
) -> tuple[subprocess.CompletedProcess[str], Path]:
    junit = tmp_path_factory.mktemp("junit") / "reports" / "pass.xml"
    return marrowbot("replay", "--junit", junit, *map(relative, PASSING)), junit


@pytest.fixture(scope="module")
def failed(
    tmp_path_factory: pytest.TempPathFactory, marrowbot: Callable
) -> tuple[subprocess.CompletedProcess[str], Path]:
    junit = tmp_path_factory.mktemp("junit") / "fail.xml"
    return marrowbot("replay", relative(FAILING), "--junit", junit), junit


def test_passing_fixtures_exit_0_with_the_count_of_turns(passed: tuple) -> None:
    run, _ = passed
    total = sum(len(turn_lines(p)) for p in PASSING)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == f"{total} passed, 0 failed"
    assert "FAIL" not in run.stdout


def test_passing_junit_has_a_case_per_turn_and_no_failure(passed: tuple) -> None:
    _, junit = passed
    root = ET.parse(junit).getroot()
    total = sum(len(turn_lines(p)) for p in PASSING)
    assert (root.tag, root.get("tests"), root.get("failures"), root.get("errors")) == (
        "testsuites",
        str(total),
        "0",
        "0",
    )
    assert [s.get("name") for s in root.iter("testsuite")] == [relative(p) for p in PASSING]
    cases = list(root.iter("testcase"))
    assert len(cases) == total
    assert cases[0].get("name") == "turn 1: What are the symptoms of bone marrow necrosis?"
    assert cases[0].get("classname") == "symptoms, then a follow-up"


def report_blocks(stdout: str) -> dict[str, list[str]]:
    """Failure blocks of the report (a `FAIL FILE:LINE` line up to a blank line) by their `FILE:LINE`."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in stdout.splitlines():
        if line.startswith("FAIL "):
            current = blocks.setdefault(line.split()[1].rstrip(":"), [])
        elif not line.strip():
            current = None
        if current is not None:
            current.append(line)
    return blocks


# turn number in the fixture (counted over the whole file) -> the start of the failure it must report
EXPECTED_FAILURES = {
    1: "intent: expected prognosis, got symptoms",
    2: "topic: expected bone-marrow-diseases, got bone-marrow-necrosis",
    3: "not_cites: bone-marrow-necrosis was cited",
    4: "contains: 'xylophone' is not in the text",
    5: "contains_any: none of 'xylophone', 'kazoo' is in the text",
    6: "not_contains: 'jaundice' is in the text",
    7: "abstained: expected true, got false",
    8: "urgent: expected true, got false",
    9: "min_snippets: expected at least 50 snippets, got ",
    10: "max_snippets: expected at most 0 snippets, got ",
    12: "cites: expected a snippet from bone-marrow-necrosis, cited []",
}


def test_failing_fixture_exits_1_and_names_each_failure_with_what_came_back(failed: tuple) -> None:
    run, _ = failed
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == "1 passed, 11 failed"
    lines = turn_lines(FAILING)
    blocks = report_blocks(run.stdout)
    assert set(blocks) == {f"{relative(FAILING)}:{lines[n - 1]}" for n in EXPECTED_FAILURES}
    for number, failure in EXPECTED_FAILURES.items():
        block = blocks[f"{relative(FAILING)}:{lines[number - 1]}"]
        turn = number if number <= 10 else number - 10
        conversation = "every kind of expectation fails" if number <= 10 else "off topic"
        assert f"{conversation!r}, turn {turn}: " in block[0]
        assert block[0].endswith(
            "'What are the symptoms of bone marrow necrosis?'"
            if number <= 10
            else "'what is the capital of France'"
        )
        assert block[1].startswith(f"  - {failure}"), block
        assert len(block) == 4, block  # exactly one failure, then what came back: its fields and its text
        assert block[2].startswith("  got: intent=")
        assert block[3].startswith("  text: ")
    symptoms = blocks[f"{relative(FAILING)}:{lines[0]}"]
    assert "topic=bone-marrow-necrosis cites=[bone-marrow-necrosis" in symptoms[2]
    assert "\x1b" not in run.stdout  # not a terminal: plain text


def test_failing_junit_marks_the_failed_turns(failed: tuple) -> None:
    _, junit = failed
    root = ET.parse(junit).getroot()
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("12", "11", "0")
    cases = list(root.iter("testcase"))
    failures = {c.get("line"): c.find("failure") for c in cases}
    lines = turn_lines(FAILING)
    for number, failure in EXPECTED_FAILURES.items():
        element = failures[str(lines[number - 1])]
        assert element is not None and element.get("message", "").startswith(failure)
        assert "got: intent=" in (element.text or "")
    assert failures[str(lines[10])] is None  # the passing turn


def test_invalid_fixtures_exit_2_with_every_problem_at_its_line_and_run_nothing(
    tmp_path: Path, marrowbot: Callable
) -> None:
    junit = tmp_path / "invalid.xml"
    run = marrowbot("replay", relative(INVALID), relative(PASSING[0]), "--junit", junit)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "passed" not in run.stdout
    reported = [line for line in run.stderr.splitlines() if line.startswith(relative(INVALID))]
    marked = []
    for path in sorted(INVALID.glob("*.yml")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if "#!" in line:
                marked.append((f"{relative(path)}:{number}: ", line.split("#!", 1)[1].strip()))
    assert len(reported) == len(marked), run.stderr
    for (prefix, text), line in zip(marked, reported, strict=True):
        assert line.startswith(prefix) and text in line, (prefix, text, line)
    assert "Traceback" not in run.stderr
    errors = ET.parse(junit).getroot().findall("testsuite/testcase/error")
    assert len(errors) == len(marked)


def test_a_missing_path_or_empty_folder_is_an_error_not_a_silent_pass(
    tmp_path: Path, marrowbot: Callable
) -> None:
    run = marrowbot("replay", tmp_path, tmp_path / "nope.yml")
    assert run.returncode == 2
    assert run.stderr.splitlines()[:2] == [
        f"{tmp_path}: no *.yml or *.yaml fixture files in this folder",
        f"{tmp_path / 'nope.yml'}: no such file or folder",
    ]


def test_fixtures_are_validated_against_the_corpus_given(tmp_path: Path, marrowbot: Callable) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "bone-marrow-diseases.md", corpus)
    necrosis = (ROOT / "corpus" / "bone-marrow-necrosis.md").read_text()
    (corpus / "my-necrosis.md").write_text(necrosis.replace("id: bone-marrow-necrosis", "id: my-necrosis", 1))
    fixture = tmp_path / "mine.yml"
    fixture.write_text("turns:\n  - user: hi\n    expect:\n      cites: [bone-marrow-necrosis]\n")
    run = marrowbot("replay", fixture, "--corpus", corpus, "--intents", ROOT / "intents")
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stderr.startswith(f"{fixture}:4: `cites`: unknown document id 'bone-marrow-necrosis'"), (
        run.stderr
    )
    assert run.stderr.splitlines()[0].endswith("known: bone-marrow-diseases, my-necrosis")


def test_colour_only_on_a_terminal(cli_env: dict[str, str]) -> None:
    pexpect = pytest.importorskip("pexpect")
    command = CLI
    env = cli_env | {"TERM": "xterm"}
    child = pexpect.spawn(
        command[0],
        [*command[1:], "replay", relative(FAILING)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=HANG,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "\x1b[1;31mFAIL\x1b[0m" in child.before
    assert "\x1b[1;31m1 passed, 11 failed\x1b[0m" in child.before


def test_a_bot_that_raises_fails_that_turn_with_its_traceback_and_the_run_goes_on() -> None:

    class Broken:
        def ask(self, text: str, session: object) -> object:
            raise ValueError(f"cannot answer {text!r}")

    fixture = parse_fixture("turns: [{user: one}, {user: two}]\n", "x.yml")
    results = run_fixtures(Broken(), [fixture])  # type: ignore[arg-type]
    assert [r.failures for r in results] == [
        ("the bot raised ValueError: cannot answer 'one'",),
        ("the bot raised ValueError: cannot answer 'two'",),
    ]
    shown = describe_failure(results[0])
    assert shown.startswith("FAIL x.yml:1: 'x', turn 1: 'one'\n  - the bot raised ValueError")
    assert "Traceback (most recent call last)" in shown and "in ask" in shown


def test_control_characters_in_a_fixture_still_make_a_well_formed_report(tmp_path: Path, marrowbot: Callable) -> None:
    fixture = tmp_path / "odd.yml"
    fixture.write_text('name: "\\e[31mred"\nturns:\n  - user: "what is bone marrow necrosis \\e]0;x\\a"\n'
                       '    expect:\n      intent: greeting\n', encoding="utf-8")
    junit = tmp_path / "odd.xml"
    run = marrowbot("replay", fixture, "--junit", junit)
    assert run.returncode == 1 and run.stdout.splitlines()[-1] == "0 passed, 1 failed"
    root = ET.parse(junit).getroot()  # well-formed: the escape characters are written as \x1b
    (case,) = root.iter("testcase")
    assert case.get("classname") == "\\x1b[31mred" and case.find("failure") is not None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
