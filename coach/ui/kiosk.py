"""`KioskApp`: the coach in a clinic's waiting room, unattended all week.

    attract screen → [before steps: the red flags, always] → session → [after steps]  → summary
        ↑                                                                                  │
        └──────────── idle, an unexpected error, or the end of the summary ────────────────┘

Locked: the quit keys, the command palette and every quit action do nothing; only the staff's key
chord and PIN end it for good (STAFF_EXIT). In `coach kiosk`'s app process it also handles the
process's signals (coach.kiosk.signals): SIGTERM, or a terminal that hung up, end it and the
supervisor decides whether to start it again; every other signal is logged and ignored.

Each visitor starts from a fresh attract screen: the screens of the last visitor are gone, their
notices cleared and the sound set back to the kiosk's settings. An error in a screen is logged
with its traceback and the kiosk goes back to the attract screen; errors that keep coming end the
process with EXIT_CRASHED, and the supervisor starts it again.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from rich.console import Console, RenderableType
from textual import events
from textual.timer import Timer
from textual.worker import WorkerFailed

from coach.error_log import EXIT_UNEXPECTED_ERROR
from coach.i18n import translate
from coach.kiosk.chord import ChordMatcher
from coach.kiosk.config import KioskConfig
from coach.kiosk.pin import PinGate, PinOutcome, PinTallyStore, RateLimit
from coach.kiosk.signals import (
    ENDING,
    HANGUP,
    IGNORED,
    exit_code_for,
    signal_name,
    terminal_gone,
)
from coach.kiosk.supervisor import STAFF_EXIT
from coach.session.clock import Clock, MonotonicClock, ScaledClock
from coach.ui.app import CoachApp
from coach.ui.kiosk_theme import use_high_contrast
from coach.ui.screens.attract import AttractScreen
from coach.ui.screens.staff_exit import StaffExitScreen
from coach.ui.screens.still_there import StillThereScreen
from coach.ui.textual_private import RecoveringApp, forget_style_cache
from coach.visit.config import AppConfig
from coach.visit.flow import Visit, VisitSteps
from coach.visit.routine_list import RoutineEntry
from coach.visit.steps import default_steps

if TYPE_CHECKING:
    from coach.kiosk.counts import SessionCounts
    from coach.routine.model import Routine
    from coach.sound.player import SoundCues
    from coach.ui.messages import SessionFinished
    from coach.visit.runner import EventListener

EXIT_CRASHED: Final = EXIT_UNEXPECTED_ERROR  # 70, EX_SOFTWARE: the supervisor restarts it
LOCKED_KEYS: Final = frozenset({"ctrl+c", "ctrl+q", "ctrl+z", "ctrl+backslash", "ctrl+p"})
# Errors this close together mean the attract screen itself is failing: start a new process.
ERROR_BURST: Final = 5
ERROR_WINDOW_S: Final = 60.0
_ACTIVITY: Final = (
    events.Key,
    events.MouseDown,
    events.MouseUp,
    events.MouseScrollDown,
    events.MouseScrollUp,
)


class KioskApp(RecoveringApp, CoachApp):
    """The kiosk: `CoachApp` without the picker and without a way out but the staff PIN."""

    def __init__(
        self,
        config: AppConfig,
        kiosk: KioskConfig,
        entries: Sequence[RoutineEntry],
        *,
        clock: Clock,
        hooks: VisitSteps,
        sound: SoundCues | None = None,
        idle_clock: Clock | None = None,
        log: logging.Logger | None = None,
        counts: SessionCounts | None = None,
        pin_limit: RateLimit | None = None,
        pin_tally: PinTallyStore | None = None,
        pin_clock: Clock | None = None,
        idle_timer: bool = True,
        own_signals: bool = False,
    ) -> None:
        if counts is not None:
            hooks = replace(hooks, listeners=(*hooks.listeners, _count_with(counts)))
        super().__init__(config, clock=clock, hooks=hooks, sound=sound)
        self.kiosk = kiosk
        self.entries = tuple(entries)
        self.idle_clock = idle_clock or MonotonicClock()
        self.log_file = log or logging.getLogger("coach.kiosk")
        self.pin_gate = (
            PinGate(
                kiosk.pin_hash,
                pin_clock or self.idle_clock,
                pin_limit,
                tally=pin_tally,
                on_failure=self._pin_tally_failed,
            )
            if kiosk.pin_hash
            else None
        )
        self._chord = ChordMatcher(kiosk.staff_exit, self.idle_clock)
        self._last_activity = self.idle_clock.now()
        self._idle_timer: Timer | None = None
        self.idle_check_in = 0.0  # seconds until the idle timer next fires (for tests)
        # Off when a test drives a fake idle clock itself: a real timer set from fake times
        # would fire at moments the test did not choose.
        self._idle_timer_on = idle_timer
        self._staff_leaving = False
        self._own_signals = own_signals
        self._ending_on_signal = False
        self._resetting = False
        self._reset_again = False
        self._errors: list[float] = []
        self.visits = 0  # attract screens shown (the soak benchmark counts them)

    @property
    def clinic_title(self) -> str:
        return self.kiosk.title or translate("kiosk.default_title", self.config.ui_lang)

    # --- the attract screen ---------------------------------------------------------------

    def on_mount(self) -> None:
        # CoachApp.on_mount runs after this one (Textual calls each class's handler) and opens
        # the "picker": `open_picker` below shows the attract screen instead.
        if self.kiosk.high_contrast:
            use_high_contrast(self)
        self.log_file.info("kiosk started")
        if self._own_signals:
            self._handle_signals()
        self._arm_idle()

    # --- signals (coach.kiosk.signals says which, and why) ---------------------------------

    def _handle_signals(self) -> None:
        """Take over every signal the process handles, in this app's event loop. Here, not
        before: Textual's driver sets its own for SIGTSTP (it would stop the process) and
        SIGCONT as it starts, and puts SIGTTIN and SIGTTOU back to their defaults (stopping)."""
        loop = asyncio.get_running_loop()
        for signum in IGNORED:
            loop.add_signal_handler(signum, self._signal_ignored, signum)
        loop.add_signal_handler(HANGUP, self._signal_hangup, HANGUP)
        loop.add_signal_handler(ENDING, self._signal_ending, ENDING)

    def _signal_ignored(self, signum: int) -> None:
        self.log_file.info("app: %s received: ignored", signal_name(signum))

    def _signal_hangup(self, signum: int) -> None:
        if terminal_gone(0):
            self.log_file.info("app: SIGHUP received and the terminal is gone: ending")
            self._end_on_signal(signum)
        else:
            self.log_file.info("app: SIGHUP received, the terminal is still there: ignored")

    def _signal_ending(self, signum: int) -> None:
        self.log_file.info("app: %s received: ending", signal_name(signum))
        self._end_on_signal(signum)

    def _end_on_signal(self, signum: int) -> None:
        """End the app tidily (the terminal as it was); the supervisor starts it again unless
        it is stopping too."""
        self._ending_on_signal = True
        if self.session is not None:
            self.session.end()
        self.exit(return_code=exit_code_for(signum))

    def open_picker(self) -> None:
        """There is no picker in a kiosk: after a session (or a step said no), the attract
        screen, fresh."""
        self.return_to_attract()

    def on_attract_screen_chosen(self, message: AttractScreen.Chosen) -> None:
        self._activity()
        self.start_routine(message.routine)

    def return_to_attract(self) -> None:
        """End whatever is under way and show a fresh attract screen (soon, not at once: this
        may be called from inside a screen that is about to go)."""
        if self._resetting:
            self._reset_again = True  # e.g. the new attract screen failed as it was built
            return
        self._resetting = True
        self.call_later(self._reset_to_attract)

    async def _reset_to_attract(self) -> None:
        try:
            self.workers.cancel_group(self, "session")
            runner, self.session = self.session, None
            if runner is not None:
                runner.end()  # its events say it ended; the sound stops
            self._schedule_wake(None)
            self.clear_notifications()
            while len(self.screen_stack) > 1:
                await self.pop_screen()
            self._reset_sound()
            forget_style_cache()  # one visitor's screens go entirely, memory and all
            await self.push_screen(AttractScreen(self.clinic_title, self.entries, self.lang))
            self.visits += 1
        finally:
            self._resetting = False
            self._activity()
            if self._reset_again:
                self._reset_again = False
                self.return_to_attract()

    def _reset_sound(self) -> None:
        """Volume and mute back to the kiosk's settings: one visitor's choice is theirs only."""
        self.change_volume(-100)
        self.change_volume(self.config.volume)
        if self.sound_muted != self.config.mute:
            self.toggle_mute()

    def on_session_finished(self, message: SessionFinished) -> None:
        # The timer ran until now: idle time counts from the summary, not from the last key.
        self._activity()

    def start_routine(self, routine: Routine) -> None:
        self.log_file.info("session of %r starting", routine.title)
        super().start_routine(routine)

    # --- idle -----------------------------------------------------------------------------

    def _activity(self) -> None:
        self._last_activity = self.idle_clock.now()

    def _session_running(self) -> bool:
        """A session whose timer runs (not paused, not waiting for the visitor)."""
        runner = self.session
        if runner is None or not runner.started or runner.finished:
            return False
        engine = runner.engine
        return not engine.paused and not engine.waiting and engine.next_deadline() is not None

    def check_visitor(self) -> None:
        """Go back to the attract screen if the visitor has gone (the idle timer calls this; tests
        call it after moving the fake clock)."""
        now = self.idle_clock.now()
        screen = self.screen
        if self._session_running() or isinstance(screen, AttractScreen):
            self._last_activity = now  # nothing to time out: check again a timeout from now
        if isinstance(screen, StillThereScreen):
            screen.show_left()
            if screen.left() <= 0:
                self.log_file.info("no answer to 'still there?': back to the start")
                self.return_to_attract()
        elif now - self._last_activity >= self.kiosk.idle_timeout:
            if self.session is not None and self.session.started and not self.session.finished:
                self.push_screen(
                    StillThereScreen(self.lang, self.idle_clock, self.kiosk.still_there_timeout),
                    lambda _: self._activity(),
                )
            else:
                self.return_to_attract()
        self._arm_idle()

    def _arm_idle(self) -> None:
        """One timer, for the next moment the idle state could change."""
        if self._idle_timer is not None:
            self._idle_timer.stop()
        screen = self.screen if self.screen_stack else None
        if isinstance(screen, StillThereScreen):
            delay = screen.left()
        else:
            delay = self._last_activity + self.kiosk.idle_timeout - self.idle_clock.now()
        self.idle_check_in = max(0.5, delay)
        if self._idle_timer_on:
            self._idle_timer = self.set_timer(
                self.idle_check_in, self._on_idle_timer, name="kiosk-idle"
            )

    def _on_idle_timer(self) -> None:
        self._idle_timer = None  # it has fired: stopping it now would cancel this very call
        self.check_visitor()

    # --- keys: the locks and the staff chord ----------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            if isinstance(event, _ACTIVITY):
                self._activity()
            if isinstance(event, events.Key):
                if self._chord.is_part(event.key):
                    if self._chord.feed(event.key):
                        self.open_staff_exit()
                    return  # chord keys are the staff's: no screen sees them
                self._chord.feed(event.key)
                if event.key in LOCKED_KEYS:
                    self.log_file.info("%s pressed: ignored", event.key)
                    return
        await super().on_event(event)

    async def action_quit(self) -> None:
        """Locked (ctrl+q and every `app.quit`)."""

    def action_help_quit(self) -> None:
        """Locked (ctrl+c)."""

    def action_suspend_process(self) -> None:
        """Locked (ctrl+z)."""

    def action_command_palette(self) -> None:
        """Locked: the palette offers Quit."""

    def exit(self, result: int | None = None, return_code: int = 0, message: object = None) -> None:
        """Only the staff PIN ends the kiosk; any other way out (the summary's Quit) leads back
        to the attract screen."""
        if self._staff_leaving or self._ending_on_signal:
            super().exit(result, return_code)
        else:
            self.return_to_attract()

    def open_staff_exit(self) -> None:
        """The chord was pressed: ask for the PIN."""
        if not isinstance(self.screen, StaffExitScreen):
            self.log_file.info("staff exit chord pressed")
            # The session waits behind the dialog (a hold must not run on unseen), and stays
            # paused after Esc: the visitor, who may have looked away, goes on with Space.
            if self.session is not None:
                self.session.pause()
            self.push_screen(StaffExitScreen(self.pin_gate, self.lang))

    def _pin_tally_failed(self, error: OSError) -> None:
        self.log_file.error(
            "the shared wrong-PIN count failed, this process counts alone: %s", error
        )

    def log_pin_attempt(self, outcome: PinOutcome) -> None:
        """Write the attempt's outcome (never the PIN) to the log."""
        wrong = self.pin_gate.wrong_in_a_row if self.pin_gate is not None else 0
        self.log_file.info("staff PIN %s (wrong in a row: %d)", outcome.value, wrong)

    def on_staff_exit_screen_answered(self, message: StaffExitScreen.Answered) -> None:
        if message.outcome is PinOutcome.RIGHT:
            self.leave()
        self.log_pin_attempt(message.outcome)

    @property
    def staff_left(self) -> bool:
        """Whether the app ended because staff gave the right PIN (and only then)."""
        return self._staff_leaving and self.return_code == STAFF_EXIT

    def leave(self) -> None:
        """The right PIN: end the kiosk for good with STAFF_EXIT (the supervisor does not
        restart it)."""
        self.log_file.info("staff exit")
        self._staff_leaving = True
        if self.session is not None:
            self.session.end()
        self.exit(return_code=STAFF_EXIT)

    # --- errors: log them, never show them --------------------------------------------------

    def on_unexpected_error(self, error: Exception) -> None:
        """The kiosk's answer to an unexpected error: log it and start afresh. `RecoveringApp`
        calls this for an error in the app's own messages, and for one anywhere else: in a screen
        or widget (whose loop then stops: `_reset_to_attract` removes it), a worker, a timer, or
        a callback. Unlike CoachApp, the kiosk does not keep the error for `run_test` to raise:
        it recovered."""
        self._recover(error)

    def _recover(self, error: Exception) -> None:
        """Log `error` with its traceback and go back to the attract screen; when errors keep
        coming (the attract screen itself fails), end with EXIT_CRASHED for a new process."""
        original = error.error if isinstance(error, WorkerFailed) else error
        self.log_file.error(
            "unexpected error", exc_info=(type(original), original, original.__traceback__)
        )
        now = self.idle_clock.now()
        self._errors = [t for t in self._errors if now - t < ERROR_WINDOW_S] + [now]
        if len(self._errors) >= ERROR_BURST or self._staff_leaving:
            self.log_file.error("the kiosk cannot go on: ending for the supervisor to restart")
            super().exit(return_code=EXIT_CRASHED)  # past the kiosk's own `exit`
            return
        self.return_to_attract()

    def panic(self, *renderables: RenderableType) -> None:
        """Textual's way out when it cannot go on (its input thread failed): what it would print
        goes to the log, never to the visitor's screen."""
        try:
            for renderable in renderables:
                self.log_file.error("Textual ended the app:\n%s", _as_text(renderable))
        finally:
            super().panic()  # ends the app (and prints nothing: no renderables)


def _as_text(renderable: RenderableType) -> str:
    """`renderable` (a Rich traceback, say) as plain text for the log."""
    text = io.StringIO()
    Console(file=text, width=100, color_system=None).print(renderable)
    return text.getvalue()


def _count_with(counts: SessionCounts) -> Callable[[Visit], EventListener | None]:
    def factory(visit: Visit) -> EventListener | None:
        return counts.listener(visit.routine.title)

    return factory


def make_kiosk_app(
    config: AppConfig,
    kiosk: KioskConfig,
    entries: Sequence[RoutineEntry],
    *,
    clock: Clock | None = None,
    sound: SoundCues | None = None,
    hooks: VisitSteps | None = None,
    idle_clock: Clock | None = None,
    log: logging.Logger | None = None,
    counts: SessionCounts | None = None,
    pin_limit: RateLimit | None = None,
    pin_tally: PinTallyStore | None = None,
    pin_clock: Clock | None = None,
    idle_timer: bool = True,
    own_signals: bool = False,
) -> KioskApp:
    """The kiosk app; `config.kiosk` must be set (the steps read it: red flags every time, no
    history). `hooks` defaults to `default_steps(config)`, plus the anonymous counts if given;
    `idle_timer=False` leaves calling `check_visitor` to the caller (tests on a fake clock);
    `pin_tally` is where wrong PINs are counted (`coach kiosk` shares a file between processes)
    and `pin_clock` the clock its waits are measured on (default: `idle_clock`); `own_signals`
    lets the app handle the process's signals (`coach kiosk`'s app process, never a test)."""
    if not config.kiosk:
        raise ValueError("a kiosk app needs AppConfig(kiosk=True)")
    if clock is None:
        clock = ScaledClock(config.speed) if config.speed != 1 else MonotonicClock()
    if hooks is None:
        hooks = default_steps(config)
    return KioskApp(
        config,
        kiosk,
        entries,
        clock=clock,
        hooks=hooks,
        sound=sound,
        idle_clock=idle_clock,
        log=log,
        counts=counts,
        pin_limit=pin_limit,
        pin_tally=pin_tally,
        pin_clock=pin_clock,
        idle_timer=idle_timer,
        own_signals=own_signals,
    )
