"""Plain mode as a patient starts it: a real process on a real terminal (a pty), answers from a
file or typed keys, the transcript checked line by line against the `--events` file."""

from __future__ import annotations

import re
import signal
import termios
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from coach.routine.loader import load_routine
from coach.session.eventlog import read_event_log
from coach.session.plan import build_plan
from coach.session.timing import timing_report
from tests.e2e.plain_pty import COACH, PlainTerminal

SMOKE = Path("bench/routines/timing-smoke.en.yaml")  # 6 s: holds and a rest
EVERY_STEP = Path("tests/data/ui/every-step.en.yaml")  # 55 s: every kind of step
ANY_ESCAPE = b"\x1b"  # no cursor movement, no clearing, no colour: no escape sequence at all


def _env(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path), "COACH_LANG": "en", "LANG": "C.UTF-8"}


def _answers(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "answers.txt"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def _expected(record: Mapping[str, object]) -> str | None:
    """The pattern of the line a phase-opening event must be said as (None: no line of its own)."""
    name = re.escape(str(record.get("exercise")))
    rep, set_, side = record.get("rep"), record.get("set"), record.get("side")
    where = rf"(, set {set_} of \d+)?" + (rf", {side} side" if side else "") + rf", {name}"
    match record["event"]:
        case "exercise_started":
            return rf"Get ready\. .+\. Exercise \d+ of \d+, {name}\."
        case "hold_started":
            return rf"Hold\. .+\. Rep {rep} of \d+{where}\..*"
        case "rest_started" if record.get("rest") == "between_sets":
            assert isinstance(set_, int)
            return rf"Rest between sets\. .+\. Next: set {set_ + 1} of \d+, .+\."
        case "rest_started":
            assert isinstance(rep, int)
            return rf"Rest\. .+\. Next: rep {rep + 1} of \d+\."
        case "side_switched":
            return rf"Switch sides\. .+\. Next: the {side} side\."
        case "timed_started":
            return rf"Go\. .+\. .*{name}\."
        case "rep_started":
            return rf"(Reps, .+ each\. )?Rep {rep} of \d+.*"
        case "exercise_completed":
            return rf"{name} done\."
        case "session_completed":
            return r"Session complete\."
        case "session_ended_early":
            return r"Session ended early\."
    return None


_PHASE_LINE = re.compile(
    r"^(Get ready\.|Hold\.|Rest\.|Rest between sets\.|Switch sides\.|Go\.|Reps?[ ,]"
    r"|Session complete\.|Session ended early\.|(?!Set \d+ of \d+ done).+ done\.$)"
)

# The summary's count ("1 of 1 exercise done.") is no phase.
_SUMMARY = re.compile(r"\d+ of \d+ exercises? done\.$")


def check_transcript(lines: Sequence[str], events: Path) -> int:
    """Every phase-opening event is said, once, in order, as its own line; returns how many."""
    records = read_event_log(events)
    expected = [p for r in records if (p := _expected(r)) is not None]
    said = [line for line in lines if _PHASE_LINE.match(line) and not _SUMMARY.match(line)]
    assert len(said) == len(expected), "\n".join(said)
    for line, pattern in zip(said, expected, strict=True):
        assert re.fullmatch(pattern, line), f"{line!r} does not match {pattern!r}"
    return len(said)


def _run_file(
    tmp_path: Path, routine: Path, answers: Path, *extra: str, timeout: float = 60.0
) -> tuple[PlainTerminal, int]:
    events = tmp_path / "events.jsonl"
    command = [*COACH, "run", str(routine), "--plain", "--mute", "--events", str(events)]
    command += ["--data-dir", str(tmp_path / "data"), *extra]
    term = PlainTerminal(command, _env(tmp_path), stdin=answers)
    try:
        code = term.wait_exit(timeout)
    finally:
        term.close()
    return term, code


# No red flag (4 questions), pain 3 now; at real speed (a session kept in the history) how long it
# has hurt, the first time; after the session pain 2, Enter after the guidance, 2 to quit.
BEFORE = ("no", "no", "no", "no", "3")
AFTER = ("2", "", "2")


@pytest.mark.parametrize(
    ("routine", "speed", "answers"),
    [(SMOKE, "1", (*BEFORE, "2", *AFTER)), (EVERY_STEP, "20", (*BEFORE, *AFTER))],
    ids=["real-speed", "speed-20"],
)
def test_a_whole_visit_from_an_answer_file(
    tmp_path: Path, routine: Path, speed: str, answers: tuple[str, ...]
) -> None:
    term, code = _run_file(tmp_path, routine, _answers(tmp_path, *answers), "--speed", speed)
    assert code == 0, term.text
    assert ANY_ESCAPE not in term.output
    events = tmp_path / "events.jsonl"
    assert check_transcript(term.lines, events) >= 6
    lines = term.lines
    assert lines.index("None of these: the session may start.") < lines.index("Pain 3: light pain.")
    assert lines.index("Pain 2: light pain.") > lines.index("Session complete.")
    assert "Your pain is lower than before the session (3 to 2)." in lines
    saved = (
        "Saved in your history." if speed == "1" else "Preview at 20 times speed: nothing is saved."
    )
    assert saved in lines
    assert lines[-1] == "Type 1 and Enter to go back to the routines, 2 or q to quit."
    # The timer is the app's: each phase began on time (a loaded machine may be a little late).
    report = timing_report(build_plan(load_routine(routine)), read_event_log(events))
    assert report.max_schedule_error < 1e-6
    assert report.max_error < 0.5 * float(speed)


def test_keys_on_a_terminal_each_say_what_they_did(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    command = [*COACH, "run", str(EVERY_STEP), "--plain", "--mute", "--no-checkins"]
    command += ["--events", str(events), "--data-dir", str(tmp_path / "data")]
    term = PlainTerminal(command, _env(tmp_path))
    try:
        term.wait_for("Exercise 1 of 4, Bridge.")
        term.type(" ")
        term.wait_for("Paused. Press space to go on.")
        term.type("?")
        term.wait_for("q: end the session; you are asked first.")
        term.type("x")
        term.wait_for("x does nothing. Press question mark for the keys.")
        term.type("\x1bs")  # Alt+s: one key that does nothing, never s (skip)
        term.wait_for("That key does nothing here. Press question mark for the keys.")
        term.type("\x7f")
        term.wait_for("Backspace does nothing. Press question mark for the keys.")
        term.type("\r")  # Enter goes on after a pause, as space does
        term.wait_for("Going on. Get ready,")
        term.type("s")
        term.wait_for("Skipped Bridge.")
        term.wait_for("Exercise 2 of 4, Bird dog.")
        term.type("q")
        term.wait_for("End the session now? Press y to end it, any other key to keep going.")
        term.type("n")
        term.wait_for("Keeping going.")
        term.type("q")
        term.wait_for("End the session now?", timeout=5)
        term.type("y")
        term.wait_for("Type 1 and Enter to go back to the routines, 2 or q to quit.")
        term.type("2\r")
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 0, term.text
    assert ANY_ESCAPE not in term.output
    check_transcript(term.lines, events)
    kinds = [r["event"] for r in read_event_log(events)]
    assert kinds.count("paused") == 3 and kinds.count("resumed") == 2  # two q, one space
    assert kinds[-1] == "session_ended_early"


def test_coach_plain_lists_the_routines_by_number(tmp_path: Path) -> None:
    command = [*COACH, "--plain", "--mute", "--no-checkins", "--speed", "50", str(SMOKE)]
    command += ["--data-dir", str(tmp_path / "data")]
    term = PlainTerminal(command, _env(tmp_path))
    try:
        term.wait_for("or q to quit.")
        row = next(line for line in term.lines if ". Timing smoke. 1 exercise" in line)
        assert re.fullmatch(r"\d+\. Timing smoke\. 1 exercise, about 6 seconds\. English\.", row)
        term.type("99\r")
        term.wait_for("There is no routine 99.")
        term.type(row.split(".")[0] + "\r")
        term.wait_for("Type 1 and Enter to go back to the routines")
        term.type("1\r")  # back to the list
        term.wait_for("Choose a routine", timeout=10)
        term.type("q\r")
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 0, term.text
    assert ANY_ESCAPE not in term.output
    assert term.lines.count("Session complete.") == 1
    assert term.lines[-1] == "Goodbye."


def test_term_dumb_chooses_plain_mode_even_from_a_pipe(tmp_path: Path) -> None:
    answers = _answers(tmp_path, "2")
    events = tmp_path / "events.jsonl"
    command = [*COACH, "run", str(SMOKE), "--mute", "--speed", "20", "--no-checkins"]
    command += ["--events", str(events), "--data-dir", str(tmp_path / "data")]
    term = PlainTerminal(command, {**_env(tmp_path), "TERM": "dumb"}, stdin=answers)
    try:
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 0, term.text
    assert ANY_ESCAPE not in term.output
    check_transcript(term.lines, events)


def test_without_plain_a_pipe_is_still_refused(tmp_path: Path) -> None:
    answers = _answers(tmp_path, "2")
    term = PlainTerminal([*COACH, "run", str(SMOKE)], _env(tmp_path), stdin=answers)
    try:
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 2
    assert "terminal" in term.text
    assert "coach run FILE --plain" in term.text  # the way to script a session


def test_a_question_in_the_middle_of_the_session_is_typed_as_a_line(tmp_path: Path) -> None:
    """Pain after each exercise: the terminal gives its line editing back for the answer, and
    single keys again after it."""
    routine = Path("tests/data/safety/pain-each-exercise.en.yaml")
    command = [*COACH, "run", str(routine), "--plain", "--mute", "--speed", "2"]
    command += ["--data-dir", str(tmp_path / "data")]
    term = PlainTerminal(command, _env(tmp_path))
    try:
        term.wait_for("Question 1 of 5")
        term.type("no\r" * 5)  # typed ahead: each answer is a line
        term.wait_for("How much does your back hurt right now?")
        term.type("3\r")
        term.wait_for("How much does your back hurt after this exercise?")
        term.type("4\r")
        term.wait_for("Pain 4: moderate pain.")
        term.wait_for("Exercise 2 of 2, Cat-cow.")
        term.type("s")  # a single key again
        term.wait_for("Skipped Cat-cow.")
        term.wait_for("How much does your back hurt now, after the session?")
        term.type("2\r")
        term.wait_for("Press Enter to go on.")
        term.type("\r")
        term.wait_for("or q to quit.")
        term.type("q\r")
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 0, term.text
    assert ANY_ESCAPE not in term.output


def test_ctrl_c_ends_the_session_so_its_events_say_so(tmp_path: Path) -> None:
    import signal

    events = tmp_path / "events.jsonl"
    command = [*COACH, "run", str(EVERY_STEP), "--plain", "--mute", "--no-checkins"]
    command += ["--events", str(events), "--data-dir", str(tmp_path / "data")]
    term = PlainTerminal(command, _env(tmp_path))
    try:
        term.wait_for("Exercise 1 of 4, Bridge.")
        term.process.send_signal(signal.SIGINT)
        code = term.wait_exit()
    finally:
        term.close()
    assert code == 130, term.text
    assert "Interrupted: the session ends here." in term.lines
    assert "Traceback" not in term.text
    assert read_event_log(events)[-1]["event"] == "session_ended_early"


def _wait_stopped(pid: int) -> None:
    """Until the process is stopped (state T): a SIGCONT sooner would come before its stop."""
    stat = Path(f"/proc/{pid}/stat")
    for _ in range(500):
        if stat.read_text().rsplit(")", 1)[1].split()[0] == "T":
            return
        time.sleep(0.01)
    raise AssertionError("the program did not stop after Ctrl+Z")


def test_after_ctrl_z_and_fg_the_session_is_paused_and_single_keys_work(tmp_path: Path) -> None:
    command = [*COACH, "run", str(EVERY_STEP), "--plain", "--mute", "--no-checkins"]
    command += ["--data-dir", str(tmp_path / "data")]
    term = PlainTerminal(command, _env(tmp_path))
    try:
        term.wait_for("Exercise 1 of 4, Bridge.")
        term.process.send_signal(signal.SIGTSTP)  # Ctrl+Z
        term.wait_for("Paused. Press space to go on.")
        _wait_stopped(term.process.pid)
        # A shell gives the terminal back in line mode while the job is stopped.
        attrs = termios.tcgetattr(term.master)
        attrs[3] |= termios.ICANON | termios.ECHO
        termios.tcsetattr(term.master, termios.TCSANOW, attrs)
        term.process.send_signal(signal.SIGCONT)  # fg
        term.type(" ")  # a single key again, without Enter
        term.wait_for("Going on. Get ready,", timeout=10)
        term.type("q")
        term.wait_for("End the session now?")
        term.type("y")
        term.wait_for("Type 1 and Enter to go back to the routines, 2 or q to quit.")
        term.type("2\r")
        assert term.wait_exit() == 0
    finally:
        term.close()
