"""SVG snapshots of every screen, at the sizes the issue names (80x24, 120x40, 60x20, 40x12).

Regenerate on purpose only (`pytest tests/ui/test_snapshots.py --snapshot-update`), and look at
the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.ui.support import EVERY_STEP, MANUAL_AND_WAIT, advance, coach_app, started

SnapCompare = Callable[..., bool]
RunBefore = Callable[[Pilot[int]], Awaitable[None]]

ROOT = Path(__file__).resolve().parent.parent.parent
# Relative to the checkout (the tests chdir there), so the path the problems dialog shows is the
# same in every clone.
BROKEN = Path("tests") / "data" / "broken" / "five-mistakes.yaml"
DESCRIBED = Path("tests") / "data" / "picker" / "described.en.yaml"


@pytest.fixture(autouse=True)
def _in_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def after(*moves: float | str) -> RunBefore:
    """Start the session, then move the clock on (numbers) or press keys (strings)."""

    async def run(pilot: Pilot[int]) -> None:
        await started(pilot)
        for move in moves:
            if isinstance(move, str):
                await pilot.press(move)
                await pilot.pause()
            else:
                await advance(pilot, move)

    return run


async def settle(pilot: Pilot[int]) -> None:
    await pilot.pause()


class TestPicker:
    """The routine picker: groups, figures, a file with problems, and its problems dialog."""

    def test_picker_80x24(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(BROKEN,))
        assert snap_compare(app, terminal_size=(80, 24), run_before=settle)

    def test_picker_40x12(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(BROKEN,))
        assert snap_compare(app, terminal_size=(40, 12), run_before=settle)

    def test_description_below_the_list_80x24(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(BROKEN, DESCRIBED))
        assert snap_compare(app, terminal_size=(80, 24), press=["end"])

    def test_description_beside_the_list_120x40(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(BROKEN, DESCRIBED), lang="nb")
        assert snap_compare(app, terminal_size=(120, 40), press=["end"])

    def test_problems_dialog_80x24(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(BROKEN,))
        assert snap_compare(app, terminal_size=(80, 24), press=["end", "enter"])


class TestSessionPhases:
    """Each phase of the session screen at 80x24: colour, label, countdown, counters, cue."""

    def test_get_ready(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=after(1.2))

    def test_hold(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=after(3, 1.5))

    def test_rest_between_reps(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=after(3, 3, 0.5))

    def test_rest_between_sets(self, snap_compare: SnapCompare) -> None:
        run_before = after(3, 3, 2, 3, 1)
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=run_before)

    def test_switch_sides(self, snap_compare: SnapCompare) -> None:
        run_before = after("right", 3, 2, 1)
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=run_before)

    def test_timed_exercise_in_preview(self, snap_compare: SnapCompare) -> None:
        app = coach_app(EVERY_STEP, speed=20.0)
        run_before = after("right", "right", 3, 5)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)

    def test_paused_hold(self, snap_compare: SnapCompare) -> None:
        run_before = after(3, 1.5, "space", 10)
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=run_before)

    def test_manual_reps_in_norwegian(self, snap_compare: SnapCompare) -> None:
        run_before = after(2, "enter")
        assert snap_compare(
            coach_app(MANUAL_AND_WAIT), terminal_size=(80, 24), run_before=run_before
        )

    def test_waiting_between_sets(self, snap_compare: SnapCompare) -> None:
        run_before = after(2, "enter", "enter", "enter", 6)
        assert snap_compare(
            coach_app(MANUAL_AND_WAIT), terminal_size=(80, 24), run_before=run_before
        )


class TestSessionSizes:
    """The hold at every size: roomy at 120x40, usable at 60x20, essentials only at 40x12."""

    def test_hold_120x40(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(120, 40), run_before=after(3, 1.5))

    def test_get_ready_60x20(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(60, 20), run_before=after(1))

    def test_hold_60x20(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(60, 20), run_before=after(3, 1.5))

    def test_hold_40x12(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(40, 12), run_before=after(3, 1.5))


class TestEnding:
    """Ending early asks first; the summary shows what was done."""

    def test_confirm_end_80x24(self, snap_compare: SnapCompare) -> None:
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=after(3, 1, "q"))

    def test_summary_after_ending_early_80x24(self, snap_compare: SnapCompare) -> None:
        run_before = after(3, 3, 2, 3, "right", 3, "q", "q")
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=run_before)

    def test_summary_40x12(self, snap_compare: SnapCompare) -> None:
        run_before = after("right", "q", "q")
        assert snap_compare(coach_app(), terminal_size=(40, 12), run_before=run_before)
