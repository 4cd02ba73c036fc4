"""The progression rules: from an exercise's ranges and its recent sessions, today's dose and why.

Every range of an exercise is a dose envelope. A patient starts at its low end; after
`good_sessions` good sessions in a row at the same dose (at most one counted per day) the dose
goes one step up, never past the high end and never sooner than `days_between_steps` days (48 h)
after the dose last changed. A session is judged by the pain reported before and after it (see
`judge`); a session without both answers, or in which the exercise was not completed, is not
judged and changes nothing, unless a pain answer was severe (7 or more), which always counts
against a step up.

What holds the dose (the good sessions keep counting): one flare; severe pain in the last
session; severe pain now, or pain now higher than before the last session; pain before sessions
rising; too soon after the last change. What steps it down: two hurting sessions (flare or
severe) in a row, or one whose pain had not settled by the next session (the article: pain that
"blir sterkere og varer i flere dager" means the training should be adjusted).

The steps of a rep exercise form one ladder: reps grow first, up to the high end, then the hold
(10×3 s, 11×3 s … 15×3 s, 15×4 s, 15×5 s); going down retraces it, hold first. Rungs are counted
from the low end (`low`, `low + step`, …, and the high end itself), so going down after going up
lands on the same rungs.

Pure: no store, no clock, no UI. The state is the history itself: the dose of the last session
and the run of sessions done at that dose, so nothing but the sessions has to be remembered.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final, Literal

from coach.routine.model import Exercise, IntRange, SecondsRange
from coach.session.plan import Dose, resolve_dose

# Doses are floats read back from the database; two doses this close are the same dose.
_EPSILON: Final = 1e-6
FLARES_TO_STEP_DOWN: Final = 2
# Coach's own: the first answer of the "severe pain" band of coach's 0-10 scale (7-9 severe,
# 10 the worst imaginable). A session with pain this high is never good, and no step up is
# taken while pain is this high (the article: avoid what increases the pain significantly).
SEVERE_PAIN: Final = 7


@dataclass(frozen=True, slots=True)
class Outcome:
    """One past session of one exercise: the dose it was done at and how it went.

    `pain_after` is the pain after the whole session, `pain_after_exercise` the pain asked right
    after this exercise (when the routine asks it); the worse of the two is used.
    `started_at` is when the session began (None in tests of the rules without a calendar).
    `next_pain_before` is the pain before the next session of any routine (it is the same back),
    or the pain "now" before today's session, at `next_at`: the evidence whether a flare lasted.
    """

    dose: Dose
    completed: bool
    pain_before: int | None = None
    pain_after: int | None = None
    pain_after_exercise: int | None = None
    started_at: datetime | None = None
    next_pain_before: int | None = None
    next_at: datetime | None = None

    @property
    def worst(self) -> int | None:
        """The highest pain answer of the session, None without any."""
        pains = [
            p
            for p in (self.pain_before, self.pain_after, self.pain_after_exercise)
            if p is not None
        ]
        return max(pains) if pains else None

    @property
    def day(self) -> date | None:
        """The day the session began."""
        return None if self.started_at is None else self.started_at.date()


class Verdict(StrEnum):
    """How one session went for one exercise."""

    GOOD = "good"  # completed, pain below 7, and pain rose at most `good_pain_rise`
    FLARE = (
        "flare"  # pain rose at least `flare_pain_rise` (completed or not: stopped because it hurt)
    )
    SEVERE = "severe"  # any pain answer 7 or more (completed or not): never good
    IN_BETWEEN = "in_between"  # a rise between the two thresholds (when they are apart)
    NOT_JUDGED = "not_judged"  # not completed, or pain before or after not answered


def judge(outcome: Outcome, exercise: Exercise) -> Verdict:
    """The verdict on one session of `exercise`, by its progression's pain thresholds."""
    worst = outcome.worst
    if worst is not None and worst >= SEVERE_PAIN:
        return Verdict.SEVERE
    afters = [p for p in (outcome.pain_after, outcome.pain_after_exercise) if p is not None]
    if outcome.pain_before is None or not afters:
        return Verdict.NOT_JUDGED
    rise = max(afters) - outcome.pain_before
    settings = exercise.progression
    # An exercise skipped or a session ended early whose pain still rose is a flare too: the
    # patient may have stopped because it hurt (coach's own, the cautious reading).
    if rise >= settings.flare_pain_rise:
        return Verdict.FLARE
    if not outcome.completed:
        return Verdict.NOT_JUDGED
    if rise <= settings.good_pain_rise:
        return Verdict.GOOD
    return Verdict.IN_BETWEEN


