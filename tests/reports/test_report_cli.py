"""``mystery-shop report``: clear one-line errors with the house exit codes, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_support import CLIENT, PASSPHRASE, ReportProfile, page_texts, read

from mystery_shop.cli import main
from mystery_shop.reports.verification import verify_pdf


@pytest.fixture
def profile(report_profile: ReportProfile, monkeypatch: pytest.MonkeyPatch) -> ReportProfile:
    monkeypatch.setenv("MYSTERY_SHOP_PROFILE", str(report_profile.ws.profile.root))
    return report_profile


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_visit_report_by_id_prefix(profile: ReportProfile, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "visit.pdf"
    code, stdout, err = run(capsys, "report", profile.visit_id[:8], "--out", str(out), "--page-size", "letter")
    assert code == 0, err
    assert stdout.startswith(f"wrote {out} (") and "pages" in stdout
    assert round(float(read(out).pages[0].mediabox[2])) == 612


def test_profile_option_beats_the_environment(
    report_profile: ReportProfile,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MYSTERY_SHOP_PROFILE", str(tmp_path / "elsewhere"))
    out = tmp_path / "v.pdf"
    code, _, err = run(
        capsys, "report", report_profile.visit_id, "--out", str(out), "--profile", str(report_profile.ws.profile.root)
    )
    assert code == 0, err
    assert out.exists()


def test_period_report(profile: ReportProfile, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "period.pdf"
    code, _, err = run(
        capsys,
        "report",
        "--period",
        "--client",
        CLIENT,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        str(out),
    )
    assert code == 0, err
    assert CLIENT in " ".join(page_texts(out))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["report", "--out", "x.pdf"], 2, "give the visit to report"),
        (
            [
                "report",
                "abc",
                "--period",
                "--client",
                "A",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-02",
                "--out",
                "x.pdf",
            ],
            2,
            "not both",
        ),
        (["report", "--period", "--out", "x.pdf"], 2, "--period needs --client"),
        (
            ["report", "--period", "--client", "A", "--from", "2026-02-30", "--to", "2026-03-01", "--out", "x.pdf"],
            2,
            "--from '2026-02-30' is not a date",
        ),
        (["report", "--period", "--client", "A", "--from", "2026-03-01", "--out", "x.pdf"], 2, "--period needs --to"),
        (
            ["report", "--period", "--client", "A", "--from", "2026-03-01", "--to", "2026-02-01", "--out", "x.pdf"],
            2,
            "ends (2026-02-01) before it starts",
        ),
        (["report", "abcdef", "--client", "A", "--out", "x.pdf"], 2, "--client goes with --period"),
        (["report", "abcdef", "--out", "x.txt"], 2, "ending in .pdf"),
        (["report", "abcdef", "--out", "x.pdf", "--passphrase-env", "V"], 2, "goes with --sign"),
        (["report", "abcdef", "--out", "x.pdf"], 1, "No visit 'abcdef'"),
        (["report", "ab", "--out", "x.pdf"], 1, "No visit 'ab'"),
        (
            [
                "report",
                "--period",
                "--client",
                "Nobody",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-02",
                "--out",
                "x.pdf",
            ],
            1,
            "No client 'Nobody'. Known: ",
        ),
    ],
)
def test_wrong_input_gives_a_clear_message_and_exit_code(  # type: ignore[no-untyped-def]
    profile: ReportProfile, tmp_path: Path, capsys, monkeypatch, args: list[str], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    got, _, err = run(capsys, *args)
    assert got == code, (got, err)
    assert err.startswith("mystery-shop: ") and message in err and err.count("\n") == 1, err
    assert not list(tmp_path.glob("*.pdf"))


def test_missing_folder_and_profile(profile: ReportProfile, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "report", profile.visit_id, "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and "does not exist" in err
    code, _, err = run(
        capsys, "report", profile.visit_id, "--out", str(tmp_path / "x.pdf"), "--profile", str(tmp_path / "empty")
    )
    assert code == 1 and "empty is not a profile" in err
    assert not (tmp_path / "empty").exists()


def test_signed_report_and_signing_errors(  # type: ignore[no-untyped-def]
    profile: ReportProfile, firm_key: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("REPORT_KEY", PASSPHRASE.decode())
    out = tmp_path / "signed.pdf"
    code, stdout, err = run(
        capsys, "report", profile.visit_id, "--out", str(out), "--sign", str(firm_key), "--passphrase-env", "REPORT_KEY"
    )
    assert code == 0, err
    assert ", signed;" in stdout
    assert verify_pdf(out, firm_key.with_suffix(".crt")).ok

    monkeypatch.setenv("WRONG", "nope")
    code, _, err = run(
        capsys,
        "report",
        profile.visit_id,
        "--out",
        str(tmp_path / "w.pdf"),
        "--sign",
        str(firm_key),
        "--passphrase-env",
        "WRONG",
    )
    assert code == 1 and "wrong passphrase" in err
    code, _, err = run(
        capsys,
        "report",
        profile.visit_id,
        "--out",
        str(tmp_path / "w.pdf"),
        "--sign",
        str(tmp_path / "none.p12"),
        "--passphrase-env",
        "WRONG",
    )
    assert code == 1 and "no such file" in err
    code, _, err = run(
        capsys,
        "report",
        profile.visit_id,
        "--out",
        str(tmp_path / "w.pdf"),
        "--sign",
        str(firm_key),
        "--passphrase-env",
        "UNSET_VARIABLE_X",
    )
    assert code == 2 and "UNSET_VARIABLE_X is not set" in err
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE.decode())
    code, _, err = run(capsys, "report", profile.visit_id, "--out", str(tmp_path / "p.pdf"), "--sign", str(firm_key))
    assert code == 0, err
    assert not list(tmp_path.glob("w.pdf")) and not list(tmp_path.glob(".*"))
