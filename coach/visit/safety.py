"""The safety check-ins and the history, as steps and listeners of every visit.

    before:    red flags → pain before → advice with severe pain now
               (each skipped with --no-checkins, never in kiosk)
    listeners: the history recorder → pain after each exercise (when the routine asks)
    after:     pain after → guidance with the answers

What they tell each other goes into the visit's typed `VisitState`. The store and the safety
rules are imported inside the steps: none of it is needed for the first frame.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final

from coach.i18n import translate
from coach.store.errors import HistoryUnavailable
from coach.visit.flow import Visit
from coach.visit.state import VisitState
from coach.visit.ui import BACK, PainMoment, RedFlagOutcome, VisitUI

if TYPE_CHECKING:
    from coach.safety.red_flags import RedFlag
    from coach.session.events import Event
    from coach.visit.runner import EventListener

# The bundled gentle routine for acute pain, in each language: named by the advice before a
# session when the pain now is severe.
GENTLE_ROUTINES: Final = {"en": "back-acute.en.yaml", "nb": "rygg-akutt.nb.yaml"}

# The red-flag check is a quick read before the screen opens; a history locked by another
# program must not keep the patient waiting for long.
RED_FLAG_BUSY_TIMEOUT_S: Final = 0.5


def routine_red_flags(state: VisitState) -> tuple[RedFlag, ...]:
    """The routine's own red-flag questions, as the safety rules take them; a question without
    its own advice gets the article's "contact a doctor immediately"."""
    # deferred: not needed for the first frame (bench/startup.py)
    from coach.safety.red_flags import RedFlag

    default_advice = translate("safety.stop.red_flag", state.lang)
    return tuple(
        RedFlag(f"routine.{i}", flag.question, flag.advice or default_advice)
        for i, flag in enumerate(state.routine.red_flags)
    )


