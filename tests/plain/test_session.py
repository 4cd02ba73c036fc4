"""The plain session view: keys become commands, each says what it did; driven by a FakeClock."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os

from coach.plain.keys import Command, Input
from coach.plain.session import LoopSchedule, PlainSession
from coach.plain.writer import LineWriter
from coach.routine.model import Routine
from coach.session.clock import FakeClock
from coach.session.engine import Engine
from coach.session.events import Event, EventKind
from coach.session.plan import build_plan
from coach.visit.runner import SessionRunner
from tests.session.builders import hold_exercise, timed_exercise


def _input(data: bytes) -> Input:
    read, write = os.pipe()
    os.write(write, data)
    os.close(write)
    return Input(read)


class Setup:
    def __init__(self, data: bytes = b"") -> None:
        routine = Routine(
            "Test",
            (
                hold_exercise("Bridge", reps=2, hold=5.0, prepare=3.0, hold_cue=None),
                timed_exercise("Plank", duration=20.0, cues=(), prepare=2.0),
            ),
        )
        self.clock = FakeClock()
        self.delays: list[float | None] = []
        self.events: list[Event] = []
        self.runner = SessionRunner(
            Engine(build_plan(routine)),
            self.clock,
            self.delays.append,
            listeners=[self.events.extend],
        )
        self.out = io.StringIO()
        self.writer = LineWriter(self.out)
        self.keys = _input(data)
        self.view = PlainSession(self.writer, self.keys, "en")

    @property
    def lines(self) -> list[str]:
        return self.writer.transcript


def test_each_command_says_what_it_did() -> None:
    async def main() -> Setup:
        s = Setup()
        task = asyncio.create_task(s.view.run(s.runner))
        await asyncio.sleep(0)
        await s.view.act(Command.CONTINUE, s.runner)  # during the get-ready: go on now
        await s.view.act(Command.CONTINUE, s.runner)  # during a hold: nothing
        await s.view.act(Command.PAUSE, s.runner)
        await s.view.act(Command.CONTINUE, s.runner)  # paused: go on, as pause again does
        await s.view.act(Command.SKIP, s.runner)
        await s.view.act(Command.BACK, s.runner)
        s.runner.end()
        await task
        return s

    s = asyncio.run(main())
    assert s.lines[0] == (
        "Commands, each a word followed by Enter: pause, continue (or just Enter), skip, back, "
        "end, mute, louder, quieter, voice, help."
    )
    said = s.lines[s.lines.index("Each set: 2 reps, hold 5 seconds each.") + 1 :]
    assert said == [
        "Continuing.",
        "Hold. 5 seconds. Rep 1 of 2, Bridge.",
        "Continue does nothing now: this part ends by itself.",
        "Paused. Type continue or pause to go on.",
        "Going on. Hold, 5 seconds left.",
        "Skipped Bridge.",
        "Get ready. 2 seconds. Exercise 2 of 2, Plank.",
        "Each set: 20 seconds.",
        "Going back.",
        "Get ready. 3 seconds. Exercise 1 of 2, Bridge.",
        "Each set: 2 reps, hold 5 seconds each.",
        "Session ended early.",
    ]


def test_piped_commands_act_and_the_first_answer_waits_for_after_the_session() -> None:
    async def main() -> tuple[Setup, str | None]:
        s = Setup(b"skip\nhelp\n7\nskip\n")
        task = asyncio.create_task(s.view.run(s.runner))
        for _ in range(50):  # the reading thread hands the lines over
            await asyncio.sleep(0.01)
            if s.runner.engine.current is not None and s.runner.engine.current.exercise_index:
                break
        await asyncio.sleep(0.05)
        s.runner.end()
        await task
        return s, await s.keys.line()

    s, left = asyncio.run(main())
    assert "Skipped Bridge." in s.lines
    assert s.lines.count("Skipped Bridge.") == 1 and "Skipped Plank." not in s.lines
    assert left == "7"


def test_end_asks_first_and_keeps_going_unless_told_yes() -> None:
    async def main(answer: bytes) -> Setup:
        s = Setup(answer)
        task = asyncio.create_task(s.view.run(s.runner))
        await asyncio.sleep(0)
        await s.view.act(Command.END, s.runner)
        if not s.runner.finished:
            s.runner.end()
        await task
        return s

    kept = asyncio.run(main(b"no\n"))
    assert "End the session now? Type yes to end it, anything else to keep going." in kept.lines
    assert "Keeping going." in kept.lines
    assert "Paused. Type continue or pause to go on." not in kept.lines  # the question says it
    ended = asyncio.run(main(b"yes\n"))
    assert "Keeping going." not in ended.lines
    assert ended.lines[-1] == "Session ended early."


def test_a_cancelled_session_is_ended_so_its_events_say_so() -> None:
    async def main() -> Setup:
        s = Setup()
        task = asyncio.create_task(s.view.run(s.runner))
        await asyncio.sleep(0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return s

    s = asyncio.run(main())
    assert s.events[-1].kind is EventKind.SESSION_ENDED_EARLY
    assert s.lines[-2:] == ["Interrupted: the session ends here.", "Session ended early."]


def test_loop_schedule_keeps_one_wake_and_fires_it() -> None:
    async def main() -> list[str]:
        fired: list[str] = []
        schedule = LoopSchedule(lambda: fired.append("wake"))
        schedule(10.0)
        schedule(0.01)  # replaces the first
        await asyncio.sleep(0.05)
        schedule(0.01)
        schedule(None)  # cancelled
        await asyncio.sleep(0.05)
        return fired

    assert asyncio.run(main()) == ["wake"]


def test_sound_keys_say_what_the_sound_is_now() -> None:
    from coach.sound.player import SoundCues
    from tests.ui.support import RecordingBackend

    async def main() -> Setup:
        s = Setup()
        s.view.sound = SoundCues(RecordingBackend(), "en", volume=80)
        task = asyncio.create_task(s.view.run(s.runner))
        await asyncio.sleep(0)
        for command in (Command.MUTE, Command.MUTE, Command.LOUDER, Command.QUIETER):
            await s.view.act(command, s.runner)
        await s.view.act(Command.QUIETER, s.runner)
        s.runner.end()
        await task
        return s

    s = asyncio.run(main())
    said = s.lines[s.lines.index("Sound muted.") :]
    assert said[:5] == ["Sound muted.", "Sound 80 %.", "Sound 90 %.", "Sound 80 %.", "Sound 70 %."]


def test_sound_keys_without_sound_say_what_the_key_did() -> None:
    async def main() -> Setup:
        s = Setup()
        task = asyncio.create_task(s.view.run(s.runner))
        await asyncio.sleep(0)
        for command in (Command.MUTE, Command.LOUDER, Command.QUIETER, Command.VOICE):
            await s.view.act(command, s.runner)
        s.runner.end()
        await task
        return s

    lines = asyncio.run(main()).lines
    said = lines[lines.index("No sound device: there is no sound to mute.") :][:4]
    assert said == [
        "No sound device: there is no sound to mute.",
        "No sound device: the volume changes nothing.",
        "No sound device: the volume changes nothing.",
        "No sound device: the voice can't be heard either.",
    ]


def test_commands_typed_before_the_session_starts_wait_for_it() -> None:
    """A visit shows the session first and starts it once the sound is ready: an Enter typed
    ahead goes on from the get-ready, it is not lost on a session not yet running."""

    async def main() -> Setup:
        s = Setup(b"\n")
        s.view.show(s.runner)
        await asyncio.sleep(0.1)  # the line has arrived; the session has not started
        s.runner.start()
        for _ in range(50):
            await asyncio.sleep(0.01)
            if "Continuing." in s.lines:
                break
        s.runner.end()
        await s.view.close()
        return s

    s = asyncio.run(main())
    assert "Continue does nothing now: this part ends by itself." not in s.lines
    assert s.lines.index("Continuing.") > s.lines.index(
        "Get ready. 3 seconds. Exercise 1 of 2, Bridge."
    )


def _run_piped(data: bytes, until: str) -> Setup:
    """Run the session with `data` piped in until a line starting with `until` is said."""

    async def main() -> Setup:
        s = Setup(data)
        task = asyncio.create_task(s.view.run(s.runner))
        for _ in range(100):  # the reading thread hands the lines over
            await asyncio.sleep(0.01)
            if any(line.startswith(until) for line in s.lines):
                break
        s.runner.end()
        await task
        return s

    return asyncio.run(main())


def test_piped_continue_or_an_empty_line_ends_a_pause() -> None:
    for go_on in (b"continue\n", b"\n", b"fortsett\n"):
        s = _run_piped(b"pause\n" + go_on, "Going on.")
        paused = s.lines.index("Paused. Type continue or pause to go on.")
        assert s.lines[paused + 1].startswith("Going on."), s.lines
        assert not any("press space" in line.lower() for line in s.lines)


def test_piped_continue_when_nothing_waits_names_the_word_not_the_key() -> None:
    async def main() -> Setup:
        s = Setup()
        task = asyncio.create_task(s.view.run(s.runner))
        await asyncio.sleep(0)
        await s.view.act(Command.CONTINUE, s.runner)  # the get-ready: go on
        await s.view.act(Command.CONTINUE, s.runner)  # the hold ends by itself
        s.runner.end()
        await task
        return s

    assert "Continue does nothing now: this part ends by itself." in asyncio.run(main()).lines
