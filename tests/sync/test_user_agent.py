"""The app's version travels with every sync request (issue 8: version information in one place)."""

from __future__ import annotations

import http.server
import threading

from mystery_shop import __version__
from mystery_shop.sync.protocol import PROTOCOL
from mystery_shop.sync.transport import Transport


def test_requests_carry_the_app_version() -> None:
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.headers.get("User-Agent", ""))
            body = b"{}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with Transport(f"http://127.0.0.1:{server.server_port}") as t:
            t.json("GET", "/health")
    finally:
        server.shutdown()
        server.server_close()
    assert seen == [f"mystery-shop/{__version__} (sync protocol {PROTOCOL})"]
