"""Round 54 review of the chat page (kiosk users), in headless Chromium against the real server: a question that
gets no answer comes back in the box with whom to call, the crisis line survives every wipe, a tap on the idle
dialog never asks the question under it, the side panel and the kiosk lock-down do not wait on one lucky request,
zoom keys work and the clipboard keeps nothing on a kiosk, and a stalled request ends."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import test_browser  # noqa: E402  (skips this module too without Chromium or Playwright)
from playwright.sync_api import Browser, Page, expect  # noqa: E402
from test_browser import _WATCH_KEYS, _pressed, open_chat, send  # noqa: E402

# The real server and browser, and a page that fails on any script error, as in test_browser.py.
base_url, browser, page = test_browser.base_url, test_browser.browser, test_browser.page

pytestmark = pytest.mark.browser

ASK_SECONDS = 30  # app.js: a question's answer is given up after this long


def info(page: Page) -> dict[str, Any]:
    return page.request.get("/api/messages").json()


def type_and_send(page: Page, text: str) -> None:
    page.locator("#message").fill(text)
    page.locator("#message").press("Enter")


def json_error(status: int) -> Any:
    return lambda route, request: route.fulfill(
        status=status, content_type="application/json",
        body=json.dumps({"error": "too many requests: please wait 7 seconds and try again"}),
    )


FAILURES = {
    "rate limited": json_error(429),
    "server error": json_error(500),
    "restarting": lambda route, request: route.fulfill(status=502, body="Bad Gateway"),
    "network": lambda route, request: route.abort("connectionreset"),
}


# --- 1: a question that gets no answer -------------------------------------------------------------------------


@pytest.mark.console_allows("Failed to load resource")  # the failed request itself, as Chromium logs it
@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_question_that_gets_no_answer_comes_back_in_the_box_with_whom_to_call(page: Page, failure: str) -> None:
    open_chat(page, "/?kiosk=1")
    words = info(page)
    call, crisis = words["emergency"]["call"], words["emergency"]["crisis_line"]
    page.route("**/api/ask", FAILURES[failure])
    question = "my wife's marrow test came back odd, what does hypocellular mean"
    type_and_send(page, question)
    note = page.locator(".note-error")
    expect(note).to_be_visible()
    assert page.locator("#message").input_value() == question, "the typed words are back, to send again"
    said = " ".join(note.inner_text().split())
    assert call in said and crisis in said, said  # whom to call, in the bot's own words
    assert words["help_line"] in said and words["error"] in said
    assert "start again" not in said.lower() and "too many requests" not in said and "wrong" not in said
    assert page.locator(".typing").count() == 0
    # Sent again as it is, with one key, once the server answers.
    page.unroute("**/api/ask")
    with page.expect_response("**/api/ask") as response:
        page.locator("#message").press("Enter")
    assert response.value.ok
    page.locator("article.msg-bot").nth(1).wait_for()
    assert page.locator("#message").input_value() == ""


@pytest.mark.console_allows("Failed to load resource")
def test_in_a_spanish_conversation_the_failure_note_is_in_spanish(page: Page) -> None:
    open_chat(page)
    data, _card = send(page, "¿Qué es la necrosis de la médula ósea?")
    assert data["lang"] == "es"
    page.route("**/api/ask", FAILURES["rate limited"])
    type_and_send(page, "¿y cómo se trata?")
    note = page.locator(".note-error")
    expect(note).to_be_visible()
    assert note.get_attribute("lang") == "es"
    said = " ".join(note.inner_text().split())
    assert data["words"]["error"] in said and data["words"]["help_line"] in said and "988" in said
    assert page.locator("#message").input_value() == "¿y cómo se trata?"


def test_a_request_that_stalls_ends_with_the_note_not_dots_forever(page: Page) -> None:
    page.clock.install()
    open_chat(page)
    held: list[Any] = []
    page.route("**/api/ask", lambda route, request: held.append(route))  # never answered
    type_and_send(page, "what is aplastic anemia")
    expect(page.locator(".typing")).to_be_visible()
    page.clock.run_for(ASK_SECONDS * 1000 - 2000)
    assert page.locator(".typing").count() == 1 and page.locator(".note-error").count() == 0
    page.clock.run_for(3000)
    expect(page.locator(".note-error")).to_be_visible()
    assert page.locator(".typing").count() == 0 and held
    assert page.locator("#message").input_value() == "what is aplastic anemia"
    assert "911" in page.locator(".note-error").inner_text()


# --- 2: the crisis line survives every wipe ----------------------------------------------------------------------


def test_the_crisis_line_stays_in_the_header_after_start_over_and_the_idle_wipe(page: Page) -> None:
    page.clock.install()
    open_chat(page, "/?kiosk=1")
    words = info(page)
    crisis = words["emergency"]["crisis_line"]
    header = page.locator("#emergency")
    expect(header).to_contain_text(crisis)
    assert words["crisis"] in " ".join(header.inner_text().split())

    data, card = send(page, "i want to end my life tonight")
    assert data["urgent"] and crisis in card.inner_text()
    page.locator("#new-chat").click()  # Start over
    assert page.locator(".msg-user").count() == 0
    expect(header).to_contain_text(crisis)
    expect(header).to_be_in_viewport()

    data, _card = send(page, "quiero morirme, ya no aguanto más")
    assert data["urgent"] and data["lang"] == "es"
    assert data["words"]["crisis"] in " ".join(header.inner_text().split())  # in the conversation's language
    kiosk = words["kiosk"]
    page.clock.run_for(int(kiosk["idle_seconds"] * 1000) + 2000)  # nobody there: wiped
    expect(page.locator(".note-wiped")).to_be_visible()
    assert page.locator(".msg-user").count() == 0 and "aguanto" not in page.locator("body").inner_text()
    assert words["crisis"] in " ".join(header.inner_text().split())  # English again, still there


# --- 3: a tap on the idle dialog ---------------------------------------------------------------------------------


@contextmanager
def idle_dialog_on_a_touch_screen(browser: Browser, base_url: str, width: int,
                                  height: int) -> Iterator[tuple[Page, dict[str, Any]]]:
    """A kiosk page on a touch screen, "hello" typed and not sent, left until the idle dialog shows (the page, and
    the kiosk's settings)."""
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=base_url, has_touch=True)
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        page.clock.install()
        open_chat(page, "/?kiosk=1")
        kiosk = info(page)["kiosk"]
        page.locator("#message").fill("hello")  # something typed, not sent: the idle warning protects it
        page.clock.run_for(int((kiosk["idle_seconds"] - kiosk["warn_seconds"]) * 1000) + 1000)
        expect(page.locator("#idle-dialog")).to_be_visible()
        yield page, kiosk
    finally:
        context.close()


