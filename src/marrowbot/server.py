"""The HTTP API and chat page of contracts section 7 (``marrowbot serve``), an optional extra: marrowbot[web].

The server keeps no conversation state: each ``POST /api/ask`` carries the small session object the previous
answer returned, so any worker or machine can answer the next message and nothing a patient typed stays here.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import socket
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import MarrowbotError

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

__all__ = ["create_app", "app_from_env", "command", "INSTALL_HINT", "RateLimit"]

INSTALL_HINT = (
    "marrowbot serve needs the web extra (Starlette and uvicorn). Install it with:\n"
    "    pip install 'marrowbot[web]'"
)

MAX_BODY_BYTES = 16 * 1024  # a question plus a session object is well under 2 KiB
MAX_MESSAGE_CHARS = 2000  # longer than any question a person types at a kiosk
ASSETS = {  # file in marrowbot/web -> content type; read once, served from memory
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}

# Environment variables that carry ``serve``'s options to every worker (uvicorn starts them by import string).
ENV_CORPUS = "MARROWBOT_CORPUS"
ENV_INTENTS = "MARROWBOT_INTENTS"
ENV_KIOSK = "MARROWBOT_KIOSK"
ENV_CONFIG = "MARROWBOT_CONFIG"
ENV_RATE_LIMIT = "MARROWBOT_RATE_LIMIT"  # "N/SECONDS" per client, e.g. "60/60"; "0" turns it off
ENV_FRAME_ANCESTORS = "MARROWBOT_FRAME_ANCESTORS"  # sites allowed to embed the page in an iframe

DEFAULT_RATE_LIMIT = "60/60"


class _BadRequest(Exception):
    """A client mistake: becomes ``{"error": message}`` with the given 4xx status."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


# --- rate limit ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` API calls per ``seconds`` from one client (a token bucket; bursts allowed)."""

    requests: int
    seconds: float

    @classmethod
    def parse(cls, text: str) -> RateLimit | None:
        """``"60/60"`` -> 60 requests a minute; ``"0"`` or ``"off"`` -> no limit. Raises ValueError."""
        text = text.strip().lower()
        if text in ("0", "off", "none", ""):
            return None
        count, sep, seconds = text.partition("/")
        try:
            limit = cls(int(count), float(seconds) if sep else 60.0)
        except ValueError as err:
            raise ValueError(
                f"rate limit must look like 60/60 (requests/seconds) or 0, not {text!r}"
            ) from err
        if limit.requests < 1 or not (0 < limit.seconds < math.inf):
            raise ValueError(f"rate limit must be a positive count over a positive time, got {text!r}")
        return limit


