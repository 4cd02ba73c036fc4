"""A waiting room is no place to get down on all fours (issue 11): without `mat_area = true` the
kiosk offers only routines whose every exercise says it is done sitting or standing."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from coach.commands.kiosk import load_routines
from coach.kiosk.config import KioskConfig, KioskConfigError, load_kiosk_config, place_problem
from coach.resources import routines_dir
from coach.routine.loader import load_routine

BASICS = routines_dir() / "back-basics.en.yaml"
WAITING_ROOM = routines_dir() / "waiting-room.en.yaml"
UNPLACED = """\
title: Stretches
exercises:
  - name: Side stretch
    instructions: Lean gently to the side.
    duration: 30s
"""
WITH_MAT = KioskConfig(mat_area=True)


def test_mat_area_is_read_and_off_unless_the_clinic_says_so(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("", encoding="utf-8")
    assert load_kiosk_config(path).mat_area is False
    path.write_text("mat_area = true\n", encoding="utf-8")
    assert load_kiosk_config(path).mat_area is True
    path.write_text('mat_area = "yes"\n', encoding="utf-8")
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    assert "'mat_area' must be true or false" in caught.value.message("en")


def test_a_floor_exercise_is_refused_without_a_mat_area() -> None:
    problem = place_problem(KioskConfig(), load_routine(BASICS))
    assert problem is not None
    message = problem.message("en", BASICS)
    assert message.startswith(f"{BASICS}: 'Pelvic tilt lying on your back' is done lying down")
    assert "mat_area = true" in message and "sitting or standing" in message
    nb = problem.message("nb", BASICS)
    assert "gjøres liggende" in nb and "mat_area = true" in nb


def test_all_fours_is_named_as_such() -> None:
    routine = load_routine(BASICS)
    on_all_fours = dataclasses.replace(routine, exercises=routine.exercises[1:2])
    problem = place_problem(KioskConfig(), on_all_fours)
    assert problem is not None and "'Cat-cow' is done on all fours" in problem.message("en", "x")


def test_a_mat_area_takes_floor_exercises_and_a_chair_routine_needs_none() -> None:
    assert place_problem(WITH_MAT, load_routine(BASICS)) is None
    assert place_problem(KioskConfig(), load_routine(WAITING_ROOM)) is None


def test_an_exercise_that_does_not_say_where_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "stretches.yaml"
    path.write_text(UNPLACED, encoding="utf-8")
    problem = place_problem(KioskConfig(), load_routine(path))
    assert problem is not None
    assert "'Side stretch' does not say where it is done: add posture: sitting" in (
        problem.message("en", path)
    )
    assert place_problem(WITH_MAT, load_routine(path)) is None


def test_a_named_floor_routine_stops_the_kiosk_from_starting() -> None:
    entries, problem = load_routines([WAITING_ROOM, BASICS], "en", KioskConfig())
    assert entries == [] and problem is not None and "is done lying down" in problem
    entries, problem = load_routines([WAITING_ROOM, BASICS], "en", WITH_MAT)
    assert problem is None and len(entries) == 2


def test_the_bundled_routines_on_offer_are_the_chair_ones_without_a_mat_area() -> None:
    for lang, title in (("en", "Waiting room"), ("nb", "Venterom")):
        entries, problem = load_routines([], lang, KioskConfig())
        assert problem is None
        assert [e.routine.title.split(" –")[0] for e in entries] == [title]
        everything, problem = load_routines([], lang, WITH_MAT)
        assert problem is None and len(everything) == 3


def test_coach_kiosk_refuses_a_floor_routine_with_a_message_and_no_traceback(
    tmp_path: Path,
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "nb"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "coach", "kiosk", "--config", str(config), str(BASICS)],
        capture_output=True,
        text=True,
        env={"COACH_DATA_DIR": str(tmp_path), "COACH_LANG": "en", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 2
    assert "«Pelvic tilt lying on your back» gjøres liggende" in result.stderr
    assert "Traceback" not in result.stderr
