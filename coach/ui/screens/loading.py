"""`LoadingScreen`: the first frame of `coach run FILE`, with the routine's title, while the
routine is loaded (a few dozen milliseconds)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static


class LoadingScreen(Screen[None]):
    """The title where the session screen will show it, and nothing that could flicker."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.routine_title = title

    def compose(self) -> ComposeResult:
        yield Static(self.routine_title, id="loading-title", markup=False)
