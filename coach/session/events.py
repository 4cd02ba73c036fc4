"""What the engine says happened: the one vocabulary shared by the UI, sound, logs and history."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from coach.routine.model import Side


class EventKind(StrEnum):
    """Every kind of event; the values are the names written to the `--events` file."""

    SESSION_STARTED = "session_started"
    EXERCISE_STARTED = "exercise_started"  # the get-ready countdown of an exercise begins
    PREPARE_ENDED = "prepare_ended"  # get-ready is over: the exercise itself begins
    HOLD_STARTED = "hold_started"
    HOLD_ENDED = "hold_ended"  # the release
    REP_STARTED = "rep_started"  # a paced or manual rep begins (no hold)
    REP_COUNTED = "rep_counted"
    REST_STARTED = "rest_started"  # between reps or between sets (see `rest`)
    REST_ENDED = "rest_ended"
    WAITING_STARTED = "waiting_started"  # the session waits for the patient to continue
    SIDE_SWITCHED = "side_switched"  # the switch-sides countdown begins; `side` is the new side
    SET_COMPLETED = "set_completed"
    CUE_CHANGED = "cue_changed"  # a timed exercise moves to the next cue of its cycle
    TIMED_STARTED = "timed_started"
    TIMED_ENDED = "timed_ended"
    COUNTDOWN_TICK = "countdown_tick"  # each of the last 3 whole seconds of a countdown
    EXERCISE_COMPLETED = "exercise_completed"
    PAUSED = "paused"
    RESUMED = "resumed"
    SKIPPED = "skipped"
    WENT_BACK = "went_back"
    SESSION_COMPLETED = "session_completed"
    SESSION_ENDED_EARLY = "session_ended_early"


class RestKind(StrEnum):
    BETWEEN_REPS = "between_reps"
    BETWEEN_SETS = "between_sets"


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened at monotonic time `t` (session clock, seconds).

    `t` is the scheduled time of the event (its deadline), not the time of the tick that noticed
    it, so a late tick never shifts what the events say.
    """

    kind: EventKind
    t: float
    exercise: str | None = None
    exercise_index: int | None = None
    set: int | None = None  # 1-based
    rep: int | None = None  # 1-based
    side: Side | None = None
    rest: RestKind | None = None
    # The cue text, for CUE_CHANGED and HOLD_STARTED/HOLD_ENDED; the starting position for
    # EXERCISE_STARTED.
    cue: str | None = None
    remaining: int | None = None  # whole seconds left, for COUNTDOWN_TICK
    # The `now` of the engine call that emitted the event (>= t; the lateness is emitted_at - t).
    # Not part of equality: the same session ticked differently emits equal events.
    emitted_at: float | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, object]:
        """The `--events` file's object for this event (docs/events.md)."""
        obj: dict[str, object] = {
            "t": round(self.t, 6),
            "event": self.kind.value,
            "exercise": self.exercise,
            "set": self.set,
            "rep": self.rep,
            "side": self.side,
        }
        # Optional keys, only when they say something.
        if self.exercise_index is not None:
            obj["exercise_index"] = self.exercise_index
        if self.rest is not None:
            obj["rest"] = self.rest.value
        if self.cue is not None:
            obj["cue"] = self.cue
        if self.remaining is not None:
            obj["remaining"] = self.remaining
        if self.emitted_at is not None:
            obj["emitted_at"] = round(self.emitted_at, 6)
        return obj
