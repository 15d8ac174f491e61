"""Hostile form files are refused with a reason, quickly and in little memory: YAML's billion laughs, a huge
file, an XLSX with a cell at column XFD on many rows, a zip bomb."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mystery_shop.formats import FormError, load_form, parse_form
from mystery_shop.formats.xlsform_import import import_xlsform
from mystery_shop.formats.xlsform_sheets import NotAnXlsForm
from support.workspaces import FORM

SECONDS = 3.0  # on a shared 2-CPU machine; the limits hold the work to a fraction of this
PEAK_MB = 150


@contextmanager
def peak_under(mb: int) -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < mb << 20, f"peak {peak >> 20} MB"


def refused(call: Callable[[], object], error: type[Exception]) -> str:
    """The reason ``call`` gives, refusing in under SECONDS (timed alone) and PEAK_MB (traced, which is slower)."""
    started = time.perf_counter()
    with pytest.raises(error) as e:
        call()
    took = time.perf_counter() - started
    assert took < SECONDS, f"took {took:.1f} s"
    with peak_under(PEAK_MB), pytest.raises(error):
        call()
    return str(e.value)


def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_is_refused_with_its_line() -> None:
    text = billion_laughs()
    assert len(text) < 700
    reason = refused(lambda: parse_form(text, "laughs.yaml"), FormError)
    assert reason.startswith("laughs.yaml:") and "aliases (*name) are expanded" in reason


def test_a_file_of_too_many_aliases_is_refused() -> None:
    text = "x: &x 1\ny: [" + ",".join(["*x"] * 5000) + "]\n"
    reason = refused(lambda: parse_form(text, "aliases.yaml"), FormError)
    assert reason.startswith("aliases.yaml:2:") and "more than 1000 aliases" in reason


def test_a_form_that_uses_a_few_aliases_still_reads() -> None:
    text = FORM.replace("photos: {min: 1}", "photos: &p {min: 1}")
    text = text.replace("title: Notes", "title: Notes\n    photos: *p")
    form = parse_form(text)
    assert form.sections[1].photos == form.sections[0].photos


def test_a_huge_form_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(FORM + "# " + "x" * 50_000_000 + "\n", encoding="utf-8")
    reason = refused(lambda: load_form(big), FormError)
    assert reason.startswith(f"{big}:1:") and "at most 2000000" in reason
    reason = refused(lambda: parse_form("# " + "x" * 3_000_000, "big"), FormError)
    assert "at most 2000000" in reason


# ------------------------------------------------------------ workbooks made by hand, as an attacker would

TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="survey" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def workbook(path: Path, sheet: Iterator[str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            for part in sheet:
                f.write(part.encode())
    return path


def cells_at_xfd(rows: int, dimension: bool) -> Iterator[str]:
    yield SHEET_HEAD + (f'<dimension ref="A1:XFD{rows}"/>' if dimension else "") + "<sheetData>"
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>type</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is>'
    yield "</c></row>"
    for r in range(2, rows + 1):
        yield f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>'
    yield "</sheetData></worksheet>"


@pytest.mark.parametrize("dimension", [True, False], ids=["declared", "undeclared"])
def test_a_sheet_with_a_cell_at_xfd_on_many_rows_is_refused(tmp_path: Path, dimension: bool) -> None:
    path = workbook(tmp_path / "wide.xlsx", cells_at_xfd(200_000 if dimension else 12_000, dimension))
    reason = refused(lambda: import_xlsform(path), NotAnXlsForm)
    assert "sheet 'survey' has" in reason and "at most 10000 rows and 256 columns" in reason


def test_a_zip_bomb_is_refused_before_it_is_unzipped(tmp_path: Path) -> None:
    def bomb() -> Iterator[str]:
        yield SHEET_HEAD + "<sheetData>"
        chunk = " " * (1 << 20)
        for _ in range(150):  # 150 MB of spaces, a few hundred KB zipped
            yield chunk
        yield "</sheetData></worksheet>"

    path = workbook(tmp_path / "bomb.xlsx", bomb())
    assert path.stat().st_size < 1 << 20
    reason = refused(lambda: import_xlsform(path), NotAnXlsForm)
    assert "unzips to" in reason and "at most 100000000" in reason


def test_a_huge_workbook_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("padding.bin", b"\0" * 21_000_000)
    reason = refused(lambda: import_xlsform(path), NotAnXlsForm)
    assert "a workbook may have at most 20000000" in reason
