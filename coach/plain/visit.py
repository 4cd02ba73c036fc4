"""One visit in plain mode, as the app's: red flags, pain now, the advice for severe pain, how long
it has hurt, today's doses; the session with its sound, events file and history; pain after, the
guidance, the summary.

(Until coach.visit exists this walks the app's stages itself, with the same store calls; then
the Visit drives a PlainVisitUI.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from coach.i18n import Language, translate
from coach.plain.announce import spoken_seconds
from coach.plain.questions import Questions, Reply
from coach.progression.guidance import PainDuration
from coach.routine.model import Routine
from coach.session.engine import Engine, SessionSummary
from coach.session.events import Event
from coach.session.plan import build_plan
from coach.ui.runner import EventListener, SessionRunner
from coach.ui.safety_stages import recorder_of, saved_text
from coach.ui.wording import count_text

if TYPE_CHECKING:
    from coach.plain.app import PlainApp
    from coach.plain.session import PlainSession
    from coach.sound.player import SoundCues
    from coach.ui.flow import SessionContext

# After the session, how long the last cue may go on playing before the sound is closed.
_QUIET_WAIT_S: Final = 2.0


async def run_visit(app: PlainApp, routine: Routine) -> bool:
    """Run `routine` once: the check-ins, the session, the check-ins after, the summary; True
    to go back to the routines, False to quit."""
    from coach.ui.flow import SessionContext

    config = app.config
    lang = config.session_lang(routine.language)
    ctx = SessionContext(config, routine, lang)
    questions = Questions(app.writer, app.keys, lang)
    try:
        if not await _before(app, ctx, questions):
            return True
        await _session(app, ctx)
        await _after(ctx, questions)
    finally:
        ctx.close()
    assert ctx.summary is not None
    app.writer.say_all(
        summary_lines(routine, ctx.summary, lang, pain_needs_care=_pain_needs_care(ctx))
    )
    saved = saved_text(ctx.notes, lang)
    if saved is not None:
        app.writer.say(saved[0])
    return await _after_summary(app, lang)


async def _before(app: PlainApp, ctx: SessionContext, questions: Questions) -> bool:
    """The check-ins before the session, as the app's before-stages; False to go back."""
    from coach.progression import plan_doses
    from coach.safety.red_flags import red_flag_screen_due, red_flags_for
    from coach.ui.progression_stage import read_progression, remember_advice
    from coach.ui.safety_stages import (
        PAIN_BEFORE_ASKED_NOTE,
        PAIN_BEFORE_NOTE,
        _last_all_clear,
        _record_red_flag_check,
        routine_red_flags,
    )

    config, lang = ctx.config, ctx.lang
    checkins = not config.checkins_skipped
    if checkins:
        own = routine_red_flags(ctx)
        frequency = "every_session" if own else config.red_flag_frequency
        remember = config.keeps_history
        last = None
        if remember and frequency == "daily":
            last = await asyncio.to_thread(_last_all_clear, config.data_dir)
        due = red_flag_screen_due(
            last,
            _now().date(),
            frequency=frequency,
            kiosk=config.kiosk,
            no_checkins=config.no_checkins,
        )
        if due:
            outcome = await questions.red_flags(red_flags_for(lang, own), kiosk=config.kiosk)
            if outcome is not None and remember:
                await asyncio.to_thread(
                    _record_red_flag_check, config.data_dir, _now(), all_clear=outcome
                )
            if not outcome:
                if outcome is False:
                    await questions.go_on()
                return False
        ctx.notes[PAIN_BEFORE_ASKED_NOTE] = True
        pain = await questions.pain(translate("safety.pain.before", lang), can_go_back=True)
        if pain is Reply.BACK:
            return False
        if isinstance(pain, int):
            ctx.notes[PAIN_BEFORE_NOTE] = pain
            if not await _severe_pain_advice(ctx, questions, pain):
                return False
        if config.keeps_history and not await _pain_duration(ctx, questions):
            return False
    if not config.keeps_history:
        return True
    pain_now = ctx.notes.get(PAIN_BEFORE_NOTE)
    found = await asyncio.to_thread(
        read_progression,
        ctx.routine,
        config.data_dir,
        date.today(),
        pain_now=pain_now if isinstance(pain_now, int) else None,
        pain_now_skipped=ctx.notes.get(PAIN_BEFORE_ASKED_NOTE) is True
        and not isinstance(pain_now, int),
        now=_now(),
    )
    ctx.doses.update(plan_doses(found.decisions))
    if not checkins or not found.worth_showing:
        return True
    advice = found.advice

    def advice_shown() -> None:
        if advice is not None:
            remember_advice(config.data_dir, _now(), advice.reason.value)

    chosen = await questions.progression(ctx.routine.title, found, advice_shown)
    if chosen is None:
        return False
    ctx.doses.update(plan_doses(chosen))
    return True


