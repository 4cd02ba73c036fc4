"""`coach remind`: the routine's frequency as calendar reminders, parsed back as calendars do."""

from __future__ import annotations

import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from coach.cli import main
from coach.report.reminders import slots
from coach.routine.model import Frequency

ROOT = Path(__file__).resolve().parents[2]
MONDAY = date(2026, 12, 7)


def _routine(tmp_path: Path, frequency: str | None, name: str = "back-basics.en.yaml") -> Path:
    text = (ROOT / "routines" / name).read_text("utf-8")
    language = "language: en\n" if ".en." in name else "language: nb\n"
    if frequency is not None:
        text = text.replace(language, f"{language}frequency: {frequency}\n")
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _remind(tmp_path: Path, routine: Path, *extra: str) -> Calendar:
    out = tmp_path / "back.ics"
    code = main(["remind", str(routine), "--ics", str(out), "--start", MONDAY.isoformat(), *extra])
    assert code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # it says when a patient exercises
    return Calendar.from_ical(out.read_bytes())


def _occurrences(calendar: Calendar, days: int) -> list[datetime]:
    """Every event start in the first `days` days, as a calendar program expands them."""
    end = datetime.combine(MONDAY + timedelta(days=days), time(0))
    found = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("dtstart")
        rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=start)
        found += [moment for moment in rule.between(start, end, inc=True)]
    return sorted(found)


def test_three_a_week_is_monday_wednesday_friday_evenings(tmp_path: Path) -> None:
    calendar = _remind(tmp_path, _routine(tmp_path, "3/week"))
    two_weeks = _occurrences(calendar, 14)
    assert len(two_weeks) == 6
    assert {m.strftime("%a %H:%M") for m in two_weeks} == {"Mon 18:00", "Wed 18:00", "Fri 18:00"}


def test_twice_a_day_at_the_patients_hours(tmp_path: Path) -> None:
    calendar = _remind(tmp_path, _routine(tmp_path, "2/day"), "--at", "07:30", "--at", "20:00")
    week = _occurrences(calendar, 7)
    assert len(week) == 14
    assert {m.strftime("%H:%M") for m in week} == {"07:30", "20:00"}


@pytest.mark.parametrize("per_week", [1, 2, 3, 5, 7, 10, 14, 21])
def test_every_frequency_gives_exactly_its_sessions_a_week(per_week: int) -> None:
    weekly = slots(Frequency(per_week, "week"))
    assert sum(len(slot.days) for slot in weekly) == per_week
    assert len({slot.at for slot in weekly}) == len(weekly)  # no two sessions at the same time


def test_each_event_names_the_routine_rings_and_says_when_to_stop(tmp_path: Path) -> None:
    calendar = _remind(tmp_path, _routine(tmp_path, "daily"))
    (event,) = calendar.walk("VEVENT")
    assert event["summary"] == "Back exercises: Back basics – core exercises"
    text = str(event["description"])
    assert "2–3 weeks" in text and "physiotherapist" in text and "bladder" in text
    assert "coach's own" in text
    assert event.walk("VALARM")[0]["action"] == "DISPLAY"
    assert event.decoded("duration") >= timedelta(minutes=5)
    assert event["rrule"]["FREQ"] == ["DAILY"]


def test_the_routines_language_by_default(tmp_path: Path) -> None:
    routine = _routine(tmp_path, "3/uke", name="rygg-grunnleggende.nb.yaml")
    (event, *_) = _remind(tmp_path, routine).walk("VEVENT")
    assert str(event["summary"]).startswith("Ryggøvelser: ")
    description = " ".join(str(event["description"]).split())
    assert "fysioterapeut" in description
    # Bokmål as the rest of coach speaks it, and the four reasons end as everywhere else.
    assert "går ned i beina" in description and " bena " not in description
    assert "skreddersydd treningsprogram for ryggen din." in description
    assert "coachs forslag" in description and "coach sitt" not in description


def test_until_ends_the_recurrence(tmp_path: Path) -> None:
    until = (MONDAY + timedelta(days=6)).isoformat()
    calendar = _remind(tmp_path, _routine(tmp_path, "3/week"), "--until", until)
    assert len(_occurrences(calendar, 60)) == 3


def test_a_routine_without_frequency_asks_for_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = _routine(tmp_path, None)
    assert main(["remind", str(routine), "--ics", str(tmp_path / "x.ics")]) == 2
    assert "--frequency" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
    calendar = _remind(tmp_path, routine, "--frequency", "2/week")
    assert len(_occurrences(calendar, 7)) == 2


def test_wrong_number_of_hours_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = _routine(tmp_path, "2/day")
    out = tmp_path / "x.ics"
    assert main(["remind", str(routine), "--ics", str(out), "--at", "09:00"]) == 2
    assert "--at 2 times" in capsys.readouterr().err
    assert not out.exists()


def test_a_broken_routine_points_to_coach_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [\n", "utf-8")
    assert main(["remind", str(broken), "--ics", str(tmp_path / "x.ics")]) == 2
    assert "coach check" in capsys.readouterr().err


def test_until_before_the_first_day_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = _routine(tmp_path, "3/week")
    out = tmp_path / "x.ics"
    code = main(
        [
            "remind",
            str(routine),
            "--ics",
            str(out),
            "--start",
            "2026-01-10",
            "--until",
            "2025-01-01",
        ]
    )
    assert code == 2
    assert "--until must be on or after the first day of the reminders (2026-01-10)" in (
        capsys.readouterr().err
    )
    assert not out.exists()


def test_a_time_without_its_leading_zero_is_understood(tmp_path: Path) -> None:
    calendar = _remind(tmp_path, _routine(tmp_path, "daily"), "--at", "8:00")
    assert {m.strftime("%H:%M") for m in _occurrences(calendar, 3)} == {"08:00"}


def test_one_session_a_day_says_so_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = _routine(tmp_path, "3/week")
    args = ["remind", str(routine), "--ics", str(tmp_path / "x.ics"), "--at", "18:00"]
    assert main([*args, "--at", "19:00"]) == 2
    assert "one session a day: give --at once" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["symlink", "loose"])
def test_the_calendar_never_goes_through_a_link_and_is_always_private(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = _routine(tmp_path, "3/week")
    target = tmp_path / "someone-elses.txt"
    target.write_text("keep me\n")
    target.chmod(0o644)
    out = tmp_path / "back.ics"
    if kind == "symlink":
        out.symlink_to(target)
        assert main(["remind", str(routine), "--ics", str(out)]) == 2
        assert "symbolic link" in capsys.readouterr().err
        assert target.read_text() == "keep me\n"
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    else:
        out.write_text("old\n")
        out.chmod(0o666)
        assert main(["remind", str(routine), "--ics", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
