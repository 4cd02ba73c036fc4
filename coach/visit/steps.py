"""The steps every visit of the real app runs (see `coach.visit.flow`).

Before-steps run in order, and any of them may send the patient back to the routines: the red
flags come first (a patient with a red flag is never started), then pain now (with the advice
for acute pain when it is severe); steps that pick today's doses come after them.
`config.no_checkins` and `config.kiosk` are read by the steps.
"""

from __future__ import annotations

from coach.visit.config import AppConfig
from coach.visit.flow import VisitSteps
from coach.visit.progression import pain_duration_stage, progression_stage
from coach.visit.safety import SafetyStages


def default_steps(config: AppConfig) -> VisitSteps:
    """The steps and listeners for `config`."""
    del config  # each step reads it from the visit
    safety = SafetyStages()
    return VisitSteps(
        before=(
            safety.red_flags,
            safety.pain_before,
            safety.severe_pain_before,  # with pain 7 or more: the comfort zone, the gentle routine
            pain_duration_stage(),  # once, at the first session: how long the back has hurt
            progression_stage(),  # today's doses, once the patient may train at all
        ),
        after=(
            safety.pain_after,
            safety.guidance,
        ),
        listeners=(
            safety.history,  # first: the others may talk to its recorder
            safety.exercise_pain,
        ),
    )