def test_tapping_keep_going_never_asks_the_question_under_the_dialog(browser: Browser, base_url: str) -> None:
    with idle_dialog_on_a_touch_screen(browser, base_url, 390, 700) as (page, kiosk):
        button = page.locator("#idle-continue").bounding_box()
        assert button is not None
        x, y = button["x"] + button["width"] / 2, button["y"] + button["height"] / 2
        # A suggested question lies right under "Keep going" (scrolled there if needed).
        under = page.evaluate(
            """([x, y]) => { const log = document.getElementById('log');
              for (const chip of document.querySelectorAll('#log .chip')) {
                let r = chip.getBoundingClientRect();
                log.scrollTop = Math.max(0, log.scrollTop + (r.top + r.bottom) / 2 - y);
                r = chip.getBoundingClientRect();
                if (r.left < x && x < r.right && r.top < y && y < r.bottom) return chip.innerText;
              } return null; }""",
            [x, y],
        )
        assert under, "no suggested question could be put under the dialog's button"
        asked: list[str] = []
        page.on("request", lambda r: asked.append(r.post_data or "") if r.url.endswith("/api/ask") else None)
        page.touchscreen.tap(x, y)
        expect(page.locator("#idle-dialog")).to_be_hidden()
        page.evaluate("() => new Promise((done) => setTimeout(done, 0))")  # let any click's fetch start
        page.clock.run_for(100)
        assert asked == [] and page.locator(".msg-user").count() == 0, f"{under!r} was asked by a tap on Keep going"
        assert page.locator("#message").input_value() == "hello"
        # The wipe was put off: the full idle time again from the tap.
        page.clock.run_for(int((kiosk["idle_seconds"] - kiosk["warn_seconds"]) * 1000) - 1000)
        assert page.locator("#idle-dialog").is_hidden() and page.locator("#message").input_value() == "hello"


