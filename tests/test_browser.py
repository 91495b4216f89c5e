"""The chat page in headless Chromium (Debian's package, driven by Playwright) against the real server.

Skips with the reason when Chromium, Playwright or axe-core is missing; run scripts/setup_browser.sh first.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from marrowbot_servers import REPO, get_server  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
OUTPUT = REPO / "test-output"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None  # type: ignore[assignment]

if sync_playwright is None:
    pytest.skip("Playwright for Python is not installed (pip install -e '.[test]')", allow_module_level=True)
if CHROMIUM is None:
    pytest.skip(
        "Chromium is not installed: run scripts/setup_browser.sh (apt-get install chromium)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def base_url() -> str:
    return get_server("main").url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, base_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    context.set_default_timeout(10_000)  # a broken page fails in seconds, not minutes
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"script error: {err}"))
    page.on(
        "console",
        lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None,
    )
    yield page
    context.close()
    # A script error or a blocked resource (CSP) means the page is broken, whatever the test saw.
    allowed = [m.args[0] for m in request.node.iter_markers("console_allows")]
    assert not [p for p in problems if not any(a in p for a in allowed)], problems


def open_chat(page: Page, path: str = "/") -> None:
    page.goto(path)
    page.locator(".welcome").wait_for()


def send(page: Page, text: str) -> tuple[dict[str, Any], Any]:
    """Types a question and presses Enter; returns the API's JSON and the answer card it produced."""
    before = page.locator(".msg-bot:not(.typing)").count()
    page.locator("#message").fill(text)
    with page.expect_response("**/api/ask") as info:
        page.locator("#message").press("Enter")
    data = info.value.json()
    card = page.locator(".msg-bot:not(.typing)").nth(before)
    card.wait_for()
    return data, card


