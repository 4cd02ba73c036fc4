"""Messages the app posts between its parts (tests capture them with `message_hook`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from textual.dom import DOMNode

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


# --- what a screen asks of the app (it posts; the app, which owns these, answers) -------------


class SoundAsked(Message):
    """A screen asks something of the sound; the app answers it with `SoundChanged`."""

    def __init__(self, asker: DOMNode) -> None:
        super().__init__()
        self.asker = asker

    @property
    def control(self) -> DOMNode:
        """The screen (or widget) that asked, and gets the answer."""
        return self.asker


class ToggleMute(SoundAsked):
    """The patient asked to mute or unmute the sound (m, or the Mute button)."""


class ChangeVolume(SoundAsked):
    """The patient asked for the sound louder (`delta` > 0) or quieter (+ and -)."""

    def __init__(self, asker: DOMNode, delta: int) -> None:
        super().__init__(asker)
        self.delta = delta


class SoundChanged(Message, bubble=False):
    """The app's answer, posted to the screen that asked: whether the sound is now muted (the
    screen shows it even before the sound itself is ready)."""

    def __init__(self, muted: bool) -> None:
        super().__init__()
        self.muted = muted


class OpenHistory(Message):
    """The patient asked for the history of past sessions (the picker's h)."""
