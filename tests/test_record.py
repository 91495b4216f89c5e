"""`marrowbot record`: a chat driven through standard input becomes a fixture that `replay` passes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hang_guard import HANG_GUARD

from marrowbot.frontends.record import distinctive_phrase, fixture_text
from marrowbot.frontends.transcripts import load_fixture, parse_fixture
from marrowbot.model import Answer, Snippet

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "import sys; from marrowbot.frontends.cli import main; sys.exit(main())"]
DISCLAIMER = "This is general information, not medical advice."


@pytest.fixture(scope="session")
def marrowbot(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real command line; the index cache lives in this session's temp folder, not the user's."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["MARROWBOT_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "marrowbot-cache")

    def run(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, *map(str, args)],
            cwd=ROOT,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=HANG_GUARD,
        )

    return run


QUESTIONS = [
    "What are the symptoms of bone marrow necrosis?",
    "and how is it treated?",
    "what is the capital of France",
    "What tests find bone marrow diseases?",
]


def test_a_recorded_chat_replays_clean_and_expects_what_the_bot_said(
    tmp_path: Path, marrowbot: Callable
) -> None:
    path = tmp_path / "recorded.yml"
    path.write_text("an older recording\n")
    run = marrowbot("record", "--force", path, stdin="\n".join(QUESTIONS) + "\n")
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"wrote {path} (4 turns)" in run.stderr
    assert "bone pain" in run.stdout  # it was a real chat: the answers were shown

    recorded = load_fixture(path)
    (conversation,) = recorded.conversations
    assert [t.user for t in conversation.turns] == QUESTIONS
    first, second, france, tests = (t.expect for t in conversation.turns)
    assert (first.intent, first.topic, first.cites) == (
        ("symptoms",),
        ("bone-marrow-necrosis",),
        ("bone-marrow-necrosis",),
    )
    assert (second.intent, second.topic) == (("treatment",), ("bone-marrow-necrosis",))
    assert (france.abstained, france.topic, france.cites) == (True, (None,), ())
    assert tests.topic == ("bone-marrow-diseases",)
    phrases = [e.contains for e in (first, second, france, tests)]
    assert all(len(p) == 1 and 2 <= len(p[0].split()) <= 5 for p in phrases), phrases
    assert len({p[0].casefold() for p in phrases}) == 4, phrases  # each distinctive

    replay = marrowbot("replay", path)
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert replay.stdout.splitlines()[-1] == "4 passed, 0 failed"


def test_record_refuses_to_overwrite_without_force(tmp_path: Path, marrowbot: Callable) -> None:
    path = tmp_path / "mine.yml"
    path.write_text("keep me\n")
    run = marrowbot("record", path, stdin="hello\n")
    assert run.returncode == 2
    assert run.stderr.strip() == f"{path}: already exists; choose another file or add --force to overwrite it"
    assert path.read_text() == "keep me\n"


def test_reset_starts_a_new_conversation_that_replays_fresh(tmp_path: Path, marrowbot: Callable) -> None:
    path = tmp_path / "two.yml"
    run = marrowbot("record", path, stdin="what is bone marrow necrosis\n/reset\nhow is it treated\n")
    assert run.returncode == 0, run.stderr
    first, second = load_fixture(path).conversations
    assert [t.user for t in first.turns] == ["what is bone marrow necrosis"]
    assert [t.user for t in second.turns] == ["how is it treated"]
    assert second.turns[0].expect.abstained  # asked afresh, "it" names nothing
    replay = marrowbot("replay", path)
    assert replay.stdout.splitlines()[-1] == "2 passed, 0 failed", replay.stdout


def test_a_full_disk_leaves_the_old_fixture_whole(tmp_path: Path) -> None:
    import resource

    path = tmp_path / "kept.yml"
    path.write_text("the old fixture\n")

    def small_files() -> None:  # in the child only: a file may grow to 1 KB, as on a nearly full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    env = {**os.environ, "MARROWBOT_CACHE_DIR": str(tmp_path / "cache")}
    warm = subprocess.run([*CLI, "index"], env=env, capture_output=True, text=True, timeout=HANG_GUARD)  # cache first
    assert warm.returncode == 0, warm.stderr
    questions = "".join(f"{q}\n" for q in QUESTIONS * 3)
    run = subprocess.run([*CLI, "record", "--force", str(path)], input=questions, env=env, capture_output=True,
                         text=True, timeout=HANG_GUARD, preexec_fn=small_files)
    assert run.returncode == 2 and "cannot write the fixture" in run.stderr, run.stderr
    assert path.read_text() == "the old fixture\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == ["kept.yml"]  # no stray file


# ------------------------------------------------------------------------------------ choosing phrases


def answer(*snippets: str, text: str | None = None, lead: str = "") -> Answer:
    quoted = tuple(Snippet(i, s, "doc", "Doc", "Summary", "u", 0.5) for i, s in enumerate(snippets, 1))
    return Answer(
        question="q",
        intent="definition",
        topic="doc",
        confidence=0.5,
        abstained=False,
        urgent=False,
        text=text if text is not None else " ".join([lead, *snippets, DISCLAIMER]).strip(),
        snippets=quoted,
        disclaimer=DISCLAIMER,
        lead=lead,
    )


def test_the_phrase_is_from_the_first_snippet_and_shared_by_no_other_answer() -> None:
    shared = "Bone marrow is the spongy tissue inside some of your bones."
    one = answer(shared, "It contains stem cells.")
    two = answer(shared + " Bone marrow necrosis often causes fever.")
    assert distinctive_phrase(one, [one, two]) == "It contains stem cells"
    assert distinctive_phrase(two, [one, two]) == "Bone marrow necrosis often causes"
    assert distinctive_phrase(one, [one]) == "Bone marrow is the spongy"


def test_an_answer_without_quotes_gets_a_phrase_of_its_own_words_and_never_of_the_disclaimer() -> None:
    abstain = answer(text=f"I'm sorry, I don't have information about that.\n{DISCLAIMER}")
    other = answer("Bone marrow is the spongy tissue.")
    assert distinctive_phrase(abstain, [abstain, other]) == "I'm sorry, I don't have"
    nothing = answer(text=DISCLAIMER)
    assert distinctive_phrase(nothing, [nothing, other]) is None


def test_the_written_fixture_is_valid_and_quotes_user_text_safely() -> None:
    odd = answer("Bone marrow is the spongy tissue.")
    text = fixture_text("odd", [("911", odd), ("yes: no # [x]", odd)])
    assert text.startswith("# Recorded with `marrowbot record` on ")
    users = [t.user for t in parse_fixture(text, "odd.yml").conversations[0].turns]
    assert users == ["911", "yes: no # [x]"]