def test_a_touch_on_the_open_dialog_gives_the_whole_countdown_again(browser: Browser, base_url: str) -> None:
    with idle_dialog_on_a_touch_screen(browser, base_url, 1280, 900) as (page, kiosk):
        dialog = page.locator("#idle-dialog")
        page.clock.run_for(int(kiosk["warn_seconds"] * 1000) - 3000)  # nearly wiped
        text = page.locator("#idle-text").bounding_box()
        assert text is not None
        page.touchscreen.tap(text["x"] + 5, text["y"] + 5)  # on the dialog's words, not its button
        page.clock.run_for(5000)
        assert dialog.is_visible() and page.locator("#message").input_value() == "hello"
        page.locator("#idle-continue").click()
        expect(dialog).to_be_hidden()


# --- 4 and 5: nothing waits on one lucky request ------------------------------------------------------------------


@pytest.mark.console_allows("status of 429")
def test_the_side_panel_is_filled_after_a_refused_first_try(page: Page) -> None:
    tries: list[str] = []

    def first_refused(route: Any, request: Any) -> None:
        tries.append(request.url)
        if len(tries) == 1:
            json_error(429)(route, request)
        else:
            route.continue_()

    page.route("**/api/sources", first_refused)
    open_chat(page)
    expect(page.locator("#source-list li").first).to_be_visible(timeout=15_000)  # tried again, by itself
    assert len(tries) == 2 and page.locator("#topic-list .topic-button").count() > 0
    assert page.locator("#about").is_visible()


@pytest.mark.console_allows("status of 503")
def test_a_kiosk_page_is_locked_down_while_it_waits_for_the_server(page: Page) -> None:
    page.route("**/api/messages", lambda route, request: route.fulfill(status=503, body="restarting"))
    page.goto("/?kiosk=1")
    expect(page.locator(".note-error")).to_contain_text("not available")
    assert page.evaluate("document.body.classList.contains('kiosk')")
    menu = page.evaluate("""() => { const e = new MouseEvent('contextmenu', {bubbles: true, cancelable: true});
        document.body.dispatchEvent(e); return e.defaultPrevented; }""")
    assert menu, "the context menu opens on a kiosk page waiting for its server"
    page.evaluate(_WATCH_KEYS)
    assert _pressed(page, ["Control+s", "F12", "Control+p"]) == [True, True, True]
    page.unroute("**/api/messages")
    page.locator(".welcome").wait_for(timeout=15_000)
    assert page.locator(".note-error").count() == 0


# --- 6 and 7: zoom keys, and the clipboard ------------------------------------------------------------------------


def test_the_zoom_keys_work_on_the_kiosk(page: Page) -> None:
    open_chat(page, "/?kiosk=1")
    page.evaluate(_WATCH_KEYS)
    zoom = ["Control+Equal", "Control+Shift+Equal", "Control+Minus", "Control+Digit0", "Control+NumpadAdd",
            "Control+NumpadSubtract"]
    assert _pressed(page, zoom) == [False] * len(zoom)
    assert _pressed(page, ["Control+s", "Control+Shift+I"]) == [True, True]  # still closed


_WATCH_CLIPBOARD = """() => { window.__clip = []; for (const name of ["copy", "cut"])
  window.addEventListener(name, (e) => window.__clip.push([name, e.defaultPrevented])); }"""


@pytest.mark.parametrize("kiosk", [True, False], ids=["kiosk", "chat"])
def test_on_the_kiosk_nothing_typed_or_read_reaches_the_clipboard(page: Page, kiosk: bool) -> None:
    open_chat(page, "/?kiosk=1" if kiosk else "/")
    page.evaluate(_WATCH_CLIPBOARD)
    box = page.locator("#message")
    box.fill("my private question about my son")
    box.press("Control+a")
    box.press("Control+c")
    box.press("Control+x")
    page.locator(".welcome p").first.select_text()
    page.keyboard.press("Control+c")
    page.wait_for_function("() => window.__clip.length >= 3")
    assert page.evaluate("window.__clip") == [["copy", kiosk], ["cut", kiosk], ["copy", kiosk]]
    assert box.input_value() == ("my private question about my son" if kiosk else "")
