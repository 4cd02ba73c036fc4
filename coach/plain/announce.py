"""The session in sentences: each phase said once at its start, and the seconds left at thresholds.

`Announcer.lines(events, engine, now)` is called after every engine call (the runner's `view`) and
returns the lines to print. It reads the engine only for the countdown; everything else comes from
the events, so a late tick that brings three events says three lines, in order. Pure: no clock, no
output, no Textual; a test drives it with a FakeClock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from coach.i18n import Language, translate
from coach.plain.thresholds import DEFAULT_THRESHOLDS
from coach.routine.model import Side
from coach.session.engine import Engine
from coach.session.events import Event, EventKind, RestKind
from coach.session.plan import Plan, Step, StepKind
from coach.visit.wording import count_text, side_word, whole_seconds

# A phase shorter than this gets no countdown: its start already says how long it is, and
# "1" after every 2-second rest would be noise.
COUNTDOWN_MIN_PHASE_S: Final = 5.0
# Reps at a pace have their rhythm, manual reps wait: neither counts down.
_NO_COUNTDOWN: Final = frozenset({StepKind.PACED_REP, StepKind.MANUAL_REP})


def spoken_seconds(seconds: float, lang: Language) -> str:
    """A duration as a voice says it: "1 second", "45 seconds", "1 minute 30 seconds"."""
    if 0.05 <= seconds < 1:  # under a second (a fast preview): keep the decimal
        text = f"{seconds:.1f}".replace(".", "," if lang == "nb" else ".")
        return translate("plain.seconds.other", lang, count=text)
    whole = max(0, round(seconds))
    if whole < 60:
        form = "one" if whole == 1 else "other"
        return translate(f"plain.seconds.{form}", lang, count=whole)
    minutes, rest = divmod(whole, 60)
    minutes_text = translate(
        f"plain.minutes.{'one' if minutes == 1 else 'other'}", lang, count=minutes
    )
    if rest == 0:
        return minutes_text
    seconds_part = translate(f"plain.seconds.{'one' if rest == 1 else 'other'}", lang, count=rest)
    return translate("plain.minutes_seconds", lang, minutes=minutes_text, seconds=seconds_part)


def spoken_dose(step: Step, lang: Language) -> str:
    """One set of the step's exercise: "10 reps, hold 5 seconds each", "1 minute"."""
    if step.work_duration is not None:
        return spoken_seconds(step.work_duration, lang)
    reps = count_text("reps", step.reps or 1, lang)
    if step.hold is not None:
        return translate(
            "plain.dose.reps_hold", lang, reps=reps, hold=spoken_seconds(step.hold, lang)
        )
    return reps


