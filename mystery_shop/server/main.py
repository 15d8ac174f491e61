"""The server's one ``main``: it builds the FastAPI application and includes every router in it.

The routes never import this module: they reach what the server holds through ``state.StateDep``
(full-stack-fastapi-template's ``api/deps.py``, Datasette's views). The lifespan runs the portal's timer
and closes the database after the last request.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from typing import Any, TypedDict

from fastapi import FastAPI
from pydantic import BaseModel

from mystery_shop import __version__
from mystery_shop.sync.protocol import PushRequest

from . import app as sync_api
from . import errors, identity, portal
from .config import ServerConfig
from .db import HEAD, Database
from .gate import ACCESS_LOG_ENV, Gate, log_access_to_stderr
from .portal import timer
from .state import State


class Lifespan(TypedDict):
    """What the lifespan hands each request (``request.state``), typed."""

    portal_timer: timer.Timer | None


def create_app(config: ServerConfig, *, migrate: bool = False, check_identity: bool = True) -> FastAPI:
    db = Database(config.url)
    if migrate:
        db.migrate()
    elif db.revision() != HEAD:
        raise RuntimeError(f"the server database is at {db.revision()}, not {HEAD}: `mystery-shop serve` migrates it")
    st = State(config, db)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[Lifespan]:
        try:
            async with timer.running(st) as portal_timer:
                yield {"portal_timer": portal_timer}
        finally:
            identity.at_exit(db, config.data_dir)
            db.dispose()

    app = FastAPI(
        title="mystery-shop sync server",
        version=__version__,
        description="The sync protocol of SYNC.md: sign in, pull by SEQ, push batches, photo blobs. "
        "The client portal's pages are under /portal.",
        docs_url="/docs",
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.ms = st
    st.blobs.remove_stale_temp()
    if check_identity:  # ``serve --workers`` does it once, in the parent, before they start
        identity.at_start(db, config.data_dir)
    errors.install(app, portal.error_page)
    portal.install(app)  # the client portal's pages (Jinja2), beside the sync API
    app.add_middleware(Gate, max_request_bytes=config.max_request_bytes, max_blob_bytes=config.max_blob_bytes,
                       body_idle_s=config.body_idle_s)  # fmt: skip
    app.include_router(sync_api.router)
    _documented(app, PushRequest)
    return app


def create_app_from_env() -> FastAPI:
    """The factory ``uvicorn --workers`` calls in each worker process."""
    if os.environ.get(ACCESS_LOG_ENV) == "stderr":
        log_access_to_stderr()
    return create_app(ServerConfig.from_env(), check_identity=False)


def _documented(app: FastAPI, *models: type[BaseModel]) -> None:
    """Put in the OpenAPI schema the models of bodies that routes parse themselves (as FastAPI would)."""
    make = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schemas = make().setdefault("components", {}).setdefault("schemas", {})
            for model in models:
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                for name, sub in schema.pop("$defs", {}).items():
                    schemas.setdefault(name, sub)
                schemas.setdefault(model.__name__, schema)
        assert app.openapi_schema is not None
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
