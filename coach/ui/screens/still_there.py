"""`StillThereScreen`: a paused session's visitor has gone quiet; ask before starting afresh."""

from __future__ import annotations

import math

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from coach.i18n import Language, translate
from coach.session.clock import Clock
from coach.ui.screens.base import CoachModalScreen


class StillThereScreen(CoachModalScreen[None]):
    """ "Still there?" with a countdown; any key or touch carries on (the session stays paused).

    The kiosk app watches the time and goes back to the attract screen when the countdown ends.
    """

    CSS_PATH = "dialogs.tcss"
    # Read from across a waiting room: the whole width (up to a comfortable line), the question
    # in a tall band, the seconds left in big digits; short terminals keep the words.
    DEFAULT_CSS = """
    StillThereScreen { align: center middle; background: $background 60%; }
    #still-title {
        width: 100%;
        height: 3;
        content-align: center middle;
        text-style: bold;
        background: $warning;
        color: $background;
    }
    #still-seconds { width: 100%; text-align: center; margin-top: 1; text-style: bold; }
    #still-body { margin-top: 1; width: 100%; text-align: center; }
    StillThereScreen.-short #dialog { padding: 0 1; }
    StillThereScreen.-short #still-title { height: 1; }
    StillThereScreen.-short #still-seconds { display: none; }
    StillThereScreen.-short #still-body { margin-top: 0; }
    """

    def __init__(self, lang: Language, clock: Clock, timeout: float) -> None:
        super().__init__(lang)
        self.clock = clock
        self.timeout = timeout
        self.shown_at = clock.now()

    def left(self) -> float:
        """Seconds until the kiosk starts afresh."""
        return max(0.0, self.shown_at + self.timeout - self.clock.now())

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(translate("kiosk.still_there.title", self.lang), id="still-title")
            yield Digits(self._seconds(), id="still-seconds")
            yield Static(self._body(), id="still-body")

    def _seconds(self) -> str:
        return str(math.ceil(self.left()))

    def _body(self) -> str:
        # The seconds open their line ("In 20 s coach starts afresh…"): a line never ends
        # between the number and its unit, as "in 20" / "s." did.
        return translate("kiosk.still_there.body", self.lang, seconds=self._seconds())

    def on_mount(self) -> None:
        self.set_interval(1.0, self.show_left, name="still-there-countdown")

    def show_left(self) -> None:
        """Redraw the countdown."""
        self.query_one("#still-seconds", Digits).update(self._seconds())
        self.query_one("#still-body", Static).update(self._body())

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.dismiss()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        self.dismiss()