class Announcer:
    """What plain mode says about a session, in the session's language."""

    def __init__(
        self,
        plan: Plan,
        lang: Language,
        *,
        thresholds: Sequence[int] = DEFAULT_THRESHOLDS,
    ) -> None:
        self.plan: Final = plan
        self.lang: Final = lang
        self.thresholds: Final = tuple(sorted(set(thresholds), reverse=True))
        self._total: Final = len(plan.routine.exercises)
        # Commands are typed as words on a line (a pipe): "paused" names the words, not space.
        self.words = False
        # The countdown of the phase under way: which step, and the lowest number said so far.
        self._counting: int | None = None
        self._said: int | None = None

    def _(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)

    def lines(self, events: Sequence[Event], engine: Engine, now: float) -> list[str]:
        """The lines for one batch of events (maybe none) and the countdown at `now`."""
        out: list[str] = []
        for event in events:
            out.extend(self.event_lines(event, engine))
            if event.kind in _PHASE_STARTS:
                self._counting = engine.step_index
                self._said = None
        out.extend(self._countdown(engine, now))
        return out

    # --- one event ---------------------------------------------------------------------------

    def event_lines(self, event: Event, engine: Engine) -> list[str]:
        """The lines one event says (none for events the next phase's start says better)."""
        _ = self._
        step = self._step_of(event)
        match event.kind:
            case EventKind.SESSION_STARTED:
                return []  # the UI says the title before the clock starts
            case EventKind.EXERCISE_STARTED if step is not None:
                return self._prepare(step)
            case EventKind.HOLD_STARTED if step is not None:
                line = _("plain.hold", duration=self._duration(step), where=self._where(step))
                return [_join(line, event.cue)]
            case EventKind.HOLD_ENDED if event.cue:
                return [_("plain.release", cue=event.cue)]
            case EventKind.REST_STARTED if step is not None:
                return self._rest(step, event.rest)
            case EventKind.WAITING_STARTED if step is not None:
                return [_("plain.waiting", set=step.next_set, sets=step.sets)]
            case EventKind.SIDE_SWITCHED if step is not None and step.side is not None:
                side = side_word(step.side, self.lang)
                return [_("plain.switch_sides", duration=self._duration(step), side=side)]
            case EventKind.SET_COMPLETED if step is not None and step.sets > 1:
                return [_("plain.set_done", set=event.set, sets=step.sets)]
            case EventKind.CUE_CHANGED if event.cue:
                return [event.cue]
            case EventKind.TIMED_STARTED if step is not None:
                return [_("plain.timed", duration=self._duration(step), where=self._where(step))]
            case EventKind.REP_STARTED if step is not None:
                return [self._rep(step)]
            case EventKind.EXERCISE_COMPLETED if event.exercise:
                return [_("plain.exercise_done", name=event.exercise)]
            case EventKind.PAUSED:
                return [_("plain.paused.words" if self.words else "plain.paused")]
            case EventKind.RESUMED:
                return [self._resumed(engine, event.t)]
            case EventKind.SKIPPED if event.exercise:
                return [_("plain.skipped", name=event.exercise)]
            case EventKind.WENT_BACK:
                return [_("plain.went_back")]
            case EventKind.SESSION_COMPLETED:
                return [_("plain.session.done")]
            case EventKind.SESSION_ENDED_EARLY:
                return [_("plain.session.ended")]
        return []

    def _step_of(self, event: Event) -> Step | None:
        """The plan step an event is about: the one whose start (or end) it reports; for an
        event about a whole set or exercise, the exercise's first step."""
        if event.exercise_index is None:
            return None
        steps = self._steps_of_exercise(event.exercise_index)
        if event.kind not in _STEP_KINDS:
            return steps[0] if steps else None
        for step in steps:
            if (
                _kind_fits(step.kind, event)
                and step.set == event.set
                and step.rep == event.rep
                and step.side == event.side
            ):
                return step
        return None

    def _steps_of_exercise(self, index: int) -> Sequence[Step]:
        start = self.plan.exercise_start(index)
        end = (
            self.plan.exercise_start(index + 1) if index + 1 < self._total else len(self.plan.steps)
        )
        return self.plan.steps[start:end]

    def _prepare(self, step: Step) -> list[str]:
        _ = self._
        exercise = step.exercise
        lines = [
            _(
                "plain.prepare",
                duration=self._duration(step),
                number=step.exercise_index + 1,
                total=self._total,
                name=exercise.name,
            )
        ]
        if exercise.position:
            lines.append(_("plain.position", text=exercise.position))
        if exercise.instructions:
            lines.append(exercise.instructions)
        dose = spoken_dose(step, self.lang)
        lines.append(
            _("plain.dose.sets", sets=step.sets, dose=dose)
            if step.sets > 1
            else _("plain.dose", dose=dose)
        )
        if exercise.sides:
            sides = ", ".join(side_word(s, self.lang) for s in exercise.sides)
            lines.append(_("plain.dose.side_order", sides=sides))
        return lines

    def _rest(self, step: Step, rest: RestKind | None) -> list[str]:
        _ = self._
        if rest is RestKind.BETWEEN_SETS:
            lines = [
                _(
                    "plain.set_break",
                    duration=self._duration(step),
                    set=step.next_set,
                    sets=step.sets,
                    dose=spoken_dose(step, self.lang),
                )
            ]
            if step.waits:
                lines.append(_("plain.set_break.waits"))
            return lines
        # During a rest `rep` is the rep just done: the next one is one more.
        following = None if step.rep is None else step.rep + 1
        return [_("plain.rest", duration=self._duration(step), rep=following, reps=step.reps)]

    def _rep(self, step: Step) -> str:
        _ = self._
        if step.rep != 1:  # the first rep said how; the next ones only count
            return _("plain.rep", rep=step.rep, reps=step.reps)
        if step.kind is StepKind.MANUAL_REP:
            return _(
                "plain.manual", rep=step.rep, reps=step.reps, where=self._where(step, rep=False)
            )
        pace = spoken_seconds(step.duration or 0.0, self.lang)
        where = self._where(step, rep=False)
        return _("plain.paced_first", pace=pace, rep=step.rep, reps=step.reps, where=where)

    def _resumed(self, engine: Engine, now: float) -> str:
        step = engine.current
        remaining = engine.remaining(now)
        if step is None or remaining is None:
            return self._("plain.resumed")
        phase = self._(f"plain.phase.{step.kind.value}")
        return self._(
            "plain.resumed.left",
            phase=phase,
            duration=spoken_seconds(whole_seconds(remaining), self.lang),
        )

    def _duration(self, step: Step) -> str:
        return spoken_seconds(step.estimate, self.lang)

    def _where(self, step: Step, *, rep: bool = True) -> str:
        """ "Rep 3 of 10, set 1 of 2, left side, Bridge": where in the exercise this step is."""
        _ = self._
        parts: list[str] = []
        if rep and step.rep is not None and step.reps is not None:
            parts.append(_("plain.where.rep", rep=step.rep, reps=step.reps))
        if step.sets > 1:
            parts.append(_("plain.where.set", set=step.set, sets=step.sets))
        if step.side is not None:
            parts.append(_("plain.where.side", side=_side(step.side, self.lang)))
        parts.append(step.exercise.name)
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    # --- the countdown -----------------------------------------------------------------------

    def _countdown(self, engine: Engine, now: float) -> list[str]:
        step = engine.current
        if (
            step is None
            or engine.paused
            or engine.waiting
            or step.duration is None
            or step.duration < COUNTDOWN_MIN_PHASE_S
            or step.kind in _NO_COUNTDOWN
            or self._counting != engine.step_index
        ):
            return []
        remaining = engine.remaining(now)
        if remaining is None:
            return []
        shown = whole_seconds(remaining)
        if shown not in self.thresholds or shown >= step.duration:
            return []
        if self._said is not None and shown >= self._said:
            return []
        self._said = shown
        if shown <= 3:
            return [str(shown)]
        return [self._("plain.countdown.left", duration=spoken_seconds(shown, self.lang))]


