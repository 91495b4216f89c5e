"""Hostile files: every family of bad corpus, intents, configuration and fixture file is ``FILE:LINE: what is
wrong`` (or ``FILE: ...``), exit 2, no traceback, bounded CPU time and memory, through every front end."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hostile_cases import FAMILIES, REPO, Case
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marrowbot.corpus import load_corpus
from marrowbot.errors import ConfigError, CorpusError, FixtureError, IntentsError, MarrowbotError
from marrowbot.frontends.config import parse_kiosk_config
from marrowbot.frontends.transcripts import find_fixture_files, load_fixture_files, parse_fixture
from marrowbot.intents import load_intents
from marrowbot.yamlio import load_yaml_with_nodes

pytestmark = pytest.mark.hostile

MAX_CPU_SECONDS = 5.0  # the work of refusing a file, plus Python's start-up and imports
MAX_RSS_MB = 300
LOCATED = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+))?: \S")


def _load(name: str, case: Case) -> None:
    """The loader behind a family, in process."""
    if name.startswith("corpus"):
        load_corpus(case.args[1])
    elif name.startswith(("messages", "intents")):
        load_intents(case.args[1])
    elif name.startswith("config"):
        from marrowbot.frontends.config import load_kiosk_config

        load_kiosk_config(case.args[1])
    else:
        load_fixture_files(find_fixture_files([case.args[0]]))


@pytest.mark.parametrize("variant", range(6))
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_bad_file_is_refused_with_its_name_and_line(family: str, variant: int, tmp_path: Path) -> None:
    case = FAMILIES[family](tmp_path, variant)
    with pytest.raises(MarrowbotError) as err:
        _load(family, case)
    first = str(err.value).splitlines()[0]
    assert first.startswith(case.names + ":"), first
    assert LOCATED.match(first), first


# --- through the real front ends, with CPU time and memory measured -------------------------------------------

CAUSES = str(REPO / "tests" / "transcripts" / "causes.yml")


def _command(front_end: str, case: Case) -> list[str]:
    if front_end == "ask":
        return ["ask", "what is bone marrow necrosis", *case.args]
    if front_end == "chat":
        return ["chat", *case.args]
    if front_end == "replay":
        return ["replay", *case.args] if case.front_ends == ("replay",) else ["replay", CAUSES, *case.args]
    if front_end == "serve":
        return ["serve", "--port", "0", *case.args]
    return ["kiosk", *case.args]


# The command line, reporting its peak memory (VmHWM: this process's own, counted from exec; rusage's maxrss
# would include the memory of the big test process it was forked from).
LAUNCH = """
import atexit, os, sys
def _peak():
    with open('/proc/self/status') as status, open(os.environ['HOSTILE_PEAK_FILE'], 'w') as out:
        out.write(next(line.split()[1] for line in status if line.startswith('VmHWM:')))
atexit.register(_peak)
from marrowbot.frontends.cli import main
sys.exit(main())
"""


def run_limited(args: list[str], stdin: bytes = b"", stdout: list[str] | None = None
                ) -> tuple[int, str, float, float]:
    """``marrowbot ARGS``: (exit code, stderr, CPU seconds, peak memory MB) of exactly that process; its
    standard output is appended to ``stdout`` if given."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (30, 30))  # a runaway is killed, never hangs the suite

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".peak") as peak:
        proc = subprocess.Popen([sys.executable, "-c", LAUNCH, *args], stdin=subprocess.PIPE, stdout=out,
                                stderr=err, preexec_fn=limits,
                                env={**os.environ, "PYTHONWARNINGS": "ignore", "HOSTILE_PEAK_FILE": peak.name})
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
        if stdout is not None:
            out.seek(0)
            stdout.append(out.read().decode("utf-8", "replace"))
        kilobytes = float(peak.read().strip() or "inf")
    return proc.returncode, text, usage.ru_utime + usage.ru_stime, kilobytes / 1024


def _runs() -> list[tuple[str, int, str]]:
    """Each family through one front end (rotating), so every front end meets every kind of file."""
    runs = []
    for i, family in enumerate(sorted(FAMILIES)):
        with tempfile.TemporaryDirectory() as tmp:
            front_ends = FAMILIES[family](Path(tmp), 0).front_ends
        runs.append((family, i, front_ends[i % len(front_ends)]))
    return runs


@pytest.fixture(scope="module")
def warm_cache(trained_models: Path) -> None:
    """Front ends that load the packaged corpus first (replay) find its index cached, as in use (the models trained
    first in the run's cache: a run where this file comes first, as on a test worker of its own, trains them here
    once, not in the limited process)."""
    assert run_limited(["index"])[0] == 0


@pytest.mark.parametrize(("family", "variant", "front_end"), _runs())
def test_bad_files_through_the_front_ends_exit_2_in_bounded_time_and_memory(
        family: str, variant: int, front_end: str, tmp_path: Path, warm_cache: None) -> None:
    case = FAMILIES[family](tmp_path, variant)
    if front_end == "kiosk" and not family.startswith("config"):
        pytest.skip("the kiosk checks corpus and intents only on a terminal (see test_hostile_kiosk)")
    code, stderr, cpu, rss = run_limited(_command(front_end, case))
    assert code == 2, stderr
    assert "Traceback" not in stderr, stderr
    # serve logs its start-up steps ("reading the intents (1/5)") first; the error is the first other line.
    lines = [line.removeprefix("marrowbot:").strip() for line in stderr.strip().splitlines()]
    first = next(line for line in lines if line and not re.search(r"\(\d+/\d+\)\W*$", line))
    assert first.startswith(case.names + ":"), stderr
    assert cpu < MAX_CPU_SECONDS, f"{cpu:.1f} s of CPU"
    assert rss < MAX_RSS_MB, f"{rss:.0f} MB"


