"""`SessionProgress`: the whole session's progress as one line, with the time left."""

from __future__ import annotations

from rich.text import Text
from textual.app import RenderResult
from textual.reactive import reactive
from textual.widget import Widget


class SessionProgress(Widget):
    """A bar for the whole session and a label ("12:34 left") at its right.

    Redrawn only when told (no timer of its own, unlike Textual's ProgressBar, which polls
    every second for its ETA).
    """

    DEFAULT_CSS = """
    SessionProgress {
        height: 1;
        width: 1fr;
        color: $primary;
        background: $surface;
    }
    """

    fraction: reactive[float] = reactive(0.0)
    label: reactive[str] = reactive("")

    def show(self, fraction: float, label: str) -> None:
        """Set the part done (0 to 1) and the label; redraws only if either changed."""
        self.fraction = min(1.0, max(0.0, fraction))
        self.label = label

    def render(self) -> RenderResult:
        label = f" {self.label}" if self.label else ""
        width = max(0, self.size.width - len(label))
        # Half cells make the bar move twice as often as whole ones would.
        halves = round(self.fraction * width * 2)
        full, half = divmod(halves, 2)
        bar = Text("━" * full, style="bold")
        if half:
            bar.append("╸", style="bold")
        bar.append("─" * max(0, width - full - half), style="dim")
        bar.append(label, style="bold")
        return bar