# The events that open a phase: its countdown starts afresh.
_PHASE_STARTS: Final = frozenset(
    {
        EventKind.EXERCISE_STARTED,
        EventKind.HOLD_STARTED,
        EventKind.REST_STARTED,
        EventKind.SIDE_SWITCHED,
        EventKind.TIMED_STARTED,
        EventKind.REP_STARTED,
    }
)

# Which steps an event may be about (an event carries the fields of its step).
_STEP_KINDS: Final[dict[EventKind, frozenset[StepKind]]] = {
    EventKind.EXERCISE_STARTED: frozenset({StepKind.PREPARE}),
    EventKind.HOLD_STARTED: frozenset({StepKind.HOLD}),
    EventKind.HOLD_ENDED: frozenset({StepKind.HOLD}),
    EventKind.REST_STARTED: frozenset({StepKind.REST, StepKind.SET_BREAK}),
    EventKind.WAITING_STARTED: frozenset({StepKind.SET_BREAK}),
    EventKind.SIDE_SWITCHED: frozenset({StepKind.SWITCH_SIDES}),
    EventKind.TIMED_STARTED: frozenset({StepKind.TIMED}),
    EventKind.REP_STARTED: frozenset({StepKind.PACED_REP, StepKind.MANUAL_REP}),
}


def _kind_fits(kind: StepKind, event: Event) -> bool:
    kinds = _STEP_KINDS[event.kind]
    if event.rest is RestKind.BETWEEN_SETS:
        return kind is StepKind.SET_BREAK
    if event.rest is RestKind.BETWEEN_REPS:
        return kind is StepKind.REST
    return kind in kinds


def _side(side: Side, lang: Language) -> str:
    return side_word(side, lang)


def _join(line: str, extra: str | None) -> str:
    return f"{line} {extra}" if extra else line
