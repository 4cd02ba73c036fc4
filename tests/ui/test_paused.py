"""While paused, the screen says so unmistakably (a big PAUSED and what Space does), and the
footer offers only what works: Enter does nothing then, so it is not offered."""

from __future__ import annotations

import pytest

from coach.i18n import Language
from coach.ui.widgets.paused_banner import PausedBanner
from tests.ui.support import advance, coach_app, started, visible


def _footer_actions(app: object) -> list[str]:
    from textual.app import App

    assert isinstance(app, App)
    return [b.binding.action for b in app.screen.active_bindings.values() if b.binding.show]


@pytest.mark.parametrize(
    ("lang", "word", "hint"),
    [("en", "PAUSED", "Press Space to go on"), ("nb", "PAUSE", "Trykk mellomrom for å fortsette")],
)
@pytest.mark.parametrize("size", [(80, 24), (60, 20), (40, 12)])
async def test_paused_is_big_says_what_space_does_and_enter_is_not_offered(
    lang: Language, word: str, hint: str, size: tuple[int, int]
) -> None:
    app = coach_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await started(pilot)
        await advance(pilot, 4.5)  # in a hold
        assert not visible(pilot, "#paused")
        assert "proceed" in _footer_actions(app)
        await pilot.press("space")
        await pilot.pause()
        banner = app.screen.query_one(PausedBanner)
        assert visible(pilot, "#paused")
        assert banner.word == word
        assert hint in banner.text
        if size[1] >= 20:  # the word in letters three lines high
            assert visible(pilot, "#paused-word")
            assert app.screen.query_one("#paused-word").size.height == 3
        assert "proceed" not in _footer_actions(app)
        await pilot.press("enter")  # does nothing, as the footer now says
        await pilot.pause()
        assert app.session is not None and app.session.engine.paused
        await pilot.press("space")
        await pilot.pause()
        assert not visible(pilot, "#paused")
        assert "proceed" in _footer_actions(app)
