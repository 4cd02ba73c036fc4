"""`coach run` options for the check-ins and the history: --no-checkins, --no-history,
--red-flags, --data-dir / COACH_DATA_DIR."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coach.cli import main
from coach.resources import routines_dir
from coach.ui.app import CoachApp
from coach.visit.config import AppConfig

BASICS = routines_dir() / "back-basics.en.yaml"


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, terminal: None) -> list[CoachApp]:
    """The apps the command line would have run (not run: there is no terminal)."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "env-data"))
    monkeypatch.setenv("COACH_LANG", "en")
    apps: list[CoachApp] = []

    def run(self: CoachApp, *args: Any, **kwargs: Any) -> int:
        apps.append(self)
        return 0

    monkeypatch.setattr(CoachApp, "run", run)
    return apps


def test_by_default_every_check_in_is_asked_daily_and_the_history_kept(
    launched: list[CoachApp],
) -> None:
    assert main(["run", str(BASICS)]) == 0
    config = launched[0].config
    assert (config.no_checkins, config.no_history, config.red_flag_frequency) == (
        False,
        False,
        "daily",
    )
    assert not config.checkins_skipped


def test_the_options_reach_the_app(launched: list[CoachApp], tmp_path: Path) -> None:
    argv = ["run", str(BASICS), "--no-checkins", "--no-history", "--red-flags", "every-session"]
    assert main([*argv, "--data-dir", str(tmp_path / "mine")]) == 0
    assert main([str(BASICS), "--red-flags", "every-session"]) == 0  # the picker takes them too
    first, picker = (app.config for app in launched)
    assert first.no_checkins and first.no_history and first.checkins_skipped
    assert first.red_flag_frequency == "every_session"
    assert first.data_dir == tmp_path / "mine"
    assert first.user_routines == tmp_path / "mine" / "routines"
    assert picker.red_flag_frequency == "every_session" and not picker.no_checkins


def test_a_kiosk_never_skips_the_check_ins() -> None:
    assert AppConfig(no_checkins=True).checkins_skipped
    assert not AppConfig(no_checkins=True, kiosk=True).checkins_skipped


def test_a_bad_frequency_is_bad_usage(
    launched: list[CoachApp], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run", str(BASICS), "--red-flags", "weekly"])
    assert exit_info.value.code == 2
    assert "daily" in capsys.readouterr().err
    assert launched == []


def test_the_help_says_what_no_checkins_is_for(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "for an author previewing a routine and for scripted runs" in help_text
    assert "never skipped in kiosk mode" in help_text
