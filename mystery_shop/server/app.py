"""The sync API's routes (``router``, included by ``main``): thin routes over ``auth``, ``batches``, ``changes``
and ``blobs``.

The server keeps no state between requests beyond the database and the blob folder,
so several workers, or several hosts sharing one PostgreSQL, serve the same data.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import Counter as Counter_
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel
from sqlalchemy import or_, select
from starlette.concurrency import run_in_threadpool

from mystery_shop.domain.workflow import Role
from mystery_shop.sync.protocol import (
    API,
    PLATFORMS,
    PROTOCOL,
    RELEASES,
    SHA256,
    ChangesPage,
    ErrorBody,
    Health,
    HiddenRequest,
    HiddenResponse,
    MissingRequest,
    MissingResponse,
    PushRequest,
    PushResponse,
    ReleasesResponse,
    SummaryResponse,
    TokenRequest,
    TokenResponse,
    UserOut,
    VisitOut,
)

from . import batches, blob_access, changes, identity, metrics, throttle
from .auth import BAD_LOGIN, caller_for, issue_token, user_out
from .config import default_zone
from .errors import ApiError
from .models import Device, Record, User, utcnow
from .portal import mail
from .scope import Caller, VisitRow, join_visit, visible
from .state import State, StateDep, state

log = logging.getLogger(__name__)


class BlobStored(BaseModel):
    sha256: str
    stored: bool  # False: the server had these bytes already


def _too_many(wait: dt.timedelta) -> ApiError:
    return ApiError(429, f"too many failed sign-ins: try again in {throttle.retry_after(wait)} seconds",
                    headers={"Retry-After": throttle.retry_after(wait)})  # fmt: skip


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody} for code in (422, 426, *codes)}


AUTHED = _errors(401, 403, 413, 503)
PLATFORM_PATTERN = "^(" + "|".join(PLATFORMS) + ")$"


def current_caller(request: Request, st: StateDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    with st.db.read() as s:
        caller = caller_for(s, authorization)
    request.scope.setdefault("state", {})["user"] = caller.username
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]


def staff(caller: CallerDep) -> Caller:
    if not caller.staff:
        raise ApiError(403, "client accounts can only read published reports")
    return caller


StaffDep = Annotated[Caller, Depends(staff)]


def _staff_caller(request: Request, st: State, authorization: str | None) -> Caller:
    return staff(current_caller(request, st, authorization))


def _uploader(request: Request, st: State, authorization: str | None, incoming: int) -> Caller:
    """A staff caller within their quota of uploads that no record names yet (507, as WebDAV says a quota)."""
    caller = _staff_caller(request, st, authorization)
    with st.db.read() as s:
        held = blob_access.unnamed_bytes(s, caller.user_id)
    if held + incoming > st.config.upload_quota_bytes:
        raise ApiError(507, f"{held} bytes you uploaded are named by no record yet (at most "
                            f"{st.config.upload_quota_bytes}): push the photos that name them first")  # fmt: skip
    return caller


# A blob's path names its SHA-256: documented in the schema, checked by ``ServerBlobs.path`` (after the caller is, so
# a stranger learns nothing even of the form of a hash).
ShaPath = Annotated[str, PathParam(json_schema_extra={"pattern": SHA256})]


def _body_of(model: type[BaseModel]) -> dict[str, Any]:
    """The request body of a route that parses it itself (``main`` adds the model to the schema)."""
    ref = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}


router = APIRouter()


@router.get(f"{API}/health", response_model=Health, responses={503: {"model": ErrorBody}}, tags=["server"])
def health(st: StateDep) -> Health:
    """For a load balancer: 503 unless the database answers and the blob folder takes a file."""
    problems = []
    try:
        with st.db.read() as s:
            s.scalar(select(User.id).limit(1))
    except Exception as e:
        log.warning("health: the database does not answer: %s", e)
        problems.append(f"the database does not answer ({type(e).__name__})")
    try:
        st.blobs.probe()
    except Exception as e:
        log.warning("health: the blob store fails: %s", e)
        problems.append(f"the blob folder cannot be written ({getattr(e, 'strerror', None) or type(e).__name__})")
    if problems:
        raise ApiError(503, "; ".join(problems))
    return Health(status="ok", protocol=PROTOCOL, server_time=dt.datetime.now(dt.UTC))


@router.get(f"{API}{RELEASES}", response_model=ReleasesResponse, responses={422: {"model": ErrorBody}},
         tags=["server"])  # fmt: skip
def releases(st: StateDep, platform: Annotated[str | None, Query(pattern=PLATFORM_PATTERN)] = None) -> Any:
    """The app versions the admin announces, newest first: open to every app, an outdated one included."""
    from .releases import releases as announced

    return ReleasesResponse(releases=announced(st.db, platform))


@router.get(metrics.PATH, include_in_schema=False)
def prometheus(request: Request, st: StateDep, authorization: Annotated[str | None, Header()] = None) -> Response:
    admin = False
    if authorization:
        with st.db.read() as s:
            admin = caller_for(s, authorization).role is Role.ADMIN
    if not metrics.may_read(request.client.host if request.client else None, dict(request.headers), admin):
        raise ApiError(403, "metrics are for an admin's token or a local address")
    body, ctype = metrics.render(mail.queue_metrics(st.db))
    return Response(body, media_type=ctype)


@router.post(f"{API}/auth/token", response_model=TokenResponse, responses=_errors(401, 403, 413, 429),
          tags=["auth"])  # fmt: skip
def token(body: TokenRequest, request: Request, st: StateDep) -> TokenResponse:
    # The same limiter as the portal's sign-in (the same password opens both), counted before the check.
    keys = throttle.keys(body.username, request.client.host if request.client else "")
    counted = throttle.claim(st.db, keys)
    if counted.refused:
        raise _too_many(counted.refused)
    try:
        with st.db.write() as s:
            issued = issue_token(s, body.username, body.password, body.device, st.config.token_ttl)
    except ApiError as e:
        if e.status != 401 or e.detail != BAD_LOGIN:
            throttle.succeeded(st.db, keys)  # the password was right (a disabled or client account)
        elif counted.wait_if_wrong:
            raise _too_many(counted.wait_if_wrong) from None
        raise
    throttle.succeeded(st.db, keys)
    return issued


@router.post(f"{API}/auth/logout", status_code=204, responses=AUTHED, tags=["auth"])
def logout(caller: CallerDep, st: StateDep) -> Response:
    with st.db.write() as s:
        device = s.get(Device, caller.device_id)
        if device is not None:
            device.revoked_at = utcnow()
    return Response(status_code=204)


@router.get(f"{API}/me", response_model=UserOut, responses=AUTHED, tags=["auth"])
def me(caller: CallerDep, st: StateDep) -> UserOut:
    with st.db.read() as s:
        user = s.get(User, caller.user_id)
        assert user is not None
        return user_out(user)


@router.get(f"{API}/sync/changes", response_model=ChangesPage, responses=_errors(401, 410, 503), tags=["sync"])
def pull(
    caller: CallerDep,
    st: StateDep,
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    x_mystery_shop_protocol: Annotated[int, Header(ge=0)] = PROTOCOL,  # an older app is not sent newer kinds
) -> ChangesPage:
    epoch = identity.current(st.db)
    try:
        with st.db.read() as s:
            page = changes.page(s, caller, since, min(limit, st.config.page_limit), x_mystery_shop_protocol)
    except ApiError as e:
        if e.status == 410:  # the server forgot writes it acknowledged: every laptop must reconcile
            identity.redraw(st.db, "a laptop's cursor is ahead of the SEQ counter", unless_not=epoch)
        raise
    page.epoch = epoch
    st.note(epoch, page.next)
    metrics.PULL_PAGES.inc()
    return page


@router.post(f"{API}/sync/push", response_model=PushResponse, responses=AUTHED, tags=["sync"],
          openapi_extra=_body_of(PushRequest))  # fmt: skip
async def push(request: Request, authorization: Annotated[str | None, Header()] = None) -> Response:
    # The hot path: the body parsed by pydantic in one pass and the reply encoded once, both in
    # ``batches`` on one thread-pool hop, rather than FastAPI's parse, validate, check and encode.
    st = state(request)
    body = await request.body()
    ctype = request.headers.get("content-type")
    async with st.push_slots:
        started = time.perf_counter()
        reply, user = await run_in_threadpool(batches.push, st.db, authorization, body, ctype, st.blobs.has,
                                              lambda: default_zone(st.config.data_dir))  # fmt: skip
        metrics.PUSH_SECONDS.observe(time.perf_counter() - started)
        epoch = await run_in_threadpool(identity.current, st.db)
    for status, n in Counter_(r["status"] for r in orjson.loads(reply)["results"]).items():
        metrics.PUSH_RESULTS.labels(status).inc(n)
    request.scope.setdefault("state", {})["user"] = user
    # The reply is encoded JSON ``{"results": [...]}``: the epoch is added without decoding it again.
    reply = reply[:-1] + b',"epoch":"' + epoch.encode() + b'"}'
    return Response(reply, media_type="application/json")


@router.get(f"{API}/sync/summary", response_model=SummaryResponse, responses=AUTHED, tags=["sync"])
def summary(caller: CallerDep, st: StateDep) -> SummaryResponse:
    epoch = identity.current(st.db)
    with st.db.read() as s:
        out = changes.summary(s, caller)
    out.epoch = epoch
    return out


@router.post(f"{API}/sync/hidden", response_model=HiddenResponse, responses=AUTHED, tags=["sync"])
def hidden(body: HiddenRequest, caller: CallerDep, st: StateDep) -> HiddenResponse:
    epoch = identity.current(st.db)
    with st.db.read() as s:
        return HiddenResponse(hidden=changes.hidden(s, caller, body.records), epoch=epoch)


@router.get(f"{API}/visits/{{visit_id}}", response_model=VisitOut, responses=_errors(401, 404), tags=["records"])
def visit(
    visit_id: str, caller: CallerDep, st: StateDep, x_mystery_shop_protocol: Annotated[int, Header(ge=0)] = PROTOCOL
) -> VisitOut:
    with st.db.read() as s:
        return changes.visit(s, caller, visit_id, x_mystery_shop_protocol)


@router.post(f"{API}/blobs/missing", response_model=MissingResponse, responses=AUTHED, tags=["blobs"])
def missing(body: MissingRequest, caller: StaffDep, st: StateDep) -> MissingResponse:
    for sha in body.sha256:
        st.blobs.path(sha)  # 422 on a malformed hash
    # A blob the caller may not name is "missing" as one the server lacks: its upload proves the bytes.
    with st.db.read() as s:
        held = {sha for sha in set(body.sha256) if st.blobs.has(sha) and blob_access.may_name(s, caller, sha)}
    return MissingResponse(missing=sorted(set(body.sha256) - held))


@router.put(
    f"{API}/blobs/{{sha256}}",
    response_model=BlobStored,
    responses=_errors(401, 403, 413, 507),
    tags=["blobs"],
    openapi_extra={
        "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}
    },
)
async def put_blob(
    sha256: ShaPath, request: Request, authorization: Annotated[str | None, Header()] = None
) -> BlobStored:
    # The caller is checked (``StaffDep``'s database round trip) while the first bytes arrive rather than
    # before: nothing reaches the disk until the check passes, and its refusal (401, 403) is the answer
    # whatever else happened, the early "stored already" included.
    st = state(request)
    length = request.headers.get("content-length")
    incoming = int(length) if length and length.isdigit() else 0
    allowed = asyncio.ensure_future(run_in_threadpool(_uploader, request, st, authorization, incoming))
    try:
        stored = await st.blobs.receive(sha256, request.stream(), int(length) if length else None, allowed)
    except BaseException:
        await allowed  # a refused caller is told so first
        raise
    caller = await allowed
    await run_in_threadpool(blob_access.record_upload, st.db, caller, sha256, st.blobs.size(sha256))
    if stored and length:
        metrics.BLOB_BYTES.labels("in").inc(int(length))
    return BlobStored(sha256=sha256, stored=stored)


@router.get(
    f"{API}/blobs/{{sha256}}",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}, **_errors(401, 404)},
    tags=["blobs"],
)
def get_blob(sha256: ShaPath, caller: CallerDep, st: StateDep) -> Response:
    with st.db.read() as s:
        seen = s.scalar(
            select(Record.id)
            .outerjoin(VisitRow, join_visit())
            .where(
                Record.kind.in_(("photo", "appeal_file")),  # a photo, or an appeal's evidence
                # the original, or an annotated copy (named in the data only: no column, no migration)
                or_(Record.blob == sha256, Record.data["annotated_sha256"].as_string() == sha256),
                visible(caller),
            )
            .limit(1)
        )
    if seen is None:
        raise ApiError(404, f"no photo {sha256}")
    reply, size = st.blobs.response(sha256)
    metrics.BLOB_BYTES.labels("out").inc(size)
    return reply