# --- generated YAML values: any value is either accepted or a located error --------------------------------

_ATOMS = st.sampled_from([
    "9" * 50, "1" * 4400, "2020-13-45", "2020-02-30 25:61:00", "!!int x", "!!float y", "!!binary ***", "&a x",
    "*a", "*nope", "{a: 1, a: 2}", "[" * 80 + "]" * 80, "!!python/name:os.system", "~", "0x" + "f" * 60,
    "1e99999", ".nan", "-.inf", "'{call:>9999}'", '"\\u202e"', "? [a]\n: b", "|\n  text", "\t", "\x00", "\ufeff",
    "&b [*b]", "<<: *a", "!!set {a, b}", "!!omap [a: 1]", "0o777777777777777777777777777777777777777777",
])


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(["idle_seconds", "warn_seconds", "welcome", "emergency", "suggestions",
                                            "exit_passphrase_sha256", "other"]), _ATOMS), min_size=1, max_size=4))
def test_any_configuration_value_is_accepted_or_a_located_error(pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{key}: {value}\n" for key, value in pairs)
    try:
        parse_kiosk_config(text, "kiosk.yml")
    except ConfigError as err:
        assert LOCATED.match(str(err)) and str(err).startswith("kiosk.yml")


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(["updated", "title", "aliases", "source", "url", "id"]), _ATOMS),
                min_size=1, max_size=4))
def test_any_front_matter_is_accepted_or_a_located_error(pairs: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        body = "".join(f"{key}: {value}\n" for key, value in pairs)
        (Path(tmp) / "doc.md").write_text(f"---\nid: doc\ntitle: T\n{body}---\n## S\nText.\n", encoding="utf-8")
        try:
            load_corpus(tmp)
        except CorpusError as err:
            assert LOCATED.match(str(err)) and "doc.md" in str(err)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(["user", "expect", "min_snippets", "intent", "turns"]), _ATOMS),
                min_size=1, max_size=4))
def test_any_fixture_value_is_accepted_or_located_errors(pairs: list[tuple[str, str]]) -> None:
    text = "turns:\n  - user: hi\n    expect:\n" + "".join(f"      {k}: {v}\n" for k, v in pairs)
    try:
        parse_fixture(text, "f.yml")
    except MarrowbotError as err:
        errors = getattr(err, "errors", [err])
        assert errors and all(isinstance(e, FixtureError) and LOCATED.match(str(e)) for e in errors)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"\n #?,0123456789.\t")), max_size=300))
def test_any_yaml_text_loads_or_is_a_located_error(text: str) -> None:
    try:
        load_yaml_with_nodes(text, "x.yml", IntentsError)
    except IntentsError as err:
        assert LOCATED.match(str(err))


# --- record's output path, checked before the chat ------------------------------------------------------------


def _record_target(kind: str, tmp_path: Path) -> tuple[Path, Path | None]:
    target = tmp_path / "victim.txt"
    target.write_text("keep me\n")
    path = tmp_path / "out.yml"
    if kind == "symlink":
        os.symlink(target, path)
    elif kind == "dangling symlink":
        os.symlink(tmp_path / "nowhere.yml", path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "under a file":
        path = target / "out.yml"
    return path, target


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
@pytest.mark.parametrize("kind", ["symlink", "dangling symlink", "fifo", "folder", "under a file"])
def test_record_refuses_a_bad_output_path_before_the_chat(kind: str, force: bool, tmp_path: Path) -> None:
    path, target = _record_target(kind, tmp_path)
    args = ["record", *(["--force"] if force else []), str(path)]
    # No chat happens: the questions on stdin are never answered (nothing of them reaches stdout).
    proc = subprocess.run([sys.executable, "-m", "marrowbot", *args], input="what is bone marrow necrosis\n",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == "" and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"{path}: "), proc.stderr
    assert target is None or target.read_text() == "keep me\n"
    if kind == "dangling symlink":
        assert not (tmp_path / "nowhere.yml").exists()


# --- a damaged cache ---------------------------------------------------------------------------------------------


def test_a_cache_missing_a_member_is_rebuilt(tmp_path: Path, trained_models: Path) -> None:
    from conftest import with_models

    from marrowbot import Bot

    first = Bot.load(cache_dir=with_models(trained_models, tmp_path))
    question = "what is bone marrow necrosis"
    expected = first.ask(question).text
    index = sorted(p.name for p in next(tmp_path.glob("index-*")).glob("*.npy"))
    models = sorted(p.name for p in next(tmp_path.glob("models-*")).glob("*.npy"))
    # A member of the index, of the corpus and of the models: each missing one rebuilds its own kind alone.
    for kind, member in (("index", index[0]), ("index", next(m for m in index if m.startswith("corpus."))),
                         ("index", index[-1]), ("models", models[-1])):
        (cache,) = tmp_path.glob(f"{kind}-*")
        (cache / member).unlink()
        again = Bot.load(cache_dir=tmp_path)
        assert again.info.built == (kind,), member
        assert again.ask(question).text == expected
        (cache,) = tmp_path.glob(f"{kind}-*")
        assert (cache / member).exists(), member  # and the cache was written whole again
        assert Bot.load(cache_dir=tmp_path).info.from_cache
