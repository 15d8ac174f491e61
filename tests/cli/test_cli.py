"""The real ``mystery-shop`` console script: ``validate``, ``score``, ``--version``, ``--help``."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mystery_shop import __version__
from mystery_shop.cli import build_parser

SCRIPT = Path(sys.executable).with_name("mystery-shop")

FORM = """\
id: retail-store-visit
version: 3
title: Retail store visit
description: Mystery shop of a high-street store.
grade_bands:
  - {min: 90, label: Excellent}
  - {min: 75, label: Good}
  - {min: 60, label: Fair}
  - {min: 0,  label: Poor}
sections:
  - id: greeting
    title: Entrance and greeting
    stage: purchase
    channel: in_store
    weight: 20
    photos: {min: 1, max: 10}
    questions:
      - id: greeted
        text: Were you greeted within 30 seconds of entering?
        type: yes_no
        points: 5
        critical: section
      - id: wait_to_greet
        text: Seconds until a staff member acknowledged you
        type: duration
        thresholds: [{max: 30, points: 4}, {max: 60, points: 2}]
        na: true
"""

# A second form with two sections, ratings and an N/A question.
FORM2 = """\
id: call
version: 1
title: Call centre
sections:
  - id: answer
    title: Answering the call
    stage: service
    questions:
      - {id: rings, text: Rings before answer, type: duration, thresholds: [{max: 3, points: 2}, {max: 6, points: 1}]}
      - {id: named, text: Agent gave their name, type: yes_no, na: true}
  - id: close
    title: Closing
    stage: post_purchase
    questions:
      - {id: fixed, text: "Was it resolved?", type: yes_no, points: 3}
      - {id: sat, text: "How happy were you?", type: csat}
      - {id: rec, text: "Would you recommend?", type: nps}