def save_screenshot(page: Page, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.wait_for_timeout(400)  # let the smooth scroll settle
    page.screenshot(path=str(OUTPUT / name))


# --- tests ---------------------------------------------------------------------------------------------


def test_a_keyboard_user_asks_and_sees_a_cited_answer_with_the_disclaimer(page: Page) -> None:
    open_chat(page)
    info = page.request.get("/api/messages").json()
    disclaimer = page.locator("#disclaimer-text")
    assert disclaimer.inner_text() == info["disclaimer"]
    assert page.locator("[role=log]").count() == 1

    # Keyboard only: the first Tab reaches the skip link, which leads to the question box.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "message"
    page.keyboard.type("What are the symptoms of bone marrow necrosis?")
    with page.expect_response("**/api/ask") as response:
        page.keyboard.press("Enter")
    data = response.value.json()
    card = page.locator("article.msg-bot").nth(1)
    card.wait_for()

    assert data["snippets"], data
    quotes = card.locator(".quote blockquote")
    assert quotes.count() == len(data["snippets"])
    for i, snippet in enumerate(data["snippets"]):
        assert snippet["text"] in quotes.nth(i).inner_text()
        cite = quotes.nth(i).locator(".cite")
        assert cite.inner_text() == f"[{snippet['n']}]"
        assert cite.get_attribute("href") == snippet["url"]
    assert card.locator(".sources li").count() >= 1
    assert card.locator(".answer-disclaimer").inner_text() == data["disclaimer"]
    assert disclaimer.is_visible() and disclaimer.bounding_box()["y"] < 900  # still on screen after answers
    assert page.evaluate("document.activeElement.id") == "message"  # ready for the next question
    save_screenshot(page, "web.png")


def test_a_follow_up_question_uses_the_conversation(page: Page) -> None:
    open_chat(page)
    first = page.locator(".welcome .chip", has_text="What is bone marrow necrosis?")
    with page.expect_response("**/api/ask") as response:
        first.click()
    assert response.value.json()["topic"] == "bone-marrow-necrosis"
    page.locator("article.msg-bot").nth(1).wait_for()

    data, card = send(page, "how is it treated?")
    assert data["topic"] == "bone-marrow-necrosis" and data["intent"] == "treatment"
    assert card.locator(".quote").count() == len(data["snippets"]) > 0
    assert "Bone marrow necrosis" in card.locator(".quote-where").first.inner_text()


def test_an_emergency_is_shown_first_and_announced(page: Page) -> None:
    open_chat(page)
    data, card = send(page, "my husband has chest pain and can't breathe")
    assert data["urgent"] is True
    urgent = card.locator(".urgent-box")
    assert urgent.is_visible() and "911" in urgent.inner_text()
    # Nothing in the answer comes before what to do now.
    first_child = card.locator(".msg-body > *").first
    assert first_child.get_attribute("class") == "urgent-box"
    announcer = page.locator("#urgent-announcer")
    assert announcer.get_attribute("role") == "alert"
    expect(announcer).to_contain_text("911")


@pytest.mark.console_allows("status of 422")  # the refused stale session, as Chromium logs it
def test_a_conversation_the_server_no_longer_knows_still_gets_the_emergency_answer(page: Page) -> None:
    open_chat(page)
    send(page, "what is bone marrow necrosis")
    sent: list[Any] = []

    def stale(route: Any, request: Any) -> None:  # as after the documents changed under an open page
        body = json.loads(request.post_data)
        if body["session"] is not None:
            body["session"] = {**body["session"], "condition": 424242}
        sent.append(body["session"])
        route.continue_(post_data=json.dumps(body))

    page.route("**/api/ask", stale)
    before = page.locator(".msg-bot:not(.typing)").count()
    page.locator("#message").fill("my child is not breathing")
    page.locator("#message").press("Enter")
    card = page.locator(".msg-bot:not(.typing)").nth(before)
    expect(card.locator(".urgent-box")).to_contain_text("911")
    assert sent[0] is not None and sent[-1] is None  # refused once, then asked afresh
    assert page.locator(".note-error").count() == 0


@pytest.mark.console_allows("status of 503")  # the first, failed try, as Chromium logs it
def test_a_kiosk_page_that_finds_the_server_down_tries_again_and_never_spellchecks(page: Page) -> None:
    tries: list[str] = []

    def first_fails(route: Any, request: Any) -> None:  # the server restarting as the kiosk page loads
        tries.append(request.url)
        if len(tries) == 1:
            route.fulfill(status=503, body="restarting")
        else:
            route.continue_()

    page.route("**/api/messages", first_fails)
    page.goto("/?kiosk=1")
    expect(page.locator(".note-error")).to_contain_text("not available")
    page.locator(".welcome").wait_for(timeout=15_000)  # it tried again, by itself
    assert len(tries) == 2 and page.locator(".note-error").count() == 0
    message = page.locator("#message")
    assert message.get_attribute("spellcheck") == "false" and message.get_attribute("autocorrect") == "off"


def test_every_thing_to_touch_on_a_kiosk_page_is_big_enough_for_a_finger(page: Page) -> None:
    open_chat(page, "/?kiosk=1")
    send(page, "What is bone marrow necrosis?")  # quotes with citation numbers, follow-up chips
    send(page, "how do i fix my car")  # an abstention that lists the topics as buttons
    small = page.evaluate("""() => [...document.querySelectorAll('a, button, input, [role=button]')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.tagName + '.' + e.className + ' ' + (e.innerText || '').slice(0, 30), e.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.height < 44 || r.width < 44))
        .map(([name, r]) => `${name}: ${Math.round(r.width)}x${Math.round(r.height)}`)""")
    assert page.locator(".topic-button").count() > 0 and page.locator(".cite").count() > 0
    assert small == [], small


def test_markup_typed_or_returned_is_shown_as_inert_text(page: Page) -> None:
    open_chat(page)
    payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>'
    data, card = send(page, payload)
    bubble = page.locator(".msg-user .msg-text").last
    assert bubble.inner_text() == payload
    assert page.locator("#log img, #log script, #log b").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert data["question"] == payload


def test_kiosk_warns_before_the_idle_reset_and_then_wipes_the_chat(page: Page) -> None:
    page.clock.install()
    open_chat(page, "/?kiosk=1")
    info = page.request.get("/api/messages").json()["kiosk"]
    idle, warn = info["idle_seconds"], info["warn_seconds"]
    assert page.locator(".site-nav").is_hidden()

    data, card = send(page, "What is bone marrow necrosis?")
    assert card.locator(".quote").count() > 0
    assert page.locator("#log a[href^='http']").count() == 0, "nothing on a kiosk leads away from the page"
    assert card.locator(".source-url").first.inner_text().startswith("https://")

    dialog = page.locator("#idle-dialog")
    page.clock.run_for(int((idle - warn) * 1000) - 1000)
    assert dialog.is_hidden()
    page.clock.run_for(2000)
    assert dialog.is_visible()
    assert page.locator("#idle-text").inner_text() == page.request.get("/api/messages").json()["idle_warning"]
    save_screenshot(page, "kiosk-idle.png")

    page.locator("#idle-continue").click()  # "Keep going"
    assert dialog.is_hidden()
    page.clock.run_for(int((idle - warn) * 1000) - 1000)
    assert dialog.is_hidden() and page.locator(".msg-user").count() == 1, "continuing restarts the timer"

    page.clock.run_for(int(warn * 1000) + 2000)  # no answer to the warning: wiped
    assert dialog.is_hidden()
    assert page.locator(".msg-user").count() == 0 and page.locator(".quote").count() == 0
    assert page.locator(".note-wiped").is_visible()
    assert page.locator("#message").input_value() == ""

    # Wiped from memory too: the next message starts a new conversation (no session sent).
    with page.expect_request("**/api/ask") as request:
        page.locator("#message").fill("how is it treated?")
        page.locator("#message").press("Enter")
    assert json.loads(request.value.post_data or "{}")["session"] is None


@pytest.mark.parametrize(("width", "height"), [(320, 568), (1920, 1080)])
def test_phone_and_wide_screens_keep_the_emergency_number_and_suggestions_in_view(
        browser: Browser, base_url: str, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=base_url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        open_chat(page)
        emergency = page.locator("#emergency")
        expect(emergency).to_be_visible()
        assert "911" in emergency.inner_text()
        box = emergency.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width and box["y"] < height
        chip = page.locator(".welcome .chip").first
        chip_box, composer = chip.bounding_box(), page.locator("footer.composer").bounding_box()
        assert chip_box is not None and composer is not None
        assert chip_box["y"] + chip_box["height"] <= composer["y"]  # above the fold: not under the question box
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width  # nothing runs off the side
        save_screenshot(page, f"web-{width}-welcome.png")

        # A condition the documents only link to (no page of its own in the library): pages to read, each title
        # once, never shown as quotes.
        data, card = send(page, "What is agranulocytosis?")
        assert data["snippets"] and card.locator("blockquote").count() == 0
        items = card.locator(".read-more li")
        titles = [items.nth(i).locator("a, .link-text").first.inner_text() for i in range(items.count())]
        assert titles and len(titles) == len(set(titles))
        # A quoted answer: two or three follow-up questions as chips.
        data, card = send(page, "What is bone marrow necrosis?")
        assert data["snippets"] and card.locator("blockquote").count() >= 1
        assert card.locator(".follow-ups-title").is_visible() or width < 400
        follow = card.locator(".suggestions .chip")
        assert follow.count() == len(data["follow_ups"]) >= 2
        expect(page.locator("#emergency")).to_be_in_viewport()
        save_screenshot(page, f"web-{width}-answer.png")
    finally:
        context.close()


def test_a_spanish_conversation_is_marked_spanish_with_english_quotes(page: Page) -> None:
    open_chat(page)
    data, card = send(page, "¿Qué es la necrosis de la médula ósea?")
    assert data["lang"] == "es" and card.get_attribute("lang") == "es"
    assert page.locator(".msg-user").last.get_attribute("lang") == "es"
    assert card.locator("blockquote").count() > 0
    assert all(q == "en" for q in card.locator("blockquote").evaluate_all("qs => qs.map(q => q.lang)"))
    assert "fuentes" in card.inner_text().lower() and data["disclaimer"] in card.inner_text()
    data, card = send(page, "¿Qué es la policitemia vera?")
    assert "En español:" in card.inner_text()
    spanish = [link["url"] for link in data["own_language_links"]]
    assert spanish and all(card.locator(f"a[href='{url}']").count() == 1 for url in spanish)
    data, card = send(page, "what is bone marrow necrosis")
    assert data["lang"] == "en" and card.get_attribute("lang") == "en"
    save_screenshot(page, "web-spanish.png")


def test_after_a_spanish_answer_the_kiosk_warns_in_spanish(page: Page) -> None:
    page.clock.install()
    open_chat(page, "/?kiosk=1")
    info = page.request.get("/api/messages").json()["kiosk"]
    data, _card = send(page, "¿Qué es la necrosis de la médula ósea?")
    page.clock.run_for(int((info["idle_seconds"] - info["warn_seconds"]) * 1000) + 1000)
    dialog = page.locator("#idle-dialog")
    assert dialog.is_visible() and dialog.get_attribute("lang") == "es"
    assert page.locator("#idle-text").inner_text() == data["words"]["idle_warning"]
    assert page.locator("#idle-count").inner_text().startswith("Se borrará en")
    assert page.locator("#idle-continue").inner_text() == data["words"]["keep_going"] == "Seguir aquí"


def test_an_urgent_answer_in_spanish_is_headed_in_spanish(page: Page) -> None:
    open_chat(page)
    data, card = send(page, "mi esposo tiene dolor en el pecho y no puede respirar")
    assert data["urgent"] and data["lang"] == "es"
    assert card.locator(".urgent-title").inner_text().lower() == "pida ayuda ahora"
    # The page's own buttons and hints follow the conversation's language, and go back to English after a reset.
    expect(page.locator("#send")).to_have_text(data["words"]["ask"])
    assert page.locator("#send").inner_text() == "Preguntar" and page.locator("#send").get_attribute("lang") == "es"
    assert page.locator("#message").get_attribute("placeholder") == data["words"]["placeholder"]
    banner = page.locator("#emergency").inner_text()
    assert banner.startswith("¿Emergencia?") and "911" in banner
    page.locator("#new-chat").click()
    expect(page.locator("#send")).to_have_text("Ask")
    assert page.locator("#new-chat").inner_text() == "Start over" and "911" in page.locator("#emergency").inner_text()
    assert page.locator("#emergency").inner_text().startswith("Emergency?")


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: run scripts/setup_browser.sh (npm)")
@pytest.mark.parametrize("mode", ["chat", "kiosk", "spanish"])
def test_no_serious_accessibility_violations(page: Page, mode: str) -> None:
    if mode == "kiosk":
        page.clock.install()
        open_chat(page, "/?kiosk=1")
    else:
        open_chat(page)
    if mode == "spanish":
        send(page, "¿Qué es la policitemia vera?")
        send(page, "¿Cuáles son los síntomas de la necrosis de la médula ósea?")
        send(page, "me duele mucho el pecho y no puedo respirar")
    else:
        send(page, "What is bone marrow necrosis?")
        send(page, "I have chest pain and can't breathe")
        send(page, "tell me about the weather on mars")
    if mode == "kiosk":
        page.clock.run_for(115_000)
        page.locator("#idle-dialog").wait_for()
    page.evaluate(
        AXE.read_text(encoding="utf-8")
    )  # evaluated by the browser's debugger API, not inline: CSP holds
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
                                                'best-practice']},
                resultTypes: ['violations'],
            });
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                          nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    assert not serious, json.dumps(serious, indent=2)


