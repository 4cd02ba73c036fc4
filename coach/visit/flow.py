"""The path of one session through the screens, and the hooks later features plug into.

    picker → [before stages] → session screen → [after stages] → summary → picker (or quit)

A *stage* is a function of the `SessionContext` that returns a screen to show (or None when it
is not needed this time, e.g. a red-flag check already answered this week). A before-stage's
screen dismisses with True to go on, False to go back without starting. An after-stage's screen
is shown between the session and the summary; its result is not used. A *listener factory*
returns one more listener for the engine's events (a history recorder), or None.

Stages may fill in the context: `doses` before the plan is built, `notes` for each other, and
`cleanups` to run when the session is over (closing a recorder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.i18n import Language
from coach.visit.config import AppConfig

if TYPE_CHECKING:  # types only: the app imports this module before its first frame
    from textual.screen import Screen

    from coach.routine.model import Routine
    from coach.session.engine import SessionSummary
    from coach.session.plan import Dose, Plan
    from coach.ui.app import CoachApp
    from coach.visit.runner import EventListener


@dataclass(eq=False)
class SessionContext:
    """One run of a routine, from the first before-stage to the summary."""

    config: AppConfig
    routine: Routine
    lang: Language
    doses: dict[int, Dose] = field(default_factory=dict)  # exercise index -> chosen dose
    plan: Plan | None = None  # built after the before-stages, from `doses`
    listeners: list[EventListener] = field(default_factory=list)
    summary: SessionSummary | None = None  # set when the session is over
    notes: dict[str, object] = field(default_factory=dict)  # what stages tell each other
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    # The app running the session: for listeners that show something while it runs (a pain
    # question after an exercise, a line saying the session is not being saved).
    app: CoachApp | None = None

    def close(self) -> None:
        """Run the cleanups, last added first; each runs once."""
        while self.cleanups:
            self.cleanups.pop()()


Stage = Callable[[SessionContext], "Screen[bool] | None"]
ListenerFactory = Callable[[SessionContext], "EventListener | None"]


@dataclass(frozen=True, slots=True)
class SessionHooks:
    """Where the safety and history features plug into every session."""

    before: tuple[Stage, ...] = ()
    after: tuple[Stage, ...] = ()
    listeners: tuple[ListenerFactory, ...] = ()
