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
from coach.plain.announce import DEFAULT_THRESHOLDS, spoken_seconds
from coach.plain.keys import Input
from coach.plain.session import LoopSchedule, PlainSession
from coach.plain.writer import LineWriter
from coach.routine.model import Routine
from coach.session.clock import Clock, MonotonicClock, ScaledClock
from coach.ui.config import AppConfig

if TYPE_CHECKING:
    from coach.sound.player import SoundCues

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
    # The sound for every session (tests: silent); None builds the machine's for each session.
    sound: SoundCues | None = None

    def __post_init__(self) -> None:
        if self.clock is None:
            speed = self.config.speed
            self.clock = ScaledClock(speed) if speed != 1 else MonotonicClock()

    async def main(self) -> int:
        """Run the routine of `config.run`, or let the patient choose; the exit code.

        An error in a timer's callback (the session's wake) ends the run and is raised here,
        like any other: asyncio would only print it, a traceback for the patient, and go on.
        """
        loop = asyncio.get_running_loop()
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
        from coach.routine.loader import check_routine

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
        from coach.resources import routines_dir
        from coach.ui.routine_list import list_routines
        from coach.ui.wording import count_text, language_name

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
        """Run one visit of `routine`; True to go back to the routine list, False to quit."""
        from coach.plain.visit import run_visit

        self.writer.lang = self.config.session_lang(routine.language)
        try:
            return await run_visit(self, routine)
        finally:
            self.writer.lang = self.config.ui_lang

    def session(self, lang: Language) -> PlainSession:
        """The session view for a session in `lang`."""
        return PlainSession(self.writer, self.keys, lang, thresholds=self.thresholds)

    def schedule(self) -> LoopSchedule:
        return LoopSchedule()


def run_plain(config: AppConfig, *, thresholds: Sequence[int] = DEFAULT_THRESHOLDS) -> int:
    """Plain mode on standard input and output; the exit code (130 after Ctrl+C)."""
    app = PlainApp(config, thresholds=thresholds)
    try:
        return asyncio.run(app.main())
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
