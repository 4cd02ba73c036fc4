"""The engine: walks a plan against a monotonic clock and says what happened.

A pure, synchronous state machine. `tick(now)` and every command take the current time and return
the events that happened up to it. Phase ends are absolute deadlines: a step starts exactly at the
previous step's deadline, so a late tick emits the missed events with their scheduled times and
never delays what follows. Nothing here sleeps or reads a clock: the caller passes `now`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

from coach.session.events import Event, EventKind, RestKind
from coach.session.plan import Plan, Step, StepKind

# `back` within this many seconds of an exercise's start (or during its get-ready) goes to the
# previous exercise instead of restarting this one, like "previous track" in a music player.
BACK_GRACE_S: Final = 2.0
# COUNTDOWN_TICK is emitted for each of the last this many whole seconds of a timed phase.
COUNTDOWN_FROM: Final = 3

# Paced reps follow a rhythm of a few seconds; a countdown inside every rep would be noise.
_NO_COUNTDOWN: Final = frozenset({StepKind.PACED_REP, StepKind.MANUAL_REP})
# Steps the patient may end early with Enter (`proceed`); holds and timed work are not cut short.
_PROCEEDABLE: Final = frozenset(
    {
        StepKind.PREPARE,
        StepKind.REST,
        StepKind.SET_BREAK,
        StepKind.SWITCH_SIDES,
        StepKind.MANUAL_REP,
    }
)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What the patient did, for the summary screen and the history."""

    exercises_completed: tuple[str, ...]  # names, in routine order
    # Skipped and not taken up again: an exercise the patient went back to and worked on is not
    # listed (it is completed or unfinished instead); one completed once stays completed.
    exercises_skipped: tuple[str, ...]  # names, in routine order
    # Begun (past its get-ready) but neither completed nor skipped: cut short by the end of the
    # session, or left by going back to an earlier exercise.
    exercises_unfinished: tuple[str, ...]  # names, in routine order
    reps_done: int  # every rep counted: held, paced and manual
    holds_done: int  # holds held to their end
    sets_completed: int
    active_time: float  # seconds, pauses excluded
    total_time: float  # seconds from start to end (or to now)
    ended_early: bool
    finished: bool


@dataclass(frozen=True, slots=True)
class _Mark:
    """Something that happens inside a step, `offset` seconds after it starts."""

    offset: float
    kind: EventKind
    remaining: int | None = None
    cue: str | None = None


def _marks(step: Step) -> tuple[_Mark, ...]:
    duration = step.duration
    if duration is None or duration <= 0:
        return ()
    marks = [
        _Mark(offset, EventKind.CUE_CHANGED, cue=cue.text) for offset, cue in step.cue_changes()[1:]
    ]
    if step.kind not in _NO_COUNTDOWN:
        for k in range(COUNTDOWN_FROM, 0, -1):
            # Only ticks after the start: a 3 s rest beeps at 2 and 1, not together with its start.
            if duration - k > 0:
                marks.append(_Mark(duration - k, EventKind.COUNTDOWN_TICK, remaining=k))
    marks.sort(key=lambda m: m.offset)  # stable: a cue change before a tick at the same moment
    return tuple(marks)


