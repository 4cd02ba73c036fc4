"""The loader: a typed model with every default applied, or every problem of the file at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.routine.loader import check_routine, find_routine_files, load_routine
from coach.routine.model import (
    BUILTIN_PREPARE_S,
    BUILTIN_REST_BETWEEN_REPS_S,
    BUILTIN_REST_BETWEEN_SETS_S,
    Cue,
    IntRange,
    SecondsRange,
)
from coach.routine.problems import RoutineError
from tests.routine.helpers import VALID, check, codes, only, write

FULL = """\
title: Lower back basics
language: en
description: Four gentle core exercises.
author: A. Physio
sources: [An article]
defaults:
  prepare: 10s
  rest_between_sets: 1min
  wait_between_sets: true
exercises:
  - name: Pelvic tilt
    position: Lie on your back with your knees bent.
    instructions: Press your lower back towards the floor.
    sets: 2
    reps: 10-15
    hold: 5s
    hold_cue: Press your lower back down
    release_cue: Relax
  - name: Cat-cow
    instructions: Breathe with the movement.
    duration: 1-2min
    prepare: 3s
    cues:
      - {text: "Breathe in, arch your back (cow)", seconds: 4}
      - {text: "Breathe out, round your back (cat)", seconds: 4s}
  - name: Bird dog
    instructions: Opposite arm and leg.
    reps: 10
    hold: 3s
    sides: [left, right]
    wait_between_sets: false
    rest_between_reps: 0
  - name: Slow sit-to-stand
    instructions: Stand up slowly.
    reps: 8
    pace: 4s
