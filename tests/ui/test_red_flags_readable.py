"""Every red-flag question is read before "none of these" counts: at 80x24, 60x20 and 40x12,
with the article's four questions and with a routine's five more, each question's whole text
is on screen, or N is refused until scrolling has shown it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Button, Static

from coach.i18n import Language
from coach.ui.screens.red_flags import RedFlagScreen
from tests.ui.safety_support import SAFETY_DATA, safety_app, screen_name
from tests.ui.support import EVERY_STEP

# The article's four questions, then five of the routine's own (the most the screen takes).
FIVE_OWN = SAFETY_DATA / "five-own-flags.en.yaml"
SIZES = [(80, 24), (60, 20), (40, 12)]


def _rendered(widget: Static) -> str:
    """The words a question's Static draws (wrapped lines joined): cut text would differ."""
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return " ".join(" ".join(strip.text.split()) for strip in lines).strip()


def fully_shown(screen: RedFlagScreen) -> set[int]:
    """The questions whose whole text is in sight right now."""
    window = screen.query_one("#flag-list").scrollable_content_region
    texts = list(screen.query(".flag-text").results(Static))
    return {
        i
        for i, (flag, widget) in enumerate(zip(screen.flags, texts, strict=True))
        if window.contains_region(widget.region)
        and screen.region.contains_region(widget.region)
        and _rendered(widget) == " ".join(flag.text.split())
    }


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize(
    ("routine", "size"), [*((EVERY_STEP, s) for s in SIZES), (FIVE_OWN, (80, 24))]
)
async def test_every_question_fits_without_scrolling(
    tmp_path: Path, routine: Path, size: tuple[int, int], lang: Language
) -> None:
    app = safety_app(tmp_path, routine, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RedFlagScreen)
        assert fully_shown(screen) == set(range(len(screen.flags)))
        assert screen.read_all
        none = screen.query_one("#red-flags-none", Button)
        assert screen.region.contains_region(none.region)
        assert str(none.label) == ("Ingen av disse (N)" if lang == "nb" else "None of these (N)")


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("size", SIZES)
async def test_n_is_refused_until_every_question_has_been_on_screen(
    tmp_path: Path, size: tuple[int, int], lang: Language
) -> None:
    app = safety_app(tmp_path, FIVE_OWN, lang=lang)
    shown: set[int] = set()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RedFlagScreen)
        for _ in range(40):
            shown |= fully_shown(screen)
            if screen.read_all:
                break
            none = screen.query_one("#red-flags-none", Button)
            assert "↓" in str(none.label)  # it says to scroll, and is in sight
            assert screen.region.contains_region(none.region)
            await pilot.press("n")
            await pilot.pause()
            assert app.screen is screen  # refused
            await pilot.press("down")
            await pilot.pause()
        assert shown == set(range(len(screen.flags)))
        assert screen.read_all
        await pilot.press("n")
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"


async def test_jumping_to_the_end_does_not_count_as_reading_the_middle(tmp_path: Path) -> None:
    app = safety_app(tmp_path, FIVE_OWN)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RedFlagScreen)
        screen.query_one("#flag-list").scroll_end(animate=False)
        await pilot.pause()
        assert not screen.read_all
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen


async def test_the_scroll_button_scrolls_a_page(tmp_path: Path) -> None:
    app = safety_app(tmp_path, FIVE_OWN, lang="nb")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RedFlagScreen)
        none = screen.query_one("#red-flags-none", Button)
        assert str(none.label) == "↓ Rull ned og les alle spørsmålene"
        assert not screen.read_all
        await pilot.click("#red-flags-none")  # 13 lines in a window of 8: one page shows the rest
        await pilot.pause()
        assert app.screen is screen  # a click while unread only scrolls
        assert screen.read_all
        assert str(none.label) == "Ingen av disse (N)"
        await pilot.press("n")
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"