# --- round 52: the web kiosk wipes on goodbye, and the browser's keys do nothing there ----------------------


@pytest.mark.parametrize("farewell", ["I'm done", "bye", "adiós"])
def test_a_goodbye_on_the_kiosk_wipes_the_chat_like_the_idle_reset(page: Page, farewell: str) -> None:
    open_chat(page, "/?kiosk=1")
    send(page, "is myelofibrosis passed down in families")
    assert "myelofibrosis" in page.locator("#log").inner_text()
    with page.expect_response("**/api/ask") as info:
        page.locator("#message").fill(farewell)
        page.locator("#message").press("Enter")
    assert info.value.json()["intent"] == "goodbye"
    page.locator(".note-wiped").wait_for()
    log = page.locator("#log").inner_text()
    assert "myelofibrosis" not in log.lower() and page.locator(".msg-user").count() == 0
    assert page.locator(".welcome").is_visible() and page.locator(".note-farewell").is_visible()
    # Wiped from memory too: the next message starts a new conversation (no session sent).
    with page.expect_request("**/api/ask") as request:
        page.locator("#message").fill("and how is it treated?")
        page.locator("#message").press("Enter")
    assert json.loads(request.value.post_data or "{}")["session"] is None


def test_a_goodbye_off_the_kiosk_keeps_the_chat(page: Page) -> None:
    open_chat(page)
    send(page, "is myelofibrosis passed down in families")
    send(page, "bye")
    assert "myelofibrosis" in page.locator("#log").inner_text() and page.locator(".msg-user").count() == 2


