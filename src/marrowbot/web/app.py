"""The HTTP API and chat page of contracts section 7 (``marrowbot serve``), an optional extra: marrowbot[web].

The server keeps no conversation state: each ``POST /api/ask`` carries the small session object the previous
answer returned, so any worker or machine can answer the next message and nothing a patient typed stays here:
the engine's memos of the messages it read are forgotten as soon as no answer is in progress (``_Forgetting``).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import threading
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from marrowbot.errors import MarrowbotError
from marrowbot.text import MAX_INPUT_CHARS as MAX_MESSAGE_CHARS
from marrowbot.web.openapi import OPENAPI
from marrowbot.web.security import DEFAULT_LIMIT, RateLimit, _Buckets, _SecurityHeaders, client_key

try:  # the web extra is optional: everything else in marrowbot works without it
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException
    from starlette.requests import ClientDisconnect, Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    _WEB_IMPORT_ERROR: ImportError | None = None
except ImportError as _err:  # pragma: no cover - exercised by a test that hides starlette
    _WEB_IMPORT_ERROR = _err

__all__ = ["create_app", "INSTALL_HINT", "MAX_MESSAGE_CHARS"]

INSTALL_HINT = (
    "marrowbot serve needs the web extra (Starlette and uvicorn). Install it with:\n"
    "    pip install 'marrowbot[web]'"
)

MAX_BODY_BYTES = 16 * 1024  # a question plus a session object is well under 2 KiB
BODY_SECONDS = 10.0  # the whole body must arrive within this time
ASSETS = {  # file in marrowbot/web/static -> content type; read once, served from memory
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


#: Under a load that never leaves the engine idle, new questions wait (after this many answers) for the ones in
#: progress to finish, so that the memos are still forgotten: what a request typed outlives it by at most this many.
FORGET_EVERY = 32


class _Forgetting:
    """Runs ``bot.ask`` in worker threads and empties the engine's memos of what was typed (``forget``) whenever
    no answer is in progress, so nothing a patient typed stays in the server after the answer, and its memory
    stays flat however many different messages come. ``forget`` never runs while an answer is being made
    (answers in other threads read the same memos). Forgetting costs little: the memos save work within one
    message (the same words read by many modules), far less across messages."""

    def __init__(self, forget: Callable[[], None], every: int = FORGET_EVERY) -> None:
        self._forget = forget
        self._every = max(1, every)
        self._changed = threading.Condition()
        self._busy = 0  # answers in progress
        self._since = 0  # answers started since the memos were last emptied

    def run(self, ask: Callable[..., Any], *args: Any) -> Any:
        with self._changed:
            while self._since >= self._every:  # a forget is due: let the answers in progress finish first
                self._changed.wait()
            self._busy += 1
            self._since += 1
        try:
            return ask(*args)
        finally:
            with self._changed:
                self._busy -= 1
                if self._busy == 0:
                    try:
                        self._forget()
                    except Exception:  # noqa: BLE001, S110 - the answer is made: it must reach the patient
                        pass
                    self._since = 0
                    self._changed.notify_all()


class _BadRequest(Exception):
    """A client mistake: becomes ``{"error": message}`` with the given 4xx status."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


# --- the app -------------------------------------------------------------------------------------------


