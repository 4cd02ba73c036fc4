"""`VisitUI`: the only way a visit talks to a user interface, and the answers it gets back.

A UI (the Textual app, the plain lines for screen readers) implements `VisitUI`; the visit asks
through it and never sees a screen. Every question the patient answers is async; the UI returns
`BACK` (or None where the type says so) when the patient goes back to the routines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Final, Literal, Protocol

if TYPE_CHECKING:
    from coach.progression import DoseDecision, PainDuration
    from coach.routine.model import Routine
    from coach.safety.guidance import AfterSessionGuidance
    from coach.safety.red_flags import RedFlag
    from coach.session.engine import SessionSummary
    from coach.visit.progression import TodaysProgression
    from coach.visit.runner import SessionRunner
    from coach.visit.state import VisitState


class PainMoment(StrEnum):
    """When the pain question is asked; the value ends the question's catalog key."""

    BEFORE = "before"
    AFTER = "after"
    AFTER_EXERCISE = "after_exercise"


class AfterSummary(StrEnum):
    """Where the patient goes from the summary."""

    PICKER = "picker"
    QUIT = "quit"


class RedFlagOutcome(StrEnum):
    """How the red-flag questions were answered."""

    ALL_CLEAR = "all_clear"  # none of these: the session may start
    STOPPED = "stopped"  # a red flag: the advice was shown, no session today


class Back(Enum):
    """The patient went back to the routines instead of answering."""

    BACK = "back"


class Skipped(Enum):
    """The patient skipped the question (the session goes on)."""

    SKIPPED = "skipped"


BACK: Final = Back.BACK
SKIPPED: Final = Skipped.SKIPPED

PainAnswer = int | Literal[Skipped.SKIPPED] | Literal[Back.BACK]
"""0–10, skipped, or back (back only before the session)."""


class VisitUI(Protocol):
    """What a visit asks of a user interface (see coach.visit.flow.Visit for the order)."""

    async def ask_red_flags(
        self, flags: Sequence[RedFlag], *, kiosk: bool
    ) -> RedFlagOutcome | None:
        """Ask the red-flag questions; with a red flag, show its advice before returning
        STOPPED. None: the patient went back without answering."""
        ...

    async def ask_pain(self, moment: PainMoment, *, exercise: str | None = None) -> PainAnswer:
        """How much the back hurts now (after `exercise`, for AFTER_EXERCISE)."""
        ...

    async def show_before_advice(self, lines: Sequence[str], note: str) -> bool:
        """The advice before a session with severe pain; False: the patient went back."""
        ...

    async def ask_pain_duration(self) -> PainDuration | Back:
        """How long the back has hurt."""
        ...

    async def show_progression(
        self,
        routine: Routine,
        progression: TodaysProgression,
        advice_shown: Callable[[], None],
    ) -> Mapping[int, DoseDecision] | None:
        """Today's doses and why; the doses chosen, or None when the patient went back.
        `advice_shown` is called once the advice to see a physiotherapist was on screen."""
        ...

    async def show_session(self, session: SessionRunner) -> None:
        """Show the session (not started yet) and return once it is on screen; its commands
        (pause, skip…) go to `session` from then on."""
        ...

    async def close_session(self, session: SessionRunner, summary: SessionSummary) -> None:
        """The session is over (`summary`: what was done): take it off the screen."""
        ...

    async def show_guidance(self, guidance: AfterSessionGuidance) -> None:
        """The article's guidance with the pain answers."""
        ...

    async def show_summary(
        self,
        state: VisitState,
        saved: Callable[[], tuple[str, bool] | None],
        pain_needs_care: bool,
    ) -> AfterSummary:
        """The session's summary; `saved()` says what of it is in the history and whether the
        writes still wait (ask again then), None: nothing to say."""
        ...

    def notice(self, text: str, *, warning: bool = False) -> None:
        """A passing message."""
        ...

    def session_line(self, text: str) -> None:
        """The lasting line on the session's view (empty: none); only while it is shown."""
        ...