_HURTING: Final = frozenset({Verdict.FLARE, Verdict.SEVERE})


def lasted(outcome: Outcome) -> bool:
    """True when the pain of a hurting session had not settled by the next session: the pain
    before it is still above the pain before this one, or still severe (coach's own reading of
    the article's "varer i flere dager": any point still above, whatever the days between)."""
    after = outcome.next_pain_before
    if after is None:
        return False
    if after >= SEVERE_PAIN:
        return True
    return outcome.pain_before is not None and after > outcome.pain_before


class Reason(StrEnum):
    """Why today's dose is what it is; the value ends the catalog key `progression.why.*`."""

    START = "start"  # no session of this exercise yet: the low end
    UP = "up"  # enough good sessions in a row: one step up
    DOWN = "down"  # two hurting sessions (flare or severe) in a row: one step down
    LASTED = "lasted"  # a hurting session whose pain had not settled by the next: one step down
    CLAMPED = "clamped"  # the last dose is outside the routine's (edited) range: moved into it
    # The range now starts above the last dose, but pain is 7 or more: the dose stays where it
    # was (below the range) rather than go up for a patient in severe pain.
    CLAMP_HELD = "clamp_held"
    STAYED = "stayed"  # a step up was offered and the patient chose to stay
    LIGHTER = "lighter"  # the patient chose one step below last time's dose (a bad day)
    RISING_PAIN = "rising_pain"  # same dose: a step up was due, but pain before has been rising
    SEVERE_NOW = "severe_now"  # same dose: a step up was due, but pain now is 7 or more
    PAIN_HIGHER = "pain_higher"  # same dose: a step up was due, but pain now is above last time's
    NO_PAIN_NOW = "no_pain_now"  # same dose: a step up was due, but "pain now" was left unanswered
    TOO_SOON = "too_soon"  # same dose: a step up was due, but the last change is < 48 h ago
    BUILDING = "building"  # same dose: not yet enough good sessions
    FLARE = "flare"  # same dose: the last judged session was a flare
    SEVERE = "severe"  # same dose: pain was 7 or more in the last judged session
    IN_BETWEEN = "in_between"  # same dose: pain rose more than a good session allows
    UNANSWERED = "unanswered"  # same dose: no session at it has pain answers to judge by
    TOP = "top"  # same dose: the top of every range
    BOTTOM = "bottom"  # a step down is due, but already at the low end: see a physiotherapist
    OFF = "off"  # the routine turns progression off: the low end
    FIXED = "fixed"  # the exercise has no range: its one dose


@dataclass(frozen=True, slots=True)
class DoseDecision:
    """Today's dose of one exercise, the dose it comes from, and why.

    `dose` has every field that fits the exercise filled in (as `resolve_dose` gives it).
    `previous` is the dose of the last session (None when there is none); `good_sessions` the
    good sessions in a row counted at it, of the `needed` a step up takes.
    """

    exercise: Exercise = field(repr=False)
    dose: Dose
    reason: Reason
    previous: Dose | None = None
    good_sessions: int = 0
    needed: int = 0
    # The evidence behind the reason, for its words: pain now (SEVERE_NOW, PAIN_HIGHER), the
    # pain of the last session (SEVERE; before for PAIN_HIGHER), days between (LASTED), the day
    # the next step up may come (TOO_SOON).
    pain: int | None = None
    earlier_pain: int | None = None
    days: int | None = None
    not_before: datetime | None = None

    @property
    def changed(self) -> bool:
        """True when today's dose differs from the last session's."""
        return self.previous is not None and not same_dose(self.dose, self.previous)

    @property
    def held(self) -> bool:
        """True when a step up was due but holds because of pain: rising before sessions,
        severe now, or higher now than last time (not merely too soon)."""
        return self.reason in _HELD_BY_PAIN

    @property
    def worth_telling(self) -> bool:
        """True when the patient should read this line before the session: the dose moved, a
        step up holds because of pain, the last session's pain was severe, or the lowest dose
        still hurts (advice to stop the exercise and contact a physiotherapist)."""
        return self.changed or self.held or self.reason in (Reason.SEVERE, Reason.BOTTOM)

    @property
    def can_lighten(self) -> bool:
        """True when the patient may take one step below last time's dose today (a bad day)."""
        return (
            self.previous is not None
            and self.reason in _LIGHTENABLE
            and not same_dose(step_down(self.exercise, self.previous), self.previous)
        )

    def lighter(self) -> DoseDecision:
        """The decision to take one step below last time's dose today. Like a step down, the
        sessions at the lighter dose start a new run. Raises ValueError when there is none."""
        if not self.can_lighten or self.previous is None:
            raise ValueError(f"{self.exercise.name}: there is no lighter dose to take")
        lower = step_down(self.exercise, self.previous)
        return replace(self, dose=lower, reason=Reason.LIGHTER, good_sessions=0)

    @property
    def can_stay(self) -> bool:
        """True when the patient may keep the last dose instead: only a step up can be refused."""
        return self.reason is Reason.UP

    def stay(self) -> DoseDecision:
        """The decision to keep the last dose instead of stepping up.

        Staying is not a step: the sessions at the last dose keep counting, so the step up is
        offered again next time. Raises ValueError when there is nothing to stay at.
        """
        if not self.can_stay or self.previous is None:
            raise ValueError(f"{self.exercise.name}: only a step up can be refused")
        return replace(self, dose=self.previous, reason=Reason.STAYED)