class Engine:
    """Walks a `Plan`; every method that takes `now` returns the events up to and at `now`.

    `now` is seconds on a monotonic clock; a `now` earlier than the last one is treated as the
    last one. Calling anything but `start` first is a bug (RuntimeError).
    """

    def __init__(self, plan: Plan) -> None:
        self.plan: Final = plan
        self._started = False
        self._finished = False
        self._ended_early = False
        self._index = 0
        # When the current step started, shifted forward by pauses, so its deadline is
        # `_anchor + duration`. While paused, a step entered by a command is anchored at the
        # pause's start, so resuming shifts it to the resume time.
        self._anchor = 0.0
        self._exercise_anchor = 0.0  # the same, for the current exercise's first step
        self._paused_at: float | None = None
        self._waiting = False
        self._marks: tuple[_Mark, ...] = ()
        self._mark_pos = 0
        self._cue: str | None = None
        self._last_now = 0.0
        self._start_t = 0.0
        self._end_t = 0.0
        self._paused_total = 0.0
        self._reps_done = 0
        self._holds_done = 0
        self._sets_completed = 0
        self._status: dict[int, Literal["started", "completed", "skipped"]] = {}

    # --- read-only state -------------------------------------------------------------------

    @property
    def current(self) -> Step | None:
        """The step under way; None before the start and once finished."""
        if not self._started or self._finished:
            return None
        return self.plan.steps[self._index]

    @property
    def step_index(self) -> int:
        """The index of the current step in `plan.steps` (`len(plan.steps)` once completed)."""
        return self._index

    @property
    def started(self) -> bool:
        return self._started

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def waiting(self) -> bool:
        """True while the session waits for the patient (a manual rep, a waiting set break)."""
        return self._waiting and not self._finished

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def ended_early(self) -> bool:
        return self._ended_early

    @property
    def cue(self) -> str | None:
        """The cue to show now: a timed exercise's current cue, the hold cue, the release cue."""
        step = self.current
        if step is None:
            return None
        if step.kind is StepKind.TIMED:
            return self._cue
        if step.kind is StepKind.HOLD:
            return step.hold_cue
        if step.kind is StepKind.REST:
            return step.release_cue
        return None

    def can_proceed(self) -> bool:
        """Whether Enter (`proceed`) ends the step now: a get-ready, rest, set break or side
        switch, or a manual rep to count; not a hold, timed work or a paced rep, nor while paused.

        Before the start, whether it will on the first step (a UI shows that step while the
        session gets ready); False once the session is over. Like `current`, this is the state
        after the last call: a step whose deadline passed since is still the one asked about.
        """
        if self._finished or self.paused:
            return False
        step = self.plan.steps[self._index] if self.plan.steps else None
        return step is not None and step.kind in _PROCEEDABLE

    def remaining(self, now: float) -> float | None:
        """Seconds left in the current step; None when it waits for the patient or is over."""
        step = self.current
        if step is None or step.duration is None or self._waiting:
            return None
        return max(0.0, self._anchor + step.duration - self._reference(now))

    def cue_remaining(self, now: float) -> float | None:
        """Seconds left of a timed step's current cue (a breath in, a breath out); None in
        other steps and in timed steps without cues."""
        step = self.current
        if step is None or step.kind is not StepKind.TIMED or self._cue is None:
            return None
        remaining = self.remaining(now)
        if remaining is None:
            return None
        end = self._cue_end()
        if end is None:
            return remaining
        return min(remaining, max(0.0, end - self._reference(now)))

    def _cue_end(self) -> float | None:
        """When the current cue gives way to the next (None: it lasts to the step's end)."""
        for mark in self._marks[self._mark_pos :]:
            if mark.kind is EventKind.CUE_CHANGED:
                return self._anchor + mark.offset
        return None

    def elapsed_in_step(self, now: float) -> float:
        """Seconds spent in the current step, pauses excluded (0 when there is none)."""
        if self.current is None:
            return 0.0
        return max(0.0, self._reference(now) - self._anchor)

    def next_deadline(self) -> float | None:
        """The absolute time something next happens: an event or a change of the whole seconds
        shown by `remaining` (its ceiling). None while paused, waiting or finished.

        Always later than the last `now` the engine saw, so a UI that sleeps until then and
        ticks never spins.
        """
        step = self.current
        if step is None or step.duration is None or self._waiting or self.paused:
            return None
        deadline = self._anchor + step.duration
        best = deadline
        if self._mark_pos < len(self._marks):
            best = min(best, self._anchor + self._marks[self._mark_pos].offset)
        best = min(best, self._next_whole_second(deadline))
        # A timed step's breath countdown (`cue_remaining`) has whole seconds of its own.
        cue_end = self._cue_end() if step.kind is StepKind.TIMED and self._cue else None
        if cue_end is not None:
            best = min(best, self._next_whole_second(cue_end))
        return best

    def _next_whole_second(self, end: float) -> float:
        """When a countdown to `end`, shown as ceil(end - now), next drops after the last now."""
        n = math.ceil(end - self._last_now) - 1
        while n > 0 and end - n <= self._last_now:
            n -= 1
        return end - max(n, 0)

    def time_left(self, now: float) -> float:
        """The estimated seconds until the session ends (manual reps at their estimate)."""
        if not self._started:
            return self.plan.total_duration
        step = self.current
        if step is None:
            return 0.0
        in_step = min(max(step.estimate - self.elapsed_in_step(now), 0.0), step.estimate)
        return in_step + self.plan.duration_from(self._index + 1)

    def summary(self, now: float) -> SessionSummary:
        """The figures of the session so far (or of the whole session once finished)."""
        exercises = self.plan.routine.exercises
        if not self._started:
            total = 0.0
            paused = 0.0
        else:
            end = self._end_t if self._finished else max(now, self._last_now)
            total = end - self._start_t
            paused = self._paused_total
            if self._paused_at is not None:
                paused += end - self._paused_at
        return SessionSummary(
            exercises_completed=tuple(
                exercises[i].name for i in sorted(self._status) if self._status[i] == "completed"
            ),
            exercises_skipped=tuple(
                exercises[i].name for i in sorted(self._status) if self._status[i] == "skipped"
            ),
            exercises_unfinished=tuple(
                exercises[i].name for i in sorted(self._status) if self._status[i] == "started"
            ),
            reps_done=self._reps_done,
            holds_done=self._holds_done,
            sets_completed=self._sets_completed,
            active_time=max(0.0, total - paused),
            total_time=total,
            ended_early=self._ended_early,
            finished=self._finished,
        )

    # --- driving -----------------------------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        """Start the session at `now` with the first step."""
        if self._started:
            raise RuntimeError("the session has already started")
        self._started = True
        self._start_t = self._last_now = now
        events = [Event(EventKind.SESSION_STARTED, now, emitted_at=now)]
        self._enter(0, now, events)
        self._run(now, events)
        return events

    def tick(self, now: float) -> list[Event]:
        """Everything that happened up to and at `now`."""
        now = self._now(now)
        events: list[Event] = []
        self._run(now, events)
        return events

    def pause(self, now: float) -> list[Event]:
        """Pause; the current step keeps its remaining time. Nothing when already paused."""
        now, events = self._catch_up(now)
        if self._finished or self._paused_at is not None:
            return events
        self._paused_at = now
        events.append(self._event(EventKind.PAUSED, now))
        return events

    def resume(self, now: float) -> list[Event]:
        """Resume after a pause; nothing when not paused."""
        now, events = self._catch_up(now)
        if self._finished or self._paused_at is None:
            return events
        shift = now - self._paused_at
        self._anchor += shift
        self._exercise_anchor += shift
        self._paused_total += shift
        self._paused_at = None
        events.append(self._event(EventKind.RESUMED, now))
        self._run(now, events)
        return events

    def toggle_pause(self, now: float) -> list[Event]:
        """Pause when running, resume when paused."""
        return self.resume(now) if self.paused else self.pause(now)

    def skip(self, now: float) -> list[Event]:
        """Skip the rest of the current exercise and start the next one's get-ready.

        A paused session stays paused, at the start of the next exercise.
        """
        now, events = self._catch_up(now)
        step = self.current
        if step is None:
            return events
        events.append(self._event(EventKind.SKIPPED, now))
        # Done once and skipped on a second go still counts as done.
        if self._status.get(step.exercise_index) != "completed":
            self._status[step.exercise_index] = "skipped"
        following = step.exercise_index + 1
        target = (
            self.plan.exercise_start(following)
            if following < len(self.plan.routine.exercises)
            else len(self.plan.steps)
        )
        self._enter(target, now, events)
        self._run(now, events)
        return events

    def back(self, now: float) -> list[Event]:
        """Back to the start of the current exercise; during its get-ready or its first
        `BACK_GRACE_S` seconds, to the start of the previous one. A pause stays on."""
        now, events = self._catch_up(now)
        step = self.current
        if step is None:
            return events
        into_exercise = self._reference(now) - self._exercise_anchor
        target = step.exercise_index
        if target > 0 and (step.kind is StepKind.PREPARE or into_exercise < BACK_GRACE_S):
            target -= 1
        events.append(self._event(EventKind.WENT_BACK, now))
        self._enter(self.plan.exercise_start(target), now, events)
        self._run(now, events)
        return events

    def proceed(self, now: float) -> list[Event]:
        """Enter: end a get-ready, rest, set break or side switch early, or count a manual rep.

        Nothing during a hold, a timed exercise or a paced rep, or while paused.
        """
        now, events = self._catch_up(now)
        if not self.can_proceed():
            return events
        self._end_step(now, events)
        self._run(now, events)
        return events

    def end(self, now: float) -> list[Event]:
        """End the session early."""
        now, events = self._catch_up(now)
        if self._finished:
            return events
        events.append(self._event(EventKind.SESSION_ENDED_EARLY, now))
        self._ended_early = True
        self._finish(now)
        return events

    # --- internals ---------------------------------------------------------------------------

    def _now(self, now: float) -> float:
        if not self._started:
            raise RuntimeError("the session has not started")
        now = max(now, self._last_now)
        self._last_now = now
        return now

    def _catch_up(self, now: float) -> tuple[float, list[Event]]:
        """Bring the state up to `now` before a command acts on it."""
        now = self._now(now)
        events: list[Event] = []
        self._run(now, events)
        return now, events

    def _reference(self, now: float) -> float:
        """The moment the state stands still at: the pause's start while paused."""
        return self._paused_at if self._paused_at is not None else max(now, self._last_now)

    def _event(
        self,
        kind: EventKind,
        t: float,
        *,
        cue: str | None = None,
        remaining: int | None = None,
        scope: Literal["step", "set", "exercise"] = "step",
    ) -> Event:
        """An event about the current step at scheduled time `t`.

        `scope` narrows the fields for the completion of a set (no rep or side) or of an
        exercise (no set either).
        """
        step = self.current
        if step is None:
            return Event(kind, t, emitted_at=self._last_now)
        rest = None
        if step.kind is StepKind.REST:
            rest = RestKind.BETWEEN_REPS
        elif step.kind is StepKind.SET_BREAK:
            rest = RestKind.BETWEEN_SETS
        step_scoped = scope == "step"
        return Event(
            kind,
            t,
            exercise=step.exercise.name,
            exercise_index=step.exercise_index,
            set=step.set if scope != "exercise" else None,
            rep=step.rep if step_scoped else None,
            side=step.side if step_scoped else None,
            rest=rest if step_scoped else None,
            cue=cue,
            remaining=remaining,
            emitted_at=self._last_now,
        )

    def _run(self, now: float, events: list[Event]) -> None:
        """Emit every mark and step end due by `now`, in order, each at its scheduled time."""
        while not self._finished and self._paused_at is None and not self._waiting:
            step = self.plan.steps[self._index]
            while (
                self._mark_pos < len(self._marks)
                and self._anchor + self._marks[self._mark_pos].offset <= now
            ):
                mark = self._marks[self._mark_pos]
                self._mark_pos += 1
                if mark.cue is not None:
                    self._cue = mark.cue
                events.append(
                    self._event(
                        mark.kind,
                        self._anchor + mark.offset,
                        remaining=mark.remaining,
                        cue=mark.cue,
                    )
                )
            assert step.duration is not None  # a step without one is always waiting
            deadline = self._anchor + step.duration
            if deadline > now:
                return
            if step.kind is StepKind.SET_BREAK and step.waits:
                self._waiting = True
                events.append(self._event(EventKind.WAITING_STARTED, deadline))
                return
            self._end_step(deadline, events)

    def _end_step(self, at: float, events: list[Event]) -> None:
        """The current step is over at `at`: say so, and enter the next one at the same time."""
        step = self.plan.steps[self._index]
        match step.kind:
            case StepKind.PREPARE:
                events.append(self._event(EventKind.PREPARE_ENDED, at))
            case StepKind.HOLD:
                events.append(self._event(EventKind.HOLD_ENDED, at, cue=step.release_cue))
                events.append(self._event(EventKind.REP_COUNTED, at))
                self._holds_done += 1
                self._reps_done += 1
            case StepKind.PACED_REP | StepKind.MANUAL_REP:
                events.append(self._event(EventKind.REP_COUNTED, at))
                self._reps_done += 1
            case StepKind.REST | StepKind.SET_BREAK:
                events.append(self._event(EventKind.REST_ENDED, at))
            case StepKind.TIMED:
                events.append(self._event(EventKind.TIMED_ENDED, at))
            case StepKind.SWITCH_SIDES:
                pass  # the next hold's start says it all
        if step.ends_set:
            self._sets_completed += 1
            events.append(self._event(EventKind.SET_COMPLETED, at, scope="set"))
        if step.ends_exercise:
            self._status[step.exercise_index] = "completed"
            events.append(self._event(EventKind.EXERCISE_COMPLETED, at, scope="exercise"))
        self._enter(self._index + 1, at, events)

    def _enter(self, index: int, at: float, events: list[Event]) -> None:
        """Make `steps[index]` current from `at` (the end when `index` is past the last)."""
        self._index = index
        self._mark_pos = 0
        self._waiting = False
        self._cue = None
        if index >= len(self.plan.steps):
            self._marks = ()
            events.append(Event(EventKind.SESSION_COMPLETED, at, emitted_at=self._last_now))
            self._finish(at)
            return
        step = self.plan.steps[index]
        self._anchor = self._paused_at if self._paused_at is not None else at
        if step.kind is StepKind.PREPARE:
            self._exercise_anchor = self._anchor
        elif self._status.get(step.exercise_index) != "completed":
            # Past the get-ready the patient is doing it: no longer skipped, if it was before.
            self._status[step.exercise_index] = "started"
        self._marks = _marks(step)
        self._waiting = step.duration is None
        match step.kind:
            case StepKind.PREPARE:
                # The starting position is the get-ready's cue: shown, and said by a voice.
                cue = step.exercise.position
                events.append(self._event(EventKind.EXERCISE_STARTED, at, cue=cue))
            case StepKind.HOLD:
                events.append(self._event(EventKind.HOLD_STARTED, at, cue=step.hold_cue))
            case StepKind.REST | StepKind.SET_BREAK:
                events.append(self._event(EventKind.REST_STARTED, at))
            case StepKind.SWITCH_SIDES:
                events.append(self._event(EventKind.SIDE_SWITCHED, at))
            case StepKind.TIMED:
                events.append(self._event(EventKind.TIMED_STARTED, at))
                changes = step.cue_changes()
                if changes:
                    self._cue = changes[0][1].text
                    events.append(self._event(EventKind.CUE_CHANGED, at, cue=self._cue))
            case StepKind.PACED_REP | StepKind.MANUAL_REP:
                events.append(self._event(EventKind.REP_STARTED, at))

    def _finish(self, at: float) -> None:
        self._finished = True
        self._waiting = False
        self._end_t = at
        if self._paused_at is not None:
            self._paused_total += at - self._paused_at
            self._paused_at = None
