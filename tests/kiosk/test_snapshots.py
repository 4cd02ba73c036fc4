"""SVG snapshots of the kiosk's own screens. Regenerate on purpose only
(`pytest tests/kiosk/test_snapshots.py --snapshot-update`) and look at them before committing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from coach.ui.kiosk import KioskApp
from coach.visit.flow import VisitSteps
from tests.kiosk.support import at_attract, kiosk_app

SnapCompare = Callable[..., bool]


def let_the_snapshot_end_it(pilot: Pilot[int]) -> None:
    """The snapshot tool ends the app with `exit()`, which a kiosk refuses (on purpose): let it
    through, as the staff exit does."""
    app = pilot.app
    assert isinstance(app, KioskApp)
    app._staff_leaving = True


async def settle(pilot: Pilot[int]) -> None:
    await at_attract(pilot)
    await pilot.pause()
    let_the_snapshot_end_it(pilot)


async def wrong_pin(pilot: Pilot[int]) -> None:
    await at_attract(pilot)
    await pilot.press("ctrl+x", "ctrl+e", *"1111", "enter")
    await pilot.pause()
    let_the_snapshot_end_it(pilot)


class TestAttract:
    """The attract screen: the clinic's title, the routines as big buttons, the hint."""

    def test_attract_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = kiosk_app(tmp_path, hooks=VisitSteps())
        assert snap_compare(app, terminal_size=(80, 24), run_before=settle)

    def test_attract_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = kiosk_app(tmp_path, hooks=VisitSteps())
        assert snap_compare(app, terminal_size=(40, 12), run_before=settle)

    def test_attract_high_contrast_120x40(self, snap_compare: SnapCompare, tmp_path: Path):
        app = kiosk_app(tmp_path, hooks=VisitSteps(), high_contrast=True)
        assert snap_compare(app, terminal_size=(120, 40), run_before=settle)


class TestStaffExit:
    """The PIN box after the staff's chord, with a wrong PIN entered."""

    def test_wrong_pin_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = kiosk_app(tmp_path, hooks=VisitSteps())
        assert snap_compare(app, terminal_size=(80, 24), run_before=wrong_pin)

    def test_wrong_pin_high_contrast_40x12(self, snap_compare: SnapCompare, tmp_path: Path):
        app = kiosk_app(tmp_path, hooks=VisitSteps(), high_contrast=True)
        assert snap_compare(app, terminal_size=(40, 12), run_before=wrong_pin)


async def still_there(pilot: Pilot[int]) -> None:
    from tests.kiosk.support import idle_for
    from tests.ui.support import advance, started

    await at_attract(pilot)
    await pilot.press("enter")
    await started(pilot)
    await advance(pilot, 3)
    await pilot.press("space")  # paused, and the visitor has gone quiet
    await idle_for(pilot, 60)
    await pilot.pause()
    let_the_snapshot_end_it(pilot)


class TestStillThere:
    """ "Are you still there?": big, with the seconds left, readable from across the room."""

    def test_still_there_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = kiosk_app(tmp_path, hooks=VisitSteps())
        assert snap_compare(app, terminal_size=(80, 24), run_before=still_there)

    def test_still_there_high_contrast_60x20(self, snap_compare: SnapCompare, tmp_path: Path):
        app = kiosk_app(tmp_path, hooks=VisitSteps(), high_contrast=True)
        assert snap_compare(app, terminal_size=(60, 20), run_before=still_there)