_HELD_BY_PAIN: Final = frozenset(
    {Reason.RISING_PAIN, Reason.SEVERE_NOW, Reason.PAIN_HIGHER, Reason.NO_PAIN_NOW}
)
# A lighter dose may be chosen instead of any of these (not after a step down: already lighter).
_LIGHTENABLE: Final = frozenset(
    {
        Reason.UP,
        Reason.STAYED,
        Reason.RISING_PAIN,
        Reason.SEVERE_NOW,
        Reason.PAIN_HIGHER,
        Reason.NO_PAIN_NOW,
        Reason.TOO_SOON,
        Reason.BUILDING,
        Reason.FLARE,
        Reason.SEVERE,
        Reason.IN_BETWEEN,
        Reason.UNANSWERED,
        Reason.TOP,
    }
)


def same_dose(a: Dose, b: Dose) -> bool:
    """True when two doses are equal, up to the float noise of a stored number."""
    return all(
        (x is None and y is None) or (x is not None and y is not None and abs(x - y) < _EPSILON)
        for x, y in ((a.reps, b.reps), (a.hold, b.hold), (a.duration, b.duration))
    )


def has_range(exercise: Exercise) -> bool:
    """True when the exercise has a range for its dose to move through."""
    return any(
        r is not None and r.is_range for r in (exercise.reps, exercise.hold, exercise.duration)
    )


def duration_step(exercise: Exercise) -> float:
    """Seconds one step adds to a timed exercise: the routine's, else a quarter of the range."""
    if exercise.duration is None:
        return 0.0
    given = exercise.progression.duration_step
    if given is not None:
        return given
    return (exercise.duration.high - exercise.duration.low) / 4


def rungs(span: IntRange | SecondsRange, step: float) -> list[float]:
    """The values a dose may take in `span`: from the low end by `step`, and the high end."""
    if step <= 0 or not span.is_range:
        return [float(span.low)]
    out: list[float] = []
    count = 0
    while span.low + count * step < span.high - _EPSILON:
        out.append(span.low + count * step)
        count += 1
    out.append(float(span.high))
    return out


def _above(value: float, values: list[float]) -> float | None:
    return next((v for v in values if v > value + _EPSILON), None)


def _below(value: float, values: list[float]) -> float | None:
    return next((v for v in reversed(values) if v < value - _EPSILON), None)


_Part = Literal["reps", "hold", "duration"]


def _ladders(exercise: Exercise) -> list[tuple[_Part, list[float]]]:
    """The parts of a dose a step may change, in the order they grow, each with its rungs."""
    settings = exercise.progression
    if exercise.duration is not None:
        return [("duration", rungs(exercise.duration, duration_step(exercise)))]
    out: list[tuple[_Part, list[float]]] = []
    if exercise.reps is not None:
        out.append(("reps", rungs(exercise.reps, settings.reps_step)))
    if exercise.hold is not None:
        out.append(("hold", rungs(exercise.hold, settings.hold_step)))
    return out


def _with(dose: Dose, name: _Part, value: float) -> Dose:
    if name == "reps":
        return replace(dose, reps=round(value))
    if name == "hold":
        return replace(dose, hold=value)
    return replace(dose, duration=value)


def step_up(exercise: Exercise, dose: Dose) -> Dose:
    """One step up from `dose` (in range): reps first, then the hold; `dose` itself at the top."""
    for name, values in _ladders(exercise):
        current = getattr(dose, name)
        higher = _above(current, values)
        if higher is not None:
            return _with(dose, name, higher)
    return dose


