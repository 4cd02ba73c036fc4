"""SVG snapshots of the progression screen before a session, on seeded histories.

Regenerate on purpose only (`pytest tests/ui/test_progression_snapshots.py --snapshot-update`),
and look at the new SVGs (rsvg-convert → PNG) before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot

from coach.ui.screens.progression import ProgressionScreen
from tests.ui.history_seed import RANGES, TODAY, Played, at, good_weeks, ranges_routine, seed
from tests.ui.test_progression_screen import progression_app

SnapCompare = Callable[..., bool]
MONDAY = TODAY - timedelta(days=TODAY.weekday() + 7)


def shown(*keys: str) -> Callable[[Pilot[int]], Awaitable[None]]:
    """Wait for the progression screen, then press `keys`."""

    async def run(pilot: Pilot[int]) -> None:
        for _ in range(50):
            await pilot.pause()
            if isinstance(pilot.app.screen, ProgressionScreen):
                break
        for key in keys:
            await pilot.press(key)
            await pilot.pause()

    return run


def steady_and_no_better() -> list[Played]:
    """Eight good sessions over 16 days at pain 3: every range steps up, and with no
    improvement after two weeks the advice to contact a physiotherapist."""
    return good_weeks(MONDAY - timedelta(weeks=2), 3)[:8]


class TestProgressionScreen:
    """Steps up with the choice to stay, the physiotherapist advice, steps up held while pain
    before sessions rises, a dose clamped into a range a physio narrowed."""

    def test_steps_up_and_advice_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        seed(tmp_path, ranges_routine(), steady_and_no_better())
        app, _ = progression_app(tmp_path)
        # Bridge stays at last time's dose (key 3): its line says so, its button offers the step.
        assert snap_compare(app, terminal_size=(80, 24), run_before=shown("3"))

    def test_steps_up_and_advice_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        seed(tmp_path, ranges_routine(), steady_and_no_better())
        app, _ = progression_app(tmp_path)
        assert snap_compare(app, terminal_size=(40, 12), run_before=shown())

    def test_rising_pain_holds_the_steps_80x24(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        # Pain before 2, 3, 4, 5, every session good on its own: the advice, and no step up.
        rising = [Played(at(MONDAY + timedelta(days=2 * n)), 2 + n, 2 + n) for n in range(4)]
        seed(tmp_path, ranges_routine(), rising)
        app, _ = progression_app(tmp_path)
        assert snap_compare(app, terminal_size=(80, 24), run_before=shown())

    def test_clamped_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        easing = [(4, 4), (4, 4), (4, 4), (3, 3), (3, 3), (3, 3), (2, 2), (2, 2), (2, 2)]
        seed(tmp_path, ranges_routine(), good_weeks(MONDAY - timedelta(weeks=2), 3, pains=easing))
        narrowed = tmp_path / "narrowed.en.yaml"
        narrowed.write_text(RANGES.read_text("utf-8").replace("reps: 10-15", "reps: 8-12"))
        app, _ = progression_app(tmp_path, narrowed)
        assert snap_compare(app, terminal_size=(80, 24), run_before=shown())