"""


def test_a_full_routine_becomes_the_model(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    routine = load_routine(path)
    assert routine.title == "Lower back basics"
    assert routine.language == "en"
    assert routine.description == "Four gentle core exercises."
    assert routine.author == "A. Physio"
    assert routine.sources == ("An article",)
    assert routine.path == path
    tilt, cat_cow, bird_dog, sit_to_stand = routine.exercises
    assert tilt.reps == IntRange(10, 15) and tilt.sets == 2
    assert tilt.hold == SecondsRange(5, 5)
    assert (tilt.hold_cue, tilt.release_cue) == ("Press your lower back down", "Relax")
    assert tilt.position == "Lie on your back with your knees bent."
    assert not tilt.is_timed
    assert cat_cow.is_timed and cat_cow.duration == SecondsRange(60, 120)
    assert cat_cow.cues == (
        Cue("Breathe in, arch your back (cow)", 4.0),
        Cue("Breathe out, round your back (cat)", 4.0),
    )
    assert bird_dog.sides == ("left", "right")
    assert sit_to_stand.pace == 4.0 and sit_to_stand.hold is None


def test_defaults_cascade_builtin_then_file_then_exercise(tmp_path: Path) -> None:
    tilt, cat_cow, bird_dog, sit_to_stand = load_routine(write(tmp_path, FULL)).exercises
    # The file's defaults replace the built-in ones...
    assert tilt.prepare == 10.0
    assert tilt.rest_between_sets == 60.0
    assert tilt.wait_between_sets is True
    # ...a built-in default the file doesn't touch stays...
    assert tilt.rest_between_reps == BUILTIN_REST_BETWEEN_REPS_S
    # ...and an exercise's own value wins.
    assert cat_cow.prepare == 3.0
    assert bird_dog.wait_between_sets is False
    assert bird_dog.rest_between_reps == 0.0
    assert sit_to_stand.sets == 1


def test_builtin_defaults_without_a_defaults_section(tmp_path: Path) -> None:
    (tilt,) = load_routine(write(tmp_path, VALID)).exercises
    assert tilt.prepare == BUILTIN_PREPARE_S
    assert tilt.rest_between_reps == BUILTIN_REST_BETWEEN_REPS_S
    assert tilt.rest_between_sets == BUILTIN_REST_BETWEEN_SETS_S
    assert tilt.wait_between_sets is False
    assert tilt.sets == 1


def test_the_model_is_immutable(tmp_path: Path) -> None:
    routine = load_routine(write(tmp_path, VALID))
    with pytest.raises(AttributeError):
        routine.title = "changed"  # type: ignore[misc]


def test_a_five_mistake_routine_reports_all_five_with_hints(tmp_path: Path) -> None:
    text = """\
    title: Morning back
    langauge: nb
    exercises:
      - name: Bridge
        reps: 15-10
        hold: 5 secs
        instructions: Lift your hips.
      - name: Cat-cow
        reps: 10
        duration: 1-2min
        instructions: Breathe.
      - name: Bird dog
        rep: 10
        sides: [left, rihgt]
        instructions: Reach.
    """
    _, problems = check(tmp_path, text)
    assert codes(problems) == [
        (2, 1, "unknown-key"),
        (5, 11, "range-order"),
        (10, 5, "reps-and-duration"),
        (13, 5, "unknown-key"),
        (14, 19, "bad-choice"),
    ]
    assert all(p.hint for p in problems)
    assert problems[0].message == "unknown key 'langauge'"
    assert problems[0].hint == "did you mean 'language'?"
    assert problems[3].hint == "did you mean 'reps'?"
    assert problems[4].hint == "did you mean right?"


def test_load_routine_raises_only_routine_error_with_every_error(tmp_path: Path) -> None:
    path = write(tmp_path, "title: T\nexercises:\n  - name: a\n    rep: 3\n    sets: many\n")
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert [p.code for p in caught.value.problems] == ["unknown-key", "wrong-type"]
    assert all(p.severity == "error" for p in caught.value.problems)
    assert str(caught.value).startswith(f"{path}:4:5: unknown key 'rep'")


def test_a_missing_file_is_a_routine_error(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(tmp_path / "nope.yaml")
    assert [p.code for p in caught.value.problems] == ["unreadable"]


def test_a_folder_is_not_a_routine(tmp_path: Path) -> None:
    _, problems = check_routine(tmp_path)
    assert [p.code for p in problems] in (["unreadable"], ["not-a-file"])


def test_warnings_do_not_stop_loading(tmp_path: Path) -> None:
    text = "title: T\nexercises:\n  - name: a\n    reps: 60\n    hold: 90s\n"
    routine, problems = check(tmp_path, text)
    assert routine is not None
    assert codes(problems) == [
        (3, 11, "no-instructions"),
        (4, 11, "many-reps"),
        (5, 11, "long-hold"),
    ]
    assert {p.severity for p in problems} == {"warning"}
    assert load_routine(write(tmp_path, text)).exercises[0].reps == IntRange(60, 60)


@pytest.mark.parametrize(
    ("exercise", "expected"),
    [
        ("{name: a, instructions: x, reps: 50, hold: 60s}", []),
        ("{name: a, instructions: x, reps: 40-51}", ["many-reps"]),
        ("{name: a, instructions: x, reps: 1, hold: 30-61s}", ["long-hold"]),
        ("{name: a, position: Lie down., reps: 1}", ["no-instructions"]),
    ],
)
def test_warning_thresholds(tmp_path: Path, exercise: str, expected: list[str]) -> None:
    _, problems = check(tmp_path, f"title: T\nexercises:\n  - {exercise}\n")
    assert [p.code for p in problems] == expected


@pytest.mark.parametrize(
    ("exercise", "at", "code"),
    [
        ("{name: a, instructions: x}", "{", "no-reps-or-duration"),
        ("{name: a, instructions: x, reps: 3, duration: 1min}", "duration", "reps-and-duration"),
        ("{name: a, instructions: x, duration: 1min, reps: 3}", "reps", "reps-and-duration"),
        ("{name: a, instructions: x, duration: 1min, hold: 3s}", "hold", "needs-reps"),
        ("{name: a, instructions: x, duration: 1min, pace: 3s}", "pace", "needs-reps"),
        (
            "{name: a, instructions: x, reps: 3, cues: [{text: a, seconds: 1}]}",
            "cues",
            "needs-duration",
        ),
        ("{name: a, instructions: x, reps: 3, hold_cue: Hold}", "hold_cue", "needs-hold"),
        ("{name: a, instructions: x, reps: 3, hold: 3s, pace: 2s}", "pace", "hold-and-pace"),
        ("{name: a, instructions: x, reps: 3, sides: [left, left]}", "left]", "duplicate-side"),
        ("{name: a, instructions: x, reps: 3, sides: []}", "[]", "empty-list"),
        ("{name: a, instructions: x, reps: 3, sides: [left, right, left]}", "[", "too-many-items"),
        ("{name: a, instructions: x, reps: 3, sides: venstre}", "venstre", "wrong-type"),
        ("{name: a, instructions: x, reps: 3, sides: [venstre]}", "venstre", "bad-choice"),
    ],
)
def test_rules_between_keys(tmp_path: Path, exercise: str, at: str, code: str) -> None:
    line = f"  - {exercise}"
    _, problems = check(tmp_path, f"title: T\nexercises:\n{line}\n")
    assert codes(problems) == [(3, line.index(at) + 1, code)]


def test_a_timed_exercise_may_have_sides(tmp_path: Path) -> None:
    text = "title: T\nexercises: [{name: a, instructions: x, duration: 30s, sides: [right]}]\n"
    routine, problems = check(tmp_path, text)
    assert problems == []
    assert routine is not None and routine.exercises[0].sides == ("right",)


def test_a_misspelled_reps_does_not_also_report_missing_reps(tmp_path: Path) -> None:
    problem = only(
        tmp_path, "title: T\nexercises:\n  - {name: a, instructions: x, repetitions: 3}\n"
    )
    assert (problem.code, problem.hint) == ("unknown-key", "did you mean 'reps'?")


def test_a_misspelled_required_key_is_reported_once(tmp_path: Path) -> None:
    problem = only(tmp_path, "titel: T\nexercises:\n  - {name: a, instructions: x, reps: 3}\n")
    assert (problem.line, problem.column, problem.code) == (1, 1, "unknown-key")
    assert problem.hint == "did you mean 'title'?"


def test_norwegian_keys_each_get_their_suggestion(tmp_path: Path) -> None:
    _, problems = check(tmp_path, "tittel: T\nøvelser: []\n")
    assert [p.hint for p in problems] == ["did you mean 'title'?", "did you mean 'exercises'?"]


def test_an_unknown_key_far_from_any_lists_the_allowed_keys(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\nexercises: [{name: a, instructions: x, reps: 3, zzz: 1}]\n")
    assert problem.code == "unknown-key"
    assert problem.hint is not None and problem.hint.startswith("the keys allowed here are: ")
    assert "duration" in problem.hint and "reps" not in problem.hint.split(": ", 1)[1].split(", ")


@pytest.mark.parametrize(
    ("line", "code", "column"),
    [
        ("title:", "empty-value", 1),
        ("title: ''", "empty-value", 8),
        ("title: [a, b]", "wrong-type", 8),
        ("language: norsk", "bad-choice", 11),
        ("language: fr", "bad-choice", 11),
        ("sources: An article", "wrong-type", 10),
        ("defaults: 5s", "wrong-type", 11),
        ("defaults: {prepare: 3-5s}", "range-not-allowed", 21),
        ("defaults: {prepare: soon}", "bad-duration", 21),
        ("defaults: {wait_between_sets: 'yes'}", "wrong-type", 31),
        ("defaults: {sets: 3}", "unknown-key", 12),
    ],
)
def test_routine_level_values(tmp_path: Path, line: str, code: str, column: int) -> None:
    text = f"{line}\nexercises: [{{name: a, instructions: x, reps: 3}}]\n"
    if not line.startswith("title"):
        text = "title: T\n" + text
    _, problems = check(tmp_path, text)
    row = 1 if line.startswith("title") else 2
    assert codes(problems) == [(row, column, code)]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("sets: 0", "out-of-range"),
        ("sets: 101", "out-of-range"),
        ("sets: 2.5", "wrong-type"),
        ("sets: true", "wrong-type"),
        ("reps: 10.5", "bad-count"),
        ("reps: [10]", "wrong-type"),
        ("reps: true", "wrong-type"),
        ("reps: 0", "count-too-small"),
        ("reps: 2000", "count-too-large"),
        ("hold: 0", "not-positive"),
        ("hold: -3", "bad-duration"),
        ("hold: .inf", "bad-duration"),
        ("hold: 3 hours", "bad-duration"),
        ("pace: 2-3s", "range-not-allowed"),
        ("rest_between_sets: 5 min", None),
        ("rest_between_reps: 0", None),
        ("prepare: 0", None),
        ("hold: 1:30", "long-hold"),
        ("hold: '5'", None),
        ("reps: '12'", None),
    ],
)
def test_exercise_values(tmp_path: Path, value: str, code: str | None) -> None:
    text = f"title: T\nexercises:\n  - name: a\n    instructions: x\n    reps: 3\n    {value}\n"
    if value.startswith("reps"):
        text = text.replace("    reps: 3\n", "")
    _, problems = check(tmp_path, text)
    assert [p.code for p in problems] == ([code] if code else [])
    if code:
        assert problems[0].line == 6 - value.startswith("reps")


def test_text_fields_take_plain_scalars_as_written(tmp_path: Path) -> None:
    routine, problems = check(
        tmp_path, "title: 2024\nexercises:\n  - {name: true, instructions: '  x  ', reps: 3}\n"
    )
    assert problems == []
    assert routine is not None
    assert routine.title == "2024"
    assert routine.exercises[0].name == "true"
    assert routine.exercises[0].instructions == "x"


def test_block_text_is_trimmed(tmp_path: Path) -> None:
    routine, _ = check(
        tmp_path,
        "title: T\nexercises:\n  - name: a\n    reps: 1\n"
        "    instructions: |\n      Line one\n      Line two\n",
    )
    assert routine is not None
    assert routine.exercises[0].instructions == "Line one\nLine two"


@pytest.mark.parametrize(
    "text",
    ["- title: T\n", "just some words\n", "42\n"],
)
def test_a_file_that_is_not_a_mapping(tmp_path: Path, text: str) -> None:
    problem = only(tmp_path, text)
    assert (problem.line, problem.column, problem.code) == (1, 1, "not-a-routine")


def test_missing_required_keys(tmp_path: Path) -> None:
    _, problems = check(tmp_path, "description: nothing else\n")
    assert codes(problems) == [(1, 1, "missing-key"), (1, 1, "missing-key")]
    assert [p.message for p in problems] == [
        "the required key 'title' is missing",
        "the required key 'exercises' is missing",
    ]


def test_an_exercise_item_that_is_not_a_mapping(tmp_path: Path) -> None:
    _, problems = check(tmp_path, "title: T\nexercises:\n  - Pelvic tilt\n  -\n")
    assert codes(problems) == [(3, 5, "wrong-type"), (4, 4, "wrong-type")]
    assert problems[0].message == (
        "'exercises' must be a set of 'key: value' lines, not the text 'Pelvic tilt'"
    )


class TestLanguage:
    """Messages follow the language asked for, else the routine's own, else English."""

    TEXT = "title: T\nlanguage: nb\nexercises:\n  - {name: a, instructions: x, rep: 3}\n"

    def test_the_routine_language(self, tmp_path: Path) -> None:
        problem = only(tmp_path, self.TEXT)
        assert problem.message == "ukjent nøkkel «rep»"
        assert problem.hint == "mente du «reps»?"

    def test_the_language_asked_for_wins(self, tmp_path: Path) -> None:
        assert only(tmp_path, self.TEXT, "en").message == "unknown key 'rep'"

    def test_english_by_default(self, tmp_path: Path) -> None:
        assert only(tmp_path, self.TEXT.replace("nb", "en")).message == "unknown key 'rep'"

    def test_a_file_that_does_not_parse_still_speaks_its_language(self, tmp_path: Path) -> None:
        problem = only(tmp_path, "language: nb\ntitle: T\nexercises:\n\t- name: a\n")
        assert problem.hint == "tabulator kan ikke brukes til innrykk i YAML: bruk mellomrom"

    def test_a_norwegian_routine_loads_with_its_language(self, tmp_path: Path) -> None:
        routine = load_routine(write(tmp_path, VALID + "language: nb\n"))
        assert routine.language == "nb"