async def _severe_pain_advice(ctx: SessionContext, questions: Questions, pain: int) -> bool:
    """With severe pain now: the article's advice and the gentle routine; False to go back."""
    from coach.safety.guidance import before_session_advice
    from coach.safety.pain import pain_words
    from coach.ui.safety_stages import _gentle_routine

    keys = before_session_advice(pain)
    if not keys:
        return True
    lang = ctx.lang
    lines = [translate(k, lang, pain=pain, words=pain_words(pain, lang)) for k in keys]
    gentle = None if ctx.config.kiosk else _gentle_routine(ctx)
    if ctx.config.kiosk:
        lines.append(translate("safety.before.kiosk", lang))
    elif gentle is True:
        lines.append(translate("safety.before.gentle_chosen", lang))
    elif gentle is not None:
        lines.append(translate("safety.before.gentle", lang, title=gentle))
    note = translate("safety.before.own_numbers", lang)
    return await questions.start_or_back(translate("safety.before.title", lang), lines, note)


async def _pain_duration(ctx: SessionContext, questions: Questions) -> bool:
    """Once, at the first session: how long the back has hurt; False to go back."""
    from coach.store.errors import HistoryUnavailable
    from coach.store.history import HistoryStore
    from coach.ui.progression_stage import BUSY_TIMEOUT_S

    data_dir = ctx.config.data_dir

    def known() -> bool:
        try:
            with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
                return store.pain_duration() is not None
        except HistoryUnavailable:
            return True  # not asked when the history cannot keep the answer

    if await asyncio.to_thread(known):
        return True
    answer = await questions.pain_duration()
    if answer is Reply.BACK:
        return False
    if answer is None or isinstance(answer, Reply):
        return True

    def record(duration: PainDuration) -> None:
        try:
            with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
                store.record_pain_duration(_now(), duration.value)
        except HistoryUnavailable:
            pass

    await asyncio.to_thread(record, answer)
    return True


async def _session(app: PlainApp, ctx: SessionContext) -> None:
    """The session, with the sound, the events file and the history listening."""
    from coach.ui.safety_stages import HISTORY_UNAVAILABLE_NOTE, SafetyStages

    config, lang, routine = app.config, ctx.lang, ctx.routine
    say = app.writer.say
    plan = build_plan(routine, ctx.doses)
    ctx.plan = plan
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
    sound = app.sound or await _sound(app, lang)
    sound.lang = lang
    sound.set_overrides(routine.sounds)
    recording = SafetyStages().history(ctx)
    recorder = recorder_of(ctx)
    if recorder is not None and recorder.failure is not None:
        say(translate("plain.warning", lang, text=translate("history.not_saved", lang)))
        if ctx.notes.get(HISTORY_UNAVAILABLE_NOTE) is None:
            say(recorder.failure.message(lang))
    schedule = app.schedule()
    assert app.clock is not None
    events_file, close_events = _events_file(app, lang)
    listeners: list[EventListener] = [sound.handle, *events_file]
    if recording is not None:
        listeners.append(recording)
    view = app.session(lang)
    view.sound = sound
    asking = _exercise_pain(ctx, view, Questions(app.writer, app.keys, lang))
    if asking is not None:
        listeners.append(asking)
    runner = SessionRunner(
        Engine(plan), app.clock, schedule, speed=config.speed, listeners=listeners
    )
    schedule.wake = runner.wake
    try:
        await view.run(runner)
    finally:
        schedule.cancel()
        close_events()
        ctx.summary = runner.engine.summary(runner.now())
        if sound is not app.sound:  # the app's own is the caller's to close
            # The last cue ("session done") may still be playing.
            await asyncio.to_thread(sound.wait_until_quiet, _QUIET_WAIT_S)
            sound.close()


