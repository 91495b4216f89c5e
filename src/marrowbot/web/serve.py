"""``marrowbot serve``: checks everything once, then runs uvicorn over the app (one or more workers)."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marrowbot.errors import MarrowbotError
from marrowbot.web.app import _WEB_IMPORT_ERROR, INSTALL_HINT, create_app
from marrowbot.web.security import RateLimit, parse_proxies

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from marrowbot.bot import Progress

# Environment variables that carry ``serve``'s options to every worker (uvicorn starts them by import string).
ENV_CORPUS = "MARROWBOT_CORPUS"
ENV_INTENTS = "MARROWBOT_INTENTS"
ENV_KIOSK = "MARROWBOT_KIOSK"
ENV_CONFIG = "MARROWBOT_CONFIG"
ENV_LIBRARY = "MARROWBOT_LIBRARY"  # "linked" or "none"; empty: the configuration's, else linked
ENV_RATE_LIMIT = "MARROWBOT_RATE_LIMIT"  # "N/SECONDS" per client, e.g. "60/60"; "0" turns it off
ENV_FRAME_ANCESTORS = "MARROWBOT_FRAME_ANCESTORS"  # sites allowed to embed the page in an iframe
#: Addresses of the reverse proxies whose X-Forwarded-For is believed (space or comma separated IPs); unset:
#: none, and the rate limit counts the connecting address whatever headers a client sends.
ENV_TRUSTED_PROXIES = "MARROWBOT_TRUSTED_PROXIES"

DEFAULT_RATE_LIMIT = "60/60"


def app_from_env(progress: Progress | None = None) -> Starlette:
    """Factory for uvicorn workers: builds the Bot and app from the ``MARROWBOT_*`` environment variables."""
    from marrowbot.bot import Bot, Emergency
    from marrowbot.frontends.config import load_kiosk_config

    env = os.environ
    config_path = env.get(ENV_CONFIG) or None
    config = load_kiosk_config(config_path) if config_path else None
    for note in config.notes if config else ():
        sys.stderr.write(f"marrowbot: {note}\n")  # the server's log
    emergency = Emergency(call=config.emergency_call, crisis_line=config.crisis_line) if config else None
    bot = Bot.load(
        corpus_dir=Path(env[ENV_CORPUS]) if env.get(ENV_CORPUS) else None,
        intents_dir=Path(env[ENV_INTENTS]) if env.get(ENV_INTENTS) else None,
        emergency=emergency,
        progress=progress,
        library=env.get(ENV_LIBRARY) or (config.library if config else None),
    )
    return create_app(
        bot,
        kiosk=env.get(ENV_KIOSK, "") == "1",
        kiosk_config=config,
        rate_limit=RateLimit.parse(env.get(ENV_RATE_LIMIT, DEFAULT_RATE_LIMIT)),
        frame_ancestors=_frame_ancestors(env.get(ENV_FRAME_ANCESTORS, "")),
        trusted_proxies=parse_proxies(env.get(ENV_TRUSTED_PROXIES, "")),
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


def command(args: Any) -> int:  # noqa: C901 - each option checked in turn before uvicorn starts
    """``marrowbot serve``: validate everything once here, then hand over to uvicorn; returns an exit code."""
    if _WEB_IMPORT_ERROR is not None:
        _tell(INSTALL_HINT)
        return 2
    try:
        import uvicorn

        from marrowbot.web.protocol import KEEP_ALIVE_SECONDS, GuardedH11Protocol
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
    try:
        parse_proxies(os.environ.get(ENV_TRUSTED_PROXIES, ""))
    except ValueError as err:
        _tell(f"marrowbot serve: {ENV_TRUSTED_PROXIES}: {err}")
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
        ENV_LIBRARY: getattr(args, "library", None) or "",
    }
    os.environ.update(env)  # the workers (child processes) read the same settings
    try:
        from marrowbot.frontends.progress import log_progress

        app = app_from_env(log_progress())  # loads and checks corpus, intents and configuration before listening
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
        # Limits (README, "What the server protects against"): headers within HEADER_SECONDS, idle keep-alive
        # closed after KEEP_ALIVE_SECONDS, the body within the app's BODY_SECONDS; uvicorn's own 400s carry
        # the security headers; X-Forwarded-For is never rewritten into the peer address here (the app
        # believes it only from MARROWBOT_TRUSTED_PROXIES).
        "http": GuardedH11Protocol,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "proxy_headers": False,
        "h11_max_incomplete_event_size": 16 * 1024,
    }
    try:
        if workers == 1:
            uvicorn.run(app, **options)
        else:
            del app  # each worker builds its own from the environment
            uvicorn.run("marrowbot.web.serve:app_from_env", factory=True, workers=workers, **options)
    except SystemExit as err:  # uvicorn exits when it cannot listen (port in use, bad host)
        if err.code not in (0, None):
            _tell(f"marrowbot serve: could not serve on {host}:{port} (is the port in use?)")
            return 2
    except KeyboardInterrupt:
        pass
    return 0
