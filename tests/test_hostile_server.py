"""Hostile clients against the real server over loopback: forged sessions, raw malformed HTTP, slow headers and
bodies, wrong content types; never a 5xx, and the security headers on every response, uvicorn's own included."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from marrowbot_servers import get_server  # noqa: E402

from marrowbot.web.protocol import HEADER_SECONDS  # noqa: E402

pytestmark = pytest.mark.hostile

SECURITY = ("content-security-policy", "x-content-type-options", "referrer-policy")
JSON = {"content-type": "application/json"}
DOCS = ["bone-marrow-diseases", "bone-marrow-necrosis"]
INJECTED = "\u202eINJECTED\u2066\x1b[31m"


@pytest.fixture(scope="module")
def main() -> str:
    return get_server("main").url


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    with httpx.Client(timeout=30) as c:
        yield c


def _has_security_headers(headers: Any) -> bool:
    return all(name in headers for name in SECURITY)


# --- forged sessions ------------------------------------------------------------------------------------------

_text = st.one_of(st.sampled_from([INJECTED, "{call:>99999}", "x" * 300, "", "Bone Marrow", "a-b"]),
                  st.text(max_size=30))
_topic = st.one_of(st.none(), st.sampled_from(DOCS), _text, st.integers(), st.booleans(), st.lists(st.integers()))
_condition = st.one_of(st.none(), st.integers(-5, 400), st.integers(), _text, st.floats(), st.booleans())
_intent = st.one_of(st.none(), st.sampled_from(["treatment", "definition", "emergency", "help", "nope"]), _text)
_session = st.one_of(
    st.fixed_dictionaries({"topic": st.sampled_from(DOCS)},
                          optional={"intent": st.sampled_from(["treatment", "definition", "causes"]),
                                    "condition": st.integers(0, 200)}),
    st.fixed_dictionaries({}, optional={"topic": _topic, "condition": _condition, "intent": _intent,
                                        "turns": st.integers(), "condition_passage": st.integers(),
                                        "quoted": st.one_of(st.lists(st.integers(-3, 10**9), max_size=70), _text),
                                        "pending": st.one_of(st.lists(st.integers(), max_size=14), st.booleans()),
                                        "urgent": st.one_of(st.none(), st.sampled_from(["emergency", "crisis"]),
                                                            _text, st.integers())}),
    st.none(), _text, st.lists(st.integers(), max_size=3), st.integers(),
    st.dictionaries(_text, _text, max_size=3),
)


def test_forged_sessions_never_get_a_5xx_and_never_echo(client: httpx.Client, main: str) -> None:
    statuses: dict[int, int] = {}

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)
    @given(session=_session, message=st.sampled_from(["how is it treated?", "what is it?", "and the outlook?"]))
    def forge(session: Any, message: str) -> None:
        response = client.post(f"{main}/api/ask", json={"message": message, "session": session})
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        assert response.status_code in (200, 422), response.text
        assert _has_security_headers(response.headers)
        data = response.json()
        if response.status_code == 200:
            assert set(data["session"]) == {"topic", "condition", "intent", "quoted", "pending", "urgent", "said"}
            assert data["session"]["condition"] is None or isinstance(data["session"]["condition"], int)
            assert "INJECTED" not in response.text and "\u202e" not in data["lead"]

    forge()
    print(f"forged sessions: {statuses}")  # the figure in the notes
    assert statuses.get(200) and statuses.get(422)


def test_a_session_names_its_condition_by_passage_id_only(client: httpx.Client, main: str) -> None:
    topics = client.get(f"{main}/api/topics").json()["topics"]
    # A condition a document only names (no page of its own in the library): the session keeps it, by id.
    for doc, name in ((t, c) for t in topics for c in t["conditions"]):  # noqa: B007 - the one found is used below
        first = client.post(f"{main}/api/ask", json={"message": f"what is {name}?", "session": None})
        session = first.json()["session"]
        if session["condition"] is not None:
            break
    assert isinstance(session["condition"], int) and session["topic"] == doc["id"]
    assert name not in json.dumps(session)  # ids, never text
    # The same passage id with another document, or as text, is refused.
    other = next(t["id"] for t in topics if t["id"] != doc["id"])
    for forged in ({**session, "topic": other}, {**session, "condition": name}):
        response = client.post(f"{main}/api/ask", json={"message": "how is it treated?", "session": forged})
        assert response.status_code == 422, response.text


# --- content types --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", "application/jsonx", "json"])
def test_a_body_that_is_not_declared_json_is_415(client: httpx.Client, main: str, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = client.post(f"{main}/api/ask", content=b'{"message": "hi"}', headers=headers)
    assert response.status_code == 415, response.text
    assert _has_security_headers(response.headers) and "Content-Type" in response.json()["error"]


def test_json_with_a_charset_is_accepted(client: httpx.Client, main: str) -> None:
    response = client.post(f"{main}/api/ask", content=b'{"message": "hi"}',
                           headers={"content-type": "Application/JSON; charset=utf-8"})
    assert response.status_code == 200


# --- raw HTTP ---------------------------------------------------------------------------------------------------


def _raw(url: str, data: bytes, timeout: float = 10.0) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
    return b"".join(chunks)


RAW = {
    "garbage": b"\x00\x01\x02 hello\r\n\r\n",
    "bad request line": b"GET\r\n\r\n",
    "bad header": b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
    "header too large": b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
    "bad content-length": b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    "CL and TE": (b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
    "bad chunk": (b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"),
    "HTTP/2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    "unicode path": "GET /\u202e\u0000 HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
    "method": b"DELETE /api/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
}


@pytest.mark.parametrize("name", list(RAW))
def test_malformed_http_never_gets_a_5xx_and_always_the_security_headers(main: str, name: str) -> None:
    reply = _raw(main, RAW[name])
    if not reply:
        return  # closing the connection is also a fine answer to garbage
    head = reply.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
    status = int(head.split()[1])
    assert status < 500, head
    assert all(name in head for name in SECURITY), head


def test_slow_headers_slow_bodies_and_idle_connections_are_cut_off(main: str) -> None:
    host, port = main.removeprefix("http://").split(":")
    results: dict[str, tuple[float, bytes]] = {}

    def hold(name: str, first: bytes) -> None:
        started = time.monotonic()
        with socket.create_connection((host, int(port)), timeout=HEADER_SECONDS + 20) as sock:
            sock.sendall(first)
            data = b""
            try:
                while chunk := sock.recv(65536):
                    data += chunk
            except (TimeoutError, ConnectionResetError):
                pass
        results[name] = (time.monotonic() - started, data)

    cases = {
        "idle": b"",
        "slow header": b"GET /healthz HTTP/1.1\r\nHost: x\r\n",
        "slow body": (b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 100\r\n\r\n{\"mess"),
    }
    threads = [threading.Thread(target=hold, args=item) for item in cases.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join(HEADER_SECONDS + 30)
    assert set(results) == set(cases)
    for name, (seconds, _data) in results.items():
        assert seconds < HEADER_SECONDS + 15, (name, seconds)
    assert b" 408 " in results["slow body"][1].split(b"\r\n")[0]
    assert b"content-security-policy" in results["slow body"][1].lower()


def test_a_body_trickled_in_gets_its_408_and_the_connection_closed(main: str) -> None:
    from marrowbot.web.app import BODY_SECONDS

    host, port = main.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 16000\r\n\r\n{")
        started, reply, closed = time.monotonic(), b"", False
        while time.monotonic() - started < BODY_SECONDS + 20:
            try:
                sock.sendall(b" ")  # one byte a second: never idle, never done
                chunk = sock.recv(65536) if select_ready(sock, 1.0) else b"-"
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            if chunk == b"":
                closed = True
                break
            if chunk != b"-":
                reply += chunk
    assert b" 408 " in reply.split(b"\r\n")[0]
    assert closed, "the server kept the connection open after its 408"


def select_ready(sock: socket.socket, seconds: float) -> bool:
    import select

    return bool(select.select([sock], [], [], seconds)[0])


# --- in process: a trusted proxy, and a failure inside ---------------------------------------------------------


def _asgi_get(app: Any, path: str, client: tuple[str, int], headers: dict[str, str]) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=client)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return await c.get(path, headers=headers)

    return asyncio.run(go())


def test_x_forwarded_for_counts_only_from_a_trusted_proxy(bot: Any) -> None:
    from marrowbot.web.app import create_app
    from marrowbot.web.security import RateLimit

    app = create_app(bot, rate_limit=RateLimit(2, 60), trusted_proxies=frozenset({"10.0.0.1"}))
    for _ in range(2):
        assert _asgi_get(app, "/api/topics", ("10.0.0.9", 1), {}).status_code == 200
    # An untrusted peer cannot become someone else by naming them.
    assert _asgi_get(app, "/api/topics", ("10.0.0.9", 1), {"x-forwarded-for": "192.0.2.1"}).status_code == 429
    # The trusted proxy's last X-Forwarded-For entry is the client; each gets its own allowance.
    for n in range(3):
        ok = _asgi_get(app, "/api/topics", ("10.0.0.1", 1), {"x-forwarded-for": f"203.0.113.9, 192.0.2.{n}"})
        assert ok.status_code == 200


def test_an_ipv6_client_cannot_escape_the_limit_by_changing_address_in_its_block(bot: Any) -> None:
    from marrowbot.web.app import create_app
    from marrowbot.web.security import RateLimit

    app = create_app(bot, rate_limit=RateLimit(2, 60))
    # One subscriber's /64: any address in it is the same client.
    for n in range(2):
        assert _asgi_get(app, "/api/topics", (f"2001:db8:1:2::{n + 1:x}", 1), {}).status_code == 200
    assert _asgi_get(app, "/api/topics", ("2001:db8:1:2:ffff::9", 1), {}).status_code == 429
    # Another /64 is another client; an IPv4-mapped address is its IPv4 address.
    assert _asgi_get(app, "/api/topics", ("2001:db8:1:3::1", 1), {}).status_code == 200
    for _ in range(2):
        assert _asgi_get(app, "/api/topics", ("198.51.100.4", 1), {}).status_code == 200
    assert _asgi_get(app, "/api/topics", ("::ffff:198.51.100.4", 1), {}).status_code == 429


def test_a_failure_inside_is_a_json_500_with_the_security_headers(bot: Any) -> None:
    from marrowbot.web.app import create_app

    class Broken:
        def __getattr__(self, name: str) -> Any:
            return getattr(bot, name)

        def ask(self, *args: Any) -> Any:
            raise RuntimeError("boom")

    app = create_app(Broken(), rate_limit=None)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return await c.post("/api/ask", json={"message": "hi"})

    response = asyncio.run(go())
    assert response.status_code == 500 and _has_security_headers(response.headers)
    assert "boom" not in response.text and "error" in response.json()
