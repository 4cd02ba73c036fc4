"""SVG snapshots of issue 11's screens: no step up on a bad day (and the lighter doses), the
lowest dose that still hurts, and the one-time question how long the back has hurt; en and nb.

Regenerate on purpose only (`--snapshot-update` on these tests), and look at the new SVGs
(rsvg-convert → PNG) before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot

from coach.store.history import HistoryStore
from coach.store.paths import database_path
from coach.ui.screens.pain import PainScreen
from coach.ui.screens.progression import ProgressionScreen
from tests.ui.history_seed import Played, at, ranges_routine, seed
from tests.ui.test_pain_duration_and_bad_days import (
    MONDAY,
    asked,
    checkin_app,
    one_step_up_and_steady_at_pain_3,
)
from tests.ui.test_progression_screen import on, until

SnapCompare = Callable[..., bool]


def pain_now(
    pain: str, *keys: str, then: str = "progression"
) -> Callable[[Pilot[int]], Awaitable[None]]:
    """Answer pain now with `pain`, wait for the next screen, then press `keys`."""

    async def run(pilot: Pilot[int]) -> None:
        await until(pilot, on(PainScreen))
        await pilot.press(pain)
        if then == "question":
            await until(pilot, asked)
        else:
            await until(pilot, on(ProgressionScreen))
        for key in keys:
            await pilot.press(key)
            await pilot.pause()

    return run


def two_flares_at_the_lowest_dose(data_dir: Path) -> None:
    flares = [Played(at(MONDAY + timedelta(days=2 * n)), 3, 6) for n in range(2)]
    seed(data_dir, ranges_routine(), flares)
    with HistoryStore.open(database_path(data_dir)) as store:
        store.record_pain_duration(at(MONDAY), "over_3_weeks")


class TestBadDays:
    """Pain now 8: every step up holds and says why, and L takes lighter doses."""

    @pytest.mark.parametrize("lang", ["en", "nb"])
    def test_severe_pain_now_80x24(
        self, snap_compare: SnapCompare, tmp_path: Path, lang: str
    ) -> None:
        one_step_up_and_steady_at_pain_3(tmp_path)
        app, _ = checkin_app(tmp_path, lang=lang)
        assert snap_compare(app, terminal_size=(80, 24), run_before=pain_now("8"))

    def test_lighter_doses_chosen_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        one_step_up_and_steady_at_pain_3(tmp_path)
        app, _ = checkin_app(tmp_path)
        assert snap_compare(app, terminal_size=(80, 24), run_before=pain_now("5", "l"))

    def test_severe_pain_now_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        one_step_up_and_steady_at_pain_3(tmp_path)
        app, _ = checkin_app(tmp_path, lang="nb")
        assert snap_compare(app, terminal_size=(40, 12), run_before=pain_now("8"))


class TestLowestDoseStillHurts:
    """Two flares in a row at the lowest dose: leave the exercise out, see a physiotherapist."""

    @pytest.mark.parametrize("lang", ["en", "nb"])
    def test_bottom_80x24(self, snap_compare: SnapCompare, tmp_path: Path, lang: str) -> None:
        two_flares_at_the_lowest_dose(tmp_path)
        app, _ = checkin_app(tmp_path, lang=lang)
        assert snap_compare(app, terminal_size=(80, 24), run_before=pain_now("3"))


class TestHowLongItHasHurt:
    """The first session asks once how long the back has hurt."""

    @pytest.mark.parametrize("lang", ["en", "nb"])
    def test_question_80x24(self, snap_compare: SnapCompare, tmp_path: Path, lang: str) -> None:
        app, _ = checkin_app(tmp_path, lang=lang)
        assert snap_compare(app, terminal_size=(80, 24), run_before=pain_now("3", then="question"))

    def test_question_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app, _ = checkin_app(tmp_path, lang="nb")
        assert snap_compare(app, terminal_size=(40, 12), run_before=pain_now("3", then="question"))