def step_down(exercise: Exercise, dose: Dose) -> Dose:
    """One step down from `dose` (in range): the hold first, then reps; `dose` at the bottom."""
    for name, values in reversed(_ladders(exercise)):
        current = getattr(dose, name)
        lower = _below(current, values)
        if lower is not None:
            return _with(dose, name, lower)
    return dose


def clamp(exercise: Exercise, dose: Dose) -> Dose:
    """`dose` with every field moved into the exercise's range."""
    spans: dict[_Part, IntRange | SecondsRange | None] = {
        "reps": exercise.reps,
        "hold": exercise.hold,
        "duration": exercise.duration,
    }
    out = dose
    for name, span in spans.items():
        value = getattr(dose, name)
        if span is not None and value is not None:
            out = _with(out, name, min(max(value, span.low), span.high))
    return out


def fit(exercise: Exercise, dose: Dose) -> Dose | None:
    """A recorded dose made to fit the exercise as the routine now defines it.

    None when it can't be: the exercise changed between timed and rep-based. A hold the
    exercise gained starts at its low end; a hold it lost is dropped.
    """
    if exercise.duration is not None:
        if dose.duration is None or not math.isfinite(dose.duration):
            return None
        return Dose(duration=dose.duration)
    if dose.reps is None or dose.duration is not None:
        return None
    hold = None
    if exercise.hold is not None:
        hold = dose.hold if dose.hold is not None else exercise.hold.low
    return Dose(reps=dose.reps, hold=hold)


def _stretch(exercise: Exercise, current: Dose, history: Sequence[Outcome]) -> list[Outcome]:
    """The sessions done at `current` since the dose last changed, oldest first."""
    out: list[Outcome] = []
    for outcome in reversed(history):
        fitted = fit(exercise, outcome.dose)
        if fitted is None or not same_dose(fitted, current):
            break
        out.append(outcome)
    out.reverse()
    return out


def _judged(exercise: Exercise, stretch: Sequence[Outcome]) -> list[tuple[Verdict, Outcome]]:
    """The verdicts on the sessions of a stretch; sessions that were not judged are left out
    (they neither count nor break a run)."""
    judged = ((judge(o, exercise), o) for o in stretch)
    return [(v, o) for v, o in judged if v is not Verdict.NOT_JUDGED]


def _count_last(run: Sequence[tuple[Verdict, Outcome]], verdicts: frozenset[Verdict]) -> int:
    count = 0
    for verdict, _ in reversed(run):
        if verdict not in verdicts:
            break
        count += 1
    return count


def _good_days(run: Sequence[tuple[Verdict, Outcome]]) -> int:
    """The good sessions at the end of the run, at most one a day (coach's own: a second
    session the same day is not more evidence that the dose suits the back)."""
    days: set[date] = set()
    count = 0
    for verdict, outcome in reversed(run):
        if verdict is not Verdict.GOOD:
            break
        day = outcome.day
        if day is None:
            count += 1
        elif day not in days:
            days.add(day)
            count += 1
    return count


def _days_between(outcome: Outcome) -> int | None:
    if outcome.started_at is None or outcome.next_at is None:
        return None
    return max(0, (outcome.next_at.date() - outcome.started_at.date()).days)


def _severe_pain(last: Outcome, pain_now: int | None, recent_severe: int | None) -> int | None:
    """The severe pain (7 or more) of now, of a recent session, or of the last one; or None."""
    found = [p for p in (pain_now, recent_severe, last.worst) if p is not None and p >= SEVERE_PAIN]
    return max(found, default=None)


def _higher(a: Dose, b: Dose) -> bool:
    """True when any part of dose `a` is more than that part of `b`."""
    pairs = ((a.reps, b.reps), (a.hold, b.hold), (a.duration, b.duration))
    return any(x is not None and y is not None and x > y for x, y in pairs)


