"""Messages the app posts between its parts (tests capture them with `message_hook`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from coach.session.engine import SessionSummary
    from coach.session.events import Event


class SessionUpdate(Message, bubble=False):
    """The engine was ticked or commanded: its events (maybe none) and the clock's `now`.

    Posted to the session screen alone (it does not bubble) after every engine call, so the
    screen redraws exactly when what it shows changes.
    """

    def __init__(self, events: Sequence[Event], now: float) -> None:
        super().__init__()
        self.events: tuple[Event, ...] = tuple(events)
        self.now = now


class SessionFinished(Message):
    """The session completed or was ended; the summary of what was done."""

    def __init__(self, summary: SessionSummary) -> None:
        super().__init__()
        self.summary = summary
