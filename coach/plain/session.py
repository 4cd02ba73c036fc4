"""The session in plain mode: the announcer's lines as it runs, and keys turned into commands.

`LoopSchedule` is the runner's scheduler on the asyncio loop (`loop.call_later`): one wake at a
time, at the engine's next deadline, so nothing polls. `PlainSession.run(runner)` shows one
session until it is over; every key says what it did.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, TypeVar

from coach.i18n import Language, translate
from coach.plain.announce import Announcer
from coach.plain.keys import (
    YES_WORDS,
    Command,
    Input,
    command_of_key,
    command_of_word,
    unknown_key_text,
)
from coach.plain.thresholds import DEFAULT_THRESHOLDS
from coach.plain.writer import LineWriter
from coach.session.events import Event, EventKind
from coach.session.plan import StepKind
from coach.visit.runner import SessionRunner, ViewUpdate

if TYPE_CHECKING:
    from coach.sound.player import SoundCues

T = TypeVar("T")

# + and - change the volume by this much, as in the app.
VOLUME_STEP: Final = 10


class LoopSchedule:
    """A runner's `Schedule` on the running asyncio loop: at most one wake is pending."""

    def __init__(self, wake: Callable[[], object] | None = None) -> None:
        self.wake = wake
        self._handle: asyncio.TimerHandle | None = None

    def __call__(self, delay: float | None) -> None:
        self.cancel()
        if delay is not None:
            self._handle = asyncio.get_running_loop().call_later(delay, self._fire)

    def cancel(self) -> None:
        """Forget the pending wake, if any."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _fire(self) -> None:
        self._handle = None
        if self.wake is not None:
            self.wake()


class PlainSession:
    """Shows sessions as lines on `writer` and reads commands from `keys`."""

    def __init__(
        self,
        writer: LineWriter,
        keys: Input,
        lang: Language,
        *,
        thresholds: Sequence[int] = DEFAULT_THRESHOLDS,
    ) -> None:
        self.writer = writer
        self.input = keys
        self.lang = lang
        self.thresholds = tuple(thresholds)
        self._confirming = False
        self._single_keys = False
        self._runner: SessionRunner | None = None
        self._reading: asyncio.Task[None] | None = None
        self._shown_before: ViewUpdate | None = None
        self._terminal = contextlib.ExitStack()  # the single keys, while a session is shown
        self._key_pause = False  # the patient paused with a key (not the visit, for a question)
        self._started = asyncio.Event()  # the shown session has started
        # The session's sound, for m, + and - and v (None: those keys say there is none).
        self.sound: SoundCues | None = None

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

    @property
    def running(self) -> bool:
        """True while a session is shown."""
        return self._runner is not None and not self._runner.finished

    async def run(self, runner: SessionRunner) -> None:
        """Show `runner`'s session until it is over (starting it if nobody has). Cancelled (Ctrl+C),
        the session is ended first, so its events and history say how it ended."""
        finished = asyncio.Event()
        self.show(runner, finished.set)
        try:
            if not runner.started:
                runner.start()
            await finished.wait()
        finally:
            if not runner.finished:  # cancelled: Ctrl+C, or the program is closing
                self.interrupted()
            await self.close()

    def show(self, runner: SessionRunner, on_finished: Callable[[], None] | None = None) -> None:
        """Show `runner`'s session from now on (it starts later): its lines, the keys (single
        keys on a terminal) and the commands they give. `close` ends it."""
        announcer = Announcer(runner.engine.plan, self.lang, thresholds=self.thresholds)
        shown_before = runner.view

        def view(events: Sequence[Event], now: float) -> None:
            if shown_before is not None:
                shown_before(events, now)
            if self._confirming:  # the question says why the session waits
                events = [e for e in events if e.kind not in (EventKind.PAUSED, EventKind.RESUMED)]
            elif not self._key_pause:  # paused for a question: the question says so
                events = [e for e in events if e.kind is not EventKind.PAUSED]
            self.writer.say_all(announcer.lines(events, runner.engine, now))
            if runner.started:
                self._started.set()
            if runner.finished and on_finished is not None:
                on_finished()

        runner.view = view
        self._runner = runner
        self._shown_before = shown_before
        self._started = asyncio.Event()
        self._terminal = contextlib.ExitStack()
        self._single_keys = self._terminal.enter_context(self.input.single_keys())
        announcer.words = not self._single_keys
        if self._single_keys:
            self._terminal.enter_context(self._job_control(runner))
        self.writer.say(self._keys_help(short=True))
        self._start_reading()

    @contextlib.contextmanager
    def _job_control(self, runner: SessionRunner) -> Iterator[None]:
        """Ctrl+Z pauses the session (the clock must not run on while stopped) and gives the
        terminal back to the shell; `fg` takes single keys again. Only where signals exist."""
        sigtstp = getattr(signal, "SIGTSTP", None)
        sigcont = getattr(signal, "SIGCONT", None)
        if sigtstp is None or sigcont is None:
            yield
            return
        loop = asyncio.get_running_loop()

        def stopped() -> None:
            if not runner.finished and not runner.engine.paused:
                self._key_pause = True  # said like a pause with the key
                try:
                    runner.pause()
                finally:
                    self._key_pause = False
            self.input.give_terminal_back()
            os.kill(os.getpid(), signal.SIGSTOP)  # what Ctrl+Z does without a handler

        try:
            loop.add_signal_handler(sigtstp, stopped)
            loop.add_signal_handler(sigcont, self.input.take_terminal_again)
        except (RuntimeError, ValueError):  # not the main thread: Ctrl+Z stops as it always did
            loop.remove_signal_handler(sigtstp)
            yield
            return
        try:
            yield
        finally:
            loop.remove_signal_handler(sigtstp)
            loop.remove_signal_handler(sigcont)

    def interrupted(self) -> None:
        """The program is closing mid-session (Ctrl+C): say so, end the session (its events and
        history say how it ended), and give the terminal its settings back."""
        runner = self._runner
        if runner is not None and not runner.finished:
            self.writer.say(self._("plain.interrupted"))
            runner.end()
        if self._reading is not None:
            self._reading.cancel()
        self._terminal.close()

    async def close(self) -> None:
        """The session is over: stop reading keys, and the terminal gets its settings back."""
        await self._stop_reading()
        self._terminal.close()
        if self._runner is not None:
            self._runner.view = self._shown_before
        self._runner = None

    def _start_reading(self) -> None:
        assert self._runner is not None
        self._reading = asyncio.create_task(self._read_commands(self._runner))

    async def _stop_reading(self) -> None:
        reading, self._reading = self._reading, None
        if reading is not None:
            reading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reading

    async def ask(self, question: Callable[[], Awaitable[T]]) -> T:
        """Ask `question` in the middle of the session: the session waits, paused, and the keys
        are read as lines until it is answered (a pain question after an exercise)."""
        runner = self._runner
        if runner is None or runner.finished:
            return await question()
        was_paused = runner.engine.paused
        self._confirming = True
        await self._stop_reading()
        try:
            runner.pause()
            with self.input.lines():
                answer = await question()
            if not was_paused:
                runner.resume()
        finally:
            self._confirming = False
            if not runner.finished:
                self._start_reading()
        return answer

    def _keys_help(self, *, short: bool = False) -> str:
        if not self._single_keys:
            return self._("plain.keys.words")
        return self._("plain.keys.short" if short else "plain.keys")

    async def _read_commands(self, runner: SessionRunner) -> None:
        """Act on each key (or typed command) until the session ends. From a pipe, the first
        line that is no command is left for the questions after the session. Keys typed before
        the session has started (the sound is still being prepared) wait for it."""
        await self._started.wait()
        while not runner.finished:
            if self._single_keys:
                key = await self.input.key()
                if key is None:
                    return
                command = command_of_key(key)
                if command is None:
                    self.writer.say(unknown_key_text(key, self.lang))
                    continue
            else:
                line = await self.input.peek_line()
                if line is None:
                    return  # the end of the input: the session runs on by itself
                command = command_of_word(line)
                if command is None:
                    return
                await self.input.line()
            if not runner.finished:
                await self.act(command, runner)

    async def act(self, command: Command, runner: SessionRunner) -> None:
        """Do what `command` asks; something is always said about it."""
        engine = runner.engine
        match command:
            case Command.PAUSE:
                self._key_pause = True
                try:
                    runner.toggle_pause()
                finally:
                    self._key_pause = False
            case Command.CONTINUE:
                step = engine.current
                if engine.paused:  # Enter (or "continue") after a pause goes on, as space does
                    self._key_pause = True
                    try:
                        runner.resume()
                    finally:
                        self._key_pause = False
                elif step is None or not engine.can_proceed():
                    self.writer.say(
                        self._("plain.key.nothing_to_continue")
                        if self._single_keys
                        else self._("plain.key.nothing_to_continue.words")
                    )
                else:
                    counted = step.kind is StepKind.MANUAL_REP
                    self.writer.say(
                        self._("plain.key.counted" if counted else "plain.key.continued")
                    )
                    runner.proceed()
            case Command.SKIP:
                runner.skip()
            case Command.BACK:
                runner.back()
            case Command.END:
                await self._confirm_end(runner)
            case Command.HELP:
                self.writer.say(self._keys_help())
            case Command.MUTE | Command.LOUDER | Command.QUIETER | Command.VOICE:
                self.writer.say(self._sound_command(command))

    def _sound_command(self, command: Command) -> str:
        """Change the sound as `command` asks; what it is now."""
        sound = self.sound
        if sound is None or sound.silent:  # say what the key did: nothing, and why
            if command is Command.MUTE:
                return self._("plain.sound.mute_silent")
            if command is Command.VOICE:
                return self._("ui.notice.voice_silent")
            return self._("ui.notice.volume_silent")
        if command is Command.VOICE:
            on = sound.set_voice(not sound.voice_enabled)
            return self._("ui.sound.voice_on" if on else "ui.sound.voice_off") + "."
        if command is Command.MUTE:
            sound.toggle_mute()
        else:
            step = VOLUME_STEP if command is Command.LOUDER else -VOLUME_STEP
            sound.set_volume(sound.volume + step)
            if sound.muted:  # louder or quieter means "I want to hear it"
                sound.toggle_mute()
        return sound.status_text + "."

    async def _confirm_end(self, runner: SessionRunner) -> None:
        """Ask before ending; the session waits, paused, while the patient decides."""
        was_paused = runner.engine.paused
        self._confirming = True
        try:
            runner.pause()
            if self._single_keys:
                self.writer.say(self._("plain.confirm_end"))
                answer = await self.input.key()
            else:
                self.writer.say(self._("plain.confirm_end.words"))
                answer = await self.input.line()
            if answer is not None and answer.strip().lower() in YES_WORDS:
                runner.end()
                return
            self.writer.say(self._("plain.confirm_end.kept"))
            if not was_paused:
                runner.resume()
        finally:
            self._confirming = False
