"""`ActionBar`: every key of the session screen as a button, for touch screens and mice."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import Button


class ActionButton(Button, can_focus=False):
    """A button that runs a screen action and never takes the keyboard focus.

    The session is driven by keys (Space, Enter…); a focused button would swallow them.
    """


@dataclass(frozen=True, slots=True)
class Action:
    """One button: the screen action it runs, its label, and its look."""

    action: str  # the screen's action name ("toggle_pause")
    label: str
    variant: str = "default"


class ActionBar(Container):
    """A row of `ActionButton`s (two rows on narrow screens, by CSS)."""

    DEFAULT_CSS = """
    ActionBar {
        height: auto;
        layout: horizontal;
        align-horizontal: center;
        ActionButton { margin: 0 1 0 0; min-width: 6; }
    }
    """

    def __init__(self, actions: Iterable[Action], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._actions = tuple(actions)

    def compose(self) -> ComposeResult:
        for item in self._actions:
            yield ActionButton(
                item.label,
                variant=item.variant,  # type: ignore[arg-type]
                action=f"screen.{item.action}",
                id=f"action-{item.action.replace('_', '-')}",
                compact=True,
            )

    def button(self, action: str) -> ActionButton:
        """The button of `action`."""
        return self.query_one(f"#action-{action.replace('_', '-')}", ActionButton)

    def set_label(self, action: str, label: str) -> None:
        """Relabel the button of `action` (Pause becomes Resume)."""
        button = self.button(action)
        if str(button.label) != label:
            button.label = label
            button.refresh(layout=True)  # a longer label needs a wider button

    def set_enabled(self, action: str, enabled: bool) -> None:
        """Grey out the button of an action that does nothing now."""
        self.button(action).disabled = not enabled
