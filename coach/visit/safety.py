"""The safety check-ins and the history, as stages and listeners of every session.

    before:    red flags → pain before → advice with severe pain now
               (each skipped with --no-checkins, never in kiosk)
    listeners: the history recorder → pain after each exercise (when the routine asks)
    after:     pain after → guidance with the answers

What they tell each other goes through `SessionContext.notes` under the `*_NOTE` keys. The store
and the safety rules are imported inside the stages: none of it is needed for the first frame.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from coach.i18n import Language, Translator, translate
from coach.visit.flow import SessionContext

if TYPE_CHECKING:
    from textual.screen import Screen

    from coach.safety.red_flags import RedFlag
    from coach.session.events import Event
    from coach.store.errors import HistoryUnavailable
    from coach.store.recorder import SessionRecorder
    from coach.visit.runner import EventListener

PAIN_BEFORE_NOTE: Final = "safety.pain_before"  # int, 0–10
# True once "pain now" is asked: asked with no PAIN_BEFORE_NOTE is a question left unanswered.
PAIN_BEFORE_ASKED_NOTE: Final = "safety.pain_before_asked"
PAIN_AFTER_NOTE: Final = "safety.pain_after"  # int, 0–10
RECORDER_NOTE: Final = "history.recorder"  # the session's SessionRecorder
# The exercise completed in the same moment the session did: its pain is the pain after.
LAST_EXERCISE_NOTE: Final = "safety.last_exercise"  # int, exercise index

# Set by the progression stage (coach.visit.progression) when it could not read the history.
HISTORY_UNAVAILABLE_NOTE: Final = "history_unavailable"

# The bundled gentle routine for acute pain, in each language: named by the advice before a
# session when the pain now is severe.
GENTLE_ROUTINES: Final = {"en": "back-acute.en.yaml", "nb": "rygg-akutt.nb.yaml"}

# The red-flag check is a quick read before the screen opens; a history locked by another
# program must not keep the patient waiting for long.
RED_FLAG_BUSY_TIMEOUT_S: Final = 0.5


def _local_now() -> datetime:
    return datetime.now().astimezone()


def routine_red_flags(ctx: SessionContext) -> tuple[RedFlag, ...]:
    """The routine's own red-flag questions, as the safety rules take them; a question without
    its own advice gets the article's "contact a doctor immediately"."""
    from coach.safety.red_flags import RedFlag

    default_advice = translate("safety.stop.red_flag", ctx.lang)
    return tuple(
        RedFlag(f"routine.{i}", flag.question, flag.advice or default_advice)
        for i, flag in enumerate(ctx.routine.red_flags)
    )


