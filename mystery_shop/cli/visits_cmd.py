"""``visits list|show|new|answer|sign|submit``: the visit services for admins and scripts."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from mystery_shop.domain.checks import CheckResult
from mystery_shop.domain.numbers import display, to_fraction
from mystery_shop.domain.progress import Progress, grade_text, progress, total_text
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.photos import flags as photo_flags
from mystery_shop.services.quality import checks_of
from mystery_shop.services.visit_editor import SignatureRefused, VisitEditor

from .common import CliError, print_json, table
from .forms_cmd import check_facts, parse_answers, render_checks
from .profile_opts import add_profile_option, open_visit, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    visits = sub.add_parser("visits", help="list, show, create, answer, sign and submit visits")
    vsub = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)

    p = vsub.add_parser("list", help="list visits")
    p.add_argument("--status", choices=[s.value for s in VisitStatus], help="only visits in this state")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_profile_option(p)
    p.set_defaults(func=cmd_list)

    p = vsub.add_parser("show", help="show one visit: header, answers, photos, comments, score, audit trail")
    p.add_argument("id", help="visit id (or a unique prefix of at least 6 characters)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_profile_option(p)
    p.set_defaults(func=cmd_show)

    p = vsub.add_parser("new", help="plan a visit; prints its id")
    p.add_argument("--form", required=True, metavar="FORM_ID", help="form id (its newest version is used)")
    p.add_argument("--location", required=True, metavar="NAME", help="location name, or 'CLIENT / NAME'")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="scheduled date (default today)")
    add_profile_option(p)
    p.set_defaults(func=cmd_new)

    p = vsub.add_parser(
        "answer",
        help="apply an answers file (the format of FORMS.md) to a visit",
        description="Apply answers to a visit, all or nothing. Exit 2 with one line per problem on a bad answer.",
    )
    p.add_argument("id")
    p.add_argument("answers", metavar="ANSWERS.json")
    add_profile_option(p)
    p.set_defaults(func=cmd_answer)

    photos = sub.add_parser("photos", help="attach photos to visits")
    psub = photos.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    p = psub.add_parser(
        "add",
        help="attach photo files to a touchpoint of a visit",
        description="One line per file: added, duplicate, or refused with the reason. "
        "Exit 0 when every file went in, 1 when any was refused (the others are kept).",
    )
    p.add_argument("--visit", required=True, metavar="ID")
    p.add_argument("--section", required=True, metavar="SECTION", help="touchpoint (section) id")
    p.add_argument("--question", metavar="Q", help="attach to one question of the touchpoint")
    p.add_argument("files", nargs="+", metavar="FILE", help="image files or folders")
    add_profile_option(p)
    p.set_defaults(func=cmd_photos)

    p = vsub.add_parser(
        "sign",
        help="sign a visit: the auditor's signature image, name and attestation",
        description="Sign a visit as its auditor: the attestation is printed and recorded with the signature "
        "image (PNG, JPEG, WebP, TIFF or GIF; kept as a PNG) and the name, as the app's finish dialog does. "
        "A file that is not an image, is cut short or is blank is refused (exit 1). Signing again replaces "
        "the signature while the visit is still a draft or returned.",
    )
    p.add_argument("id")
    p.add_argument("--signature", required=True, type=Path, metavar="FILE.png", help="the signature image")
    p.add_argument("--name", required=True, metavar="FULL_NAME", help="the auditor's full name, as signed")
    add_profile_option(p)
    p.set_defaults(func=cmd_sign)

    p = vsub.add_parser(
        "submit",
        help="submit a visit for review",
        description="Submit a visit. Refused (exit 1) with the missing items while it is incomplete. "
        "The form's quality checks that fire are printed first: a blocking one refuses the submit (exit 1), "
        "warnings are submitted past only with --explain.",
    )
    p.add_argument("id")
    p.add_argument("--explain", default="", metavar="TEXT", help="why the visit is right despite its warnings")
    add_profile_option(p)
    p.set_defaults(func=cmd_submit)


def cmd_list(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        rows = ws.visit_rows(VisitStatus(args.status) if args.status else None)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "scheduled_date": r.scheduled_date.isoformat(),
                    "client": r.client,
                    "location": r.location,
                    "form": r.form_id,
                    "form_version": r.form_version,
                    "auditor": r.auditor,
                    "status": r.status.value,
                    "total": r.score,
                    "grade": r.grade,
                    "complete": r.complete,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No visits." if not args.status else f"No {args.status} visits.")
        return 0
    body = [
        [
            r.id[:8],
            r.scheduled_date.isoformat(),
            r.client,
            r.location,
            r.form_title,
            r.auditor,
            r.status.value,
            ("" if r.score is None else total_text(to_fraction(r.score), r.complete))
            + (" (critical failed)" if r.critical_failed else ""),
            grade_text(r.grade, r.complete),
        ]
        for r in rows
    ]
    print(table(body, ["ID", "Date", "Client", "Location", "Form", "Auditor", "Status", "Score", "Grade"], "lllllllrl"))
    print(f"\n{len(rows)} visit{'s' if len(rows) != 1 else ''}")
    return 0


def check_json(c: CheckResult) -> dict[str, Any]:
    """A check as ``visits show --json`` and ``review queue --json`` print it."""
    return {"code": c.code.value, "severity": c.severity.value, "question": c.question, "message": str(c.message)}


def visit_json(ed: VisitEditor, checks: list[CheckResult] | None = None) -> dict[str, Any]:
    """Everything about a visit, as ``visits show --json`` prints it."""
    h = ed.header
    done = progress(ed.form, ed.score)
    return {
        "id": h.id,
        "status": h.status.value,
        "client": h.client,
        "location": {"name": h.location, "address": h.address, "latitude": h.latitude, "longitude": h.longitude},
        "form": {"id": h.form_id, "version": h.form_version, "title": ed.form.title},
        "auditor": h.auditor,
        "scheduled_date": h.scheduled_date.isoformat(),
        "due_date": h.due_date.isoformat() if h.due_date else None,
        "scenario": h.scenario,
        "started_at": _iso(h.started_at),
        "finished_at": _iso(h.finished_at),
        "signature": {"signed_by": h.signed_by, "signed_at": _iso(h.signed_at), "attestation": h.attestation}
        if h.has_signature
        else None,
        "answers": {
            q.id: {
                "value": ed.answers.values.get(q.id),
                "na": q.id in ed.answers.na,
                "comment": ed.comments.get(q.id, ""),
                "state": ed.score.questions[q.id].state.value if ed.score.questions else None,
            }
            for q in ed.form.questions()
            if q.id in ed.answers.values or q.id in ed.answers.na or q.id in ed.comments
        },
        "photos": _photos_json(ed),
        "review_comments": [
            {"question": c.question_id, "author": c.author, "text": c.text, "at": _iso(c.created_at)}
            for c in ed.review_comments()
        ],
        "overrides": [
            {
                "question": o.question_id,
                "points": float(o.points),
                "reason": o.reason,
                "author": o.author,
                "at": _iso(o.created_at),
            }
            for o in ed.overrides()
        ],
        "score": ed.score.to_json(),
        "checks": [check_json(c) for c in (ed.checks() if checks is None else checks)],
        "progress": {"answered": done.answered, "required": done.required},
        "missing": [
            {"kind": i.kind.value, "message": i.message, "section": i.section_id, "question": i.question_id}
            for i in ed.missing_items()
        ],
        "audit_trail": [
            {
                "kind": a.kind,
                "from": a.from_status,
                "to": a.to_status,
                "by": a.actor,
                "detail": a.detail,
                "at": _iso(a.at),
                "received_at": _iso(a.received_at),
                "server_time": _iso(a.server_time),  # where it differs from "at" (made offline)
            }
            for a in ed.audit_trail()
        ],
    }


def _photos_json(ed: VisitEditor) -> list[dict[str, Any]]:
    photos = ed.photos()
    flags = photo_flags(ed, photos)
    return [
        {
            "id": p.id,
            "section": p.section_id,
            "question": p.question_id,
            "sha256": p.sha256,
            "filename": p.filename,
            "width": p.width,
            "height": p.height,
            "taken_at": _iso(p.taken_at),
            "gps": None if p.latitude is None else {"latitude": p.latitude, "longitude": p.longitude},
            "caption": p.caption,
            "flags": [{"code": f.code.value, "reason": f.reason} for f in flags[p.id]],
        }
        for p in photos
    ]


def cmd_show(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        ed = open_visit(ws, args.id)
        data = visit_json(ed, checks_of(ws, ed.id))
    if args.json:
        print_json(data)
        return 0
    print(render_visit(data))
    return 0


def render_visit(d: dict[str, Any]) -> str:
    score, done = d["score"], d["progress"]
    total = "—" if score["total"] is None else total_text(to_fraction(score["total"]), score["complete"])
    grade = grade_text(score["grade"], score["complete"]) or "—"
    lines = [
        f"Visit {d['id']}",
        f"  {d['client']} / {d['location']['name']}  {d['location']['address']}".rstrip(),
        f"  {d['form']['title']} (v{d['form']['version']}), scheduled {d['scheduled_date']}, auditor {d['auditor']}",
        f"  Status: {d['status']}   Total: {total}   Grade: {grade}   "
        f"{Progress(done['answered'], done['required']).line()}",
        "",
        table(
            [
                [
                    s["id"],
                    f"{s['earned']:.1f}",
                    f"{s['possible']:.1f}",
                    "—" if s["score"] is None else f"{s['score']:.1f}",
                ]
                for s in score["sections"]
            ],
            ["Section", "Earned", "Possible", "Score"],
            "lrrr",
        ),
    ]
    if d["answers"]:
        lines += ["", "Answers:"]
        for qid, a in d["answers"].items():
            value = "N/A" if a["na"] else json.dumps(a["value"], ensure_ascii=False)
            comment = f"   # {a['comment']}" if a["comment"] else ""
            lines.append(f"  {qid}: {value}{comment}")
    if d["photos"]:
        lines += ["", "Photos:"]
        for ph in d["photos"]:
            where = ph["section"] + (f"/{ph['question']}" if ph["question"] else "")
            caption = f"   # {ph['caption']}" if ph["caption"] else ""
            lines.append(f"  {where}: {ph['filename'] or ph['sha256'][:12]}{caption}")
    if d["checks"]:
        lines += [
            "",
            "Checks:",
            *(f"  {c['severity'].upper()}: {c['question'] or 'visit'}: {c['message']}" for c in d["checks"]),
        ]
    if d["missing"]:
        lines += ["", "Missing before submission:", *(f"  - {m['message']}" for m in d["missing"])]
    if d["review_comments"]:
        lines += [
            "",
            "Review comments:",
            *(f"  [{c['question'] or 'visit'}] {c['author']}: {c['text']}" for c in d["review_comments"]),
        ]
    if d["audit_trail"]:
        lines += ["", "Audit trail:"]
        for a in d["audit_trail"]:
            move = f"{a['from'] or '—'} -> {a['to']}" if a["to"] else a["kind"]
            server = f" (server received it {a['server_time'][:19].replace('T', ' ')})" if a["server_time"] else ""
            lines.append(f"  {a['at'][:19].replace('T', ' ')}  {a['by']}: {move} {a['detail']}".rstrip() + server)
    return "\n".join(lines)


def cmd_new(args: argparse.Namespace) -> int:
    try:
        when = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise CliError(f"--date {args.date!r} is not a date as YYYY-MM-DD", code=2) from None
    with workspace_from(args) as ws:
        location = ws.find_location(args.location)
        visit_id = ws.create_visit(args.form, location.id, when)
    print(visit_id)
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    path = Path(args.answers)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}", code=2) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CliError(f"{path}: not valid JSON: {e}", code=2) from None
    with workspace_from(args) as ws:
        ed = open_visit(ws, args.id)
        answers, problems = parse_answers(data, ed.form)
        if problems:
            raise CliError("\n".join(f"{path}: {p}" for p in problems), code=2)
        if answers.overrides:
            raise CliError(f"{path}: overrides are a supervisor's review, not answers; remove them", code=2)
        score = ed.set_answers(answers.values, answers.na)
        for qid, text in check_facts(data).comments.items():
            ed.set_comment(qid, text)
    n = len(answers.values) + len(answers.na)
    print(
        f"saved {n} answer{'s' if n != 1 else ''}; total {display(score.total)}"
        f"{'' if score.grade is None else ' (' + score.grade.label + ')'}; "
        f"{'complete' if score.complete else str(len(score.missing)) + ' required still missing'}"
    )
    return 0


def cmd_photos(args: argparse.Namespace) -> int:
    from mystery_shop.photos.pipeline import expand_paths
    from mystery_shop.services.photos import add_files

    with workspace_from(args) as ws:
        ed = open_visit(ws, args.visit)
        results = add_files(ed, args.section, expand_paths(Path(f) for f in args.files), args.question)
    for r in results:
        print(r.line())
    return 1 if any(r.status == "refused" for r in results) else 0


def cmd_sign(args: argparse.Namespace) -> int:
    path: Path = args.signature
    try:
        image = path.read_bytes()
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}", code=2) from None
    with workspace_from(args) as ws:
        ed = open_visit(ws, args.id)
        try:
            ed.sign(image, args.name)
        except SignatureRefused as e:
            raise CliError(f"{path}: {e}") from None
        h = ed.header
    assert h.signed_at is not None
    print(f"{h.signed_by} signed visit {h.id[:8]} at {h.signed_at:%Y-%m-%d %H:%M} UTC, attesting:")
    print(f"  {h.attestation}")
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        ed = open_visit(ws, args.id)
        fired = ed.checks()
        if fired:
            print("Checks:")
            print(render_checks(fired))
        ed.submit(args.explain)
    print(f"submitted {ed.id}")
    return 0


def _iso(x: dt.datetime | None) -> str | None:
    return None if x is None else x.isoformat()
