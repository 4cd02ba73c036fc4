"""SVG snapshots of the session screen's big countdown and phase word (issue 14): every phase, in
both languages, at 120x40, 80x24, 60x20 and 40x12; the high-contrast theme; the flash.

Regenerate on purpose only (`pytest tests/ui/test_countdown_snapshots.py --snapshot-update`), and
look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from coach.ui.kiosk_theme import use_high_contrast
from tests.ui.support import advance, coach_app, started

SnapCompare = Callable[..., bool]
RunBefore = Callable[[Pilot[int]], Awaitable[None]]

SIZES = {"120x40": (120, 40), "80x24": (80, 24), "60x20": (60, 20), "40x12": (40, 12)}
# Each phase of tests/data/ui/every-step.en.yaml: clock moves (numbers) and keys (strings).
PHASES: dict[str, tuple[float | str, ...]] = {
    "get_ready": (1.2,),
    "hold": (3, 1.5),
    "rest": (3, 3, 0.5),
    "switch_sides": ("right", 3, 2, 1),
    "rest_between_sets": (3, 3, 2, 3, 1),
    # 1.5 s into cat-cow: the breath in shows 3 (of 4), the exercise 0:07 (of 8 s).
    "timed_cue": ("right", "right", 3, 1.5),
    "paused": (3, 1.5, "space", 10),
}


def after(*moves: float | str, high_contrast: bool = False) -> RunBefore:
    async def run(pilot: Pilot[int]) -> None:
        if high_contrast:
            use_high_contrast(pilot.app)
        await started(pilot)
        for move in moves:
            if isinstance(move, str):
                await pilot.press(move)
                await pilot.pause()
            else:
                await advance(pilot, move)
        pilot.app.clear_notifications()  # f's toast would hide part of the screen
        await pilot.pause()

    return run


class TestEveryPhaseAtEverySize:
    """The countdown fills the room it has (40 % of the height at 120x40 and 80x24, whole at
    60x20, small but there at 40x12); the phase word is big where there is room for it."""

    @pytest.mark.parametrize("size", SIZES)
    @pytest.mark.parametrize("lang", ["en", "nb"])
    @pytest.mark.parametrize("phase", PHASES)
    def test_phase(self, snap_compare: SnapCompare, phase: str, lang: str, size: str) -> None:
        app = coach_app(lang=lang)
        assert snap_compare(app, terminal_size=SIZES[size], run_before=after(*PHASES[phase]))


class TestSeenFromAfar:
    """The high-contrast theme (a kiosk's), and the flash when a hold ends."""

    def test_hold_high_contrast_80x24(self, snap_compare: SnapCompare) -> None:
        run_before = after(*PHASES["hold"], high_contrast=True)
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=run_before)

    def test_rest_high_contrast_120x40(self, snap_compare: SnapCompare) -> None:
        run_before = after(*PHASES["rest"], high_contrast=True)
        assert snap_compare(coach_app(), terminal_size=(120, 40), run_before=run_before)

    def test_flash_when_the_hold_ends_80x24(
        self, snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # f, then the hold ends; the flash lasts (half a second of real time otherwise) until the
        # snapshot is taken, however loaded the machine.
        monkeypatch.setattr("coach.ui.screens.session.FLASH_S", 60.0)
        run_before = after(3, "f", 3)
        assert snap_compare(coach_app(), terminal_size=(80, 24), run_before=run_before)