def create_app(  # noqa: C901 - the routes are closures over one bot and its limits; each is short
    bot: Any,
    *,
    kiosk: bool = False,
    kiosk_config: Any = None,
    rate_limit: RateLimit | None = DEFAULT_LIMIT,
    frame_ancestors: str = "'self'",
    trusted_proxies: frozenset[str] = frozenset(),
) -> Starlette:
    """The ASGI app over a ready ``Bot``: API routes, the chat page and its assets, security headers.

    ``kiosk`` forces the page's kiosk mode for everyone (otherwise ``/?kiosk=1`` turns it on);
    ``kiosk_config`` is a ``marrowbot.frontends.config.KioskConfig`` (idle timings, welcome, suggestions).
    The rate limit is keyed on the connecting peer; ``X-Forwarded-For`` counts only when that peer is one of
    ``trusted_proxies`` (the reverse proxy's own addresses), and then its last entry (the one it added).
    """
    if _WEB_IMPORT_ERROR is not None:
        raise MarrowbotError(INSTALL_HINT) from _WEB_IMPORT_ERROR
    from marrowbot.bot import Session
    from marrowbot.frontends.config import KioskConfig

    config = kiosk_config if kiosk_config is not None else KioskConfig()
    buckets = _Buckets(rate_limit) if rate_limit is not None else None
    assets = _load_assets()
    page_info = _page_info(bot, config, kiosk)
    topics = [t.to_dict() for t in bot.topics()]
    forgetting = _Forgetting(bot.forget)
    sources = [s.to_dict() for s in bot.sources()]

    def check_rate(request: Request) -> None:
        if buckets is None:
            return
        wait = buckets.take(client_key(request, trusted_proxies))
        if wait > 0:
            seconds = math.ceil(wait)
            raise _BadRequest(
                429,
                f"too many requests: please wait {seconds} seconds and try again",
                headers={"retry-after": str(seconds)},
            )

    async def ask(request: Request) -> Response:
        check_rate(request)
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            raise _BadRequest(415, "the body must be JSON: send it with Content-Type: application/json")
        body = await _read_json(request)
        if not isinstance(body, dict):
            raise _BadRequest(422, 'the body must be a JSON object like {"message": "...", "session": null}')
        unknown = sorted(set(body) - {"message", "session"})
        if unknown:
            raise _BadRequest(422, f"unknown field(s): {', '.join(unknown)} (expected message and session)")
        message = body.get("message")
        if not isinstance(message, str):
            raise _BadRequest(422, '"message" is required and must be a string')
        if len(message) > MAX_MESSAGE_CHARS:
            raise _BadRequest(413, f'"message" is too long (at most {MAX_MESSAGE_CHARS} characters)')
        raw_session = body.get("session")
        if raw_session is None:
            session = Session()
        elif not isinstance(raw_session, dict):
            raise _BadRequest(422, '"session" must be the object the previous answer returned, or null')
        else:
            try:
                session = Session.from_dict(raw_session)
                bot.check_session(session)
            except (ValueError, TypeError, KeyError) as err:
                raise _BadRequest(422, f'"session" is not valid ({str(err)[:200]}); send null to start again') from err
        # The engine is CPU-bound and synchronous: a worker thread keeps /healthz answering meanwhile.
        answer = await run_in_threadpool(forgetting.run, bot.ask, message, session)
        return JSONResponse(_answer_json(bot, answer, session))

    async def get_topics(request: Request) -> Response:
        check_rate(request)
        return JSONResponse({"topics": topics})

    async def get_sources(request: Request) -> Response:
        check_rate(request)
        return JSONResponse({"sources": sources})

    async def get_messages(request: Request) -> Response:
        check_rate(request)
        return JSONResponse(page_info)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "documents": len(bot.documents)})

    async def openapi(request: Request) -> Response:
        return JSONResponse(OPENAPI)

    def asset(name: str) -> Callable[[Request], Awaitable[Response]]:
        body, content_type, etag = assets[name]

        async def serve(request: Request) -> Response:
            if request.headers.get("if-none-match") == etag:
                return Response(status_code=304, headers={"etag": etag})
            return Response(body, media_type=content_type, headers={"etag": etag})

        return serve

    routes = [
        Route("/api/ask", ask, methods=["POST"]),
        Route("/api/topics", get_topics, methods=["GET"]),
        Route("/api/sources", get_sources, methods=["GET"]),
        Route("/api/messages", get_messages, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/", asset("index.html"), methods=["GET"]),
        Route("/index.html", asset("index.html"), methods=["GET"]),
    ]
    routes += [Route(f"/{name}", asset(name), methods=["GET"]) for name in ASSETS if name != "index.html"]

    async def bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, _BadRequest)
        return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            message = f"no such page: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail)
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)

    app = Starlette(
        routes=routes,
        exception_handlers={_BadRequest: bad_request, HTTPException: http_error},
    )
    app.add_middleware(_SecurityHeaders, frame_ancestors=frame_ancestors)  # type: ignore[arg-type]
    return app


#: A body that took too long: the connection is closed after the 408, so a client trickling a body cannot keep it
#: (and a file handle) open. (A 413 keeps it: closing on a client still sending would reset it before it reads.)
_CLOSE = {"connection": "close"}