def decide(
    exercise: Exercise,
    history: Sequence[Outcome],
    *,
    pain_rising: bool = False,
    pain_now: int | None = None,
    pain_now_skipped: bool = False,
    recent_severe: int | None = None,
    now: datetime | None = None,
) -> DoseDecision:
    """Today's dose of `exercise` from its past sessions (`history`, oldest first), and why.

    `pain_rising`: the pain before sessions has been rising (`guidance.pain_rising`, over every
    routine). Each session may have been good for this exercise on its own, but the back is
    getting worse, so a step up that is due holds instead (`RISING_PAIN`); steps down still
    apply. Holding is not a step: the good sessions keep counting, so the step up comes once the
    pain settles.

    `pain_now`: the pain the patient reported just now, before today's session. It is the
    evidence whether the last session's flare lasted, and a step up holds while it is severe
    or higher than before the last session. `pain_now_skipped`: the patient was asked and did
    not answer; coach cannot tell how the back is, so a step up that is due holds
    (`NO_PAIN_NOW`; coach's own, the cautious reading). `recent_severe`: the worst pain (7 or
    more) of a recent session of any routine, also one that never reached this exercise: a step
    up that is due holds (`SEVERE`). `now`: when today's session is about to
    start; a step up comes no sooner than `days_between_steps` days after the first session at
    the last dose (None: the rules are used without a calendar, as in tests of the ladder).
    """
    low = resolve_dose(exercise)
    settings = exercise.progression
    needed = settings.good_sessions
    if now is not None and now.tzinfo is None:
        now = now.astimezone()  # a clock without a time zone is the patient's local time
    if not settings.enabled:
        return DoseDecision(exercise, low, Reason.OFF)
    last = fit(exercise, history[-1].dose) if history else None
    if last is None:
        reason = Reason.START if has_range(exercise) else Reason.FIXED
        return DoseDecision(exercise, low, reason, needed=needed)
    clamped = clamp(exercise, last)
    if not same_dose(clamped, last):
        severe = _severe_pain(history[-1], pain_now, recent_severe)
        if severe is not None and _higher(clamped, last):
            return DoseDecision(
                exercise, last, Reason.CLAMP_HELD, previous=last, needed=needed, pain=severe
            )
        return DoseDecision(exercise, clamped, Reason.CLAMPED, previous=last, needed=needed)
    if not has_range(exercise):
        return DoseDecision(exercise, last, Reason.FIXED, previous=last)

    if pain_now is not None and history[-1].next_pain_before is None:
        history = [*history[:-1], replace(history[-1], next_pain_before=pain_now, next_at=now)]
    stretch = _stretch(exercise, last, history)
    run = _judged(exercise, stretch)
    hurting = _count_last(run, _HURTING)
    good = _good_days(run)

    def same(reason: Reason, pain: int | None = None) -> DoseDecision:
        return DoseDecision(
            exercise, last, reason, last, good_sessions=good, needed=needed, pain=pain
        )

    def down(reason: Reason, outcome: Outcome | None = None) -> DoseDecision:
        lower = step_down(exercise, last)
        if same_dose(lower, last):
            return same(Reason.BOTTOM)
        decision = DoseDecision(exercise, lower, reason, last, needed=needed)
        if outcome is None:
            return decision
        return replace(
            decision,
            days=_days_between(outcome),
            pain=outcome.next_pain_before,
            earlier_pain=outcome.pain_before,
        )

    if run and run[-1][0] in _HURTING and lasted(run[-1][1]):
        return down(Reason.LASTED, run[-1][1])
    if hurting >= FLARES_TO_STEP_DOWN:
        return down(Reason.DOWN)
    if run and run[-1][0] is Verdict.SEVERE:
        return same(Reason.SEVERE, run[-1][1].worst)
    if hurting == 1:
        return same(Reason.FLARE)
    if run and run[-1][0] is Verdict.IN_BETWEEN:
        return same(Reason.IN_BETWEEN)
    higher = step_up(exercise, last)
    if same_dose(higher, last):
        return same(Reason.TOP)
    if good < needed:
        return same(Reason.BUILDING if run else Reason.UNANSWERED)
    if pain_now is not None and pain_now >= SEVERE_PAIN:
        return same(Reason.SEVERE_NOW, pain_now)
    if pain_now is None and pain_now_skipped:
        return same(Reason.NO_PAIN_NOW)
    if recent_severe is not None:
        return same(Reason.SEVERE, recent_severe)
    earlier = history[-1].pain_before
    if pain_now is not None and earlier is not None and pain_now > earlier:
        return replace(same(Reason.PAIN_HIGHER, pain_now), earlier_pain=earlier)
    if pain_rising:
        return same(Reason.RISING_PAIN)
    first = stretch[0].started_at if stretch else None
    if first is not None and first.tzinfo is None:
        first = first.astimezone()
    if now is not None and first is not None:
        not_before = first + timedelta(days=settings.days_between_steps)
        if now < not_before:
            return replace(same(Reason.TOO_SOON), not_before=not_before)
    return DoseDecision(exercise, higher, Reason.UP, last, good_sessions=good, needed=needed)
