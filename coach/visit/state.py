"""`VisitState`: what one visit has learnt so far, one typed field each (no blackboard)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.i18n import Language
from coach.visit.config import AppConfig

if TYPE_CHECKING:  # types only: the app imports this module before its first frame
    from coach.routine.model import Routine
    from coach.session.engine import SessionSummary
    from coach.session.plan import Dose, Plan
    from coach.store.errors import HistoryUnavailable
    from coach.store.recorder import SessionRecorder
    from coach.visit.progression import TodaysProgression
    from coach.visit.ui import RedFlagOutcome


@dataclass(eq=False)
class VisitState:
    """One run of a routine, from the first check-in to the summary."""

    config: AppConfig
    routine: Routine
    lang: Language
    doses: dict[int, Dose] = field(default_factory=dict)  # exercise index -> chosen dose
    plan: Plan | None = None  # built after the before-steps, from `doses`
    summary: SessionSummary | None = None  # set when the session is over
    red_flags: RedFlagOutcome | None = None  # None: not asked (or not due)
    pain_before: int | None = None  # 0–10
    # True once "pain now" is asked: asked with no `pain_before` is a question left unanswered.
    pain_before_asked: bool = False
    pain_after: int | None = None
    exercise_pain: dict[int, int] = field(default_factory=dict)  # exercise index -> 0–10
    # The exercise completed in the same moment the session did: its pain is the pain after.
    last_exercise: int | None = None
    recorder: SessionRecorder | None = None  # made by the history listener
    # The history could not be read before the session, and the patient was told why (so the
    # recorder's notice need not repeat the reason).
    history_unavailable: HistoryUnavailable | None = None
    progression: TodaysProgression | None = None  # today's doses, when the history was read
