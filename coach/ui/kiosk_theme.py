"""A high-contrast theme: white and bright colours on black, for a screen seen from a distance
and for anyone who reads the normal theme with difficulty. Used by the kiosk's `high_contrast`
setting and by `--high-contrast`."""

from __future__ import annotations

from typing import Any, Final

from textual.app import App
from textual.theme import Theme

HIGH_CONTRAST_NAME: Final = "coach-high-contrast"

HIGH_CONTRAST: Final = Theme(
    name=HIGH_CONTRAST_NAME,
    primary="#FFD700",  # yellow on black: the strongest contrast after white
    secondary="#00E5FF",
    accent="#00E5FF",
    warning="#FFB000",
    error="#FF6060",
    success="#3DFF6E",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1E1E1E",
    dark=True,
    luminosity_spread=0.0,
    text_alpha=1.0,
    variables={
        "text-muted": "#FFFFFF",  # no greyed-out text: everything must be readable
        "border": "#FFFFFF",
        "border-blurred": "#BBBBBB",
        "footer-key-foreground": "#FFD700",
        "footer-description-foreground": "#FFFFFF",
        "input-cursor-background": "#FFD700",
        "input-selection-background": "#00E5FF 60%",
        "button-color-foreground": "#000000",
        "block-cursor-background": "#FFD700",
        "block-cursor-foreground": "#000000",
    },
)


def use_high_contrast(app: App[Any]) -> None:
    """Switch `app` to the high-contrast theme."""
    app.register_theme(HIGH_CONTRAST)
    app.theme = HIGH_CONTRAST_NAME
