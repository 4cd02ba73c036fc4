"""`CoachApp` and `make_app`, the one way the command line and the tests build it.

The app owns the session's only timer: after every engine call the `SessionRunner` asks the
engine for its next deadline, and the app has the event loop call it back at exactly that moment
(in real seconds: the clock may run `speed` times faster). Between deadlines nothing runs.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Final

from rich.text import Text
from textual import events
from textual.worker import WorkerFailed

from coach.error_log import (
    EXIT_UNEXPECTED_ERROR,
    new_error_log_path,
    unexpected_error_text,
    write_error_log,
)
from coach.i18n import Language, translate
from coach.session.clock import Clock, MonotonicClock, ScaledClock
from coach.ui.textual_private import ErrorHookApp
from coach.visit.config import AppConfig
from coach.visit.flow import Visit, VisitSteps

# Only what the first frame needs is imported up here: `coach run` shows the routine's title
# before the loader, the engine and the session screen are even imported (bench/startup.py).
if TYPE_CHECKING:
    from coach.routine.model import Routine
    from coach.routine.problems import Problem
    from coach.session.eventlog import EventLog
    from coach.session.events import Event
    from coach.sound.player import SoundCues
    from coach.store.recorder import SessionRecorder
    from coach.ui.messages import ChangeVolume, OpenHistory, SoundAsked, ToggleMute
    from coach.ui.screens.picker import PickerScreen
    from coach.ui.screens.session import SessionScreen
    from coach.visit.runner import EventListener, SessionRunner

# `coach run FILE` with a FILE that cannot be used (after its problems were shown).
EXIT_UNUSABLE_ROUTINE: Final = 1


class CoachApp(ErrorHookApp):
    """The picker, the session and the summary, with sound and the events file."""

    CSS_PATH = "app.tcss"
    TITLE = "coach"
    ENABLE_COMMAND_PALETTE = False
    # Size classes on every screen; app.tcss hides what does not fit. (Not annotated ClassVar:
    # Textual declares them as plain attributes, and mypy rejects the override.)
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (60, "-medium"),
        (80, "-wide"),
        (120, "-very-wide"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-short"),
        (20, "-medium-height"),
        (24, "-tall"),
        (36, "-very-tall"),
    ]

    def __init__(
        self,
        config: AppConfig,
        *,
        clock: Clock,
        hooks: VisitSteps,
        sound: SoundCues | None = None,
        routine: Routine | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.clock = clock
        self.hooks = hooks
        self._routine = routine
        self._sound = sound
        self._sound_given = sound is not None  # then it is the caller's to close
        self._volume = config.volume
        self._muted = config.mute
        self.session: SessionRunner | None = None
        self._wake: asyncio.TimerHandle | None = None
        self._event_log: EventLog | None = None
        self._event_writer: ThreadPoolExecutor | None = None
        self._event_log_failed = False
        # After an unexpected error: this run's log, why it couldn't be written, the language to
        # say so in (None: no error ended the app), and whether that was said.
        self._error_log: Path | None = None
        self._error_log_failure: str | None = None
        self._ended_by_error: Language | None = None
        self._error_said = False
        # Each visit's recorder and language: writes that still wait for the history file when
        # the app ends are lost, and the patient is told so.
        self._recorders: list[tuple[SessionRecorder, Language]] = []
        self._ui_thread = threading.get_ident()  # the app's own thread (again on `Load`)

    @property
    def lang(self) -> Language:
        """The language of the screen on top."""
        lang: Language = getattr(self.screen, "lang", self.config.ui_lang)
        return lang

    # --- start and stop -------------------------------------------------------------------

    def on_load(self) -> None:
        self._ui_thread = threading.get_ident()

    def on_mount(self) -> None:
        self.title = translate("app.title", self.config.ui_lang)
        run = self.config.run
        if self.config.open_history:
            self.open_history(quit_after=True)
        elif run is None:
            self.open_picker()
        elif self._routine is not None:
            self.start_routine(self._routine)
        else:
            # deferred: only `coach run FILE` needs these (not the picker's first frame)
            from coach.routine.peek import peek_title
            from coach.ui.screens.loading import LoadingScreen

            self.push_screen(LoadingScreen(peek_title(run)))
            self.call_after_refresh(self._load_run)

    def _load_run(self) -> None:
        """Load `config.run` (after the first frame) and start it, or show why it cannot be."""
        # deferred: the loader (yaml) comes after the first frame (bench/startup.py)
        from coach.routine.loader import check_routine

        run = self.config.run
        assert run is not None
        routine, found = check_routine(run, self.config.lang)
        if routine is not None:
            self.start_routine(routine)
            return
        problems: list[Problem] = [p for p in found if p.severity == "error"]
        # deferred: only a routine with problems needs it
        from coach.ui.screens.problems import ProblemsScreen

        self.pop_screen()  # the loading screen
        # `coach run FILE` asked for this file only: once the reasons are read, the command
        # ends, and says with its exit code that it failed (scripts and kiosks can tell).
        self.push_screen(
            ProblemsScreen(
                run, problems, self.config.ui_lang, missing=not run.exists(), ends_coach=True
            ),
            callback=lambda _: self.exit(EXIT_UNUSABLE_ROUTINE, EXIT_UNUSABLE_ROUTINE),
        )

    def open_picker(self) -> None:
        """Show the picker (the one below, if it is in the stack)."""
        from coach.ui.screens.picker import PickerScreen  # not needed for `coach run`'s first frame

        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen):
                while self.screen is not screen:
                    self.pop_screen()
                return
        picker_config = self.config
        if self.config.run is not None and self.config.run not in self.config.picker_paths:
            # After `coach run FILE`, the picker offers FILE again.
            picker_config = replace(
                self.config, picker_paths=(*self.config.picker_paths, self.config.run)
            )
        self.push_screen(PickerScreen(picker_config))

    def open_history(self, *, quit_after: bool = False) -> None:
        """Show the history screen (the picker's h); with `quit_after`, closing it quits."""
        from coach.ui.screens.history import HistoryScreen  # imports plotext: only when asked

        screen = HistoryScreen(self.config.data_dir, self.config.ui_lang)
        self.push_screen(screen, callback=(lambda _: self.exit(0)) if quit_after else None)

    def on_picker_screen_chosen(self, message: PickerScreen.Chosen) -> None:
        self.start_routine(message.routine)

    def start_routine(self, routine: Routine) -> None:
        """Run `routine` as a visit: the before-steps, the session, the after-steps and the
        summary."""
        self.run_worker(
            self._session_flow(routine), name="session", group="session", exclusive=True
        )

    async def action_quit(self) -> None:
        """Quit; a session under way is ended first, so its events say how it ended."""
        if self.session is not None:
            self.session.end()
        self.exit(0, message=self._unsaved_line())

    def _unsaved_line(self) -> Text | None:
        """The calm line for the terminal when a session's writes still wait for the history
        file as the app ends (they die with it); None when nothing is lost."""
        for recorder, lang in self._recorders:
            report = recorder.report()
            if report is not None and report.waiting:
                return Text(translate("ui.unsaved.lost", lang))
        return None

    def on_unmount(self) -> None:
        if self.session is not None:  # closed some other way than q or ctrl+q: say so too
            self.session.end()
        self._schedule_wake(None)
        if self._sound is not None and not self._sound_given:
            self._sound.close()
        if self._event_writer is not None:  # every line queued is written before the close
            self._event_writer.shutdown(wait=True)
        if self._event_log is not None:
            self._event_log.close()

    # --- unexpected errors ----------------------------------------------------------------

    def on_unexpected_error(self, error: Exception) -> None:
        """A bug (`ErrorHookApp` calls this with every error nothing caught, wherever it
        happened): write it to the error log and close the app; once the terminal is restored,
        one calm line (in the session's language, naming the log) says so. Exit code 70.

        Kiosk mode overrides this to go back to its attract screen (`log_unexpected_error`
        writes the log for it too).
        """
        self.log_unexpected_error(error)
        if self._ended_by_error is not None:  # closing already; the line is on its way
            self.exit(return_code=EXIT_UNEXPECTED_ERROR)
            return
        # The first error's language: later ones may be in the middle of closing the screens.
        self._ended_by_error = self._error_lang()
        # Textual prints the exit message once the terminal is restored; soft wrap, so that
        # Rich neither folds the log's path at the terminal's width nor crops it: it must stay
        # copyable.
        self.error_console.soft_wrap = True
        self.exit(return_code=EXIT_UNEXPECTED_ERROR, message=_UnexpectedErrorLine(self))

    def log_unexpected_error(self, error: BaseException) -> Path:
        """Append `error` and its traceback to this run's error log (in the data folder's
        `logs/`, else the temporary folder) and return its path."""
        # A failed worker's own traceback is empty: the error inside it is the news.
        original = error.error if isinstance(error, WorkerFailed) else error
        if self._error_log is None:
            self._error_log = new_error_log_path(self.config.data_dir)
        failure = write_error_log(self._error_log, original)
        self._error_log_failure = self._error_log_failure or failure
        return self._error_log

    def ended_by_outside_error(self, error: BaseException) -> int:
        """`run()` itself raised (an error while shutting down): log it with the others, say so
        once, and return the exit code."""
        self.log_unexpected_error(error)
        if self._ended_by_error is None:
            self._ended_by_error = self._error_lang()
        self._say_unexpected_error()
        return EXIT_UNEXPECTED_ERROR

    def _say_unexpected_error(self) -> None:
        """Print the calm line, unless Textual printed it already (an error escaped `run()`)."""
        text = self.calm_error_line()
        if text is not None:
            print(text, file=sys.stderr, flush=True)

    def calm_error_line(self) -> str | None:
        """The calm line about the unexpected error that ended the app, the first time it is
        asked for (it is said once); None if there is nothing (more) to say."""
        if self._ended_by_error is None or self._error_log is None or self._error_said:
            return None
        self._error_said = True
        return unexpected_error_text(self._ended_by_error, self._error_log, self._error_log_failure)

    def _error_lang(self) -> Language:
        try:
            return self.lang
        except Exception:  # no screen left to ask
            return self.config.ui_lang

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Snapshots must not depend on when a blinking cursor was caught.
        if self.is_headless and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False

    # --- the session ----------------------------------------------------------------------

    async def _session_flow(self, routine: Routine) -> None:
        # deferred: the visit's screens come after the first frame (bench/startup.py)
        from coach.ui.visit_ui import TextualVisitUI
        from coach.visit.ui import AfterSummary

        visit = Visit(
            self.config,
            routine,
            steps=self.hooks,
            clock=self.clock,
            schedule=self._schedule_wake,
            sound=self._session_sound,
            events_log=self._event_log_listener,
        )
        try:
            choice = await visit.run(TextualVisitUI(self, visit.lang))
        finally:
            if visit.state.recorder is not None:
                self._recorders.append((visit.state.recorder, visit.lang))
        if choice is AfterSummary.PICKER:
            self._leave_preview(visit.lang)
        if choice is AfterSummary.QUIT:
            self.exit(0, message=self._unsaved_line())
        else:
            self.open_picker()

    def _leave_preview(self, lang: Language) -> None:
        """Back to the routines after a preview: what comes next is a session like any other,
        at speed 1 and saved (an author who wants another preview runs `--speed` again)."""
        if not self.config.preview or self.config.kiosk:
            return
        self.config = replace(self.config, speed=1.0)
        if isinstance(self.clock, ScaledClock):
            self.clock = MonotonicClock()
        # `--no-checkins` stays: say so, or the next session would look like a patient's.
        key = "ui.notice.preview_over"
        if self.config.checkins_skipped:
            key = "ui.notice.preview_over.no_checkins"
        self.notify(translate(key, lang), timeout=8)

    def tick(self) -> list[Event]:
        """Tick the session now: the timer does it at each deadline, tests after moving a
        FakeClock."""
        return self.session.wake() if self.session is not None else []

    def _schedule_wake(self, delay: float | None) -> None:
        """The runner's `schedule`: wake `delay` real seconds from now (None: not at all).

        An absolute moment on the event loop's monotonic clock (`call_at`), fixed now: a Textual
        timer counts its delay from when its task first runs, which on a busy loop (a frame
        being drawn) is tens of milliseconds later, and every countdown tick was that late.
        """
        if self._wake is not None:
            self._wake.cancel()
            self._wake = None
        if delay is not None:
            loop = asyncio.get_running_loop()
            self._wake = loop.call_at(loop.time() + delay, self._on_wake)

    def _on_wake(self) -> None:
        self._wake = None
        # A plain loop callback: an error here would only reach asyncio's log, so hand it to
        # the app's handler like an error in a Textual timer.
        try:
            self.tick()
        except Exception as error:
            self.call_later(_raise, error)

    # --- sound ----------------------------------------------------------------------------

    async def _session_sound(self, routine: Routine, lang: Language) -> EventListener:
        """The sound of a session of `routine`: each session its routine's own sounds
        (`sounds:`), and none of the previous one's; a file that went missing since it was
        checked is a notice, and coach's sound plays."""
        sound = await self._sound_for(lang)
        sound.set_overrides(routine.sounds)
        return sound.handle

    async def _sound_for(self, lang: Language) -> SoundCues:
        """The sound, built at the first session (in a thread: choosing a backend may run a
        player program) and kept for the next ones, speaking each session's language."""
        if self._sound is None:
            self._sound = await asyncio.to_thread(self._make_sound, lang)
        self._sound.lang = lang
        return self._sound

    def _make_sound(self, lang: Language) -> SoundCues:
        """Build the sound in a thread: choosing a backend may run a player program."""
        # deferred: the audio backends come after the first frame (bench/startup.py)
        from coach.sound.player import make_sound_cues

        return make_sound_cues(
            lang,
            volume=self._volume,
            muted=self._muted,
            voice=self.config.voice,
            bell=self.bell,
            notify=self.notify_from_any_thread,
        )

    def notify_from_any_thread(self, text: str) -> None:
        """Show a sound notice; the sound calls this from its worker thread while starting and
        from the app's own thread when a device stops working mid-session."""
        if threading.get_ident() == self._ui_thread:
            self.notify(text, timeout=4)
        else:
            self.call_from_thread(self.notify, text, timeout=4)

    @property
    def sound_status(self) -> str:
        """ "Sound 80 %", "Sound muted"…; empty until the sound is ready."""
        return self._sound.status_text if self._sound is not None else ""

    @property
    def sound_muted(self) -> bool:
        return self._sound.muted if self._sound is not None else self._muted

    def toggle_mute(self) -> None:
        """Mute or unmute (m)."""
        if self._sound is not None:
            self._muted = self._sound.toggle_mute()
        else:
            self._muted = not self._muted

    def change_volume(self, delta: int) -> None:
        """Louder or quieter by `delta` (+ and -)."""
        volume = self._sound.volume if self._sound is not None else self._volume
        self._volume = max(0, min(100, volume + delta))
        if self._sound is not None:
            self._volume = self._sound.set_volume(self._volume)

    # --- the events file ------------------------------------------------------------------

    def _event_log_listener(self) -> Sequence[EventListener]:
        """The events file as a listener (opened at the first session; appended to after)."""
        if self.config.events is None or self._event_log_failed:
            return ()
        if self._event_log is None:
            # deferred: only with --events, after the first frame (bench/startup.py)
            from coach.session.eventlog import EventLog

            try:
                self._event_log = EventLog(self.config.events)
            except OSError as err:
                self._events_failed(err)
                return ()
        return (self._write_events,)

    def _write_events(self, events: Sequence[Event]) -> None:
        """Hand `events` to the events file's own thread: disk stays off the wake path (a slow
        disk would make the next wake late), and one thread keeps the lines in order."""
        log = self._event_log
        if log is None:
            return
        if self._event_writer is None:
            self._event_writer = ThreadPoolExecutor(1, thread_name_prefix="coach-events")
        loop = asyncio.get_running_loop()
        self._event_writer.submit(_write_event_lines, log, list(events), loop, self._events_failed)

    def _events_failed(self, err: OSError) -> None:
        if self._event_log_failed:  # the lines queued behind the first failure fail too
            return
        self._event_log_failed = True
        if self._event_log is not None:
            log, self._event_log = self._event_log, None
            if self._event_writer is not None:
                self._event_writer.submit(log.close)
            else:
                log.close()
        reason = err.strerror or str(err)
        self.notify(translate("ui.notice.events_failed", self.lang, reason=reason), timeout=8)

    # --- what the screens ask (they post; the app, which owns it, does it) -----------------

    def on_session_screen_opened(self, message: SessionScreen.Opened) -> None:
        self._answer_sound(message)

    def on_toggle_mute(self, message: ToggleMute) -> None:
        self.toggle_mute()
        self._answer_sound(message)

    def on_change_volume(self, message: ChangeVolume) -> None:
        self.change_volume(message.delta)
        self._answer_sound(message)

    def _answer_sound(self, message: SoundAsked) -> None:
        """Tell the screen that asked how the sound is now."""
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.ui.messages import SoundChanged

        message.asker.post_message(SoundChanged(self.sound_muted))

    def on_open_history(self, _: OpenHistory) -> None:
        self.open_history()


class _UnexpectedErrorLine:
    """The calm line, as the exit message Textual prints once the terminal is restored; made
    then, so that it names the log as it ended up (and is not said twice)."""

    def __init__(self, app: CoachApp) -> None:
        self._app = app

    def __rich__(self) -> Text:
        return Text(self._app.calm_error_line() or "")


def _raise(error: Exception) -> None:
    """Raise `error` again inside a Textual callback, where the app's unexpected-error handling
    (`on_unexpected_error`) hears it as it hears an error in a Textual timer."""
    raise error


def _write_event_lines(
    log: EventLog,
    events: Sequence[Event],
    loop: asyncio.AbstractEventLoop,
    failed: Callable[[OSError], None],
) -> None:
    """On the events file's thread: append the lines; a failure goes back to the app's loop
    (without waiting for it: the app may be waiting for this thread while it closes)."""
    try:
        log(events)
    except OSError as err:  # the disk filled up: the session matters more than the file
        loop.call_soon_threadsafe(failed, err)
    except ValueError:  # closed after an earlier failure
        pass


def make_app(
    config: AppConfig,
    *,
    clock: Clock | None = None,
    sound: SoundCues | None = None,
    hooks: VisitSteps | None = None,
    routine: Routine | None = None,
) -> CoachApp:
    """The app for `config`; the command line and the tests both build it here.

    `clock` defaults to the real clock (scaled by `config.speed`); `sound` to the sound that works
    on this machine, built when the first session starts; `hooks` to `default_steps(config)`;
    `routine` is `config.run` already loaded (the command line checks it before starting).
    """
    if clock is None:
        clock = ScaledClock(config.speed) if config.speed != 1 else MonotonicClock()
    if hooks is None:
        # deferred: tests hand in their own steps, and `import coach.ui.app` stays small
        from coach.visit.steps import default_steps

        hooks = default_steps(config)
    return CoachApp(config, clock=clock, hooks=hooks, sound=sound, routine=routine)
