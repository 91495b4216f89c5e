"""Round 52 review of the front ends: what a patient typed does not outlive the request in the web server (its
memory stays flat), invalid UTF-8 typed at the terminal kiosk is answered (not a wipe), and a kiosk wipe also
empties the input line's own cache. The web kiosk's goodbye wipe and browser keys are in test_browser.py."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from marrowbot import Bot, memory
from marrowbot.frontends.config import KioskConfig, hash_passphrase, passphrase_matches
from marrowbot.web.app import _Forgetting, create_app

sys.path.insert(0, str(Path(__file__).parent))
from test_kiosk import CONFIG, PASSPHRASE, Terminal, running  # noqa: E402

uvicorn = pytest.importorskip("uvicorn")


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def remembers(word: str) -> bool:
    """True when ``word`` is in any memo of the engine (keys or values), or any message cache is not empty."""
    if any(f.cache_info().currsize for f in memory._FUNCTIONS):
        return True
    return any(word in repr(k) or word in repr(v) for memo in memory._MEMOS.values() for k, v in list(memo.items()))


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


@pytest.fixture(scope="module")
def server(bot: Bot) -> Iterator[str]:
    """The real app served by uvicorn over loopback, in this process (so that its memos can be looked at)."""
    config = uvicorn.Config(create_app(bot, rate_limit=None), host="127.0.0.1", port=0, log_level="warning",
                            lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    wait_until(lambda: srv.started and bool(srv.servers), timeout=30)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


def ask(url: str, message: str) -> dict[str, Any]:
    response = httpx.post(f"{url}/api/ask", json={"message": message, "session": None}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


# --- the web server keeps nothing typed -----------------------------------------------------------------------


def test_a_word_typed_in_one_request_is_in_no_memo_after_it(server: str, bot: Bot) -> None:
    word = "glimmerquoll"
    data = ask(server, f"my cousin {word} keeps asking, what does bone marrow do?")
    assert data["disclaimer"]
    assert not remembers(word)
    # The same message asked again (memos empty, then filled afresh) gets the same answer.
    assert ask(server, f"my cousin {word} keeps asking, what does bone marrow do?")["text"] == data["text"]
    assert not remembers(word)


def test_concurrent_requests_all_answer_and_leave_nothing(server: str, bot: Bot) -> None:
    messages = [f"neighbour{n}plover asked me how bone marrow transplants work" for n in range(6)]
    messages += ["what is aplastic anemia?", "how is myelofibrosis found?"]
    results: dict[str, dict[str, Any]] = {}
    errors: list[BaseException] = []

    def one(message: str) -> None:
        try:
            results[message] = ask(server, message)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    for _ in range(2):
        threads = [threading.Thread(target=one, args=(m,)) for m in messages]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    assert not errors and len(results) == len(messages)
    assert all(r["disclaimer"] for r in results.values())
    assert not any(remembers(f"neighbour{n}plover") for n in range(6))
    # Forgetting between answers changes no answer.
    from marrowbot import Session
    for message in ("what is aplastic anemia?", "how is myelofibrosis found?"):
        assert results[message]["text"] == bot.ask(message, Session()).text


def test_forgetting_waits_for_answers_in_progress_and_bounds_what_is_kept() -> None:
    busy = [0]
    forgets: list[int] = []  # answers in progress at each forget
    forgetting = _Forgetting(lambda: forgets.append(busy[0]), every=2)
    gates = [threading.Event() for _ in range(3)]
    started = [threading.Event() for _ in range(3)]

    def answer(i: int) -> int:
        busy[0] += 1
        started[i].set()
        gates[i].wait(30)
        busy[0] -= 1
        return i

    threads = [threading.Thread(target=forgetting.run, args=(answer, i)) for i in range(3)]
    threads[0].start()
    started[0].wait(10)
    threads[1].start()
    started[1].wait(10)
    threads[2].start()  # two answers since the last forget: the third waits for them to finish
    wait_until(lambda: len(forgetting._changed._waiters) == 1)  # type: ignore[attr-defined]
    assert not started[2].is_set()
    gates[0].set()
    threads[0].join(10)
    assert forgets == [] and not started[2].is_set()  # one answer still in progress: no forget yet
    gates[1].set()
    started[2].wait(10)  # the last one finished, the memos were emptied, the waiting answer starts
    assert forgets == [0]
    gates[2].set()
    for t in threads:
        t.join(10)
    assert forgets == [0, 0]  # never while an answer was in progress


# --- the terminal kiosk -------------------------------------------------------------------------------------


def test_bytes_that_are_not_utf8_are_never_the_passphrase() -> None:
    assert not passphrase_matches(CONFIG, "abc\udcff\udcfe\udcc3(")
    assert not passphrase_matches(CONFIG, "\ud800")
    assert passphrase_matches(CONFIG, PASSPHRASE)


def test_invalid_utf8_typed_in_a_real_terminal_is_answered_not_wiped(tmp_path: Path, bot: Bot) -> None:
    pytest.importorskip("pexpect")
    pytest.importorskip("pyte")
    config = tmp_path / "kiosk.yml"
    config.write_text(f'exit_passphrase_sha256: "{hash_passphrase(PASSPHRASE)}"\n', encoding="utf-8")
    term = Terminal(["kiosk", "--config", str(config)])
    try:
        term.wait_for("Type a number to ask one of these")
        term.send("what is myelofibrosis ")
        term.child.send(b"\xff\xfe\xc3(")  # bytes no UTF-8 text has
        term.send("\r")
        screen = term.wait_for("You asked: what is myelofibrosis")
        flat = " ".join(screen.split())
        assert "went wrong" not in flat and bot.messages.wiped not in flat
        assert term.child.isalive()
        term.send(PASSPHRASE + "\r")  # staff still leave with the passphrase
        term.child.expect(term._pexpect.EOF, timeout=10)
    finally:
        term.child.close(force=True)
    assert term.child.exitstatus == 0


def test_a_wipe_empties_the_input_lines_cache_too(bot: Bot) -> None:
    question = "is myelofibrosis something my grandchildren inherit"
    with running(bot, CONFIG) as run:
        run.type(question + "\r")
        assert "myelofibrosis" in run.screen
        run.type("I'm done\r")
        wait_until(lambda: "myelofibrosis" not in run.screen)
        cache = run.kiosk.input.buffer._document_cache
        assert not any("myelofibrosis" in repr(key) for key in list(cache) + list(cache._keys))


def test_goodbye_wipes_the_whole_screen(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        run.type("does myelofibrosis shorten a life\r")
        assert "myelofibrosis" in run.screen
        run.type("bye for now\r")
        wait_until(lambda: "myelofibrosis" not in run.screen)
        assert bot.messages.wiped in " ".join(run.screen.split())


def test_without_a_passphrase_configured_the_phrase_does_nothing(bot: Bot) -> None:
    with running(bot, KioskConfig()) as run:
        run.type(PASSPHRASE + "\r")
        run.drain()
        assert run.thread.is_alive()


def test_a_failing_forget_never_loses_the_answer() -> None:
    def broken() -> None:
        raise RuntimeError("boom")

    forgetting = _Forgetting(broken, every=1)
    assert [forgetting.run(lambda i: i * 2, i) for i in range(3)] == [0, 2, 4]
