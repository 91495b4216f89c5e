"""`marrowbot serve` over loopback: the real server process, its API, limits and failure modes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from marrowbot_servers import CLI, clean_env, get_server  # noqa: E402

JSON = {"content-type": "application/json"}

ANSWER_KEYS = {
    "question",
    "intent",
    "topic",
    "confidence",
    "abstained",
    "urgent",
    "text",
    "snippets",
    "disclaimer",
}
SNIPPET_KEYS = {"n", "text", "doc", "title", "section", "url", "score"}


@pytest.fixture(scope="module")
def main() -> str:
    return get_server("main").url


@pytest.fixture(scope="module")
def kiosk() -> str:
    return get_server("kiosk").url


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as c:
        yield c


def ask(client: httpx.Client, base: str, message: str, session: object = None) -> dict:
    response = client.post(f"{base}/api/ask", json={"message": message, "session": session})
    assert response.status_code == 200, response.text
    return response.json()


# --- the endpoints -------------------------------------------------------------------------------------


def test_ask_returns_the_contract_answer_and_a_session(client: httpx.Client, main: str) -> None:
    response = client.post(
        f"{main}/api/ask", json={"message": "What is bone marrow necrosis?", "session": None}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["cache-control"] == "no-store"
    data = response.json()
    assert ANSWER_KEYS <= set(data)
    assert data["question"] == "What is bone marrow necrosis?"
    assert data["intent"] == "definition"
    assert data["topic"] == "bone-marrow-necrosis"
    assert data["abstained"] is False and data["urgent"] is False
    assert data["snippets"], "a cited answer"
    for snippet in data["snippets"]:
        assert set(snippet) == SNIPPET_KEYS
        assert snippet["text"] in corpus_text(), "snippets are quoted word for word from the corpus"
    assert data["disclaimer"] and data["disclaimer"] in data["text"]
    assert isinstance(data["session"], dict)
    json.dumps(data["session"])  # JSON-safe, small
    assert len(json.dumps(data["session"])) < 4096


def corpus_text() -> str:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    return " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.md"))


def test_a_follow_up_needs_the_session_sent_back(client: httpx.Client, main: str) -> None:
    first = ask(client, main, "What is bone marrow necrosis?")
    follow = ask(client, main, "how is it treated?", first["session"])
    assert follow["intent"] == "treatment"
    assert follow["topic"] == "bone-marrow-necrosis"
    assert {s["doc"] for s in follow["snippets"]} == {"bone-marrow-necrosis"}
    # The server kept nothing: the same follow-up without the session does not know what "it" is.
    alone = ask(client, main, "how is it treated?")
    assert alone["topic"] != "bone-marrow-necrosis" or alone["abstained"]


def test_a_follow_up_works_on_another_server(client: httpx.Client, main: str, kiosk: str) -> None:
    # Two separate processes stand for two machines behind a load balancer: only the client carries state.
    first = ask(client, main, "What are the symptoms of bone marrow necrosis?")
    follow = ask(client, kiosk, "and what causes it?", first["session"])
    assert follow["topic"] == "bone-marrow-necrosis"
    assert follow["intent"] == "causes"


def test_topics_sources_and_health(client: httpx.Client, main: str) -> None:
    topics = client.get(f"{main}/api/topics").json()["topics"]
    assert {"bone-marrow-diseases", "bone-marrow-necrosis"} <= {t["id"] for t in topics}
    sources = client.get(f"{main}/api/sources").json()["sources"]
    assert {s["id"] for s in sources} >= {"bone-marrow-diseases", "bone-marrow-necrosis"}
    seeds = [s for s in sources if s["id"] in {"bone-marrow-diseases", "bone-marrow-necrosis"}]
    assert all(s["url"].startswith("https://") for s in seeds)
    # The linked library's pages keep the URL MedQuAD crawled them at (some older NIH sites were http).
    assert all(s["url"].startswith(("https://", "http://")) for s in sources)
    health = client.get(f"{main}/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"


def test_serve_logs_its_start_then_ready(main: str) -> None:
    log = get_server("main").output()
    assert "marrowbot: ready (" in log  # the index was loaded (or built) and said so, before listening
    assert log.index("marrowbot: ready") < log.index("the chat page is at")
    assert "(1/5)" in log


def test_openapi_describes_the_api(client: httpx.Client, main: str) -> None:
    spec = client.get(f"{main}/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/ask", "/api/topics", "/api/sources", "/healthz"} <= set(spec["paths"])
    body = spec["paths"]["/api/ask"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["message"]


def test_the_page_and_its_assets_come_from_the_package_with_strict_headers(
    client: httpx.Client, main: str
) -> None:
    page = client.get(f"{main}/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    for name, kind in [("app.js", "javascript"), ("style.css", "text/css"), ("favicon.svg", "image/svg")]:
        asset = client.get(f"{main}/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"]
        assert (
            client.get(f"{main}/{name}", headers={"if-none-match": asset.headers["etag"]}).status_code == 304
        )
    # Works offline: nothing is loaded from another host.
    assert "//" not in page.text.replace("http://www.w3.org", "").split("<body")[0]
    assert 'src="http' not in page.text and 'href="http' not in page.text


def test_kiosk_server_uses_its_configuration(client: httpx.Client, kiosk: str) -> None:
    info = client.get(f"{kiosk}/api/messages").json()
    assert info["kiosk"] == {"forced": True, "idle_seconds": 30.0, "warn_seconds": 10.0}
    assert info["welcome"].startswith("Welcome to the clinic kiosk")
    assert info["suggestions"] == ["What is bone marrow necrosis?", "How are bone marrow diseases treated?"]
    assert info["disclaimer"]
    urgent = ask(client, kiosk, "I have crushing chest pain and can't breathe")
    assert urgent["urgent"] is True
    assert "112" in urgent["lead"] and "911" not in urgent["text"]


# --- what clients get wrong ----------------------------------------------------------------------------

BAD_BODIES = {
    "not JSON": (b"{message: hi", 400),
    "empty": (b"", 400),
    "not UTF-8": (b'{"message": "\xff\xfe"}', 400),
    "NaN": (b'{"message": "hi", "session": NaN}', 400),
    "deeply nested": (b'{"message": "hi", "session": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 413),
    "an array": (b'["hi"]', 422),
    "a string": (b'"hi"', 422),
    "no message": (b'{"session": null}', 422),
    "message a number": (b'{"message": 42}', 422),
    "message null": (b'{"message": null}', 422),
    "session a string": (b'{"message": "hi", "session": "abc"}', 422),
    "session a list": (b'{"message": "hi", "session": []}', 422),
    "session not ours": (b'{"message": "hi", "session": {"evil": true, "topic": 7}}', 422),
    "session with an unknown document": (
        b'{"message": "how is it treated?", "session": {"topic": "no-such-doc", "intent": "treatment"}}', 422),
    "session with an unknown intent": (
        b'{"message": "and then?", "session": {"topic": "bone-marrow-necrosis", "intent": "nope"}}', 422),
    "session with a made-up condition": (
        b'{"message": "what is it?", "session": {"topic": "bone-marrow-diseases", "condition": "\\u202eevil"}}', 422),
    "unknown field": (b'{"message": "hi", "history": []}', 422),
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_malformed_requests_get_a_clear_4xx(client: httpx.Client, main: str, name: str) -> None:
    body, status = BAD_BODIES[name]
    response = client.post(f"{main}/api/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert isinstance(error, str) and len(error) > 10


def test_nested_json_within_the_size_limit_is_a_4xx(client: httpx.Client, main: str) -> None:
    body = b'{"message": "hi", "session": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    response = client.post(f"{main}/api/ask", content=body, headers=JSON)
    assert response.status_code in (400, 422), response.text


def test_oversized_bodies_are_refused(client: httpx.Client, main: str) -> None:
    big = json.dumps({"message": "a" * 20_000}).encode()
    response = client.post(f"{main}/api/ask", content=big, headers=JSON)
    assert response.status_code == 413 and "too large" in response.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must stop reading by itself
        yield b'{"message": "'
        for _ in range(64):
            yield b"a" * 1024
        yield b'"}'

    response = client.post(f"{main}/api/ask", content=chunks(), headers=JSON)
    assert response.status_code == 413

    long_message = client.post(f"{main}/api/ask", json={"message": "why " * 600})
    assert long_message.status_code == 413 and "message" in long_message.json()["error"]


def test_wrong_methods_and_paths_are_json_4xx(client: httpx.Client, main: str) -> None:
    response = client.get(f"{main}/api/ask")
    assert response.status_code == 405 and "error" in response.json()
    response = client.get(f"{main}/api/nothing-here")
    assert response.status_code == 404 and "error" in response.json()
    assert response.headers["x-content-type-options"] == "nosniff"


def test_hostile_messages_come_back_as_data(client: httpx.Client, main: str) -> None:
    for message in ["<script>alert(1)</script>", "", "   ", "\x00\x1b[2J", "é" * 1999, "😀" * 50]:
        data = ask(client, main, message)
        assert data["disclaimer"] and isinstance(data["question"], str)
    # Returned as JSON text, neither escaped nor interpreted: showing it safely is the client's job.
    assert ask(client, main, "<b>bone marrow</b>")["question"] == "<b>bone marrow</b>"


# --- the command ---------------------------------------------------------------------------------------


def run_cli(*args: str, env: dict[str, str] | None = None, code: str = CLI) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env or clean_env(),
        stdin=subprocess.DEVNULL,
    )


def test_serve_refuses_bad_files_with_file_and_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yml"
    config.write_text("idle_seconds: 60\nfavourite_colour: blue\n", encoding="utf-8")
    result = run_cli("serve", "--port", "0", "--config", str(config))
    assert result.returncode == 2
    assert f"{config}:2:" in result.stderr and "Traceback" not in result.stderr

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    result = run_cli("serve", "--port", "0", "--corpus", str(corpus))
    assert result.returncode == 2
    assert "broken.md:1" in result.stderr and "Traceback" not in result.stderr


def test_serve_says_when_the_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = run_cli("serve", "--port", port)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr


def test_serve_without_the_web_extra_says_how_to_install_it() -> None:
    hide = (
        "import sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None; " + CLI.split("; ", 1)[1]
    )
    result = run_cli("serve", "--port", "0", code=hide)
    assert result.returncode == 2
    assert "pip install 'marrowbot[web]'" in result.stderr and "Traceback" not in result.stderr


# --- rate limit (last: it spends the kiosk server's allowance) -----------------------------------------


def test_rate_limit_answers_429_per_client(client: httpx.Client, kiosk: str) -> None:
    statuses = []
    for _ in range(7):
        response = client.get(f"{kiosk}/api/topics")
        statuses.append(response.status_code)
        if response.status_code == 429:
            break
    assert statuses[-1] == 429, statuses
    assert statuses.count(200) <= 5
    assert int(response.headers["retry-after"]) >= 1
    assert "too many requests" in response.json()["error"]
    # Health checks are never limited. A client cannot name itself someone else: X-Forwarded-For from a peer
    # that is not a configured trusted proxy (MARROWBOT_TRUSTED_PROXIES) changes nothing.
    assert client.get(f"{kiosk}/healthz").status_code == 200
    forged = client.get(f"{kiosk}/api/topics", headers={"x-forwarded-for": "203.0.113.7"})
    assert forged.status_code == 429
