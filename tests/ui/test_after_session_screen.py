"""After the session: when the pain is clearly worse the warning comes first, Continue is in
sight without scrolling at 80x24, and the summary that follows does not cheer."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Static

from coach.i18n import Language
from coach.ui.screens.after_session import AfterSessionScreen
from coach.ui.screens.summary import SummaryScreen
from tests.ui.safety_support import safety_app
from tests.ui.support import started, visible


async def _to_guidance(pilot: Pilot[int], before: str, after: str) -> AfterSessionScreen:
    """No red flags, pain `before`, skip every exercise, pain `after` (keys)."""
    await pilot.pause()
    await pilot.press("n", before)
    await started(pilot)
    for _ in range(4):
        await pilot.press("right")  # skip every exercise: the session is over
    await pilot.pause()
    await pilot.press(after)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, AfterSessionScreen)
    return screen


def _lines(screen: AfterSessionScreen) -> list[str]:
    return [str(w.content) for w in screen.query(".guidance-line").results(Static)]


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize(("before", "after"), [("4", "t"), ("3", "5"), ("2", "7")])
async def test_when_pain_is_much_worse_the_warning_comes_first_and_all_fits_at_80x24(
    tmp_path: Path, lang: Language, before: str, after: str
) -> None:
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_guidance(pilot, before, after)
        lines = _lines(screen)
        normal = "normalt" if lang == "nb" else "normal"
        physio = "fysioterapeut hvis du:" if lang == "nb" else "physiotherapist if you:"
        assert normal not in lines[0] and normal not in lines[1]
        first_warning = next(
            i for i, line in enumerate(lines) if "adjusted" in line or "justeres" in line
        )
        assert first_warning <= 2  # right after how the pain changed (and "avoid …")
        severe = after in ("7", "t")
        # The reassurance after the warning, never when the pain after is severe (7 or more).
        reassured = [i for i, line in enumerate(lines) if normal in line]
        assert reassured == ([] if severe else [first_warning + 1])
        assert physio in lines[-4]  # then when to see a physiotherapist, after every session
        # The very last words, after every session: the article's red flags.
        red_flags = "lammelse" if lang == "nb" else "sudden paralysis"
        assert red_flags in lines[-1]
        assert (
            "kontakte lege umiddelbart" if lang == "nb" else "contact a doctor immediately"
        ) in (lines[-1])
        body = screen.query_one("#guidance-body", VerticalScroll)
        if severe:
            # Everything up to the physiotherapist's reasons on screen without scrolling; the
            # red-flag reminder that ends every guidance is a few lines further down.
            physio_line = list(screen.query(".guidance-line").results(Static))[-4]
            assert body.region.contains_region(physio_line.region)
            assert body.max_scroll_y > 0 and body.show_vertical_scrollbar
        assert visible(pilot, "#guidance-continue")
        assert visible(pilot, "#guidance-warning")  # the warning wholly in sight
        await pilot.press("enter")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        title = str(summary.query_one("#summary-title", Static).content)
        assert title == ("Økten er over" if lang == "nb" else "The session is over")


@pytest.mark.parametrize("size", [(60, 20), (40, 12)])
async def test_continue_stays_in_sight_on_small_screens(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await _to_guidance(pilot, "4", "t")
        assert visible(pilot, "#guidance-continue")
        assert visible(pilot, "#safety-title")


async def test_when_pain_is_better_the_reassurance_stays_and_the_summary_cheers(
    tmp_path: Path,
) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_guidance(pilot, "5", "3")
        lines = _lines(screen)
        assert lines[0] == "Your pain is lower than before the session (5 → 3)."
        assert "normal" in lines[1]
        assert not screen.query(".-adjust")
        await pilot.press("enter")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert str(summary.query_one("#summary-title", Static).content).startswith("Well done")


async def test_a_little_worse_is_not_a_warning(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_guidance(pilot, "3", "4")
        assert "normal" in _lines(screen)[1]
        await pilot.press("enter")
        await pilot.pause()
        title = str(app.screen.query_one("#summary-title", Static).content)
        assert title.startswith("Well done")


@pytest.mark.parametrize("lang", ["en", "nb"])
async def test_every_session_ends_with_the_red_flags_and_they_can_be_scrolled_to(
    tmp_path: Path, lang: Language
) -> None:
    app = safety_app(tmp_path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _to_guidance(pilot, "5", "3")  # better: no warning, still the red flags
        last = _lines(screen)[-1]
        assert last == (
            "Får du plutselig lammelse, nedsatt kontroll over blære eller tarm, eller utbredt"
            " nummenhet i skrittet eller setet, må du kontakte lege umiddelbart."
            if lang == "nb"
            else "If you get sudden paralysis, reduced control of your bladder or bowel, or"
            " widespread numbness between the legs or in the buttocks, contact a doctor"
            " immediately."
        )
        body = screen.query_one("#guidance-body", VerticalScroll)
        body.scroll_end(animate=False)
        await pilot.pause()
        assert visible(pilot, ".guidance-line:last-of-type")
        assert visible(pilot, "#guidance-continue")
