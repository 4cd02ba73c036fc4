"""`coach run FILE` and `coach [FILE_OR_DIR ...]` on the command line: options, bad input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coach.cli import main
from coach.resources import routines_dir
from coach.ui.app import CoachApp
from coach.visit.config import AppConfig

BASICS = routines_dir() / "back-basics.en.yaml"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("COACH_DATA_DIR", str(folder))
    monkeypatch.setenv("COACH_LANG", "en")
    return folder


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch, terminal: None) -> list[CoachApp]:
    """The apps the command line would have run (they are not run: there is no terminal)."""
    apps: list[CoachApp] = []

    def run(self: CoachApp, *args: Any, **kwargs: Any) -> int:
        apps.append(self)
        return 0

    monkeypatch.setattr(CoachApp, "run", run)
    return apps


def test_run_builds_the_app_from_every_option(
    launched: list[CoachApp], tmp_path: Path, data_dir: Path
) -> None:
    events = tmp_path / "events.jsonl"
    argv = ["run", str(BASICS), "--events", str(events), "--speed", "20", "--lang", "nb"]
    argv += ["--voice", "--volume", "35", "--mute"]
    assert main(argv) == 0
    (app,) = launched
    assert app.config == AppConfig(
        run=BASICS,
        user_routines=data_dir / "routines",
        lang="nb",
        system_lang="en",
        speed=20.0,
        events=events,
        voice=True,
        volume=35,
        mute=True,
    )
    assert (data_dir / "routines").is_dir()  # created on the first run
    assert events.exists()  # checked to be writable before the screen opens


def test_no_arguments_or_paths_open_the_picker(launched: list[CoachApp], tmp_path: Path) -> None:
    assert main([]) == 0
    assert main([str(tmp_path), "--speed", "2"]) == 0
    assert launched[0].config.run is None and launched[0].config.picker_paths == ()
    assert launched[1].config.picker_paths == (tmp_path,)
    assert launched[1].config.speed == 2.0


def test_a_missing_file_exits_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "missing.yaml"]) == 2
    assert capsys.readouterr().err == "coach: no such file: missing.yaml\n"


def test_a_folder_is_not_a_routine(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["run", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_routine_with_problems_opens_the_app_which_explains_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, launched: list[CoachApp]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: Broken\nexercises:\n  - name: X\n    repz: 3\n", encoding="utf-8")
    # The app shows the title at once and the problems after loading (test_session_screen.py).
    assert main(["run", str(broken)]) == 0
    assert launched[0].config.run == broken
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--speed", "200", "must be a number from 0.1 to 100, not 200"),
        ("--speed", "fast", "must be a number from 0.1 to 100, not fast"),
        ("--volume", "101", "must be a whole number from 0 to 100, not 101"),
    ],
)
def test_bad_option_values_exit_2(
    capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(BASICS), option, value])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_an_events_file_that_cannot_be_written_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["run", str(BASICS), "--events", str(blocker / "events.jsonl")]) == 2
    assert "the events file" in capsys.readouterr().err


def test_help_shows_the_picker_and_the_routines_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "coach [FILE_OR_DIR ...]" in out
    assert str(data_dir / "routines") in out
    assert "run" in out
    assert not data_dir.exists()  # --help only shows where it will be