class _Buckets:
    """Token buckets per client address, bounded in number (least recently seen clients are forgotten)."""

    MAX_CLIENTS = 10_000

    def __init__(self, limit: RateLimit) -> None:
        self._limit = limit
        self._rate = limit.requests / limit.seconds
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str, now: float | None = None) -> float:
        """Spend one token; returns 0 when allowed, else the seconds to wait before trying again."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self._limit.requests), now))
            tokens = min(float(self._limit.requests), tokens + (now - last) * self._rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self._rate
            while len(self._buckets) > self.MAX_CLIENTS:
                self._buckets.popitem(last=False)
            return wait


# --- security headers ----------------------------------------------------------------------------------

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _csp(frame_ancestors: str) -> str:
    # Everything comes from this server; no inline script or style, so injected markup could not run anyway.
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        f"font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {frame_ancestors}"
    )


class _SecurityHeaders:
    """Adds the security headers to every response, and ``no-store`` to every API answer."""

    def __init__(self, app: ASGIApp, frame_ancestors: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", _csp(frame_ancestors).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_asset = scope.get("path", "") in _ASSET_PATHS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                headers.extend(self.headers)
                # Answers are about someone's health: never kept by a browser or a proxy. Assets revalidate.
                headers.append((b"cache-control", b"no-cache" if is_asset else b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


_ASSET_PATHS = {"/", "/index.html", "/app.js", "/style.css", "/favicon.svg"}


# --- the app -------------------------------------------------------------------------------------------


def create_app(
    bot: Any,
    *,
    kiosk: bool = False,
    kiosk_config: Any = None,
    rate_limit: RateLimit | None = RateLimit(60, 60.0),
    frame_ancestors: str = "'self'",
) -> Starlette:
    """The ASGI app over a ready ``Bot``: API routes, the chat page and its assets, security headers.

    ``kiosk`` forces the page's kiosk mode for everyone (otherwise ``/?kiosk=1`` turns it on);
    ``kiosk_config`` is a ``marrowbot.config.KioskConfig`` (idle timings, welcome, suggestions).
    """
    if _WEB_IMPORT_ERROR is not None:
        raise MarrowbotError(INSTALL_HINT) from _WEB_IMPORT_ERROR
    from .bot import Session
    from .config import KioskConfig

    config = kiosk_config if kiosk_config is not None else KioskConfig()
    buckets = _Buckets(rate_limit) if rate_limit is not None else None
    assets = _load_assets()
    page_info = _page_info(bot, config, kiosk)
    topics = bot.topics()
    sources = bot.sources()

    def check_rate(request: Request) -> None:
        if buckets is None:
            return
        client = request.client.host if request.client else "unknown"
        wait = buckets.take(client)
        if wait > 0:
            seconds = math.ceil(wait)
            raise _BadRequest(
                429,
                f"too many requests: please wait {seconds} seconds and try again",
                headers={"retry-after": str(seconds)},
            )

    async def ask(request: Request) -> Response:
        check_rate(request)
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
                raise _BadRequest(422, f'"session" is not valid ({err}); send null to start again') from err
        # The engine is CPU-bound and synchronous: a worker thread keeps /healthz answering meanwhile.
        answer = await run_in_threadpool(bot.ask, message, session)
        return JSONResponse(_answer_json(answer, session))

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
        return JSONResponse(_OPENAPI)

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


async def _read_json(request: Request) -> Any:
    """The body as JSON, refusing bodies over ``MAX_BODY_BYTES`` before reading them whole."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise _BadRequest(400, "Content-Length must be a number")
        if int(declared) > MAX_BODY_BYTES:
            raise _BadRequest(413, f"the request body is too large (at most {MAX_BODY_BYTES} bytes)")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise _BadRequest(413, f"the request body is too large (at most {MAX_BODY_BYTES} bytes)")
            chunks.append(chunk)
    except ClientDisconnect as err:
        raise _BadRequest(400, "the request body was cut off") from err
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


def _answer_json(answer: Any, session: Any) -> dict[str, Any]:
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
        }
        for s in answer.sources
    ]
    out["suggestions"] = list(answer.suggestions)
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
        "wiped": getattr(messages, "wiped", ""),
        "error": getattr(messages, "error", ""),
        "kiosk": {
            "forced": kiosk,
            "idle_seconds": config.idle_seconds,
            "warn_seconds": config.warn_seconds,
        },
    }


