"""Safety checks as pure functions: red flags, the pain scale, and the guidance after a session.

Nothing here draws a screen or touches a file; the Textual screens and the history build on it.
The texts follow the source article (see docs/history.md, "Safety").
"""

from coach.safety.guidance import (
    AfterSessionGuidance,
    PainChange,
    after_session_guidance,
    before_session_advice,
)
from coach.safety.pain import PAIN_MAX, PAIN_MIN, PainBand, pain_band, pain_words
from coach.safety.red_flags import (
    BUILTIN_RED_FLAGS,
    CheckFrequency,
    RedFlag,
    StopAdvice,
    builtin_red_flags,
    red_flag_screen_due,
    red_flags_for,
    stop_advice,
)

__all__ = [
    "BUILTIN_RED_FLAGS",
    "PAIN_MAX",
    "PAIN_MIN",
    "AfterSessionGuidance",
    "CheckFrequency",
    "PainBand",
    "PainChange",
    "RedFlag",
    "StopAdvice",
    "after_session_guidance",
    "before_session_advice",
    "builtin_red_flags",
    "pain_band",
    "pain_words",
    "red_flag_screen_due",
    "red_flags_for",
    "stop_advice",
]
