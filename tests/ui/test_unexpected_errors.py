"""A bug never shows the patient a traceback: it goes to a log file in the data folder, and the
terminal gets one calm line in the session's language; `coach run FILE` with an unusable FILE
ends with exit code 1 once its problems were read."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.error_log import EXIT_UNEXPECTED_ERROR, new_error_log_path, write_error_log
from coach.i18n import translate
from coach.session.eventlog import read_event_log
from coach.ui import app as app_module
from coach.ui.app import CoachApp
from coach.ui.screens.session import SessionScreen
from coach.visit.flow import Visit, VisitSteps
from coach.visit.ui import VisitUI
from tests.ui.support import MANUAL_AND_WAIT, coach_app, started

APP_CSS = Path(app_module.__file__).parent / "app.tcss"


class Injected(RuntimeError):
    """The bug these tests plant."""


def logs(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "logs").glob("coach-error-*.log"))


async def test_a_bug_in_a_screen_is_logged_and_the_patient_reads_a_calm_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_mute(self: SessionScreen) -> None:
        raise Injected("the mute key is broken")

    monkeypatch.setattr(SessionScreen, "action_toggle_mute", broken_mute)
    events = tmp_path / "events.jsonl"
    app = coach_app(MANUAL_AND_WAIT, data_dir=tmp_path, events=events)  # a Norwegian session
    # run_test re-raises the error when it ends, so a real bug still fails its test.
    with pytest.raises(Injected):
        async with app.run_test(size=(80, 24)) as pilot:
            await started(pilot)
            await pilot.press("m")
            await pilot.pause()
    assert app.return_code == EXIT_UNEXPECTED_ERROR
    (log,) = logs(tmp_path)
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "broken_mute" in logged and "Injected: the mute key is broken" in logged
    shown = capsys.readouterr().err
    assert shown.strip() == (
        f"{translate('shell.error.stopped', 'nb')}\n{translate('shell.error.log', 'nb', path=log)}"
    )
    assert "Traceback" not in shown and "Injected" not in shown
    # The session was closed properly on the way out: its events say it ended early.
    assert read_event_log(events)[-1]["event"] == "session_ended_early"


async def test_a_bug_in_a_worker_logs_the_error_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def broken_stage(visit: Visit, ui: VisitUI) -> bool:
        raise Injected("a before-stage failed")

    app = coach_app(data_dir=tmp_path, hooks=VisitSteps(before=(broken_stage,)))
    with pytest.raises(Exception, match="a before-stage failed"):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
    assert app.return_code == EXIT_UNEXPECTED_ERROR
    (log,) = logs(tmp_path)
    logged = log.read_text(encoding="utf-8")
    # Not Textual's WorkerFailed (whose own traceback is empty): the error, where it happened.
    assert "in broken_stage" in logged and "Injected: a before-stage failed" in logged
    assert "Sorry, coach ran into an unexpected problem" in capsys.readouterr().err


async def test_an_app_may_handle_unexpected_errors_its_own_way(tmp_path: Path) -> None:
    """Kiosk mode goes back to its attract screen instead: it overrides `on_unexpected_error`
    and keeps the log."""
    handled: list[Exception] = []

    class Recovering(CoachApp):
        CSS_PATH = str(APP_CSS)  # relative paths are read from the subclass's own folder

        def on_unexpected_error(self, error: Exception) -> None:
            self.log_unexpected_error(error)
            handled.append(error)

    plain = coach_app(data_dir=tmp_path)
    app = Recovering(plain.config, clock=plain.clock, hooks=plain.hooks, sound=plain._sound)
    with pytest.raises(Injected):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app._handle_exception(Injected("recovered"))
            await pilot.pause()
            assert app.is_running and app.return_code is None
    assert [str(e) for e in handled] == ["recovered"]
    assert "Injected: recovered" in logs(tmp_path)[0].read_text(encoding="utf-8")


class TestErrorLog:
    def test_logs_go_to_the_data_folder_or_else_the_temporary_one(self, tmp_path: Path) -> None:
        assert new_error_log_path(tmp_path / "data").parent == tmp_path / "data" / "logs"
        a_file = tmp_path / "taken"
        a_file.write_text("", encoding="utf-8")
        import tempfile

        assert new_error_log_path(a_file).parent == Path(tempfile.gettempdir())

    def test_a_log_that_cannot_be_written_is_said_calmly(self, tmp_path: Path) -> None:
        try:
            raise Injected("boom")
        except Injected as error:
            failure = write_error_log(tmp_path / "no-such-folder" / "x.log", error)
        assert failure == "No such file or directory"


class TestCommandLine:
    @pytest.fixture(autouse=True)
    def data_dir(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: None) -> Path:
        monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("COACH_LANG", "en")
        return tmp_path / "data"

    def test_an_error_outside_the_app_is_logged_too(
        self,
        data_dir: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        def broken_make_app(*args: object, **kwargs: object) -> CoachApp:
            raise Injected("could not even build the app")

        monkeypatch.setattr("coach.ui.app.make_app", broken_make_app)
        assert main(["run", str(MANUAL_AND_WAIT)]) == EXIT_UNEXPECTED_ERROR
        (log,) = logs(data_dir)
        assert "Injected: could not even build the app" in log.read_text(encoding="utf-8")
        err = capsys.readouterr().err
        assert err.startswith("Sorry, coach ran into an unexpected problem") and str(log) in err
        assert "Traceback" not in err

    def test_an_error_while_closing_goes_to_the_same_log_and_is_not_said_twice(
        self,
        data_dir: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A first error closes the app; closing fails too, and that escapes `App.run`."""
        real_run = CoachApp.run

        def headless_run(self: CoachApp, *args: object, **kwargs: object) -> int | None:
            return real_run(self, headless=True, size=(80, 24))

        def broken_start(self: CoachApp, routine: object) -> None:
            raise Injected("first")

        def broken_unmount(self: CoachApp) -> None:
            raise Injected("closing failed too")

        monkeypatch.setattr(CoachApp, "run", headless_run)
        monkeypatch.setattr(CoachApp, "start_routine", broken_start)
        monkeypatch.setattr(CoachApp, "on_unmount", broken_unmount)
        assert main(["run", str(MANUAL_AND_WAIT)]) == EXIT_UNEXPECTED_ERROR
        (log,) = logs(data_dir)
        logged = log.read_text(encoding="utf-8")
        assert logged.index("Injected: first") < logged.index("Injected: closing failed too")
        err = capsys.readouterr().err
        # Said once, after the terminal was restored (no session had started: in English).
        assert err == (
            f"{translate('shell.error.stopped', 'en')}\n"
            f"{translate('shell.error.log', 'en', path=log)}\n"
        )

    def test_the_apps_return_code_is_the_commands(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        def run(self: CoachApp, *args: object, **kwargs: object) -> None:
            self._return_code = 1  # what closing the problems dialog of an unusable FILE leaves

        monkeypatch.setattr(CoachApp, "run", run)
        broken = tmp_path / "broken.yaml"
        broken.write_text("title: Broken\nexercises:\n  - name: X\n    repz: 3\n", encoding="utf-8")
        assert main(["run", str(broken)]) == 1

    def test_help_lists_the_exit_codes(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit):
            main(["run", "--help"])
        out = capsys.readouterr().out
        assert "  1   FILE cannot be used" in out and "  70  an unexpected error" in out
