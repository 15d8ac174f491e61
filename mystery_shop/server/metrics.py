"""Prometheus metrics (docs/deploy.md): what an administrator watches on a running server.

The counters live in the process (prometheus-client's default registry); with
``serve --workers N`` each worker writes them to ``PROMETHEUS_MULTIPROC_DIR``,
which ``serve`` sets, and a scrape adds them up. The mail queue is read from
the database at scrape time. Only an admin's token or a local address that no
proxy forwarded for may read them: they tell how busy the firm is.
"""

from __future__ import annotations

import ipaddress
import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

PATH = "/metrics"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

PUSH_SECONDS = Histogram(
    "mystery_shop_push_seconds",
    "Time to apply one push batch, from its body read to its answer encoded",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
PUSH_RESULTS = Counter("mystery_shop_push_results", "Pushed operations by the server's answer", ["status"])
PULL_PAGES = Counter("mystery_shop_pull_pages", "Pull pages served")
BLOB_BYTES = Counter("mystery_shop_blob_bytes", "Photo and report bytes stored (in) and served (out)", ["direction"])
PORTAL_SIGN_INS = Counter("mystery_shop_portal_sign_ins", "Client portal sign-ins by outcome", ["outcome"])
for _status in ("applied", "conflict", "rejected"):
    PUSH_RESULTS.labels(_status)
for _direction in ("in", "out"):
    BLOB_BYTES.labels(_direction)
for _outcome in ("ok", "refused", "throttled"):
    PORTAL_SIGN_INS.labels(_outcome)


def may_read(host: str | None, headers: dict[str, str], is_admin: bool) -> bool:
    """A local address that no proxy forwarded for (Caddy adds X-Forwarded-For), or an admin."""
    if is_admin:
        return True
    if host is None or "x-forwarded-for" in headers or "forwarded" in headers:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def render(*extra: bytes) -> tuple[bytes, str]:
    """The process's metrics (or every worker's), then ``extra``: gauges read from the database by their owners
    (``portal.mail.queue_metrics``)."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        body = generate_latest(registry)
    else:
        body = generate_latest(REGISTRY)
    return body + b"".join(extra), CONTENT_TYPE_LATEST
