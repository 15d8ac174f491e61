"""``--profile``: a mistyped folder or a file is said, and a new profile is made only on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from mystery_shop.cli import main


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_mistyped_profile_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "profle"
    code, out, err = run(capsys, "visits", "list", "--profile", str(typo))
    assert code == 1 and out == ""
    assert err.startswith(f"mystery-shop: {typo} is not a profile") and "--create" in err and "demo" in err
    assert not typo.exists()


def test_the_variable_is_checked_like_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MYSTERY_SHOP_PROFILE", str(tmp_path / "nope"))
    code, _, err = run(capsys, "visits", "list")
    assert code == 1 and "nope is not a profile" in err
    assert not (tmp_path / "nope").exists()


def test_create_makes_an_empty_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new"
    code, out, _ = run(capsys, "visits", "list", "--profile", str(new), "--create")
    assert code == 0 and out.strip() == "No visits."
    assert (new / "mystery-shop.db").is_file()
    assert run(capsys, "visits", "list", "--profile", str(new))[0] == 0  # a profile from now on


def test_a_file_is_not_a_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine")
    for words in (["visits", "list"], ["visits", "list", "--create"], ["demo"]):
        code, _, err = run(capsys, *words, "--profile", str(file))
        assert (code, err) == (1, f"mystery-shop: {file} is a file, not a profile folder\n")
        code, _, err = run(capsys, *words, "--profile", str(file / "inside"))
        assert (code, err) == (1, f"mystery-shop: {file / 'inside'} cannot be a profile folder: {file} is a file\n")
    assert file.read_text() == "mine"


def test_the_demo_makes_its_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--profile", str(tmp_path / "demo"))
    assert code == 0 and "visits" in out
    code, out, _ = run(capsys, "visits", "list", "--profile", str(tmp_path / "demo"))
    assert code == 0 and out.count("\n") > 10


def test_profile_name_is_shown_set_and_refused_when_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = str(tmp_path / "p")
    assert run(capsys, "profile", "name", "--profile", root, "--create")[1] == "Local user (not set yet)\n"
    code, out, _ = run(capsys, "profile", "name", "  Irina   Sokolova ", "--profile", root)
    assert code == 0 and "Irina Sokolova" in out
    assert run(capsys, "profile", "name", "--profile", root)[1] == "Irina Sokolova\n"
    code, _, err = run(capsys, "profile", "name", " ", "--profile", root)
    assert code == 1 and "Give your full name" in err
    assert run(capsys, "profile", "name", "--profile", root)[1] == "Irina Sokolova\n"
