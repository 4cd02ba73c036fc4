"""Progression: doses that grow through a routine's ranges, guided by pain, and the advice to see
a physiotherapist when the history calls for it.

    decisions = todays_doses(store, routine)       # {exercise index: DoseDecision}
    plan = build_plan(routine, plan_doses(decisions))
    decision_text(decisions[0], "en")              # "Bridge: hold 4 s today (up from 3 s: …)"
    advice = advice_today(store, date.today(), last_shown)

`rules` and `guidance` are pure; `from_history` reads the history through a protocol. No module
here imports Textual, audio or sqlite (tests/test_import_hygiene.py).
"""

from coach.progression.from_history import (
    ProgressionHistory,
    advice_today,
    bad_day,
    pain_onset,
    plan_doses,
    todays_doses,
)
from coach.progression.guidance import (
    AdviceReason,
    PainBefore,
    PainDuration,
    PainOnset,
    PhysioAdvice,
    advice_title,
    pain_rising,
    physio_advice,
)
from coach.progression.rules import DoseDecision, Outcome, Reason, Verdict, decide, judge
from coach.progression.wording import decision_text, dose_text, stay_text

__all__ = [
    "AdviceReason",
    "DoseDecision",
    "Outcome",
    "PainBefore",
    "PainDuration",
    "PainOnset",
    "PhysioAdvice",
    "ProgressionHistory",
    "Reason",
    "Verdict",
    "advice_title",
    "advice_today",
    "bad_day",
    "decide",
    "decision_text",
    "dose_text",
    "judge",
    "pain_onset",
    "pain_rising",
    "physio_advice",
    "plan_doses",
    "stay_text",
    "todays_doses",
]
