"""The before-stage that sets today's doses from the history and says why (issue 6).

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
from pathlib import Path
from typing import TYPE_CHECKING, Final

from coach.visit.flow import SessionContext, Stage
from coach.visit.safety import PAIN_BEFORE_ASKED_NOTE, PAIN_BEFORE_NOTE

if TYPE_CHECKING:
    from textual.screen import Screen

    from coach.progression import DoseDecision, PainDuration, PhysioAdvice
    from coach.routine.model import Routine
    from coach.store.errors import HistoryUnavailable

# The stage runs on the app's loop before the screen shows: it must not hang on a file another
# coach holds (the store's own default waits 2 s).
BUSY_TIMEOUT_S: Final = 0.5
# What the stage tells later stages: the history could not be read (a `HistoryUnavailable`),
# already said on this screen, so the recorder's notice need not repeat its detail.
HISTORY_UNAVAILABLE_NOTE: Final = "history_unavailable"


def _local_now() -> datetime:
    """The wall clock with the patient's time zone, as the history's times have it."""
    return datetime.now().astimezone()


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
    from coach.progression import advice_today, bad_day, todays_doses
    from coach.store.errors import HistoryUnavailable
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
    from coach.store.errors import HistoryUnavailable
    from coach.store.history import HistoryStore

    try:
        with HistoryStore.open_default(data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
            store.record_advice_shown(when, reason)
    except HistoryUnavailable:
        pass


def pain_duration_stage(*, now: Callable[[], datetime] = _local_now) -> Stage:
    """The before-stage that asks, once, how long the back has hurt (issue 11): only at home,
    with a history that has no answer yet; never with `--no-checkins`. A history that can't be
    read or written only means the question is asked again next time."""

    def stage(ctx: SessionContext) -> Screen[bool] | None:
        config = ctx.config
        if not config.keeps_history or config.checkins_skipped:
            return None
        from coach.store.errors import HistoryUnavailable
        from coach.store.history import HistoryStore

        try:
            with HistoryStore.open_default(config.data_dir, busy_timeout=BUSY_TIMEOUT_S) as store:
                if store.pain_duration() is not None:
                    return None
        except HistoryUnavailable:
            return None
        from coach.ui.screens.pain_duration import PainDurationScreen

        def answered(duration: PainDuration) -> None:
            try:
                with HistoryStore.open_default(
                    config.data_dir, busy_timeout=BUSY_TIMEOUT_S
                ) as store:
                    store.record_pain_duration(now(), duration.value)
            except HistoryUnavailable:
                pass

        return PainDurationScreen(ctx.lang, on_answer=answered)

    return stage


def progression_stage(
    *,
    today: Callable[[], date] = date.today,
    now: Callable[[], datetime] = _local_now,
) -> Stage:
    """The before-stage: sets `ctx.doses`, and returns the progression screen when it has
    something to say (`today` and `now` are the calendar, injectable for tests)."""

    def stage(ctx: SessionContext) -> Screen[bool] | None:
        config = ctx.config
        # A kiosk keeps no history, and --no-history and a preview leave it alone (opening it
        # may upgrade or create the file): every session at the low ends.
        if not config.keeps_history:
            return None
        from coach.progression import plan_doses

        pain_now = ctx.notes.get(PAIN_BEFORE_NOTE)
        found = read_progression(
            ctx.routine,
            config.data_dir,
            today(),
            pain_now=pain_now if isinstance(pain_now, int) else None,
            # Asked, and left unanswered: no step up today.
            pain_now_skipped=ctx.notes.get(PAIN_BEFORE_ASKED_NOTE) is True
            and not isinstance(pain_now, int),
            now=now(),
        )
        ctx.doses.update(plan_doses(found.decisions))
        if config.checkins_skipped or not found.worth_showing:
            return None  # nothing said here: the session screen says why it is not saved
        if found.failure is not None:
            ctx.notes[HISTORY_UNAVAILABLE_NOTE] = found.failure
        from coach.ui.screens.progression import ProgressionScreen

        def chosen(decisions: Mapping[int, DoseDecision]) -> None:
            ctx.doses.update(plan_doses(decisions))

        advice = found.advice

        def advice_shown() -> None:
            if advice is not None:
                remember_advice(config.data_dir, now(), advice.reason.value)

        return ProgressionScreen(
            ctx.routine,
            found,
            ctx.lang,
            on_chosen=chosen,
            on_advice_shown=advice_shown,
        )

    return stage