@dataclass(frozen=True, slots=True)
class SafetyStages:
    """The steps and listeners of issue 5; `now` is the wall clock (None: the visit's; tests
    pass a fixed one)."""

    now: Callable[[], datetime] | None = None

    def _now(self, visit: Visit) -> datetime:
        return (self.now or visit.now)()

    # --- before the session -------------------------------------------------------------------

    async def red_flags(self, visit: Visit, ui: VisitUI) -> bool:
        """The red-flag questions, when they are due: once a day at home (the history remembers
        the last "none of these"), every session with `--red-flags every-session`, with the
        routine's own questions, with `--no-history`, in a preview, or in kiosk mode (no
        history is opened there at all)."""
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.safety.red_flags import red_flag_screen_due, red_flags_for

        config = visit.config
        if config.checkins_skipped:
            return True
        own = routine_red_flags(visit.state)
        # A routine's own questions belong to it: asked with it, whatever was answered today.
        frequency = "every_session" if own else config.red_flag_frequency
        remember = config.keeps_history
        last = None
        if remember and frequency == "daily":
            last = await visit.io(_last_all_clear, config.data_dir)
        due = red_flag_screen_due(
            last,
            self._now(visit).date(),
            frequency=frequency,
            kiosk=config.kiosk,
            no_checkins=config.no_checkins,
        )
        if not due:
            return True
        outcome = await ui.ask_red_flags(red_flags_for(visit.lang, own), kiosk=config.kiosk)
        visit.state.red_flags = outcome
        if outcome is not None and remember:
            all_clear = outcome is RedFlagOutcome.ALL_CLEAR
            await visit.io(_record_red_flag_check, config.data_dir, self._now(visit), all_clear)
        return outcome is RedFlagOutcome.ALL_CLEAR

    async def pain_before(self, visit: Visit, ui: VisitUI) -> bool:
        """Pain now, before the session."""
        if visit.config.checkins_skipped:
            return True
        state = visit.state
        state.pain_before_asked = True
        answer = await ui.ask_pain(PainMoment.BEFORE)
        if answer is BACK:
            return False
        if isinstance(answer, int):
            state.pain_before = answer
            if state.recorder is not None:
                state.recorder.set_pain_before(answer)
        return True

    async def severe_pain_before(self, visit: Visit, ui: VisitUI) -> bool:
        """With severe pain now (7 or more): the article's advice for acute pain and the gentle
        routine, before the session starts; the patient may start, or go back to choose it.
        In a kiosk the gentle routine (done lying on the floor) is not offered to a visitor in
        a waiting room: they are told to tell the staff first (coach's own advice)."""
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.safety.guidance import before_session_advice

        pain = visit.state.pain_before
        keys = before_session_advice(pain)
        if not keys or pain is None:
            return True
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.safety.pain import pain_words

        lang = visit.lang
        kiosk = visit.config.kiosk
        lines = [translate(k, lang, pain=pain, words=pain_words(pain, lang)) for k in keys]
        gentle = None if kiosk else await visit.io(_gentle_routine, visit.state)
        if kiosk:
            lines.append(translate("safety.before.kiosk", lang))
        elif gentle is True:
            lines.append(translate("safety.before.gentle_chosen", lang))
        elif gentle is not None:
            lines.append(translate("safety.before.gentle", lang, title=gentle))
        note = translate("safety.before.own_numbers", lang)
        return await ui.show_before_advice(tuple(lines), note)

    # --- while it runs ------------------------------------------------------------------------

    async def history(self, visit: Visit) -> EventListener | None:
        """Record the session in the history as it goes (not in kiosk mode, nor with
        `--no-history`, nor in a preview: the session screen says a preview is not saved).
        A history that cannot be used does not stop the session: the session screen says, for
        the whole session, that it is not being saved."""
        # deferred: the store (sqlite3) is not needed for the first frame (bench/startup.py)
        from coach.store.recorder import start_recording
        from coach.visit.recording import NotSavedNotice, RecordingListener

        config = visit.config
        state = visit.state
        notice = NotSavedNotice(visit)
        if config.preview and not config.kiosk:
            notice.preview()

        # The recorder writes on its own thread and calls these there: over to the visit's.
        def stopped(failure: HistoryUnavailable) -> None:
            visit.from_any_thread(lambda: notice.stopped_saving(failure))

        def waiting(now_waiting: bool) -> None:
            visit.from_any_thread(lambda: notice.waiting(now_waiting))

        # Opening the history (and hashing the routine's file) is disk work: off the loop.
        recorder = await visit.io(
            partial(
                start_recording,
                state.routine,
                state.routine.path,
                enabled=config.keeps_history,
                data_dir=config.data_dir,
                doses=state.doses,
                on_failure=stopped,
                on_waiting=waiting,
            )
        )
        listener = RecordingListener(recorder, notice)
        visit.cleanups.append(listener.close)
        state.recorder = recorder
        if state.pain_before is not None:
            recorder.set_pain_before(state.pain_before)
        if recorder.failure is not None:
            # The progression step may already have said why the history can't be read.
            said = state.history_unavailable is not None
            notice.not_saved(recorder.failure, reason_said=said)
        return listener.handle

    def exercise_pain(self, visit: Visit) -> EventListener | None:
        """Pain after each exercise, when the routine asks (`pain_check: after_each_exercise`):
        the session pauses for the question and goes on after it. The last exercise is asked
        with the session's own "pain after"."""
        if visit.routine.pain_check != "after_each_exercise" or visit.config.checkins_skipped:
            return None
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.session.events import EventKind

        ui = visit.ui
        if ui is None:
            return None

        async def ask(index: int) -> None:
            runner = visit.runner
            if runner is None or runner.finished:
                return
            was_paused = runner.engine.paused
            runner.pause()
            name = visit.routine.exercises[index].name
            answer = await ui.ask_pain(PainMoment.AFTER_EXERCISE, exercise=name)
            if isinstance(answer, int):
                visit.state.exercise_pain[index] = answer
                recorder = visit.state.recorder
                if recorder is not None:
                    recorder.set_exercise_pain(index, answer)
            if not was_paused and visit.runner is runner and not runner.finished:
                runner.resume()

        def listen(events: Sequence[Event]) -> None:
            ended = any(
                e.kind in (EventKind.SESSION_COMPLETED, EventKind.SESSION_ENDED_EARLY)
                for e in events
            )
            for event in events:
                if event.kind is EventKind.EXERCISE_COMPLETED and event.exercise_index is not None:
                    if ended:
                        visit.state.last_exercise = event.exercise_index
                    else:
                        # After this batch has reached every listener: pausing now would put
                        # PAUSED before the batch's own events in the events file.
                        visit.later(partial(ask, event.exercise_index))

        return listen

    # --- after the session --------------------------------------------------------------------

    async def pain_after(self, visit: Visit, ui: VisitUI) -> bool:
        """Pain now, after the session (however it ended)."""
        if visit.config.checkins_skipped:
            return True
        answer = await ui.ask_pain(PainMoment.AFTER)
        if not isinstance(answer, int):
            return True
        state = visit.state
        state.pain_after = answer
        recorder = state.recorder
        if recorder is not None:
            recorder.set_pain_after(answer)
            if state.last_exercise is not None:
                state.exercise_pain[state.last_exercise] = answer
                recorder.set_exercise_pain(state.last_exercise, answer)
        return True

    async def guidance(self, visit: Visit, ui: VisitUI) -> bool:
        """The article's guidance with the pain answers (when pain after was answered)."""
        after = visit.state.pain_after
        if after is None:
            return True
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.safety.guidance import after_session_guidance

        await ui.show_guidance(after_session_guidance(visit.state.pain_before, after))
        return True


def _gentle_routine(state: VisitState) -> str | bool | None:
    """True when the chosen routine is the bundled gentle one; else its title in the session's
    language (None if it cannot be read: the advice then says nothing about it)."""
    # deferred: the loader (yaml) is not needed for the first frame (bench/startup.py)
    from coach.resources import routines_dir
    from coach.routine.loader import load_routine
    from coach.routine.problems import RoutineError

    path = routines_dir() / GENTLE_ROUTINES[state.lang]
    chosen = state.routine.path
    if chosen is not None and Path(chosen).resolve() == path.resolve():
        return True
    try:
        gentle = load_routine(path)
    except (RoutineError, OSError):
        return None
    return True if gentle.title == state.routine.title else gentle.title


def _last_all_clear(data_dir: Path | None) -> date | None:
    """The day of the last "none of these", or None (also when the history cannot be read: then
    the questions are asked)."""
    # deferred: the store (sqlite3) is not needed for the first frame (bench/startup.py)
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=RED_FLAG_BUSY_TIMEOUT_S) as store:
            return store.last_all_clear_day()
    except HistoryUnavailable:
        return None


def _record_red_flag_check(data_dir: Path | None, when: datetime, all_clear: bool) -> None:
    """Remember the answer; a history that cannot be written only means asking again."""
    # deferred: the store (sqlite3) is not needed for the first frame (bench/startup.py)
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=RED_FLAG_BUSY_TIMEOUT_S) as store:
            store.record_red_flag_check(when, all_clear=all_clear)
    except HistoryUnavailable:
        pass
