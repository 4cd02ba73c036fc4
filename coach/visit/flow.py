"""`Visit`: one run of a routine through its steps, with no user interface of its own.

    [before steps] → session → [after steps] → summary

A *step* is `async def step(visit, ui) -> bool`: it decides whether it is due this time, asks
through `ui` (a `VisitUI`), and writes the answers to `visit.state`; False sends the patient
back to the routines (a before-step's "back"; an after-step's result is not used). A *listener
factory* returns one more listener for the engine's events (a history recorder), or None; it may
be async (opening the history runs in a thread).

The app hands the visit its collaborators: the session clock, `schedule` (its wake timer), the
sound, the events file, and the wall clock `now`. The store reads and writes of the steps run in
`visit.io(...)`, a thread of the visit's own: never on the UI's loop, and the visit waits for
them when it closes.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Final, TypeVar

from coach.session.clock import Clock
from coach.visit.config import AppConfig
from coach.visit.state import VisitState
from coach.visit.summary import pain_needs_care, saved_text

if TYPE_CHECKING:  # types only: the app imports this module before its first frame
    from coach.i18n import Language
    from coach.routine.model import Routine
    from coach.session.engine import SessionSummary
    from coach.visit.runner import EventListener, Schedule, SessionRunner
    from coach.visit.ui import AfterSummary, VisitUI

T = TypeVar("T")

# How long the UI's loop waits for a store read or write before going on without it (see
# `Visit.io`): well above a read of a healthy file, well below what a patient notices.
IO_GRACE_S: Final = 0.1

Step = Callable[["Visit", "VisitUI"], Awaitable[bool]]
ListenerFactory = Callable[["Visit"], "EventListener | Awaitable[EventListener | None] | None"]
SessionSound = Callable[["Routine", "Language"], Awaitable["EventListener"]]
"""The sound for a session in this language: its listener (built at the first session)."""


def local_now() -> datetime:
    """The wall clock with the patient's time zone, as the history's times have it."""
    return datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class VisitSteps:
    """Where the safety and history features plug into every visit."""

    before: tuple[Step, ...] = ()
    after: tuple[Step, ...] = ()
    listeners: tuple[ListenerFactory, ...] = ()


class Visit:
    """One visit: `await visit.run(ui)` runs it and returns where the patient goes next (None:
    back to the routines before the session started)."""

    def __init__(
        self,
        config: AppConfig,
        routine: Routine,
        *,
        steps: VisitSteps,
        clock: Clock,
        schedule: Schedule,
        sound: SessionSound | None = None,
        events_log: Callable[[], Sequence[EventListener]] = tuple,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        self.config = config
        self.routine = routine
        self.lang: Language = config.session_lang(routine.language)
        self.state = VisitState(config, routine, self.lang)
        self.steps = steps
        self.clock = clock
        self.schedule = schedule
        self.now = now
        self._sound = sound
        self._events_log = events_log
        self.ui: VisitUI | None = None  # the UI running the visit (set by `run`)
        self.runner: SessionRunner | None = None  # the session, once it is built
        self.session_shown = False  # the UI shows the session (its lasting line can be set)
        self.cleanups: list[Callable[[], None]] = []  # run when the visit is over
        self._jobs: asyncio.Queue[Callable[[], Awaitable[None]] | None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._io: ThreadPoolExecutor | None = None

    async def run(self, ui: VisitUI) -> AfterSummary | None:
        """The before-steps, the session, the after-steps and the summary."""
        self._loop = asyncio.get_running_loop()
        self.ui = ui
        try:
            choice = await self._steps_and_session(ui)
            # Closing the recorder waits for its last writes: not on the UI's loop.
            await asyncio.to_thread(self.close)
            return choice
        finally:
            self.close()  # cancelled (the app closes): the writes still go to the file

    async def _steps_and_session(self, ui: VisitUI) -> AfterSummary | None:
        for step in self.steps.before:
            if not await step(self, ui):
                return None
        self.state.summary = await self._run_session(ui)
        for step in self.steps.after:
            await step(self, ui)
        return await ui.show_summary(
            self.state,
            lambda: saved_text(self.state, self.lang),
            pain_needs_care(self.state),
        )

    def later(self, job: Callable[[], Awaitable[None]]) -> None:
        """Run `job` on the visit's own flow once the current events have reached everyone
        (a question during the session; its errors end the visit like any other)."""
        if self._jobs is not None:
            self._jobs.put_nowait(job)

    def from_any_thread(self, callback: Callable[[], None]) -> None:
        """Call `callback` on the visit's loop (the recorder's thread reports this way)."""
        if self._loop is None:
            callback()
            return
        # The recorder's last writes may end after the UI has closed: nobody to tell then.
        with suppress(RuntimeError):  # the loop is closed
            self._loop.call_soon_threadsafe(callback)

    async def io(self, function: Callable[..., T], *args: object) -> T:
        """Run a store read or write on the visit's own thread, never on the UI's loop.

        The loop gives it a head start of `IO_GRACE_S`: a quick read (the usual case) then
        shows its screen in the same turn, so keys the patient typed ahead reach it instead of
        the screen before; a slow or locked file lets the loop go on after that (timers, the
        screen) and the visit waits for it asynchronously.
        """
        done = self._io_thread().submit(partial(function, *args))
        try:
            return done.result(timeout=IO_GRACE_S)
        except FutureTimeout:
            return await asyncio.wrap_future(done)

    def io_soon(self, function: Callable[..., object], *args: object) -> None:
        """Start a store write on the visit's own thread without waiting for it (`close` waits
        for it)."""
        self._io_thread().submit(function, *args)

    def _io_thread(self) -> ThreadPoolExecutor:
        if self._io is None:
            self._io = ThreadPoolExecutor(1, thread_name_prefix="coach-visit-io")
        return self._io

    def close(self) -> None:
        """Run the cleanups, last added first (each runs once), and wait for the store's
        writes started by the steps (a closing app must not lose an answer)."""
        while self.cleanups:
            self.cleanups.pop()()
        if self._io is not None:
            self._io.shutdown(wait=True)
            self._io = None

    async def _run_session(self, ui: VisitUI) -> SessionSummary:
        # Imported here: `coach run` shows its first frame before the engine is imported.
        from coach.session.engine import Engine
        from coach.session.plan import build_plan
        from coach.visit.runner import SessionRunner

        state = self.state
        state.plan = build_plan(self.routine, state.doses)
        listeners: list[EventListener] = []
        for factory in self.steps.listeners:
            made = factory(self)
            listener = await made if inspect.isawaitable(made) else made
            if listener is not None:
                listeners.append(listener)
        jobs: asyncio.Queue[Callable[[], Awaitable[None]] | None] = asyncio.Queue()
        self._jobs = jobs
        summaries: list[SessionSummary] = []

        def on_finished(summary: SessionSummary) -> None:
            summaries.append(summary)
            jobs.put_nowait(None)

        runner = SessionRunner(
            Engine(state.plan),
            self.clock,
            self.schedule,
            speed=self.config.speed,
            on_finished=on_finished,
        )
        self.runner = runner
        # The routine shows at once; sound (which may probe devices) is ready a moment later,
        # and only then does the clock start, so no cue is lost.
        await ui.show_session(runner)
        self.session_shown = True
        sound = () if self._sound is None else (await self._sound(self.routine, self.lang),)
        runner.listeners = [*sound, *self._events_log(), *listeners]
        runner.start()
        while (job := await jobs.get()) is not None:
            await job()
        self._jobs = None
        self.session_shown = False
        self.schedule(None)
        await ui.close_session(runner, summaries[0])
        return summaries[0]
