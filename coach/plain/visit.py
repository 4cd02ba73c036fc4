"""One visit in plain mode: the session with its sound, events file and history, then the summary.

(Until coach.visit exists this drives the session itself; then the Visit drives PlainVisitUI.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from coach.i18n import Language, translate
from coach.plain.announce import spoken_seconds
from coach.routine.model import Routine
from coach.session.engine import Engine, SessionSummary
from coach.session.events import Event
from coach.session.plan import build_plan
from coach.ui.runner import EventListener, SessionRunner
from coach.ui.wording import count_text

if TYPE_CHECKING:
    from coach.plain.app import PlainApp
    from coach.sound.player import SoundCues

# After the session, how long the last cue may go on playing before the sound is closed.
_QUIET_WAIT_S: Final = 2.0


async def run_visit(app: PlainApp, routine: Routine) -> bool:
    """Run `routine` once; True to go back to the routines, False to quit."""
    from coach.store.recorder import start_recording

    config = app.config
    lang = config.session_lang(routine.language)
    say = app.writer.say
    plan = build_plan(routine)
    say(
        translate(
            "plain.session.start",
            lang,
            title=routine.title,
            exercises=count_text("exercises", len(routine.exercises), lang),
            duration=spoken_seconds(plan.total_duration, lang),
        )
    )
    if config.preview:
        say(translate("plain.session.preview", lang, speed=f"{config.speed:g}"))
    sound = await _sound(app, lang)
    sound.set_overrides(routine.sounds)
    recorder = start_recording(
        routine, routine.path, enabled=config.keeps_history, data_dir=config.data_dir
    )
    if recorder.failure is not None:
        say(translate("plain.warning", lang, text=translate("history.not_saved", lang)))
        say(recorder.failure.message(lang))
    schedule = app.schedule()
    assert app.clock is not None
    events_file, close_events = _events_file(app, lang)
    listeners: list[EventListener] = [sound.handle, *events_file, recorder.handle]
    runner = SessionRunner(
        Engine(plan), app.clock, schedule, speed=config.speed, listeners=listeners
    )
    schedule.wake = runner.wake
    try:
        await app.session(lang).run(runner)
    finally:
        schedule.cancel()
        close_events()
        await asyncio.to_thread(recorder.close)
    summary = runner.engine.summary(runner.now())
    app.writer.say_all(summary_lines(routine, summary, lang))
    try:
        return await _after_summary(app, lang)
    finally:
        # The last cue ("session done") may still be playing.
        await asyncio.to_thread(sound.wait_until_quiet, _QUIET_WAIT_S)
        sound.close()


def summary_lines(routine: Routine, summary: SessionSummary, lang: Language) -> list[str]:
    """The summary as sentences."""
    none = translate("ui.summary.none", lang)
    title = "ui.summary.title_early" if summary.ended_early else "ui.summary.title_done"
    lines = [translate(title, lang) + "."]
    lines.append(
        translate(
            "plain.summary.count_of",
            lang,
            count=len(summary.exercises_completed),
            total=len(routine.exercises),
        )
    )
    lines.append(
        translate("plain.summary.done", lang, names=", ".join(summary.exercises_completed) or none)
    )
    if summary.exercises_skipped:
        names = ", ".join(summary.exercises_skipped)
        lines.append(translate("plain.summary.skipped", lang, names=names))
    if summary.exercises_unfinished:
        names = ", ".join(summary.exercises_unfinished)
        lines.append(translate("plain.summary.unfinished", lang, names=names))
    lines.append(translate("plain.summary.reps", lang, count=summary.reps_done))
    lines.append(
        translate(
            "plain.summary.time",
            lang,
            active=spoken_seconds(summary.active_time, lang),
            total=spoken_seconds(summary.total_time, lang),
        )
    )
    return lines


async def _after_summary(app: PlainApp, lang: Language) -> bool:
    app.writer.say(translate("plain.summary.choice", lang))
    answer = await app.keys.line()
    return answer is not None and answer.strip() == "1"


async def _sound(app: PlainApp, lang: Language) -> SoundCues:
    """The sound (built in a thread: choosing a backend may run a player program)."""
    from coach.sound.player import make_sound_cues

    loop = asyncio.get_running_loop()

    def notify(text: str) -> None:  # from the sound's thread, or the loop's
        loop.call_soon_threadsafe(app.writer.say, translate("plain.notice", lang, text=text))

    config = app.config
    sound = await asyncio.to_thread(
        make_sound_cues,
        lang,
        volume=config.volume,
        muted=config.mute,
        voice=config.voice,
        notify=notify,
    )
    sound.lang = lang
    return sound


def _events_file(
    app: PlainApp, lang: Language
) -> tuple[Sequence[EventListener], Callable[[], None]]:
    """The `--events` file as a listener (appended to), and how to close it; a file that fails
    is said once and then left alone."""
    path = app.config.events
    if path is None:
        return (), lambda: None
    from coach.session.eventlog import EventLog

    try:
        log = EventLog(path)
    except OSError as err:
        reason = err.strerror or str(err)
        app.writer.say(translate("ui.notice.events_failed", lang, reason=reason))
        return (), lambda: None
    failed = False

    def write(events: Sequence[Event]) -> None:
        nonlocal failed
        if failed:
            return
        try:
            log(events)
        except OSError as err:
            failed = True
            log.close()
            reason = err.strerror or str(err)
            app.writer.say(translate("ui.notice.events_failed", lang, reason=reason))

    return (write,), log.close