async def _read_json(request: Request) -> Any:
    """The body as JSON, refusing bodies over ``MAX_BODY_BYTES`` before reading them whole."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not (declared.isascii() and declared.isdecimal() and len(declared) <= 18):
            raise _BadRequest(400, "Content-Length must be a number")
        if int(declared) > MAX_BODY_BYTES:
            raise _BadRequest(413, f"the request body is too large (at most {MAX_BODY_BYTES} bytes)")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(BODY_SECONDS):  # a slow body must not hold a connection and a worker
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise _BadRequest(413, f"the request body is too large (at most {MAX_BODY_BYTES} bytes)")
                chunks.append(chunk)
    except ClientDisconnect as err:
        raise _BadRequest(400, "the request body was cut off") from err
    except TimeoutError as err:
        raise _BadRequest(408, f"the request body took too long (more than {BODY_SECONDS:g} seconds)",
                          _CLOSE) from err
    raw = b"".join(chunks)
    if not raw.strip():
        raise _BadRequest(400, 'the body is empty: send JSON like {"message": "...", "session": null}')
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _BadRequest(400, "the body must be UTF-8 JSON") from err
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError) as err:
        raise _BadRequest(400, f"the body is not valid JSON ({err})") from err
    except RecursionError as err:
        raise _BadRequest(400, "the body is nested too deeply") from err


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _answer_json(bot: Any, answer: Any, session: Any) -> dict[str, Any]:
    """Contracts section 3 exactly, plus what the page needs to render it (extra keys only)."""
    out = answer.to_dict()
    out["session"] = session.to_dict()
    out["lead"] = answer.lead
    out["sources"] = [
        {
            "n": s.n,
            "title": s.title,
            "publisher": s.publisher,
            "url": s.url,
            "updated": s.updated,
            "doc": s.doc,
            "cites": list(s.cites),
        }
        for s in answer.sources
    ]
    out["suggestions"] = list(answer.suggestions)
    # In the answer's language: the bot's words around the quotes, the questions to ask next, and the documents'
    # pages in that language. The quotes themselves stay as the documents wrote them.
    words = bot.messages_for(answer.lang)
    out["words"] = {"read_more": words.read_more, "sources": words.sources_heading,
                    "follow_ups": words.follow_ups_intro, "own_links": words.own_links_intro,
                    "idle_warning": words.idle_warning, "countdown": words.countdown,
                    "urgent_title": words.page_urgent_title, "keep_going": words.page_keep_going,
                    "ask": words.page_ask, "placeholder": words.page_placeholder,
                    "start_over": words.page_start_over, "call": words.kiosk_call,
                    "error": words.page_error, "help_line": words.page_help_line, "crisis": words.page_crisis}
    out["follow_ups"] = list(answer.follow_ups)
    out["own_language_links"] = [{"title": t, "url": u} for t, u in answer.own_language_links]
    out["link_titles"] = {str(s.n): s.link_title for s in answer.snippets if s.link_title}
    return out


def _page_info(bot: Any, config: Any, kiosk: bool) -> dict[str, Any]:
    """The page's words (from intents/messages.yml, or the kiosk configuration) and its kiosk timings."""
    messages = bot.messages
    return {
        "welcome": config.welcome or messages.welcome,
        "disclaimer": messages.disclaimer,
        "help": messages.help,
        "suggestions": list(config.suggestions or messages.suggestions),
        "idle_warning": messages.idle_warning,
        "countdown": messages.countdown,
        "emergency": {"call": bot.emergency.call, "crisis_line": bot.emergency.crisis_line},
        "wiped": getattr(messages, "wiped", ""),
        "error": messages.page_error,  # the page's note for a question that got no answer, then whom to call
        "help_line": messages.page_help_line,
        "crisis": messages.page_crisis,  # shown next to the emergency number at all times
        "kiosk": {
            "forced": kiosk,
            "idle_seconds": config.idle_seconds,
            "warn_seconds": config.warn_seconds,
        },
    }


def _load_assets() -> dict[str, tuple[bytes, str, str]]:
    folder = resources.files("marrowbot") / "web" / "static"
    out: dict[str, tuple[bytes, str, str]] = {}
    for name, content_type in ASSETS.items():
        body = (folder / name).read_bytes()
        out[name] = (body, content_type, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
    return out