def _load_assets() -> dict[str, tuple[bytes, str, str]]:
    folder = resources.files("marrowbot") / "web"
    out: dict[str, tuple[bytes, str, str]] = {}
    for name, content_type in ASSETS.items():
        body = (folder / name).read_bytes()
        out[name] = (body, content_type, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
    return out


# --- OpenAPI -------------------------------------------------------------------------------------------

_ERROR = {
    "description": "a client mistake",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            }
        }
    },
}
_SNIPPET = {
    "type": "object",
    "required": ["n", "text", "doc", "title", "section", "url", "score"],
    "properties": {
        "n": {"type": "integer", "minimum": 1},
        "text": {"type": "string"},
        "doc": {"type": "string"},
        "title": {"type": "string"},
        "section": {"type": "string"},
        "url": {"type": "string"},
        "score": {"type": "number"},
    },
}
_SESSION = {
    "type": "object",
    "description": "What the bot remembers between two messages (never what was typed). Send it back "
    "unchanged with the next message; null starts a new conversation. Anything else is refused with 422.",
    "additionalProperties": False,
    "properties": {
        "topic": {
            "type": "string",
            "nullable": True,
            "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "maxLength": 200,
        },
        "condition": {"type": "string", "nullable": True, "maxLength": 200},
        "condition_passage": {"type": "integer", "minimum": -1, "maximum": 1_000_000_000},
        "intent": {"type": "string", "nullable": True, "pattern": "^[a-z_]{1,40}$"},
        "turns": {"type": "integer", "minimum": 0, "maximum": 1_000_000_000},
    },
}
_ANSWER = {
    "type": "object",
    "required": [
        "question",
        "intent",
        "topic",
        "confidence",
        "abstained",
        "urgent",
        "text",
        "snippets",
        "disclaimer",
        "session",
    ],
    "properties": {
        "question": {"type": "string"},
        "intent": {"type": "string"},
        "topic": {"type": "string", "nullable": True},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "abstained": {"type": "boolean"},
        "urgent": {"type": "boolean"},
        "text": {"type": "string"},
        "snippets": {"type": "array", "items": _SNIPPET},
        "disclaimer": {"type": "string", "minLength": 1},
        "session": {"type": "object", "description": _SESSION["description"]},
        "lead": {"type": "string", "description": "the bot's own words before the quotes"},
        "sources": {"type": "array", "items": {"type": "object"}},
        "suggestions": {"type": "array", "items": {"type": "string"}},
        "link_titles": {"type": "object", "additionalProperties": {"type": "string"}},
    },
}


def _json_ok(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_OPENAPI: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {
        "title": "marrowbot",
        "version": "1",
        "description": "Answers questions about bone marrow diseases by quoting trusted documents, with "
        "citations. General information, not medical advice. The server keeps no conversation state: "
        "send back the session object of the previous answer.",
    },
    "paths": {
        "/api/ask": {
            "post": {
                "summary": "Ask one question",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["message"],
                                "additionalProperties": False,
                                "properties": {
                                    "message": {"type": "string", "maxLength": MAX_MESSAGE_CHARS},
                                    "session": {**_SESSION, "nullable": True},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": _json_ok("the answer (contracts section 3) and the next session", _ANSWER),
                    "400": _ERROR,
                    "413": _ERROR,
                    "422": _ERROR,
                    "429": _ERROR,
                },
            }
        },
        "/api/topics": {
            "get": {
                "summary": "The conditions it can talk about",
                "responses": {"200": _json_ok("topics", {"type": "object"}), "429": _ERROR},
            }
        },
        "/api/sources": {
            "get": {
                "summary": "The documents it quotes",
                "responses": {"200": _json_ok("sources", {"type": "object"}), "429": _ERROR},
            }
        },
        "/api/messages": {
            "get": {
                "summary": "The page's words (welcome, disclaimer, suggestions) and kiosk timings",
                "responses": {"200": _json_ok("page text", {"type": "object"}), "429": _ERROR},
            }
        },
        "/healthz": {
            "get": {
                "summary": "Liveness",
                "responses": {"200": _json_ok("ok", {"type": "object"})},
            }
        },
    },
}


# --- running it ----------------------------------------------------------------------------------------


def app_from_env() -> Starlette:
    """Factory for uvicorn workers: builds the Bot and app from the ``MARROWBOT_*`` environment variables."""
    from .bot import Bot, Emergency
    from .config import load_kiosk_config

    env = os.environ
    config_path = env.get(ENV_CONFIG) or None
    config = load_kiosk_config(config_path) if config_path else None
    emergency = Emergency(call=config.emergency_call, crisis_line=config.crisis_line) if config else None
    bot = Bot.load(
        corpus_dir=Path(env[ENV_CORPUS]) if env.get(ENV_CORPUS) else None,
        intents_dir=Path(env[ENV_INTENTS]) if env.get(ENV_INTENTS) else None,
        emergency=emergency,
    )
    return create_app(
        bot,
        kiosk=env.get(ENV_KIOSK, "") == "1",
        kiosk_config=config,
        rate_limit=RateLimit.parse(env.get(ENV_RATE_LIMIT, DEFAULT_RATE_LIMIT)),
        frame_ancestors=_frame_ancestors(env.get(ENV_FRAME_ANCESTORS, "")),
    )