def _exercise_pain(
    ctx: SessionContext, view: PlainSession, questions: Questions
) -> EventListener | None:
    """Pain after each exercise, when the routine asks: the session waits for the answer. The
    last exercise is asked with the session's own "pain after"."""
    from coach.session.events import EventKind
    from coach.ui.safety_stages import LAST_EXERCISE_NOTE

    if ctx.routine.pain_check != "after_each_exercise" or ctx.config.checkins_skipped:
        return None
    lang = ctx.lang
    tasks: set[asyncio.Task[None]] = set()

    async def ask(index: int) -> None:
        name = ctx.routine.exercises[index].name
        question = "\n".join(
            (
                translate("safety.ui.pain.title_exercise", lang, exercise=name) + ".",
                translate("safety.pain.after_exercise", lang),
            )
        )
        pain = await view.ask(lambda: questions.pain(question, can_go_back=False))
        recorder = recorder_of(ctx)
        if isinstance(pain, int) and recorder is not None:
            recorder.set_exercise_pain(index, pain)

    def listen(events: Sequence[Event]) -> None:
        ended = any(
            e.kind in (EventKind.SESSION_COMPLETED, EventKind.SESSION_ENDED_EARLY) for e in events
        )
        for event in events:
            if event.kind is EventKind.EXERCISE_COMPLETED and event.exercise_index is not None:
                if ended:
                    ctx.notes[LAST_EXERCISE_NOTE] = event.exercise_index
                else:
                    # After this batch has reached every listener, as in the app.
                    task = asyncio.get_running_loop().create_task(ask(event.exercise_index))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)

    return listen


async def _after(ctx: SessionContext, questions: Questions) -> None:
    """Pain after the session and the article's guidance with the answers."""
    from coach.safety.guidance import after_session_guidance
    from coach.ui.safety_stages import LAST_EXERCISE_NOTE, PAIN_AFTER_NOTE, PAIN_BEFORE_NOTE

    if ctx.config.checkins_skipped:
        return
    lang = ctx.lang
    pain = await questions.pain(translate("safety.pain.after", lang), can_go_back=False)
    if not isinstance(pain, int):
        return
    ctx.notes[PAIN_AFTER_NOTE] = pain
    recorder = recorder_of(ctx)
    if recorder is not None:
        recorder.set_pain_after(pain)
        last = ctx.notes.get(LAST_EXERCISE_NOTE)
        if isinstance(last, int):
            recorder.set_exercise_pain(last, pain)
    before = ctx.notes.get(PAIN_BEFORE_NOTE)
    before_pain = before if isinstance(before, int) else None
    guidance = after_session_guidance(before_pain, pain)
    say = questions.writer.say
    say(translate("safety.ui.guidance.title", lang))
    say(
        translate(
            "plain.guidance.pain",
            lang,
            before=_pain_text(before_pain, lang),
            after=_pain_text(pain, lang),
        )
    )
    questions.writer.say_all(guidance.lines(lang))
    await questions.go_on()


def _pain_text(pain: int | None, lang: Language) -> str:
    from coach.safety.pain import pain_words

    if pain is None:
        return translate("safety.ui.guidance.not_answered", lang)
    return f"{pain}, {pain_words(pain, lang)}"


def _pain_needs_care(ctx: SessionContext) -> bool:
    from coach.safety.guidance import after_session_guidance
    from coach.ui.safety_stages import PAIN_AFTER_NOTE, PAIN_BEFORE_NOTE

    before, after = ctx.notes.get(PAIN_BEFORE_NOTE), ctx.notes.get(PAIN_AFTER_NOTE)
    if not isinstance(after, int):
        return False
    return after_session_guidance(
        before if isinstance(before, int) else None, after
    ).suggests_adjusting


def _now() -> datetime:
    return datetime.now().astimezone()


def summary_lines(
    routine: Routine, summary: SessionSummary, lang: Language, *, pain_needs_care: bool = False
) -> list[str]:
    """The summary as sentences (a calm title, not "well done", when the pain needs care)."""
    none = translate("ui.summary.none", lang)
    if summary.ended_early:
        title = "ui.summary.title_early"
    elif pain_needs_care:
        title = "safety.screens.summary.title_pain"
    else:
        title = "ui.summary.title_done"
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
    while True:
        answer = await app.keys.line()
        if answer is None:
            return False
        text = answer.strip().lower()
        if text == "1":
            return True
        if text in ("2", "q", "quit", "avslutt"):
            return False
        app.writer.say(translate("plain.summary.choice", lang))


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
