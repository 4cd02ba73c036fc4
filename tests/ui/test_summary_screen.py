"""The summary's buttons are whole and in sight at every size, whatever the figures take."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import Button

from coach.i18n import Language
from coach.ui.screens.summary import SummaryScreen
from tests.ui.support import EVERY_STEP, MANUAL_AND_WAIT, coach_app, started, visible


def _drawn(button: Button) -> str:
    """What the button shows on screen (a clipped label would be shorter)."""
    lines = button.render_lines(Region(0, 0, button.region.width, button.region.height))
    texts = (strip.text.strip(" ▔▁▏▕") for strip in lines)  # a tall button's edges
    return " ".join(text for text in texts if text)


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20), (40, 12)])
@pytest.mark.parametrize(("lang", "quit_label"), [("en", "Quit"), ("nb", "Avslutt")])
async def test_both_buttons_whole_and_in_sight(
    size: tuple[int, int], lang: Language, quit_label: str
) -> None:
    app = coach_app(EVERY_STEP if lang == "en" else MANUAL_AND_WAIT, lang=lang)
    async with app.run_test(size=size) as pilot:
        await started(pilot)
        for _ in range(4):
            await pilot.press("right")  # skip every exercise: the session is over
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        for selector in ("#picker", "#quit", "#summary-title"):
            assert visible(pilot, selector), f"{selector} at {size}"
        quit_button = screen.query_one("#quit", Button)
        assert _drawn(quit_button) == quit_label
        picker = screen.query_one("#picker", Button)
        assert _drawn(picker) == str(picker.label)
        # The scroll's scrollbar must not overlap the buttons.
        figures = screen.query_one("#summary").region
        assert not figures.overlaps(quit_button.region)