def _frame_ancestors(text: str) -> str:
    """Origins allowed to embed the page; only plain origins (no quotes or semicolons) are accepted."""
    origins = [o for o in text.split() if o.startswith(("https://", "http://")) and not set(o) & set(";,'\"")]
    return " ".join(["'self'", *origins])


def _cannot_listen(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be bound (in use, no such address), or None if it can."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(address)
    except OSError as err:
        return err.strerror or str(err)
    return None


def _tell(message: str) -> None:
    print(message, file=sys.stderr)  # noqa: T201 - `command` is the front end of `marrowbot serve`


def command(args: Any) -> int:
    """``marrowbot serve``: validate everything once here, then hand over to uvicorn; returns an exit code."""
    if _WEB_IMPORT_ERROR is not None:
        _tell(INSTALL_HINT)
        return 2
    try:
        import uvicorn
    except ImportError:
        _tell(INSTALL_HINT)
        return 2

    workers = int(getattr(args, "workers", 1) or 1)
    port = int(getattr(args, "port", 8000))
    host = str(getattr(args, "host", "127.0.0.1"))
    if workers < 1 or not 0 <= port <= 65535:
        _tell("marrowbot serve: --workers must be 1 or more and --port 0 to 65535")
        return 2
    try:
        RateLimit.parse(os.environ.get(ENV_RATE_LIMIT, DEFAULT_RATE_LIMIT))
    except ValueError as err:
        _tell(f"marrowbot serve: {ENV_RATE_LIMIT}: {err}")
        return 2
    problem = _cannot_listen(host, port)
    if problem:
        _tell(f"marrowbot serve: cannot listen on {host}:{port} ({problem})")
        return 2
    env = {
        ENV_CORPUS: str(args.corpus) if getattr(args, "corpus", None) else "",
        ENV_INTENTS: str(args.intents) if getattr(args, "intents", None) else "",
        ENV_KIOSK: "1" if getattr(args, "kiosk", False) else "",
        ENV_CONFIG: str(args.config) if getattr(args, "config", None) else "",
    }
    os.environ.update(env)  # the workers (child processes) read the same settings
    try:
        app = app_from_env()  # loads and checks corpus, intents and configuration before listening
    except MarrowbotError as err:
        _tell(f"marrowbot: {err}")
        return 2

    if host not in ("127.0.0.1", "localhost", "::1"):
        _tell(
            f"marrowbot serve: listening on {host}, not only this machine: put it behind a reverse proxy "
            "with TLS (see the README, section 'Behind a reverse proxy')"
        )
    shown = f"[{host}]" if ":" in host else host
    _tell(
        f"marrowbot: the chat page is at http://{shown}:{port}/ "
        "(kiosk: /?kiosk=1, API: /openapi.json). Ctrl-C stops."
    )
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "warning",
        "access_log": False,  # privacy: no log of who asked when
        "server_header": False,
        "timeout_keep_alive": 5,
    }
    try:
        if workers == 1:
            uvicorn.run(app, **options)
        else:
            del app  # each worker builds its own from the environment
            uvicorn.run("marrowbot.server:app_from_env", factory=True, workers=workers, **options)
    except SystemExit as err:  # uvicorn exits when it cannot listen (port in use, bad host)
        if err.code not in (0, None):
            _tell(f"marrowbot serve: could not serve on {host}:{port} (is the port in use?)")
            return 2
    except KeyboardInterrupt:
        pass
    return 0
