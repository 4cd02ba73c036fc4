"""`coach check`: GNU-style problems with the source line, a caret and a hint; JSON; exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.commands.check import _caret_padding, shown_part
from coach.resources import routines_dir
from tests.routine.helpers import VALID, write

BROKEN = Path(__file__).resolve().parent.parent / "data" / "broken"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_problem_prints_gnu_style_with_source_caret_and_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path, "title: T\nexercises:\n  - name: Bridge\n    instructions: x\n    rep: 10\n"
    )
    code, out, _ = run(capsys, str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[:4] == [
        f"{path}:5:5: error: unknown key 'rep'",
        "        rep: 10",
        "        ^",
        "hint: did you mean 'reps'?",
    ]
    assert lines[-1] == "1 file(s) checked: 1 error(s), 0 warning(s)"


def test_the_caret_sits_under_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path, "title: T\nexercises: [{name: a, instructions: x, reps: 3, hold: soon}]\n"
    )
    _, out, _ = run(capsys, str(path))
    source, caret = out.splitlines()[1:3]
    assert source[caret.index("^") :].startswith("soon")


def test_the_caret_keeps_tabs_and_wide_characters_aligned() -> None:
    assert _caret_padding("\tab", 3) == "\t "
    assert _caret_padding("体操: x", 5) == " " * 6  # two wide characters, a colon, a space


def test_a_very_long_source_line_is_cut_around_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = "x" * 1_500
    line = f"exercises: [{{name: a, instructions: {words}, reps: 3, hold: soon, sets: 1}}]"
    path = write(tmp_path, f"title: T\n{line}  # {'c' * 200_000}\n")  # a 205,000-character line
    _, out, _ = run(capsys, str(path))
    problem, source, caret = out.splitlines()[:3]
    assert problem.endswith("error: 'soon' is not a duration")
    assert len(source) <= 4 + 122  # a window of 120 characters and two "…", not 200,000
    assert source.startswith("    …") and source.endswith("…")
    assert source[caret.index("^") :].startswith("soon, sets: 1}]")


def test_a_short_line_is_shown_whole() -> None:
    assert shown_part("reps: x", 7) == ("reps: x", 7)
    assert shown_part("a" * 130, 3, width=120) == ("a" * 120 + "…", 3)
    assert shown_part("a" * 130 + "b", 131, width=120) == ("…" + "a" * 119 + "b", 121)


def test_the_bundled_routines_are_clean_even_when_strict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--strict", str(routines_dir()))
    assert code == 0
    assert out.strip() == "6 file(s) checked: 0 error(s), 0 warning(s)"


def test_warnings_pass_unless_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "title: T\nexercises: [{name: a, reps: 3}]\n")
    code, out, _ = run(capsys, str(path))
    assert code == 0
    assert f"{path}:2:20: warning: the exercise 'a' has no instructions" in out
    code, out, _ = run(capsys, "--strict", str(path))
    assert code == 1
    assert f"{path}:2:20: error: the exercise 'a' has no instructions" in out
    _, out, _ = run(capsys, "--lang", "nb", str(path))
    assert f"{path}:2:20: advarsel: " in out  # the word is Norwegian too, beside "tips:"


def test_json_lists_every_problem_with_its_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--format", "json", "--lang", "en", str(BROKEN / "five-mistakes.yaml")
    )
    assert code == 1
    problems = json.loads(out)
    assert [(p["line"], p["column"], p["code"]) for p in problems] == [
        (9, 5, "unknown-key"),
        (14, 15, "range-order"),
        (21, 5, "hold-and-pace"),
        (27, 19, "bad-choice"),
        (28, 24, "wrong-type"),
    ]
    assert set(problems[0]) == {"file", "line", "column", "severity", "code", "message", "hint"}
    assert problems[0]["file"] == str(BROKEN / "five-mistakes.yaml")
    assert problems[0]["severity"] == "error"
    assert problems[0]["hint"] == "did you mean 'reps'?"


def test_json_of_clean_files_is_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "json", str(routines_dir()))
    assert (code, json.loads(out)) == (0, [])


def test_json_marks_warnings_as_errors_when_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "title: T\nexercises: [{name: a, reps: 3}]\n")
    _, out, _ = run(capsys, "--format", "json", "--strict", str(path))
    assert [p["severity"] for p in json.loads(out)] == ["error"]


def test_messages_follow_lang_else_the_routines_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    five = str(BROKEN / "five-mistakes.yaml")  # language: nb
    _, out, _ = run(capsys, five)
    assert "error: ukjent nøkkel «rep»" in out  # the labels follow the command's language
    _, out, _ = run(capsys, "--lang", "en", five)
    assert "error: unknown key 'rep'" in out
    _, out, _ = run(capsys, "--lang", "nb", str(BROKEN / "missing-space.yaml"))
    assert "feil: «reps:10» trenger et mellomrom etter kolon" in out and "error:" not in out
    assert "tips: skriv «reps: 10»: en verdi trenger et mellomrom etter kolon" in out
    assert "1 fil(er) sjekket: 1 feil, 0 advarsel(er)" in out


def test_every_file_under_a_folder_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, VALID, "good.yaml")
    (tmp_path / "more").mkdir()
    write(tmp_path, "title: T\n", "more/bad.yml")
    write(tmp_path, "not a routine", "notes.txt")
    code, out, _ = run(capsys, str(tmp_path))
    assert code == 1
    assert (
        f"{tmp_path / 'more' / 'bad.yml'}:1:1: error: the required key 'exercises' is missing"
        in out
    )
    assert out.splitlines()[-1] == "2 file(s) checked: 1 error(s), 0 warning(s)"


@pytest.mark.parametrize("name", ["missing.yaml", "missing-folder/"])
def test_a_missing_path_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    good = write(tmp_path, VALID, "good.yaml")
    code, out, err = run(capsys, str(good), str(tmp_path / name))
    assert code == 2
    assert out == ""
    assert err == f"coach check: no such file or folder: {tmp_path / name}\n"


def test_a_folder_without_routines_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2
    assert err == f"coach check: no routine files (*.yaml, *.yml) in {tmp_path}\n"


def test_an_unreadable_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    code, out, _ = run(capsys, str(fifo))  # a FIFO would block a naive reader forever
    assert code == 2
    assert f"{fifo}:1:1: error: this is not a regular file" in out


def test_a_fifo_in_a_folder_is_listed_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "ok.yaml").write_text(
        "title: Fine\nexercises:\n  - name: Tilt\n    reps: 3\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, str(tmp_path))
    assert code == 2
    assert f"{tmp_path / 'pipe.yaml'}:1:1: error: this is not a regular file" in out
    assert "2 file(s) checked" in out


def test_a_name_too_long_for_the_system_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "a" * 5000)
    assert code == 2
    assert err == "coach check: can't read a path: File name too long\n"


def _coach(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "--format", "xml", "x.yaml"], ["check", "--lang", "de", "x.yaml"]],
)
def test_bad_usage_exits_2_without_a_traceback(args: list[str]) -> None:
    result = _coach(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "usage: coach check" in result.stderr


def test_no_traceback_on_any_broken_file() -> None:
    result = _coach("check", str(BROKEN))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    files = [p for p in BROKEN.iterdir() if p.suffix in (".yaml", ".yml")]
    assert f"{len(files)} file(s) checked" in result.stdout
