"""What the history screen reads and how its plots lay out, without the screen: the overview of a
history, each exercise's ladder of doses, the dates on the x axis, whole numbers on the y axis."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from textual_plotext import Plot

from coach.session.plan import Dose
from coach.store.history_data import ExerciseDoses, ladder, read_overview
from coach.ui.widgets.history_plots import date_ticks, day_month, short_dose, whole_number_axis
from tests.ui.history_seed import RANGES, TODAY, good_weeks, ranges_routine, seed

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_a_missing_history_is_empty_and_nothing_is_created(tmp_path: Path) -> None:
    overview = read_overview(tmp_path / "nowhere", TODAY)
    assert overview.empty and overview.routines == ()
    assert not (tmp_path / "nowhere").exists()


def test_the_overview_reads_the_routine_file_for_its_aim_and_ranges(tmp_path: Path) -> None:
    routine_file = tmp_path / "back.en.yaml"
    routine_file.write_text(RANGES.read_text("utf-8"), "utf-8")
    from coach.routine.loader import load_routine

    seed(tmp_path, load_routine(routine_file), good_weeks(date(2025, 3, 17), 1))
    overview = read_overview(tmp_path, TODAY)
    [routine] = overview.routines
    assert routine.frequency is not None and routine.frequency.per_week == 3
    assert [e.name for e in routine.exercises] == ["Pelvic tilt", "Cat-cow", "Bridge", "Bird dog"]
    assert routine.exercises[0].exercise is not None  # the ranges, for the dose view
    assert routine.this_week == 0 and [w.sessions for w in routine.weeks] == [3, 0]

    # A physio retitles the file: its aim and ranges no longer belong to this history.
    routine_file.write_text(
        RANGES.read_text("utf-8").replace("title: Back with ranges", "title: Back, gently"),
        "utf-8",
    )
    [routine] = read_overview(tmp_path, TODAY).routines
    assert routine.frequency is None
    assert all(e.exercise is None for e in routine.exercises)
    assert routine.exercises[0].name == "Pelvic tilt"  # still read from the history


def test_a_ladder_climbs_reps_first_then_the_hold() -> None:
    bridge = ranges_routine().exercises[2]  # 10-15 reps, hold 3-5 s
    assert [(d.reps, d.hold) for d in ladder(bridge)] == [
        (10, 3.0),
        (11, 3.0),
        (12, 3.0),
        (13, 3.0),
        (14, 3.0),
        (15, 3.0),
        (15, 4.0),
        (15, 5.0),
    ]
    cat_cow = ranges_routine().exercises[1]  # 1-2 min, a quarter of the range a step
    assert [d.duration for d in ladder(cat_cow)] == [60.0, 75.0, 90.0, 105.0, 120.0]


def test_a_dose_recorded_under_old_ranges_gets_its_own_level() -> None:
    from datetime import datetime

    from coach.store.history_data import DoseAt

    bridge = ranges_routine().exercises[2]
    when = datetime(2025, 3, 3, 18)
    doses = ExerciseDoses(
        "Bridge",
        (DoseAt(when, Dose(16, 3.0)), DoseAt(when, Dose(12, 3.0000001))),  # a float read back
        bridge,
    )
    levels = [(d.reps, d.hold) for d in doses.levels]
    assert levels[-3:] == [(16, 3.0), (15, 4.0), (15, 5.0)]  # above 15 × 3 s, below 15 × 4 s
    assert doses.level_of(Dose(12, 3.0)) == 2


@pytest.mark.parametrize(
    ("first", "last", "room", "expected"),
    [
        (date(2025, 3, 3), date(2025, 3, 7), 8, ["3", "4", "5", "6", "7"]),
        (date(2025, 3, 3), date(2025, 3, 7), 3, ["3", "5", "7"]),
        # Weekly steps fall on Mondays (the 3rd and the 10th of March 2025 are Mondays).
        (date(2025, 2, 27), date(2025, 3, 28), 6, ["3", "10", "17", "24"]),
        (date(2025, 3, 3), date(2025, 3, 3), 4, ["3"]),
    ],
)
def test_dates_on_the_x_axis_are_evenly_spaced_and_fit(
    first: date, last: date, room: int, expected: list[str]
) -> None:
    ticks = date_ticks(first, last, room)
    assert [str(t.day) for t in ticks] == expected
    assert len(ticks) <= max(room, 2)


def test_dates_are_written_as_the_patient_writes_them() -> None:
    assert day_month(date(2025, 3, 3), "en") == "3 Mar"
    assert day_month(date(2025, 5, 17), "nb") == "17. mai"


def test_short_doses_for_an_axis() -> None:
    assert short_dose(Dose(12, 3.0), "en") == "12 × 3 s"
    assert short_dose(Dose(10), "en") == "10"
    assert short_dose(Dose(duration=75.0), "nb") == "1 min 15 s"


@pytest.mark.parametrize("height", [14, 15, 19, 25])
def test_every_whole_number_sits_on_its_own_row(height: int) -> None:
    plt = Plot()
    plt.plotsize(40, height)
    plt.scatter([float(v) for v in range(11)], [float(v) for v in range(11)], marker="●")
    whole_number_axis(plt, 10, height)
    rows = ANSI.sub("", plt.build()).splitlines()
    for value in range(11):
        [row] = [r for r in rows if re.match(rf"\s*{value}┤", r)]
        assert row.count("●") == 1, f"{value} is not on its tick's row at height {height}"


def test_a_plot_too_short_for_a_row_each_still_draws() -> None:
    plt = Plot()
    plt.plotsize(30, 8)
    plt.scatter([0.0, 1.0], [2.0, 9.0])
    whole_number_axis(plt, 10, 8)
    assert "10" in ANSI.sub("", plt.build())
