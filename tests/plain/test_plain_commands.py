"""`coach history --plain` and `coach check --plain`: sentences a screen reader reads well, with
no columns, bars, arrows or carets (also chosen by TERM=dumb)."""

from __future__ import annotations

import io
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach.cli import main
from coach.commands.history import print_history
from coach.session.plan import Dose
from coach.store.history import HistoryStore
from coach.store.records import ExerciseRecord, NewSession, SessionStatus
from tests.store.builders import START


def _history(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        for day, after in enumerate([4, None]):
            started = START + timedelta(days=day * 8)
            sid = store.start_session(NewSession("Back basics", None, None, "en", 4, started))
            store.set_pain_before(sid, 5)
            record = ExerciseRecord(0, "Bridge", 1, 1, 10, 10, False, started, Dose(reps=10))
            store.write_exercise(sid, record)
            if after is not None:
                store.set_pain_after(sid, after)
                store.finish_session(sid, SessionStatus.COMPLETED, started + timedelta(minutes=9))


def test_history_as_sentences(tmp_path: Path) -> None:
    _history(tmp_path)
    out = io.StringIO()
    with HistoryStore.open(tmp_path / "history.sqlite3", read_only=True) as store:
        print_history(store, out, "en", today=date(2025, 3, 20), plain=True)
    lines = out.getvalue().splitlines()
    assert lines[1:4] == [
        "Sessions, newest first:",
        "2025-03-11 at 18:00: Back basics, incomplete (cut off), 1 of 4 exercises, "
        "pain 5 before and not answered after.",
        "2025-03-03 at 18:00: Back basics, completed, 1 of 4 exercises, pain 5 before and 4 after.",
    ]
    assert lines[-3:] == [
        "Week 10 of 2025: sessions 1, completed 1.",
        "Week 11 of 2025: sessions 1, completed 0.",
        "Week 12 of 2025: sessions 0, completed 0.",
    ]
    assert not any(mark in out.getvalue() for mark in ("#", "→", "–", "  "))


def test_term_dumb_lists_the_history_in_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _history(tmp_path)
    monkeypatch.setenv("TERM", "dumb")
    assert main(["history", "--data-dir", str(tmp_path)]) == 0  # no screen: the list
    assert "pain 5 before and 4 after." in capsys.readouterr().out


def test_check_plain_leaves_out_the_caret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Bad\nlanguage: en\nexercises:\n  - name: Bridge\n    reps: many\n")
    assert main(["check", str(bad)]) == 1
    normal = capsys.readouterr().out
    assert main(["check", "--plain", str(bad)]) == 1
    plain = capsys.readouterr().out
    assert "^" in normal and "^" not in plain
    assert plain.splitlines()[0] == normal.splitlines()[0]  # file:line:col: error: message
    assert f"{bad}:5:11: error:" in plain
    assert plain.splitlines()[-1] == "Files checked: 1. Errors: 1. Warnings: 1."


def test_run_plain_with_a_broken_routine_says_where_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Bad\nlanguage: en\nexercises:\n  - name: Bridge\n    reps: many\n")
    read, write = os.pipe()
    os.close(write)
    monkeypatch.setattr("sys.stdin", os.fdopen(read))  # an empty pipe
    code = main(["run", str(bad), "--plain", "--data-dir", str(tmp_path / "data")])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{bad}:5:11: error: 'many' is not a count" in out.splitlines()
    assert "hint: write a whole number like 10, or a range like 10-15" in out.splitlines()


def test_a_piped_preview_says_each_thing_once_and_why_a_choice_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    read, write = os.pipe()
    os.write(write, b"pause\ncontinue\nend\nyes\n3\n2\n")
    os.close(write)
    monkeypatch.setattr("sys.stdin", os.fdopen(read))
    routine = Path("tests/data/ui/every-step.en.yaml")
    command = ["run", str(routine), "--plain", "--no-checkins", "--speed", "20"]
    assert main([*command, "--data-dir", str(tmp_path / "data")]) == 0
    lines = capsys.readouterr().out.splitlines()
    paused = lines.index("Paused. Type continue or pause to go on.")
    assert lines[paused + 1].startswith("Going on.")
    assert "Preview at 20 times speed: nothing is saved." in lines
    assert not any(line.startswith("Preview:") for line in lines)  # the same thing again
    assert [line for line in lines if "ended early" in line] == ["Session ended early."]
    choice = "Type 1 and Enter to go back to the routines, 2 or q to quit."
    assert lines[lines.index(choice) :] == [choice, "3 is not one of the choices.", choice]
