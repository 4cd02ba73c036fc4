"""Control characters made with escapes in quoted text (`"\\e[2J"`, `"\\a"`) are a located coach
check error, and nothing coach check prints carries one to the terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.routine.loader import check_routine
from tests.routine.helpers import write

PWNED_TITLE = 'title: "\\e]0;pwned\\a\\e[2J\\e[31mRED"\n'
BODY = "exercises:\n  - name: Bridge\n    instructions: Lift.\n    reps: 10\n"


def _coach(*args: str, lang: str = "en") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        capture_output=True,
        timeout=60,
        env={"COACH_LANG": lang, "PATH": "/usr/bin:/bin"},
    )


def _no_control_bytes(*outputs: bytes) -> None:
    for output in outputs:
        assert b"\x1b" not in output and b"\x07" not in output, output


def test_coach_check_locates_the_escape_and_prints_no_escape(tmp_path: Path) -> None:
    path = write(tmp_path, PWNED_TITLE + BODY)
    result = _coach("check", str(path))
    _no_control_bytes(result.stdout, result.stderr)
    assert result.returncode == 1
    out = result.stdout.decode()
    assert out.startswith(f"{path}:1:9: error: this quoted text makes the control character U+001B")
    assert "hint: remove the escape" in out
    as_json = _coach("check", "--format", "json", str(path))
    _no_control_bytes(as_json.stdout, as_json.stderr)
    (problem,) = json.loads(as_json.stdout)
    assert (problem["line"], problem["column"], problem["code"]) == (1, 9, "control-escape")


def test_the_message_and_hint_speak_norwegian(tmp_path: Path) -> None:
    path = write(tmp_path, PWNED_TITLE + BODY)
    result = _coach("check", "--lang", "nb", str(path), lang="nb")
    _no_control_bytes(result.stdout, result.stderr)
    out = result.stdout.decode()
    assert "kontrolltegnet U+001B med en escape-sekvens" in out
    assert "tips: fjern escape-sekvensen" in out


@pytest.mark.parametrize(
    ("escape", "codepoint"),
    [
        ("\\e", "U+001B"),
        ("\\a", "U+0007"),
        ("\\x1b", "U+001B"),
        ("\\u001b", "U+001B"),
        ("\\x9b", "U+009B"),  # CSI, ESC [ in one character
        ("\\N", "U+0085"),
        ("\\x7f", "U+007F"),
        ("\\r", "U+000D"),
        ("\\0", "U+0000"),
        ("\\b", "U+0008"),
    ],
)
def test_every_control_escape_is_an_error_in_any_string(
    tmp_path: Path, escape: str, codepoint: str
) -> None:
    path = write(
        tmp_path,
        "title: Fine\nexercises:\n  - name: Bridge\n"
        f'    instructions: "Lift{escape} your hips."\n    reps: 10\n'
        f'    position: "Lie{escape} down"\n',
    )
    routine, problems = check_routine(path)
    assert routine is None
    assert [(p.line, p.column, p.code) for p in problems] == [
        (4, 24, "control-escape"),  # at the backslash
        (6, 19, "control-escape"),
    ]
    assert codepoint in problems[0].message


def test_a_key_made_with_an_escape_is_caught_too(tmp_path: Path) -> None:
    path = write(tmp_path, 'title: T\n"\\e[2Jauthor": Me\n' + BODY)
    _, problems = check_routine(path)
    assert [(p.line, p.column, p.code) for p in problems] == [(2, 2, "control-escape")]


def test_the_caret_points_at_the_escape_even_after_a_harmless_one(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'title: "Tab\\there\\tand\\n\\x41 then \\u001b[2J"\n' + BODY,
    )
    _, problems = check_routine(path)
    assert [(p.line, p.column, p.code) for p in problems] == [(1, 35, "control-escape")]


def test_a_line_break_and_a_tab_are_still_allowed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'title: "Morning\\tback"\nexercises:\n  - name: Bridge\n'
        '    instructions: "Lift your hips.\\nLower them slowly."\n    reps: 10\n',
    )
    routine, problems = check_routine(path)
    assert problems == [] and routine is not None
    assert routine.exercises[0].instructions == "Lift your hips.\nLower them slowly."


def test_a_file_name_with_an_escape_is_shown_inert(tmp_path: Path) -> None:
    write(tmp_path, "title: T\nexercises: []\n", name="evil\x1b]0;pwned\x07.yaml")
    result = _coach("check", str(tmp_path))
    _no_control_bytes(result.stdout, result.stderr)
    assert "evil␛]0;pwned␇.yaml:2:12: error:" in result.stdout.decode()


def test_a_raw_control_character_in_the_source_line_is_shown_with_the_caret_under_it(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "title: T\x1b[2J\nexercises: []\n")
    result = _coach("check", str(path))
    _no_control_bytes(result.stdout, result.stderr)
    source, caret = result.stdout.decode().splitlines()[1:3]
    assert source == "    title: T␛[2J"
    assert source[caret.index("^")] == "␛"
