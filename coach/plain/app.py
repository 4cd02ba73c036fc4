"""Plain mode from start to end: the routine (or a numbered list to choose from), the visit, the
summary, and back to the list or out.

`run_plain(config, countdown=...)` is what `coach run FILE --plain` and `coach --plain` call; it
owns the asyncio loop, standard input and output, and returns the exit code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from coach.i18n import Language, translate
from coach.plain.announce import spoken_seconds
from coach.plain.keys import Input
from coach.plain.session import LoopSchedule, PlainSession
from coach.plain.thresholds import DEFAULT_THRESHOLDS
from coach.plain.visit_ui import PlainVisitUI
from coach.plain.writer import LineWriter
from coach.resources import routines_dir
from coach.routine.loader import check_routine
from coach.routine.model import Routine
from coach.session.clock import Clock, MonotonicClock, ScaledClock
from coach.session.eventlog import EventLog
from coach.sound.player import SoundCues, make_sound_cues
from coach.visit.config import AppConfig
from coach.visit.flow import Visit, VisitSteps
from coach.visit.routine_list import list_routines
from coach.visit.steps import default_steps
from coach.visit.ui import AfterSummary
from coach.visit.wording import count_text, language_name

if TYPE_CHECKING:
    from coach.session.events import Event
    from coach.visit.runner import EventListener

# After the last session, how long its last cue may go on playing before the sound is closed.
QUIET_WAIT_S: Final = 2.0

EXIT_OK: Final = 0
EXIT_UNUSABLE_ROUTINE: Final = 1  # as the Textual app: `coach run FILE` with a FILE it can't use
EXIT_INTERRUPTED: Final = 130


@dataclass
class PlainApp:
    """One run of plain mode on `writer` and `keys`; tests hand in both and a clock."""

    config: AppConfig
    writer: LineWriter = field(default_factory=LineWriter)
    keys: Input = field(default_factory=Input)
    clock: Clock | None = None
    thresholds: Sequence[int] = DEFAULT_THRESHOLDS
    # The sound for every session (tests: silent, and the caller's to close); None: the
    # machine's, built at the first session.
    sound: SoundCues | None = None
    # The visit's steps (tests); None: `default_steps(config)`, as the app has them.
    steps: VisitSteps | None = None

    def __post_init__(self) -> None:
        if self.clock is None:
            speed = self.config.speed
            self.clock = ScaledClock(speed) if speed != 1 else MonotonicClock()
        self._own_sound: SoundCues | None = None
        self._events: EventLog | None = None
        self._events_failed = False
        self._loop: asyncio.AbstractEventLoop | None = None

    async def main(self) -> int:
        """Run the routine of `config.run`, or let the patient choose; the exit code.

        An error in a timer's callback (the session's wake) ends the run and is raised here,
        like any other: asyncio would only print it, a traceback for the patient, and go on.
        """
        loop = self._loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        failures: list[BaseException] = []

        def failed(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            error = context.get("exception")
            if not isinstance(error, BaseException):
                error = RuntimeError(str(context.get("message")))
            failures.append(error)
            task.cancel()

        loop.set_exception_handler(failed)
        try:
            return await self._main()
        except asyncio.CancelledError:
            if failures:
                raise failures[0] from None
            raise
        finally:
            await asyncio.to_thread(self.close)

    async def _main(self) -> int:
        self.writer.lang = self.config.ui_lang
        self.keys.start()
        if self.config.run is not None:
            routine = self._load(self.config.run)
            if routine is None:
                return EXIT_UNUSABLE_ROUTINE
            if not await self.visit(routine):
                return EXIT_OK
        while True:
            chosen = await self.choose()
            if chosen is None:
                self.writer.say(translate("plain.goodbye", self.config.ui_lang))
                return EXIT_OK
            if not await self.visit(chosen):
                return EXIT_OK

    # --- choosing a routine ------------------------------------------------------------------

    def _load(self, path: Path) -> Routine | None:
        """The routine at `path`, or None after its problems were said."""
        routine, problems = check_routine(path, self.config.ui_lang)
        if routine is not None:
            return routine
        lang = self.config.ui_lang
        if not path.exists():
            self.writer.say(translate("plain.picker.missing", lang, file=path))
        for problem in problems:
            if problem.severity != "error":
                continue
            self.writer.say(
                f"{problem.file}:{problem.line}:{problem.column}: {problem.severity}: "
                f"{problem.message}"
            )
            if problem.hint:
                self.writer.say(f"{translate('cli.hint', lang)}: {problem.hint}")
        return None

    async def choose(self) -> Routine | None:
        """The numbered routine list; the routine chosen, or None to quit."""
        lang = self.config.ui_lang
        say = self.writer.say
        entries = list_routines(
            self.config.bundled_routines or routines_dir(),
            self.config.user_routines,
            self.config.picker_paths,
            lang,
        )
        usable = [e for e in entries if e.routine is not None]
        if not usable:
            say(translate("plain.picker.none", lang))
        for entry in entries:
            if entry.missing:
                say(translate("plain.picker.missing", lang, file=entry.path))
            elif entry.routine is None:
                say(
                    translate(
                        "plain.picker.unusable", lang, file=entry.path, count=len(entry.problems)
                    )
                )
        for number, entry in enumerate(usable, start=1):
            assert entry.routine is not None
            say(
                translate(
                    "plain.picker.row",
                    lang,
                    number=number,
                    title=entry.title,
                    exercises=count_text("exercises", entry.exercise_count, lang),
                    duration=spoken_seconds(entry.estimate, lang),
                    language=language_name(entry.routine.language, lang),
                )
            )
        if not usable:
            return None
        say(translate("plain.picker.title", lang))
        while True:
            answer = await self.keys.line()
            if answer is None or answer.strip().lower() in ("q", "quit", "avslutt"):
                return None
            text = answer.strip()
            if text.isdigit() and 1 <= int(text) <= len(usable):
                return usable[int(text) - 1].routine
            say(translate("plain.picker.bad_number", lang, answer=text, count=len(usable)))

    # --- one visit ---------------------------------------------------------------------------

    async def visit(self, routine: Routine) -> bool:
        """Run one visit of `routine` through the Visit, as the app does; True to go back to
        the routine list, False to quit."""
        config = self.config
        assert self.clock is not None
        schedule = self.schedule()
        visit = Visit(
            config,
            routine,
            steps=self.steps or default_steps(config),
            clock=self.clock,
            schedule=schedule,
            sound=self._session_sound,
            events_log=self._events_log,
        )
        view = PlainSession(self.writer, self.keys, visit.lang, thresholds=self.thresholds)
        ui = PlainVisitUI(
            self.writer,
            self.keys,
            visit.lang,
            schedule=schedule,
            session_view=view,
            sound=lambda: self.sound or self._own_sound,
            preview_speed=config.speed if config.preview else None,
        )
        self.writer.lang = visit.lang
        try:
            choice = await visit.run(ui)
        finally:
            if visit.runner is not None and not visit.runner.finished:
                view.interrupted()  # Ctrl+C mid-session: the session ends, and says so
            schedule.cancel()
            self.writer.lang = config.ui_lang
        return choice is not AfterSummary.QUIT

    def schedule(self) -> LoopSchedule:
        """The session's wake timer on the loop (tests: one that moves a fake clock)."""
        return LoopSchedule()

    # --- the sound and the events file, shared by the visits -------------------------------

    async def _session_sound(self, routine: Routine, lang: Language) -> EventListener:
        """The sound of a session of `routine` in `lang` (built at the first session, in a
        thread: choosing a backend may run a player program)."""
        sound = self.sound or self._own_sound
        if sound is None:
            sound = self._own_sound = await asyncio.to_thread(self._make_sound, lang)
        sound.lang = lang
        sound.set_overrides(routine.sounds)
        return sound.handle

    def _make_sound(self, lang: Language) -> SoundCues:
        loop = self._loop  # this runs in a thread: the loop is the one `main` runs on
        assert loop is not None

        def notify(text: str) -> None:  # from the sound's thread, or the loop's
            loop.call_soon_threadsafe(self.writer.say, translate("plain.notice", lang, text=text))

        config = self.config
        return make_sound_cues(
            lang, volume=config.volume, muted=config.mute, voice=config.voice, notify=notify
        )

    def _events_log(self) -> Sequence[EventListener]:
        """The `--events` file as a listener (opened at the first session, appended to after);
        a file that fails is said once and then left alone."""
        if self.config.events is None or self._events_failed:
            return ()
        if self._events is None:
            try:
                self._events = EventLog(self.config.events)
            except OSError as err:
                self._event_log_failed(err)
                return ()
        return (self._write_events,)

    def _write_events(self, events: Sequence[Event]) -> None:
        if self._events is None:
            return
        try:
            self._events(events)
        except OSError as err:  # the disk filled up: the session matters more than the file
            self._event_log_failed(err)

    def _event_log_failed(self, err: OSError) -> None:
        if self._events is not None:
            self._events.close()
            self._events = None
        self._events_failed = True
        reason = err.strerror or str(err)
        self.writer.say(translate("ui.notice.events_failed", self.config.ui_lang, reason=reason))

    def close(self) -> None:
        """Close what the visits shared: the sound coach built, the events file."""
        if self._own_sound is not None:
            self._own_sound.wait_until_quiet(QUIET_WAIT_S)  # the last cue may still play
            self._own_sound.close()
            self._own_sound = None
        if self._events is not None:
            self._events.close()
            self._events = None


def run_plain(config: AppConfig, *, thresholds: Sequence[int] = DEFAULT_THRESHOLDS) -> int:
    """Plain mode on standard input and output; the exit code (130 after Ctrl+C)."""
    app = PlainApp(config, thresholds=thresholds)
    try:
        return asyncio.run(app.main())
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