"""

DOC_JSON = {
    "form": "retail-store-visit",
    "version": 3,
    "total": 77.77777777777777,
    "grade": "Good",
    "complete": True,
    "missing": [],
    "critical_failures": [],
    "sections": [
        {"id": "greeting", "earned": 7.0, "possible": 9.0, "score": 77.77777777777777, "critical_failed": False}
    ],
    "stages": {"purchase": 77.77777777777777},
    "ratings": {"csat": None, "ces": None, "nps": None},
}


class Result:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr


@pytest.fixture
def cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    env = {**os.environ, "MYSTERY_SHOP_PROFILE": str(tmp_path / "profile"), "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> Result:
        proc = subprocess.run(
            [str(SCRIPT), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert "Traceback" not in proc.stderr
        assert "Traceback" not in proc.stdout
        return Result(proc)

    return run


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "form.yaml").write_text(FORM)
    (tmp_path / "call.yaml").write_text(FORM2)
    return tmp_path


def write(tmp_path: Path, name: str, data: object) -> str:
    (tmp_path / name).write_text(data if isinstance(data, str) else json.dumps(data))
    return name


def test_script_exists() -> None:
    assert SCRIPT.is_file()


# ---------------------------------------------------------------- validate


def test_validate_ok(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("validate", "form.yaml", "call.yaml")
    assert r.code == 0
    assert r.out == (
        "form.yaml: ok (retail-store-visit v3, 1 section, 2 questions)\n"
        "call.yaml: ok (call v1, 2 sections, 5 questions)\n"
    )
    assert r.err == ""


def test_validate_invalid_one_line_per_problem(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    bad = FORM.replace(
        "thresholds: [{max: 30, points: 4}, {max: 60, points: 2}]",
        "thresholds: [{max: 30, points: 4}, {max: 30, points: 5}]",
    )
    bad = bad.replace("        points: 5\n", "        pionts: 5\n")
    write(files, "bad.yaml", bad)
    r = cli("validate", "bad.yaml")
    assert r.code == 1
    assert r.out == "bad.yaml:21: sections[0].questions[0].pionts: unknown field (did you mean 'points'?)\n"
    bad = bad.replace("pionts", "points")
    write(files, "bad.yaml", bad)
    r = cli("validate", "bad.yaml")
    assert r.code == 1
    assert r.out.splitlines() == [
        "bad.yaml:26: sections[0].questions[1].thresholds: max must increase",
        "bad.yaml:26: sections[0].questions[1].thresholds: points must not increase",
    ]


def test_validate_mixed_files_exit_1_and_reports_all(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "empty.yaml", "")
    r = cli("validate", "form.yaml", "empty.yaml", "missing.yaml")
    assert r.code == 1
    assert r.out.splitlines() == [
        "form.yaml: ok (retail-store-visit v3, 1 section, 2 questions)",
        "empty.yaml:1: (form): the file is empty",
        "missing.yaml:0: (file): cannot read: No such file or directory",
    ]


def test_validate_bad_yaml_and_binary(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "syntax.yaml", "id: x\nversion: 1\ntitle: [oops\n")
    (files / "bin.yaml").write_bytes(b"\xff\xfe\x00\x01id")
    r = cli("validate", "syntax.yaml", "bin.yaml")
    assert r.code == 1
    lines = r.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("syntax.yaml:4: (file): YAML syntax error: ")
    assert lines[1] == "bin.yaml:1: (file): not UTF-8 text (invalid start byte)"


def test_validate_deeply_nested_yaml(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "deep.yaml", "id: " + "[" * 50000 + "]" * 50000 + "\n")
    r = cli("validate", "deep.yaml")
    assert r.code == 1
    assert r.out == "deep.yaml:1: (file): YAML error: nested too deeply\n"


def test_validate_needs_a_file(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("validate")
    assert r.code == 2
    assert "the following arguments are required: FORM.yaml" in r.err


# ---------------------------------------------------------------- score


def test_score_json_exact(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", {"answers": {"greeted": "yes", "wait_to_greet": 42}})
    r = cli("score", "form.yaml", "a.json", "--json")
    assert r.code == 0
    assert r.err == ""
    assert json.loads(r.out) == DOC_JSON
    assert '"total": 77.77777777777777,' in r.out


def test_score_json_with_na_override_and_ratings(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    answers = {
        "answers": {"rings": 5, "fixed": "no", "sat": 4, "rec": 9},
        "na": ["named"],
        "overrides": {"fixed": {"points": 1.5, "reason": "partly"}},
    }
    write(files, "a.json", answers)
    r = cli("score", "call.yaml", "a.json", "--json")
    assert r.code == 0
    # answer: rings 5 s -> 1 of 2; named N/A -> 1/2 = 50
    # close: fixed overridden to 1.5 of 3 -> 50; ratings unscored
    # total: 100 * 2.5 / 5 = 50 -> Poor
    assert json.loads(r.out) == {
        "form": "call",
        "version": 1,
        "total": 50.0,
        "grade": "Poor",
        "complete": True,
        "missing": [],
        "critical_failures": [],
        "sections": [
            {"id": "answer", "earned": 1.0, "possible": 2.0, "score": 50.0, "critical_failed": False},
            {"id": "close", "earned": 1.5, "possible": 3.0, "score": 50.0, "critical_failed": False},
        ],
        "stages": {"service": 50.0, "post_purchase": 50.0},
        "ratings": {"csat": 4.0, "ces": None, "nps": 9.0},
    }


def test_score_json_incomplete_visit_still_scored(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", {"answers": {"fixed": "yes"}})
    r = cli("score", "call.yaml", "a.json", "--json")
    assert r.code == 0
    j = json.loads(r.out)
    # fixed 3 of 3 -> 100; answer section nothing applicable -> null
    assert (j["total"], j["grade"], j["complete"]) == (100.0, "Excellent", False)
    assert j["missing"] == ["rings", "named", "sat", "rec"]
    assert j["sections"][0]["score"] is None
    assert j["stages"] == {"service": None, "post_purchase": 100.0}


def test_score_table(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", {"answers": {"greeted": "yes", "wait_to_greet": 42}})
    r = cli("score", "form.yaml", "a.json")
    assert r.code == 0
    assert r.err == ""
    assert "Retail store visit (retail-store-visit v3)" in r.out
    assert "Entrance and greeting" in r.out
    row = next(line for line in r.out.splitlines() if line.startswith("Entrance and greeting"))
    assert row.split()[-4:] == ["7.0", "9.0", "77.8", "20"]
    assert "Total: 77.8   Grade: Good" in r.out
    assert "Complete: every required question is answered." in r.out


def test_score_table_critical_and_missing(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", {"answers": {"greeted": "no"}})
    r = cli("score", "form.yaml", "a.json")
    assert r.code == 0
    assert "CRITICAL FAILED" in r.out
    assert "Total: 0.0   Grade: Poor" in r.out
    assert "Critical failures: greeted" in r.out
    assert "Incomplete, missing answers: wait_to_greet" in r.out


def test_score_table_two_sections_and_ratings(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", {"answers": {"rings": 2, "named": "yes", "fixed": "yes", "sat": 5, "rec": 10}})
    r = cli("score", "call.yaml", "a.json")
    assert r.code == 0
    assert "Answering the call" in r.out
    assert "Closing" in r.out
    assert "Ratings: CSAT 5.0, NPS 10.0" in r.out
    # 2 + 1 + 3 of 6 -> 100
    assert "Total: 100.0   Grade: Excellent" in r.out


@pytest.mark.parametrize(
    ("answers", "lines"),
    [
        ({"answers": {"greeted": "yes", "ghost": 1}}, ["a.json: ghost: no such question in this form"]),
        ({"answers": {"greeted": "maybe"}}, ["a.json: greeted: 'maybe' is not yes or no"]),
        (
            {"answers": {"wait_to_greet": -1, "greeted": 3}},
            [
                "a.json: wait_to_greet: -1 is not a number of seconds (0 or more)",
                "a.json: greeted: 3 is not yes or no",
            ],
        ),
        ({"answers": {}, "na": ["greeted"]}, ["a.json: greeted: N/A is not allowed on this question"]),
        (
            {"answers": {"wait_to_greet": 3}, "na": ["wait_to_greet"]},
            ["a.json: wait_to_greet: both answered and marked N/A"],
        ),
        (
            {"answers": {"greeted": "no"}, "overrides": {"greeted": {"points": 6, "reason": "x"}}},
            ["a.json: greeted: override points must be between 0 and 5"],
        ),
        (
            {"answers": {"greeted": "no"}, "overrides": {"greeted": {"points": 2}}},
            ["a.json: greeted: an override needs a reason"],
        ),
        ({"overrides": {"greeted": 2}}, ['a.json: greeted: an override is {"points": N, "reason": "..."}']),
        ({"answers": [1]}, ['a.json: "answers" must be an object of question id to value']),
        ({"answers": {}, "na": "greeted"}, ['a.json: "na" must be a list of question ids']),
        (
            {"answers": {}, "overrides": []},
            ['a.json: "overrides" must be an object of question id to {points, reason}'],
        ),
        ({"answer": {}}, ["a.json: unknown key 'answer' (expected answers, na, overrides, comments, photos, minutes)"]),
        ([], ['a.json: expected a JSON object with an "answers" object']),
    ],
)
def test_score_bad_answers_exit_2(cli, files: Path, answers: object, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", answers)
    r = cli("score", "form.yaml", "a.json", "--json")
    assert r.code == 2
    assert r.out == ""  # nothing scored
    assert r.err.splitlines() == lines


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"answers": {"greeted": "yes"',
            "a.json: not valid JSON: Expecting ',' delimiter: line 1 column 30 (char 29)",
        ),
        ("", "a.json: not valid JSON: Expecting value: line 1 column 1 (char 0)"),
        ("[" * 100000 + "]" * 100000, "a.json: not valid JSON: nested too deeply"),
    ],
)
def test_score_malformed_json_exit_2(cli, files: Path, content: str, message: str) -> None:  # type: ignore[no-untyped-def]
    write(files, "a.json", content)
    r = cli("score", "form.yaml", "a.json")
    assert r.code == 2
    assert r.out == ""
    assert r.err == f"mystery-shop: {message}\n"


def test_score_non_utf8_answers_exit_2(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    (files / "a.json").write_bytes(b'{"answers": {"greeted": "\xff"}}')
    r = cli("score", "form.yaml", "a.json")
    assert r.code == 2
    assert r.err.startswith("mystery-shop: a.json: not valid JSON: ")
    assert len(r.err.splitlines()) == 1


def test_score_missing_answers_file_exit_2(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("score", "form.yaml", "nope.json")
    assert r.code == 2
    assert r.err == "mystery-shop: nope.json: cannot read: No such file or directory\n"


def test_score_invalid_form_exit_1(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(files, "bad.yaml", FORM.replace("stage: purchase", "stage: buying"))
    write(files, "a.json", {"answers": {}})
    r = cli("score", "bad.yaml", "a.json")
    assert r.code == 1
    assert r.out == ""
    assert r.err == (
        "bad.yaml:13: sections[0].stage: 'buying' is not one of: awareness, consideration, purchase, service, "
        "post_purchase\n"
    )


def test_score_nan_and_infinity_in_answers(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    write(
        files,
        "a.json",
        '{"answers": {"wait_to_greet": NaN, "greeted": "yes"}, '
        '"overrides": {"greeted": {"points": Infinity, "reason": "r"}}}',
    )
    r = cli("score", "form.yaml", "a.json")
    assert r.code == 2
    assert r.err.splitlines() == [
        "a.json: wait_to_greet: nan is not a number of seconds (0 or more)",
        "a.json: greeted: override points inf is not a number",
    ]


# ---------------------------------------------------------------- version and help


def test_version(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--version")
    assert r.code == 0
    assert r.out == f"mystery-shop {__version__}\n"


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append((*prefix, name))
                out.extend(_commands(sub, (*prefix, name)))
    return out


COMMANDS = _commands(build_parser())


def test_the_documented_commands_exist() -> None:
    assert ("validate",) in COMMANDS
    assert ("score",) in COMMANDS


@pytest.mark.parametrize("command", [(), *COMMANDS], ids=lambda c: " ".join(c) or "(top)")
def test_help_on_every_command(cli, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    r = cli(*command, "--help")
    assert r.code == 0
    assert r.err == ""
    assert r.out.startswith("usage: mystery-shop" + "".join(f" {c}" for c in command))


def test_unknown_option_is_a_usage_error(cli, files: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("score", "form.yaml", "a.json", "--jsn")
    assert r.code == 2
    assert "unrecognized arguments: --jsn" in r.err