def recorder_of(ctx: SessionContext) -> SessionRecorder | None:
    """The session's history recorder, once the history listener has made it."""
    recorder = ctx.notes.get(RECORDER_NOTE)
    return recorder  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class SafetyStages:
    """The stages and listeners of issue 5; `now` is the wall clock (tests pass a fixed one)."""

    now: Callable[[], datetime] = _local_now

    # --- before the session -------------------------------------------------------------------

    def red_flags(self, ctx: SessionContext) -> Screen[bool] | None:
        """The red-flag screen, when it is due: once a day at home (the history remembers the
        last "none of these"), every session with `--red-flags every-session`, with the
        routine's own questions, with `--no-history`, in a preview, or in kiosk mode (no
        history is opened there at all)."""
        from coach.safety.red_flags import red_flag_screen_due, red_flags_for

        config = ctx.config
        if config.checkins_skipped:
            return None
        own = routine_red_flags(ctx)
        # A routine's own questions belong to it: asked with it, whatever was answered today.
        frequency = "every_session" if own else config.red_flag_frequency
        remember = config.keeps_history
        last = None
        if remember and frequency == "daily":
            last = _last_all_clear(config.data_dir)
        due = red_flag_screen_due(
            last,
            self.now().date(),
            frequency=frequency,
            kiosk=config.kiosk,
            no_checkins=config.no_checkins,
        )
        if not due:
            return None
        from coach.ui.screens.red_flags import RedFlagScreen

        def answered(all_clear: bool) -> None:
            if remember:
                _record_red_flag_check(config.data_dir, self.now(), all_clear=all_clear)

        return RedFlagScreen(
            red_flags_for(ctx.lang, own), ctx.lang, on_answer=answered, kiosk=config.kiosk
        )

    def pain_before(self, ctx: SessionContext) -> Screen[bool] | None:
        """Pain now, before the session."""
        if ctx.config.checkins_skipped:
            return None
        from coach.ui.screens.pain import PainMoment, PainScreen

        def answered(pain: int) -> None:
            ctx.notes[PAIN_BEFORE_NOTE] = pain
            recorder = recorder_of(ctx)
            if recorder is not None:
                recorder.set_pain_before(pain)

        ctx.notes[PAIN_BEFORE_ASKED_NOTE] = True
        return PainScreen(PainMoment.BEFORE, ctx.lang, on_answer=answered)

    def severe_pain_before(self, ctx: SessionContext) -> Screen[bool] | None:
        """With severe pain now (7 or more): the article's advice for acute pain and the gentle
        routine, before the session starts; the patient may start, or go back to choose it.
        In a kiosk the gentle routine (done lying on the floor) is not offered to a visitor in
        a waiting room: they are told to tell the staff first (coach's own advice)."""
        from coach.safety.guidance import before_session_advice

        pain = ctx.notes.get(PAIN_BEFORE_NOTE)
        keys = before_session_advice(pain if isinstance(pain, int) else None)
        if not keys:
            return None
        from coach.safety.pain import pain_words
        from coach.ui.screens.before_advice import BeforeSessionAdviceScreen

        lang = ctx.lang
        assert isinstance(pain, int)
        lines = [translate(k, lang, pain=pain, words=pain_words(pain, lang)) for k in keys]
        gentle = None if ctx.config.kiosk else _gentle_routine(ctx)
        if ctx.config.kiosk:
            lines.append(translate("safety.before.kiosk", lang))
        elif gentle is True:
            lines.append(translate("safety.before.gentle_chosen", lang))
        elif gentle is not None:
            lines.append(translate("safety.before.gentle", lang, title=gentle))
        note = translate("safety.before.own_numbers", lang)
        return BeforeSessionAdviceScreen(tuple(lines), note, lang)

    # --- while it runs ------------------------------------------------------------------------

    def history(self, ctx: SessionContext) -> EventListener | None:
        """Record the session in the history as it goes (not in kiosk mode, nor with
        `--no-history`, nor in a preview: the session screen says a preview is not saved).
        A history that cannot be used does not stop the session: the session screen says, for
        the whole session, that it is not being saved."""
        from coach.store.recorder import start_recording

        config = ctx.config
        notice = _NotSavedNotice(ctx)
        if config.preview and not config.kiosk:
            notice.preview()
        app = ctx.app

        # The recorder writes on its own thread and calls these there: over to the app's.
        def stopped(failure: HistoryUnavailable) -> None:
            if app is None:
                notice.stopped_saving(failure)
            else:
                app.call_later(notice.stopped_saving, failure)

        def waiting(now_waiting: bool) -> None:
            if app is None:
                notice.waiting(now_waiting)
            else:
                app.call_later(notice.waiting, now_waiting)

        recorder = start_recording(
            ctx.routine,
            ctx.routine.path,
            enabled=config.keeps_history,
            data_dir=config.data_dir,
            doses=ctx.doses,
            on_failure=stopped,
            on_waiting=waiting,
        )
        listener = _RecordingListener(recorder, notice)
        ctx.cleanups.append(listener.close)
        ctx.notes[RECORDER_NOTE] = recorder
        pain = ctx.notes.get(PAIN_BEFORE_NOTE)
        if isinstance(pain, int):
            recorder.set_pain_before(pain)
        if recorder.failure is not None:
            # The progression stage may already have said why the history can't be read.
            said = ctx.notes.get(HISTORY_UNAVAILABLE_NOTE) is not None
            notice.not_saved(recorder.failure, reason_said=said)
        return listener.handle

    def exercise_pain(self, ctx: SessionContext) -> EventListener | None:
        """Pain after each exercise, when the routine asks (`pain_check: after_each_exercise`):
        the session pauses for the question and goes on after it. The last exercise is asked
        with the session's own "pain after"."""
        if ctx.routine.pain_check != "after_each_exercise" or ctx.config.checkins_skipped:
            return None
        app = ctx.app
        if app is None:
            return None
        from coach.session.events import EventKind

        def ask(index: int) -> None:
            from coach.ui.screens.pain import PainMoment, PainScreen

            runner = app.session
            if runner is None or runner.finished:
                return
            was_paused = runner.engine.paused
            runner.pause()

            def answered(pain: int) -> None:
                recorder = recorder_of(ctx)
                if recorder is not None:
                    recorder.set_exercise_pain(index, pain)

            def closed(_: bool | None) -> None:
                if not was_paused and app.session is runner:
                    runner.resume()

            name = ctx.routine.exercises[index].name
            screen = PainScreen(
                PainMoment.AFTER_EXERCISE, ctx.lang, on_answer=answered, exercise=name
            )
            app.push_screen(screen, closed)

        def listen(events: Sequence[Event]) -> None:
            ended = any(
                e.kind in (EventKind.SESSION_COMPLETED, EventKind.SESSION_ENDED_EARLY)
                for e in events
            )
            for event in events:
                if event.kind is EventKind.EXERCISE_COMPLETED and event.exercise_index is not None:
                    if ended:
                        ctx.notes[LAST_EXERCISE_NOTE] = event.exercise_index
                    else:
                        # After this batch has reached every listener: pausing now would put
                        # PAUSED before the batch's own events in the events file.
                        app.call_later(ask, event.exercise_index)

        return listen

    # --- after the session --------------------------------------------------------------------

    def pain_after(self, ctx: SessionContext) -> Screen[bool] | None:
        """Pain now, after the session (however it ended)."""
        if ctx.config.checkins_skipped:
            return None
        from coach.ui.screens.pain import PainMoment, PainScreen

        def answered(pain: int) -> None:
            ctx.notes[PAIN_AFTER_NOTE] = pain
            recorder = recorder_of(ctx)
            if recorder is None:
                return
            recorder.set_pain_after(pain)
            last = ctx.notes.get(LAST_EXERCISE_NOTE)
            if isinstance(last, int):
                recorder.set_exercise_pain(last, pain)

        return PainScreen(PainMoment.AFTER, ctx.lang, on_answer=answered)

    def guidance(self, ctx: SessionContext) -> Screen[bool] | None:
        """The article's guidance with the pain answers (when pain after was answered)."""
        after = ctx.notes.get(PAIN_AFTER_NOTE)
        if not isinstance(after, int):
            return None
        from coach.safety.guidance import after_session_guidance
        from coach.ui.screens.after_session import AfterSessionScreen

        before = ctx.notes.get(PAIN_BEFORE_NOTE)
        guidance = after_session_guidance(before if isinstance(before, int) else None, after)
        return AfterSessionScreen(guidance, ctx.lang)


