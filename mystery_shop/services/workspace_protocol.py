"""What a visit editor needs of the open workspace, as a protocol.

``Workspace`` opens visits (``Workspace.open_visit``), so the editor must not
import ``workspace`` back: it is typed against this protocol instead, and
``Workspace`` satisfies it as it is.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mystery_shop.domain.forms import Form
from mystery_shop.store.blobs import BlobStore

from .changes import ChangeHub
from .rows import PersonRow


class WorkspaceView(Protocol):
    me: PersonRow  # the profile's user: who edits, signs, reviews
    sessions: sessionmaker[Session]
    changes: ChangeHub  # told what each write changed

    @property
    def engine(self) -> Engine: ...

    @property
    def blobs(self) -> BlobStore: ...

    def form(self, form_id: str, version: int) -> Form: ...
