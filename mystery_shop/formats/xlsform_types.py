"""What the XLSForm importer knows of XLSForm's row types and columns, and how it names things."""

from __future__ import annotations

import re

from mystery_shop.domain.forms import QuestionType
from mystery_shop.domain.messages import Message, msg

T = QuestionType

# Rows an audit checklist has no place for, and why (the row is left out).
REFUSED_TYPES = {
    **dict.fromkeys(
        ["start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email",
         "audit", "start-geopoint", "imei", "uri:deviceid", "uri:email", "uri:username", "uri:phonenumber"],
        msg("metadata: the app records who made a visit and when itself"),
    ),
    **dict.fromkeys(["calculate", "hidden"], msg("a calculation: the app computes scores itself")),
    **dict.fromkeys(["geopoint", "geotrace", "geoshape"], msg("a place on a map: a visit's place is its location")),
    **dict.fromkeys(["audio", "video", "file", "background-audio", "barcode", "signature"],
                    msg("a recording, file or scan, which a checklist does not ask for")),
    "acknowledge": msg("an acknowledgement, which a checklist does not ask for"),
    "datetime": msg("a date and time together: use a date and a time question"),
    "rank": msg("a ranking, which a checklist does not ask for"),
    "xml-external": msg("an external data file, which a checklist cannot read"),
    "csv-external": msg("an external data file, which a checklist cannot read"),
    "select_one_from_file": msg("choices from an external file, which a checklist cannot read"),
    "select_multiple_from_file": msg("choices from an external file, which a checklist cannot read"),
    "select_one_external": msg("choices from an external file, which a checklist cannot read"),
    "begin_kobomatrix": msg("a Kobo matrix, which a checklist does not have"),
    "begin_score": msg("a Kobo score block: give points in the points column instead"),
    "score__row": msg("a Kobo score block: give points in the points column instead"),
    "begin_rank": msg("a ranking, which a checklist does not ask for"),
    "rank__level": msg("a ranking, which a checklist does not ask for"),
    "end_score": "", "end_rank": "", "end_kobomatrix": "",
}  # fmt: skip
QUESTION_TYPES = {"select_one", "select_multiple", "integer", "decimal", "range", "text", "date", "time"}
# Columns that shape how a question looks or behaves in ODK and have no place in a checklist.
NOT_KEPT = {
    "appearance": msg("the app lays out questions itself"),
    "default": msg("a default answer: auditors answer every question themselves"),
    "calculation": msg("calculations: the app computes scores itself"),
    "choice_filter": msg("choice filters: every choice is offered"),
    "read_only": msg("read-only questions"),
    "repeat_count": msg("repeats: a touchpoint is filled once"),
    "constraint_message": msg("the app says itself why an answer does not fit"),
    "required_message": msg("the app says itself which answers are missing"),
    "guidance_hint": msg("guidance hints (only the hint is shown)"),
    "trigger": msg("triggers"),
    "parameters": msg("parameters (kept only on a range)"),
    "note": "",
}
FIELD_COLUMNS = {  # a domain field -> the survey column its value came from, for pointing at the cell
    "id": "name", "text": "label", "help": "hint", "points": "points", "critical": "critical", "na": "na",
    "show_if": "relevant", "min": "constraint", "max": "constraint", "thresholds": "thresholds",
    "weight": "weight", "stage": "stage", "channel": "channel", "photos": "photos_min", "title": "label",
    "required": "required", "expected": "expected", "choices": "type", "questions": "type", "type": "type",
    "description": "label", "whole": "type",
}  # fmt: skip
YES = {"yes", "true", "true()", "1", "y"}
NO = {"no", "false", "false()", "0", "n", ""}


def why_not_kept(name: str, header: str) -> Message:
    """Why a filled cell of column ``header`` (``name`` once normalised) was not carried over."""
    if NOT_KEPT.get(name):
        why = NOT_KEPT[name]
    elif name.startswith("media::"):
        why = msg("pictures and sounds in a question")
    elif name.startswith(("$", "kobo--", "_")):
        why = msg("KoboToolbox's own bookkeeping")
    elif name.startswith(("bind::", "body::", "instance::")):
        why = msg("an XForm attribute")
    elif name in ("weight", "stage", "channel", "photos_min", "photos_max"):
        # the column's name stays as written in a workbook: it is what the person types in the header
        why = msg("it belongs on a begin group row: a touchpoint's {column}", column=name.replace("_", " "))
    elif name in ("points", "critical", "na", "expected", "thresholds", "audit_type", "required", "constraint"):
        why = msg("not for this kind of row")
    else:
        why = msg("not a column this app reads")
    return msg("{header}: not kept ({why})", header=header, why=why)


def parse_type(raw: str) -> tuple[str, str | None, bool]:
    """``select_one colours or_other`` -> ("select_one", "colours", True); old spellings too."""
    text = re.sub(r"\s+", " ", raw.strip())
    lower = text.lower()
    or_other = False
    for suffix in (" or_other", " or specify other"):
        if lower.endswith(suffix):
            text, lower, or_other = text[: -len(suffix)], lower[: -len(suffix)], True
    for prefix, kind in (
        ("select one from ", "select_one"), ("select all that apply from ", "select_multiple"),
        ("select_one ", "select_one"), ("select_multiple ", "select_multiple"), ("begin loop over ", "begin_repeat"),
        ("select_one_from_file ", "select_one_from_file"), ("select_multiple_from_file ", "select_multiple_from_file"),
        ("select_one_external ", "select_one_external"), ("rank ", "rank"),
    ):  # fmt: skip
        if lower.startswith(prefix):
            return kind, text[len(prefix) :].strip(), or_other
    aliases = {
        "begin group": "begin_group", "end group": "end_group", "begin repeat": "begin_repeat",
        "end repeat": "end_repeat", "end loop": "end_repeat", "int": "integer", "string": "text",
        "photo": "image", "phone number": "text", "select one": "select_one",
        "select all that apply": "select_multiple",
        "datetime": "datetime", "begin_loop": "begin_repeat", "end_loop": "end_repeat",
    }  # fmt: skip
    return aliases.get(lower, lower.replace(" ", "_")), None, or_other


def parameters(text: str) -> dict[str, str]:
    return {k.lower(): v for k, v in re.findall(r"(\w+)\s*=\s*([^\s;,]+)", text)}


def slug(name: str, fallback: str) -> str:
    s = re.sub(r"[^a-z0-9_-]+", "_", name.strip().lower()).strip("_-")
    return s or fallback


def unique(base: str, taken: set[str]) -> str:
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}_{n}"
    taken.add(name)
    return name