class _RecordingListener:
    """Hands the events to the recorder, and closes it once the session has ended.

    When the app closes mid-session, the session's cleanups run before the app ends the
    session; that ending is still worth writing, so the recorder then stays open for it.
    """

    def __init__(self, recorder: SessionRecorder, notice: _NotSavedNotice) -> None:
        self._recorder = recorder
        self._notice = notice
        self._running = False
        self._closing = False
        self._closed = False

    def handle(self, events: Sequence[Event]) -> None:
        """Record `events`; the first ones come when the session screen is up."""
        from coach.session.events import EventKind

        if self._closed:
            return
        self._notice.show()
        self._recorder.handle(events)
        for event in events:
            if event.kind is EventKind.SESSION_STARTED:
                self._running = True
            elif event.kind in (EventKind.SESSION_COMPLETED, EventKind.SESSION_ENDED_EARLY):
                self._running = False
        if self._closing and not self._running:
            self._close_now()

    def close(self) -> None:
        """Close the recorder now, or as soon as the running session has ended."""
        self._closing = True
        if not self._running:
            self._close_now()

    def _close_now(self) -> None:
        if not self._closed:
            self._closed = True
            self._recorder.close()


class _NotSavedNotice:
    """Tells the patient the session is not (or no longer) being saved: a line on the session
    screen for the rest of the session, and the reason as a notification."""

    def __init__(self, ctx: SessionContext) -> None:
        self._ctx = ctx
        self._pending: tuple[str, str | None] | None = None  # the line, and the reason

    def not_saved(self, failure: HistoryUnavailable, *, reason_said: bool = False) -> None:
        """The history could not be opened: said when the session screen is up (the reason
        too, unless an earlier screen said it)."""
        self._pending = (
            translate("history.not_saved", self._ctx.lang),
            None if reason_said else failure.message(self._ctx.lang),
        )

    def preview(self) -> None:
        """A preview is never saved: said when the session screen is up."""
        self._pending = (translate("safety.ui.preview_not_saved", self._ctx.lang), None)

    def stopped_saving(self, failure: HistoryUnavailable) -> None:
        """A write failed during the session: said now."""
        self._pending = (
            translate("history.stopped_saving", self._ctx.lang),
            failure.message(self._ctx.lang),
        )
        self.show()

    def waiting(self, now_waiting: bool) -> None:
        """Another program holds the history file (the writes wait for it), or no longer."""
        self._pending = (translate("history.waiting", self._ctx.lang) if now_waiting else "", None)
        self.show()

    def show(self) -> None:
        """Show what is pending on the session screen, if there is one."""
        app = self._ctx.app
        if self._pending is None or app is None:
            return
        from coach.ui.screens.session import SessionScreen

        screens = [s for s in app.screen_stack if isinstance(s, SessionScreen)]
        if not screens:
            return
        line, reason = self._pending
        self._pending = None
        screens[-1].show_notice(line)
        if reason is not None:  # why, and what to do: for a while, beside the lasting line
            app.notify(reason, severity="warning", timeout=8)


