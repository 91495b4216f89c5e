"""The server's protections: a per-client rate limit and the security headers on every response."""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

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


DEFAULT_LIMIT = RateLimit(60, 60.0)


def parse_proxies(text: str) -> frozenset[str]:
    """``MARROWBOT_TRUSTED_PROXIES``: addresses of the reverse proxies whose X-Forwarded-For is believed."""
    out = set()
    for item in text.replace(",", " ").split():
        try:
            out.add(str(ipaddress.ip_address(item)))
        except ValueError as err:
            raise ValueError(f"trusted proxy must be an IP address, not {item[:60]!r}") from err
    return frozenset(out)


def client_key(request: Any, trusted_proxies: frozenset[str]) -> str:
    """Whom a request counts against: the connecting peer, or, when that peer is a trusted reverse proxy, the
    last address in its X-Forwarded-For (the one the proxy itself added; earlier ones the client can forge).
    An IPv6 client counts by its /64 network, the block one subscriber is given (it can pick any address in
    it); an IPv4-mapped IPv6 address counts as the IPv4 address it carries."""
    peer = request.client.host if request.client else "unknown"
    if peer in trusted_proxies:
        forwarded = request.headers.get("x-forwarded-for", "")
        last = forwarded.split(",")[-1].strip()[:64]
        if last:
            return _network(last)
    return _network(peer)


def _network(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return address  # not an address ("unknown", a test client's name): counted as it is
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


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


#: The page and its assets: they get the strict page headers; API answers get JSON ones.
_ASSET_PATHS = {"/", "/index.html", "/app.js", "/style.css", "/favicon.svg"}


def _csp(frame_ancestors: str) -> str:
    # Everything comes from this server; no inline script or style, so injected markup could not run anyway.
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        f"font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {frame_ancestors}"
    )


def security_headers(frame_ancestors: str = "'self'") -> list[tuple[bytes, bytes]]:
    """The headers every response carries (the app's, and the server's own 400s: see ``web/protocol.py``)."""
    return [
        (b"content-security-policy", _csp(frame_ancestors).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"same-origin"),
    ]


class _SecurityHeaders:
    """Adds the security headers to every response, and ``no-store`` to every API answer."""

    def __init__(self, app: ASGIApp, frame_ancestors: str) -> None:
        self.app = app
        self.headers = security_headers(frame_ancestors)

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

        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send_with_headers(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception:  # noqa: BLE001 - a bug must still answer JSON with the headers, never a bare 500
            if started:
                raise
            body = b'{"error": "something went wrong on our side; please try again"}'
            await send_with_headers({"type": "http.response.start", "status": 500,
                                     "headers": [(b"content-type", b"application/json"),
                                                 (b"content-length", str(len(body)).encode())]})
            await send_with_headers({"type": "http.response.body", "body": body})
