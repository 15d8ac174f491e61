"""uvicorn's HTTP protocol with TCP_NODELAY set on every connection.

With ``serve --workers N`` uvicorn binds the listening socket itself without
naming its protocol (proto 0), and asyncio then leaves Nagle's algorithm on
for the connections it accepts: a reply written in two parts (head, then
body) waits for the client's delayed ACK, 40 ms added to every request. A
single worker is not affected; setting the option per connection makes both
the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
