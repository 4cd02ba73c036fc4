"""The baseline of the start-up and CPU benchmarks: a bare Textual app that shows one label."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Label


class BareApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Label(self.text)


if __name__ == "__main__":
    BareApp(sys.argv[1] if len(sys.argv) > 1 else "Hello").run()
