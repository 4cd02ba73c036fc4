"""The routines the picker lists."""

from __future__ import annotations

from pathlib import Path

from coach.resources import routines_dir
from coach.visit.routine_list import Source, list_routines

BROKEN = "title: Broken\nexercises:\n  - name: X\n    repz: 3\n"


def test_bundled_user_and_given_routines_with_problems_listed_not_hidden(tmp_path: Path) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    (user / "mine.yaml").write_text(
        "title: Mine\nexercises:\n  - name: Bridge\n    reps: 10\n    hold: 5s\n", encoding="utf-8"
    )
    given = tmp_path / "given"
    given.mkdir()
    (given / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    missing = tmp_path / "nope.yaml"
    bundled_file = sorted(routines_dir().glob("*.yaml"))[0]

    entries = list_routines(routines_dir(), user, [given, missing, bundled_file], "nb")

    sources = [e.source for e in entries]
    assert sources == sorted(sources, key=list(Source).index)  # grouped, in order
    bundled = [e for e in entries if e.source is Source.BUNDLED]
    assert len(bundled) == len(list(routines_dir().glob("*.yaml")))
    assert bundled[0].routine is not None and bundled[0].routine.language == "nb"
    assert all(e.usable and e.exercise_count > 0 and e.estimate > 0 for e in bundled)
    mine = next(e for e in entries if e.source is Source.USER)
    assert mine.title == "Mine" and mine.exercise_count == 1
    broken = next(e for e in entries if e.path.name == "broken.yaml")
    assert not broken.usable
    assert broken.title == "broken.yaml"
    assert broken.problems[0].line == 4
    assert broken.problems[0].message == "ukjent nøkkel «repz»"  # in the picker's language
    gone = next(e for e in entries if e.path == missing)
    assert gone.missing and not gone.usable
    # The bundled file named again on the command line is listed once.
    assert sum(e.path.resolve() == bundled_file.resolve() for e in entries) == 1


def test_no_folders_no_routines() -> None:
    assert list_routines(None, None, [], "en") == []