def saved_text(notes: Mapping[str, object], lang: Language) -> tuple[str, bool] | None:
    """What of the session is in the history, for the summary, and whether writes still wait
    for the file (so it is worth asking again); None when nothing is to be said (a kiosk,
    `--no-history` or a preview keep nothing, on purpose)."""
    recorder = notes.get(RECORDER_NOTE)
    report = recorder.report() if recorder is not None else None  # type: ignore[attr-defined]
    if report is None:
        return None
    _ = Translator(lang)
    total = len(report.saved) + len(report.not_saved)
    if report.all_saved:
        text = _("history.saved.all")
    elif report.waiting:
        text = _("history.saved.waiting", saved=len(report.saved), total=total)
    elif not report.saved and not report.not_saved:
        text = _("history.saved.none")
    elif not report.not_saved:
        text = _("history.saved.end_not_saved")
    else:
        names = ", ".join(report.not_saved)
        text = _("history.saved.partly", saved=len(report.saved), total=total, names=names)
    return text, report.waiting


def _gentle_routine(ctx: SessionContext) -> str | bool | None:
    """True when the chosen routine is the bundled gentle one; else its title in the session's
    language (None if it cannot be read: the advice then says nothing about it)."""
    from coach.resources import routines_dir
    from coach.routine.loader import load_routine
    from coach.routine.problems import RoutineError

    path = routines_dir() / GENTLE_ROUTINES[ctx.lang]
    chosen = ctx.routine.path
    if chosen is not None and Path(chosen).resolve() == path.resolve():
        return True
    try:
        gentle = load_routine(path)
    except (RoutineError, OSError):
        return None
    return True if gentle.title == ctx.routine.title else gentle.title


def _last_all_clear(data_dir: Path | None) -> date | None:
    """The day of the last "none of these", or None (also when the history cannot be read: then
    the questions are asked)."""
    from coach.store.errors import HistoryUnavailable
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=RED_FLAG_BUSY_TIMEOUT_S) as store:
            return store.last_all_clear_day()
    except HistoryUnavailable:
        return None


def _record_red_flag_check(data_dir: Path | None, when: datetime, *, all_clear: bool) -> None:
    """Remember the answer; a history that cannot be written only means asking again."""
    from coach.store.errors import HistoryUnavailable
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=RED_FLAG_BUSY_TIMEOUT_S) as store:
            store.record_red_flag_check(when, all_clear=all_clear)
    except HistoryUnavailable:
        pass
