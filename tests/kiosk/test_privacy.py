"""Privacy and safety with the real stages: the red flags before every visitor's session,
nothing kept on disk, and nothing of one visitor shown to the next."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Static

from coach.i18n import translate
from coach.safety.pain import pain_words
from coach.ui.kiosk import KioskApp
from coach.ui.screens.after_session import AfterSessionScreen
from coach.ui.screens.before_advice import BeforeSessionAdviceScreen
from coach.ui.screens.pain import PainScreen
from coach.ui.screens.red_flags import RedFlagScreen
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.summary import SummaryScreen
from tests.kiosk.support import at_attract, kiosk_app
from tests.ui.support import advance, started


def everything_shown(app: KioskApp) -> str:
    """Every text on every screen in the stack, the hidden ones too."""
    texts: list[str] = []
    for screen in app.screen_stack:
        texts += [str(s.content) for s in screen.query(Static)]
        texts += [str(b.label) for b in screen.query(Button)]
    return "\n".join(texts)


def answer(pain: int) -> str:
    """How the guidance screen shows a pain answer."""
    return translate("safety.ui.guidance.value", "en", pain=pain, words=pain_words(pain, "en"))


async def wait_for(app: KioskApp, pilot: object, kind: type) -> None:
    for _ in range(50):
        await pilot.pause()  # type: ignore[attr-defined]
        if isinstance(app.screen, kind):
            return
    raise AssertionError(f"{kind.__name__} never showed; {app.screen!r} did")


async def visit(app: KioskApp, pilot: object, before: int, after: int) -> str:
    """One visitor: no red flag, pain `before`, a few seconds of exercise, ended early, pain
    `after`; returns the guidance screen's text."""
    press = pilot.press  # type: ignore[attr-defined]
    await at_attract(pilot)  # type: ignore[arg-type]
    await press("enter")
    await wait_for(app, pilot, RedFlagScreen)
    await press("n")
    await wait_for(app, pilot, PainScreen)
    await press(str(before))
    if before >= 7:  # severe pain now: the advice for acute pain first, then Start
        await wait_for(app, pilot, BeforeSessionAdviceScreen)
        await press("enter")
    await started(pilot)  # type: ignore[arg-type]
    await advance(pilot, 4)  # type: ignore[arg-type]
    await press("right")  # some progress of their own
    await press("q", "q")
    await wait_for(app, pilot, PainScreen)
    await press(str(after))
    await wait_for(app, pilot, AfterSessionScreen)
    shown = everything_shown(app)
    await press("escape")
    await wait_for(app, pilot, SummaryScreen)
    await press("escape")
    await at_attract(pilot)  # type: ignore[arg-type]
    return shown


async def test_the_red_flags_come_before_every_visitors_session(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path)  # the default hooks: the real safety stages
    async with app.run_test(size=(80, 24)) as pilot:
        await visit(app, pilot, 2, 2)
        await pilot.press("enter")  # the next visitor: asked again, the same day
        await wait_for(app, pilot, RedFlagScreen)
        await pilot.press("1", "y")  # a red flag, confirmed: the session does not start
        await pilot.pause()
        assert app.session is None and not isinstance(app.screen, SessionScreen)
        assert "doctor" in everything_shown(app).lower()
        await pilot.press("escape")
        await at_attract(pilot)
        await pilot.press("enter")
        await wait_for(app, pilot, RedFlagScreen)


async def test_nothing_is_kept_on_disk(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await visit(app, pilot, 6, 7)
    data = tmp_path / "data"
    kept = sorted(p.name for p in data.rglob("*")) if data.exists() else []
    assert kept == [], f"the kiosk kept {kept}"
    log = (tmp_path / "kiosk.log").read_text()
    assert "pain" not in log.lower()


async def test_the_next_visitor_sees_nothing_of_the_last(tmp_path: Path) -> None:
    app = kiosk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await visit(app, pilot, 7, 8)
        assert answer(7) in first and answer(8) in first  # the first visitor's own answers
        # The next visitor: a fresh attract screen, and nothing underneath it.
        assert len(app.screen_stack) == 2
        assert answer(7) not in everything_shown(app)
        second = await visit(app, pilot, 3, 2)
        assert answer(3) in second and answer(2) in second
        assert answer(7) not in second and answer(8) not in second
        assert "Every kind of step" in everything_shown(app)  # the attract screen, and only it
        assert answer(3) not in everything_shown(app)
