"""uvicorn's HTTP/1.1 protocol (h11) with the limits a public server needs and the headers on its own errors.

- A request's headers must arrive within ``HEADER_SECONDS`` of the connection opening or of the previous
  response (a slow-header client is cut off); an idle keep-alive connection closes after uvicorn's
  ``timeout_keep_alive``; the body has its own deadline in the app (``BODY_SECONDS``, answered with 408).
- uvicorn's own "400 Invalid HTTP request" carries the same security headers as every app response.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from marrowbot.web.security import security_headers

HEADER_SECONDS = 10.0
KEEP_ALIVE_SECONDS = 5
_HEADERS = security_headers()


class GuardedH11Protocol(H11Protocol):
    """H11Protocol plus a header deadline and security headers on its 400s."""

    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the request's headers are in: the app takes over
            self._cancel_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm_header_timer()  # the next request's headers get the same deadline

    def send_400_response(self, msg: str) -> None:
        self._cancel_header_timer()
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close"),
                   (b"cache-control", b"no-store"), *_HEADERS]
        try:
            self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers, reason=b"Bad Request")))
            self.transport.write(self.conn.send(h11.Data(data=msg.encode("ascii"))))
            self.transport.write(self.conn.send(h11.EndOfMessage()))
        except h11.LocalProtocolError:
            pass
        self.transport.close()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(HEADER_SECONDS, self._header_timeout)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self.transport.close()
