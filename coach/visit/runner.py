"""`SessionRunner`: drives one engine against a clock, waking exactly at its deadlines.

No Textual here: the app hands in `schedule`, a function that arranges one call of `wake()` after
a delay in real seconds (or cancels it when given None). The runner never polls; it asks the
engine when something next changes (an event, or the whole second a countdown shows) and sleeps
until then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from coach.session.clock import Clock
from coach.session.engine import Engine, SessionSummary
from coach.session.events import Event

EventListener = Callable[[Sequence[Event]], None]
"""Anything that wants the engine's events: SoundCues.handle, an EventLog, a history recorder."""

Schedule = Callable[[float | None], None]
"""Arrange the next `wake()` after this many real seconds; None: no wake is needed. The app turns
the delay into an absolute moment on the monotonic clock at once (`loop.call_at`), so the time
spent after the call does not push the wake later."""

ViewUpdate = Callable[[Sequence[Event], float], None]
"""Called after every engine call, with its events (maybe none) and the clock's `now`."""

# The app wakes with asyncio's `call_at`, which never runs a callback before its moment (Textual's
# timers woke up to half a millisecond early, hence a margin once): none is needed now.
_WAKE_MARGIN_S: Final = 0.0


class SessionRunner:
    """One session: the engine, its clock, and everyone who listens to its events.

    `listeners` get every non-empty batch of events, in order; `view` gets every batch, empty
    ones too (a countdown's whole second changed), after the listeners. `on_finished` is called
    once, with the summary, when the session completes or is ended.
    """

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        schedule: Schedule,
        *,
        speed: float = 1.0,
        listeners: Sequence[EventListener] = (),
        view: ViewUpdate | None = None,
        on_finished: Callable[[SessionSummary], None] | None = None,
    ) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be positive, not {speed:g}")
        self.engine: Final = engine
        self.clock: Final = clock
        self.speed: Final = speed
        self.listeners: list[EventListener] = list(listeners)
        self.view = view
        self._schedule = schedule
        self._on_finished = on_finished
        self._finish_told = False

    @property
    def started(self) -> bool:
        return self.engine.started

    @property
    def finished(self) -> bool:
        return self.engine.finished

    def now(self) -> float:
        """The session clock's reading."""
        return self.clock.now()

    def start(self) -> list[Event]:
        """Start the session now."""
        now = self.clock.now()
        return self._after(self.engine.start(now), now)

    def wake(self) -> list[Event]:
        """The scheduled moment has come (or a test says so): tick the engine."""
        if not self.engine.started or self.engine.finished:
            return []
        now = self.clock.now()
        return self._after(self.engine.tick(now), now)

    # Commands from the patient; each does nothing before the start or after the end.
    def toggle_pause(self) -> list[Event]:
        return self._command(self.engine.toggle_pause)

    def pause(self) -> list[Event]:
        return self._command(self.engine.pause)

    def resume(self) -> list[Event]:
        return self._command(self.engine.resume)

    def skip(self) -> list[Event]:
        return self._command(self.engine.skip)

    def back(self) -> list[Event]:
        return self._command(self.engine.back)

    def proceed(self) -> list[Event]:
        """Enter: continue early from a get-ready, rest or set break, or count a manual rep."""
        return self._command(self.engine.proceed)

    def end(self) -> list[Event]:
        return self._command(self.engine.end)

    def _command(self, command: Callable[[float], list[Event]]) -> list[Event]:
        if not self.engine.started or self.engine.finished:
            return []
        now = self.clock.now()
        return self._after(command(now), now)

    def _after(self, events: list[Event], now: float) -> list[Event]:
        # The next wake first: it is an absolute moment, so nothing done below can make it late
        # (a listener that pauses or ends the session reschedules again, and that one counts).
        self._reschedule()
        if events:
            for listener in self.listeners:
                listener(events)
        if self.view is not None:
            self.view(events, now)
        if self.engine.finished and not self._finish_told:
            self._finish_told = True
            if self._on_finished is not None:
                self._on_finished(self.engine.summary(now))
        return events

    def _reschedule(self) -> None:
        deadline = self.engine.next_deadline()
        if deadline is None:
            self._schedule(None)
            return
        # Read the clock again: the engine call took some of the time.
        delay = max(0.0, deadline - self.clock.now()) / self.speed
        self._schedule(delay + _WAKE_MARGIN_S)
