"""The REPL as a person uses it: driven through prompt-toolkit's pipe input with the screen read back by a
terminal emulator, in piped (plain) mode as a script uses it, and once on a real pseudo-terminal."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hang_guard import HANG_GUARD
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from marrowbot import Answer, Bot, Session
from marrowbot.frontends.repl import run_chat
from marrowbot.render import quote_line

pyte = pytest.importorskip("pyte", reason="the screen tests read the terminal through pyte")

QUESTION = "What are the symptoms of bone marrow necrosis?"
UP, CTRL_C, CTRL_D, TAB = "\x1b[A", "\x03", "\x04", "\t"


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


class Screen:
    """What the terminal shows after a REPL session: a pyte emulator fed with everything written."""

    def __init__(self, raw: str, columns: int) -> None:
        self.raw = raw
        screen = pyte.Screen(200, 600)  # wider than the REPL's width: overflowing lines would show
        screen.set_mode(pyte.modes.LNM)  # a terminal's output processing turns "\n" into "\r\n"
        pyte.Stream(screen).feed(raw)
        self.lines = [line.rstrip() for line in screen.display]
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        self.text = "\n".join(self.lines)
        self.columns = columns

    def flat(self) -> str:
        """The screen with wrapped lines joined, for finding sentences whatever the width."""
        return re.sub(r"\s+", " ", self.text)


def repl(bot: Bot, keys: str | list[str], *, columns: int = 80, color: bool | None = None,
         history: Path | None = None, turns: list[tuple[str, Answer]] | None = None) -> tuple[int, Screen]:
    """Run the REPL on a captured terminal, typing ``keys``; a list is typed one item at a time, each once the
    screen shows the last one had its effect (a new prompt after a line, the line changed after keys, a
    completion or a history recall), as a person would watch the screen."""
    raw = io.StringIO()
    output = Vt100_Output(raw, lambda: Size(rows=40, columns=columns), term="xterm-256color")
    result: list[int] = []
    errors: list[BaseException] = []

    def chat() -> None:
        try:
            result.append(run_chat(bot, input=pipe, output=output, color=color, history_path=history,
                                   on_turn=None if turns is None else lambda t, a: turns.append((t, a))))
        except BaseException as err:  # noqa: BLE001 - re-raised in the test's thread
            errors.append(err)

    def prompt_lines() -> list[str]:
        return [line for line in Screen(raw.getvalue(), columns).lines if line.startswith("you>")]

    def wait_for(done: Callable[[list[str]], bool]) -> None:
        deadline = time.monotonic() + 30
        while thread.is_alive() and not done(prompt_lines()):
            assert time.monotonic() < deadline, f"the REPL did not react; it shows:\n{raw.getvalue()[-2000:]}"
            time.sleep(0.01)

    with create_pipe_input() as pipe:
        thread = threading.Thread(target=chat, daemon=True)
        thread.start()
        wait_for(lambda lines: bool(lines))  # the first prompt is up
        for chunk in [keys] if isinstance(keys, str) else keys:
            before = prompt_lines()
            pipe.send_text(chunk)
            if chunk.endswith(("\r", CTRL_C)):  # a line was sent: wait for the next empty prompt
                wait_for(lambda lines: len(lines) > len(before) and lines[-1].strip() == "you>")  # noqa: B023
            elif chunk != CTRL_D:  # keys typed, a completion or history: wait until the line shows it
                wait_for(lambda lines: lines != before)  # noqa: B023 - called before the loop moves on
        thread.join(30)
    if errors:
        raise errors[0]
    assert not thread.is_alive(), "the REPL did not leave"
    return result[0], Screen(raw.getvalue(), columns)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_welcome_then_an_answer_with_citations_sources_and_disclaimer(bot: Bot) -> None:
    expected = bot.ask(QUESTION, Session())
    assert expected.snippets, "the default corpus answers this question"
    status, screen = repl(bot, QUESTION + "\r" + CTRL_D)
    assert status == 0
    welcome_first_line = bot.messages.welcome.strip().splitlines()[0]
    assert screen.lines[0] == welcome_first_line
    assert "/help" in screen.text and "/quit" in screen.text
    assert f"you> {QUESTION}" in screen.text
    shown = screen.flat()
    for snippet in expected.snippets:
        assert flat(quote_line(snippet)) in shown  # every quote, word for word, with its citation number
    for source in expected.sources:
        marks = "".join(f"[{n}]" for n in source.cites)
        assert f"{marks} {flat(source.title)}" in shown and source.url in screen.text
    assert "Sources" in screen.lines
    assert flat(expected.disclaimer) in shown
    assert shown.index(flat(expected.snippets[0].text)) < shown.index("Sources") < shown.rindex(
        flat(expected.disclaimer))
    # wrapped to the terminal's width (URLs are kept whole so they can be copied)
    assert all(len(line) <= 80 for line in screen.lines if "://" not in line)


def test_text_wraps_to_a_narrow_terminal(bot: Bot) -> None:
    _, screen = repl(bot, QUESTION + "\r" + CTRL_D, columns=44)
    start = next(i for i, line in enumerate(screen.lines) if line.startswith("• "))
    answer_lines = screen.lines[start:]
    assert len(answer_lines) > 10 and all(len(line) <= 44 for line in answer_lines if "://" not in line)


def test_colour_only_when_asked_for_or_on_a_terminal(bot: Bot) -> None:
    _, plain = repl(bot, QUESTION + "\r" + CTRL_D)  # a captured output is not a terminal: no colour
    assert "\x1b[1;36m[" not in plain.raw and "\x1b]8;;" not in plain.raw
    _, coloured = repl(bot, QUESTION + "\r" + CTRL_D, color=True)
    assert "\x1b[1;36m[1]" in coloured.raw  # citation numbers stand out


def test_each_slash_command(bot: Bot) -> None:
    keys = ["/help\r", "/topics\r", "/sources\r", "/why\r", QUESTION + "\r", "/why\r", "/quit\r", "never asked\r"]
    turns: list[tuple[str, Answer]] = []
    status, screen = repl(bot, keys, turns=turns)
    assert status == 0
    text, shown = screen.text, screen.flat()
    assert flat(bot.messages.help.splitlines()[0]) in shown  # /help: the help text...
    assert "/sources  every document I quote" in text  # ...and the commands
    for topic in bot.topics():  # /topics
        assert f"• {topic.title}" in text
    for source in bot.sources():  # /sources: every document with its URL and date
        assert source.url in text and flat(source.title) in shown
        if source.updated:
            assert f"updated {source.updated}" in shown
    assert "Nothing has been asked yet." in text  # /why before any question
    assert f"Intent: {turns[0][1].intent}" in text  # /why after it
    assert f"You asked: {QUESTION}" in text
    assert [t for t, _ in turns] == [QUESTION]  # /quit left: the last line was never asked


@pytest.mark.parametrize("word", ["quit", "Exit", "exit."])
def test_typing_quit_or_exit_alone_leaves_instead_of_being_asked(bot: Bot, word: str) -> None:
    turns: list[tuple[str, Answer]] = []
    status, _ = repl(bot, [QUESTION + "\r", word + "\r", "never asked\r"], turns=turns)
    assert status == 0
    assert [t for t, _ in turns] == [QUESTION]


def test_a_number_after_an_answer_asks_one_of_the_questions_offered(bot: Bot) -> None:
    expected = bot.ask(QUESTION, Session())
    assert len(expected.follow_ups) >= 2
    turns: list[tuple[str, Answer]] = []
    status, screen = repl(bot, [QUESTION + "\r", "2\r", "/quit\r"], turns=turns)
    assert status == 0
    assert "You could also ask:" in screen.text
    for n, question in enumerate(expected.follow_ups, 1):
        assert f"{n}. {question}" in screen.text
    assert [t for t, _ in turns] == [QUESTION, expected.follow_ups[1]]
    assert turns[1][1].topic == expected.topic and not turns[1][1].abstained


def test_topics_lists_documents_and_conditions_not_pages_or_organisations(bot: Bot) -> None:
    status, screen = repl(bot, ["/topics\r", "/quit\r"])
    shown = screen.flat()
    assert "Polycythemia Vera" in shown and "Fanconi anemia" in shown
    for noise in ("disclaimer", "quality guidelines", "National Cancer Institute", "Leukemia & Lymphoma Society",
                  "Article:", "ClinicalTrials.gov", "Blood Tests"):
        assert noise not in shown, noise


def test_reset_forgets_the_conversation(bot: Bot) -> None:
    follow_up = "and how is it treated?"
    session = Session()
    bot.ask(QUESTION, session)
    in_context = bot.ask(follow_up, session)
    fresh = bot.ask(follow_up, Session())
    assert in_context.text != fresh.text, "the follow-up depends on the conversation"
    turns: list[tuple[str, Answer]] = []
    _, screen = repl(bot, [f"{QUESTION}\r", "/reset\r", f"{follow_up}\r", CTRL_D], turns=turns)
    assert "The conversation was forgotten." in screen.text
    assert turns[1][1].text == fresh.text  # answered as if nothing had been asked before


def test_ctrl_c_clears_the_line_and_ctrl_d_leaves(bot: Bot) -> None:
    turns: list[tuple[str, Answer]] = []
    status, screen = repl(bot, ["what is bone marrow necr", CTRL_C, "/why\r", CTRL_D, "/topics\r"],
                          turns=turns)
    assert status == 0
    assert turns == []  # the cleared line was never asked
    assert "Nothing has been asked yet." in screen.text
    assert "I can tell you about" not in screen.text  # Ctrl-D left before /topics


def test_tab_completes_topics_and_commands_despite_misspellings(bot: Bot) -> None:
    turns: list[tuple[str, Answer]] = []
    _, screen = repl(bot, ["what is bone marow nec", TAB, "\r", "/sou", TAB, "\r", CTRL_D], turns=turns)
    assert turns[0][0].lower() == "what is bone marrow necrosis"
    assert any(s.url in screen.text for s in bot.sources())  # /sou<Tab> ran /sources


def test_an_escape_sequence_typed_at_the_prompt_is_shown_inert(bot: Bot) -> None:
    turns: list[tuple[str, Answer]] = []
    _, screen = repl(bot, ["\x1b[31mwhat is bone marrow necrosis\r", CTRL_D], turns=turns)
    assert turns[0][0] == "␛[31mwhat is bone marrow necrosis"  # as text, not a colour change or an error
    assert "Traceback" not in screen.text and "Unhandled exception" not in screen.text


def test_history_is_kept_in_memory_and_on_disk_only_when_asked(bot: Bot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    turns: list[tuple[str, Answer]] = []
    repl(bot, [QUESTION + "\r", UP, "\r", CTRL_D], turns=turns)
    assert [t for t, _ in turns] == [QUESTION, QUESTION]  # Up recalled the last question
    assert list(tmp_path.iterdir()) == []  # and nothing was written anywhere
    history = tmp_path / "chat-history"
    repl(bot, QUESTION + "\r" + CTRL_D, history=history)
    assert QUESTION in history.read_text(encoding="utf-8")
    assert history.stat().st_mode & 0o077 == 0  # readable by its owner only
    turns.clear()
    repl(bot, [UP, "\r", CTRL_D], history=history, turns=turns)  # a new chat recalls it from the file
    assert [t for t, _ in turns] == [QUESTION]


def test_an_unwritable_history_file_is_an_error_not_a_traceback(bot: Bot, tmp_path: Path) -> None:
    from marrowbot import MarrowbotError

    with pytest.raises(MarrowbotError, match=r"^.*missing/dir/history: cannot write the history file"):
        repl(bot, CTRL_D, history=tmp_path / "missing" / "dir" / "history")


def _marrowbot() -> list[str]:
    exe = shutil.which("marrowbot")
    return [exe] if exe else [sys.executable, "-m", "marrowbot"]


def test_piped_input_gives_plain_answers_one_question_a_line(bot: Bot) -> None:
    questions = [QUESTION, "and how is it treated?"]
    session = Session()
    expected = [bot.ask(q, session).text for q in questions]
    stdin = ("\n".join(questions) + "\n\n/sources\n").encode() + b"caf\xe9 \xff\n"
    done = subprocess.run(_marrowbot() + ["chat"], input=stdin, capture_output=True, timeout=HANG_GUARD,
                          env={**os.environ, "TERM": "xterm-256color"})
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode("utf-8")
    assert "\x1b" not in out and "you>" not in out  # no colour, no prompt decoration
    assert out.startswith(expected[0].rstrip("\n") + "\n\n")  # the same text as `marrowbot ask`, in order
    assert expected[1].strip() in out  # one conversation: the follow-up was understood in context
    assert all(s.url in out for s in bot.sources())
    assert b"Traceback" not in done.stderr  # undecodable bytes are not an error


def test_real_terminal_session() -> None:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(_marrowbot()[0], _marrowbot()[1:] + ["chat"], env={**os.environ, "TERM": "xterm"},
                          dimensions=(40, 100), timeout=60, encoding="utf-8")
    try:
        child.expect("you> ")
        child.send("what is bone marrow necrosis" + CTRL_C)  # cleared, not asked
        child.expect("you> ")
        child.send(QUESTION + "\r")
        child.expect(r"\[1\]")
        child.expect("not medical advice")
        child.expect("you> ")
        child.send(CTRL_C)  # Ctrl-C on an empty line does not leave either
        child.expect("you> ")
        assert child.isalive()
        child.send(CTRL_D)
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0

