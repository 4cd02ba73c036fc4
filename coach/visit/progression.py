"""The before-steps that set today's doses from the history and says why (issue 6).

Every session (but a kiosk's, which keeps no history) gets its doses from `todays_doses`; the
screen is shown only when there is something to say: a dose moved (up, down, or into a range a
physio edited), a step up holds because pain before sessions has been rising, the advice to
contact a physiotherapist is due, or the history could not be read (then every exercise runs at
the low end of its range, and the screen says so, once).
`--no-checkins` (an author's preview, a scripted run) never stops here: the doses still apply.
A kiosk, `--no-history` and a preview (`--speed` other than 1) don't touch the history: the
low ends, and no screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final

from coach.store.errors import HistoryUnavailable
from coach.visit.flow import Step, Visit
from coach.visit.ui import BACK, VisitUI

if TYPE_CHECKING:
    from coach.progression import DoseDecision, PainDuration, PhysioAdvice
    from coach.routine.model import Routine

# The step reads before the screen shows (in the visit's thread): the patient must not wait
# long for a file another coach holds (the store's own default waits 2 s).
BUSY_TIMEOUT_S: Final = 0.5


@dataclass(frozen=True, slots=True)
class TodaysProgression:
    """Today's dose of every exercise, the advice due today, and why the history was not read."""

    decisions: Mapping[int, DoseDecision]
    advice: PhysioAdvice | None = None
    failure: HistoryUnavailable | None = None

    bad_day: bool = False  # pain now severe, or above last time's: a lighter dose is offered

    @property
    def worth_showing(self) -> bool:
        """True when the patient has something to read or choose before the session."""
        # A step up held back by pain is news too (it would have moved), and so is the lowest
        # dose still hurting; on a bad day the patient may choose lighter doses.
        told = any(d.worth_telling for d in self.decisions.values())
        lighter = self.bad_day and any(d.can_lighten for d in self.decisions.values())
        return told or lighter or self.advice is not None or self.failure is not None


def low_ends(routine: Routine) -> dict[int, DoseDecision]:
    """Every exercise at the low end of its range, as for a first session."""
    # deferred: not needed for the first frame (bench/startup.py)
    from coach.progression import decide

    return {index: decide(exercise, ()) for index, exercise in enumerate(routine.exercises)}


def read_progression(
    routine: Routine,
    data_dir: Path | None,
    today: date,
    *,
    pain_now: int | None = None,
    pain_now_skipped: bool = False,
    now: datetime | None = None,
) -> TodaysProgression:
    """Today's doses and advice from the history in `data_dir` (`--data-dir`, else the default),
    with the pain the patient reported just now (`pain_now`) and the time (`now`).

    A history that cannot be read gives the low ends and the reason; never raises for it.
    """
    # deferred: the rules and the store (sqlite3) are not needed for the first frame
    from coach.progression import advice_today, bad_day, todays_doses
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
            decisions = todays_doses(
                store, routine, pain_now=pain_now, pain_now_skipped=pain_now_skipped, now=now
            )
            advice = advice_today(store, today, store.last_advice_day())
            worse = bad_day(store, pain_now)
    except HistoryUnavailable as failure:
        return TodaysProgression(low_ends(routine), failure=failure)
    return TodaysProgression(decisions, advice, bad_day=worse)


def remember_advice(data_dir: Path | None, when: datetime, reason: str) -> None:
    """Record that the advice was shown (so not again today); a history that cannot be written
    only means it may be shown again."""
    # deferred: the store (sqlite3) is not needed for the first frame (bench/startup.py)
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
            store.record_advice_shown(when, reason)
    except HistoryUnavailable:
        pass


def pain_duration_stage(*, now: Callable[[], datetime] | None = None) -> Step:
    """The before-step that asks, once, how long the back has hurt (issue 11): only at home,
    with a history that has no answer yet; never with `--no-checkins`. A history that can't be
    read or written only means the question is asked again next time (`now`: the wall clock,
    None for the visit's)."""

    async def stage(visit: Visit, ui: VisitUI) -> bool:
        config = visit.config
        if not config.keeps_history or config.checkins_skipped:
            return True
        if not await visit.io(_pain_duration_missing, config.data_dir):
            return True
        answer = await ui.ask_pain_duration()
        if answer is BACK:
            return False
        await visit.io(_record_pain_duration, config.data_dir, (now or visit.now)(), answer)
        return True

    return stage


def _pain_duration_missing(data_dir: Path | None) -> bool:
    """True when the history can be read and holds no answer yet."""
    # deferred: the store (sqlite3) is not needed for the first frame (bench/startup.py)
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
            return store.pain_duration() is None
    except HistoryUnavailable:
        return False


def _record_pain_duration(data_dir: Path | None, when: datetime, duration: PainDuration) -> None:
    # deferred: the store (sqlite3) is not needed for the first frame (bench/startup.py)
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
            store.record_pain_duration(when, duration.value)
    except HistoryUnavailable:
        pass


def progression_stage(
    *,
    today: Callable[[], date] | None = None,
    now: Callable[[], datetime] | None = None,
) -> Step:
    """The before-step: sets the visit's doses, and shows today's progression when it has
    something to say (`today` and `now` are the calendar, None for the visit's wall clock)."""

    async def stage(visit: Visit, ui: VisitUI) -> bool:
        config = visit.config
        state = visit.state
        # A kiosk keeps no history, and --no-history and a preview leave it alone (opening it
        # may upgrade or create the file): every session at the low ends.
        if not config.keeps_history:
            return True
        # deferred: not needed for the first frame (bench/startup.py)
        from coach.progression import plan_doses

        clock = now or visit.now
        found = await visit.io(
            partial(
                read_progression,
                state.routine,
                config.data_dir,
                today() if today is not None else clock().date(),
                pain_now=state.pain_before,
                # Asked, and left unanswered: no step up today.
                pain_now_skipped=state.pain_before_asked and state.pain_before is None,
                now=clock(),
            )
        )
        state.progression = found
        state.doses.update(plan_doses(found.decisions))
        if config.checkins_skipped or not found.worth_showing:
            return True  # nothing said here: the session screen says why it is not saved
        if found.failure is not None:
            state.history_unavailable = found.failure
        advice = found.advice

        def advice_shown() -> None:
            if advice is not None:
                # Fire and forget on the visit's thread; the visit waits for it when it closes.
                visit.io_soon(remember_advice, config.data_dir, clock(), advice.reason.value)

        chosen = await ui.show_progression(state.routine, found, advice_shown)
        if chosen is None:
            return False
        state.doses.update(plan_doses(chosen))
        return True

    return stage
