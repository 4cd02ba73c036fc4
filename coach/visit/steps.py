"""The hooks every session of the real app runs (see `coach.visit.flow`).

Before-stages run in order, and any of them may send the patient back to the routines: the red
flags come first (a patient with a red flag is never started), then pain now (with the advice
for acute pain when it is severe); stages that pick
today's doses come after them. `config.no_checkins` and `config.kiosk` are read by the stages.
"""

from __future__ import annotations

from coach.visit.config import AppConfig
from coach.visit.flow import SessionHooks
from coach.visit.progression import pain_duration_stage, progression_stage
from coach.visit.safety import SafetyStages


def default_hooks(config: AppConfig) -> SessionHooks:
    """The stages and listeners for `config`."""
    del config  # each stage reads it from the session's context
    safety = SafetyStages()
    return SessionHooks(
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