_WATCH_KEYS = """() => { window.__keys = [];
  window.addEventListener("keydown", (e) => { if (["Control", "Shift", "Alt", "Meta"].includes(e.key)) return;
    setTimeout(() => window.__keys.push([e.key, e.defaultPrevented]), 0); }, true); }"""
BROWSER_KEYS = ["Control+s", "Control+p", "Control+o", "F12", "Control+Shift+I", "Control+Shift+J", "Control+w",
                "Control+u", "Control+h", "Control+j", "Control+d", "F5", "Control+r", "Alt+ArrowLeft"]
EDITING_KEYS = ["Control+a", "Control+c", "Control+x", "Control+z", "ArrowLeft", "Backspace", "Shift+Home"]


def _pressed(page: Page, keys: list[str]) -> list[bool]:
    # Earlier keys' records run first (timers keep their order): flush them, then start afresh.
    page.evaluate("() => new Promise((done) => setTimeout(() => { window.__keys.length = 0; done(); }, 0))")
    for key in keys:
        page.locator("#message").press(key)
    page.wait_for_function(f"() => window.__keys.length >= {len(keys)}")
    return [bool(prevented) for _, prevented in page.evaluate("() => window.__keys")]


def test_the_browsers_own_keys_do_nothing_on_the_kiosk_and_typing_still_works(page: Page) -> None:
    open_chat(page, "/?kiosk=1")
    page.evaluate(_WATCH_KEYS)
    assert _pressed(page, BROWSER_KEYS) == [True] * len(BROWSER_KEYS)
    page.locator("#message").fill("")
    page.locator("#message").press_sequentially("what is myelofibrosis")
    assert page.locator("#message").input_value() == "what is myelofibrosis"
    assert _pressed(page, EDITING_KEYS) == [False] * len(EDITING_KEYS)


def test_off_the_kiosk_the_browsers_keys_are_left_alone(page: Page) -> None:
    open_chat(page)
    page.evaluate(_WATCH_KEYS)
    assert _pressed(page, ["Control+s", "F12", "Control+p"]) == [False, False, False]