class TestFindRoutineFiles:
    def test_files_and_folders(self, tmp_path: Path) -> None:
        (tmp_path / "sub" / "deeper").mkdir(parents=True)
        (tmp_path / ".hidden").mkdir()
        for name in (
            "b.yaml",
            "a.yml",
            "notes.txt",
            "sub/c.yaml",
            "sub/deeper/d.yml",
            ".hidden/e.yaml",
        ):
            (tmp_path / name).write_text("x")
        named = tmp_path / "notes.txt"
        found = find_routine_files([tmp_path, named, tmp_path / "b.yaml"])
        assert found == [
            tmp_path / "a.yml",
            tmp_path / "b.yaml",
            tmp_path / "sub" / "c.yaml",
            tmp_path / "sub" / "deeper" / "d.yml",
            named,
        ]

    def test_a_missing_path_is_returned_for_the_caller_to_report(self, tmp_path: Path) -> None:
        assert find_routine_files([tmp_path / "gone.yaml"]) == [tmp_path / "gone.yaml"]


def test_a_cue_without_seconds_says_how_to_write_them(tmp_path: Path) -> None:
    text = "title: T\nexercises:\n  - name: a\n    instructions: x\n    duration: 8s\n    cues:\n"
    text += "      - text: In\n"
    problem = only(tmp_path, text)
    assert (problem.line, problem.code) == (7, "missing-key")
    assert problem.message == "the required key 'seconds' is missing"
    assert problem.hint == "say how long the cue lasts, for example seconds: 4 (or 4s)"


def test_every_required_key_has_a_hint_when_it_is_missing() -> None:
    import msgspec

    from coach.i18n import catalog
    from coach.routine import spec

    structs = (spec.Routine, spec.Exercise, spec.Cue, spec.RedFlag, spec.Defaults)
    required = {f.encode_name for s in structs for f in msgspec.structs.fields(s) if f.required}
    assert required == {"title", "exercises", "name", "text", "seconds", "question"}
    assert {k for k in required if f"routine.missing-key.{k}.hint" not in catalog()} == set()
