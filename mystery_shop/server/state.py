"""What the server holds for its whole life: the config, the database, the blob store.

One ``State`` per application, put on ``app.state.ms`` by ``main.create_app``; routes reach it through
``StateDep`` (or ``state(request)``) and never import the module that built the application.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import Depends, Request

from . import identity
from .blob_stores import blob_store
from .config import ServerConfig
from .db import Database


class State:
    def __init__(self, config: ServerConfig, db: Database) -> None:
        self.config = config
        self.db = db
        self.blobs = blob_store(config)
        # Pushes applied at once in this process; the others wait here, in the event loop, rather than in
        # threads that contend for the GIL, for connections and for the SEQ counter they would queue on anyway.
        self.push_slots = asyncio.Semaphore(config.push_slots)
        self.noted = 0  # the highest SEQ this process wrote to the identity side file (identity.note)

    def note(self, epoch: str, seq: int) -> None:
        if seq > self.noted:
            identity.note(self.config.data_dir, epoch, seq)
            self.noted = seq


def state(request: Request) -> State:
    st = request.app.state.ms
    assert isinstance(st, State)
    return st


StateDep = Annotated[State, Depends(state)]
