"""The hooks every session of the real app runs (see `coach.ui.flow`).

None yet: the red-flag and pain screens add their stages here, and the history its recorder:

    SessionHooks(
        before=(red_flag_stage, pain_before_stage),  # each: ctx -> Screen[bool] | None
        after=(pain_after_stage,),
        listeners=(history_recorder,),               # each: ctx -> EventListener | None
    )

`config.no_checkins` and `config.kiosk` are there for them to read.
"""

from __future__ import annotations

from coach.ui.config import AppConfig
from coach.ui.flow import SessionHooks


def default_hooks(config: AppConfig) -> SessionHooks:
    """The stages and listeners for `config`."""
    del config  # read by the stages to come
    return SessionHooks()
