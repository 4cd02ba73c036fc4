"""Issue 11 in the app: the one-time question "how long has your back been hurting?", a bad day
(pain now severe or higher than last time) with no step up and the choice of lighter doses, and
the lowest dose that still hurts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Button

from coach.session.plan import Dose
from coach.store.history import HistoryStore
from coach.store.paths import database_path
from coach.ui.app import CoachApp
from coach.ui.screens.pain import PainScreen
from coach.ui.screens.pain_duration import PainDurationScreen
from coach.ui.screens.picker import PickerScreen
from coach.ui.screens.progression import ProgressionScreen
from coach.ui.screens.session import SessionScreen
from coach.visit.flow import VisitSteps
from coach.visit.progression import pain_duration_stage, progression_stage
from coach.visit.safety import SafetyStages
from coach.visit.state import VisitState
from tests.ui.history_seed import RANGES, TODAY, Played, at, good_weeks, ranges_routine, seed
from tests.ui.safety_support import WallClock
from tests.ui.support import coach_app, text
from tests.ui.test_progression_screen import on, planned, until

MONDAY = TODAY - timedelta(days=TODAY.weekday() + 7)  # Monday of last week


def checkin_app(data_dir: Path, **config: object) -> tuple[CoachApp, list[VisitState]]:
    """`coach run` with pain now, the one-time question and today's doses, as the app has them."""
    seen: list[VisitState] = []
    safety = SafetyStages(now=WallClock(at(TODAY)))
    hooks = VisitSteps(
        before=(
            safety.pain_before,
            pain_duration_stage(now=lambda: at(TODAY)),
            progression_stage(today=lambda: TODAY, now=lambda: at(TODAY)),
        ),
        listeners=(lambda visit: seen.append(visit.state),),
    )
    return coach_app(RANGES, hooks=hooks, data_dir=data_dir, **config), seen


def asked(screen: object) -> bool:
    """The question is on screen, ready for a key."""
    return isinstance(screen, PainDurationScreen) and bool(screen.query(".onset-answer"))


def stored_answer(data_dir: Path) -> str | None:
    with HistoryStore.open(database_path(data_dir)) as store:
        found = store.pain_duration()
    return None if found is None else found[1]


# -- the one-time question ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "answer"),
    [
        ("1", "under_1_week"),
        ("2", "1_to_2_weeks"),
        ("3", "2_to_3_weeks"),
        ("4", "over_3_weeks"),
        ("s", "not_sure"),
    ],
)
async def test_the_first_session_asks_once_how_long_the_back_has_hurt(
    tmp_path: Path, key: str, answer: str
) -> None:
    app, _ = checkin_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("3")  # pain now
        await until(pilot, asked)
        assert text(pilot, "#onset-title") == "How long has your back been hurting this time?"
        await pilot.press(key)
        await until(pilot, on(SessionScreen))
    assert stored_answer(tmp_path) == answer
    app, _ = checkin_app(tmp_path)  # the next session: not asked again
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("3")
        await until(pilot, lambda screen: not isinstance(screen, PainScreen))
        assert not isinstance(app.screen, PainDurationScreen)


async def test_a_click_answers_and_escape_goes_back_without_an_answer(tmp_path: Path) -> None:
    app, _ = checkin_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("3")
        await until(pilot, asked)
        await pilot.press("escape")
        await until(pilot, on(PickerScreen))
    assert stored_answer(tmp_path) is None  # so the next session asks again
    app, _ = checkin_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("3")
        await until(pilot, asked)
        await pilot.click("#onset-2_to_3_weeks")
        await until(pilot, on(SessionScreen))
    assert stored_answer(tmp_path) == "2_to_3_weeks"


async def test_the_question_in_norwegian(tmp_path: Path) -> None:
    app, _ = checkin_app(tmp_path, lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("3")
        await until(pilot, asked)
        assert text(pilot, "#onset-title") == "Hvor lenge har du hatt vondt i ryggen denne gangen?"
        button = app.screen.query_one("#onset-over_3_weeks", Button)
        assert str(button.label) == "4  Mer enn 3 uker"


@pytest.mark.parametrize("config", [{"no_checkins": True}, {"no_history": True}])
async def test_never_asked_without_checkins_or_history(
    tmp_path: Path, config: dict[str, object]
) -> None:
    app, _ = checkin_app(tmp_path, **config)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda screen: isinstance(screen, (PainScreen, SessionScreen)))
        if isinstance(app.screen, PainScreen):
            await pilot.press("3")
        await until(pilot, on(SessionScreen))


# -- a bad day ---------------------------------------------------------------------------------


def one_step_up_and_steady_at_pain_3(data_dir: Path) -> None:
    """Four good sessions at pain 3, two days apart, two weeks ago: every range one step up
    after the second, and a step up due again today."""
    played = [Played(at(MONDAY - timedelta(days=14 - 2 * n)), 3, 3) for n in range(4)]
    seed(data_dir, ranges_routine(), played)
    with HistoryStore.open(database_path(data_dir)) as store:
        store.record_pain_duration(at(MONDAY), "under_1_week")


@pytest.mark.parametrize(
    ("pain", "why"),
    [
        ("8", "your pain now is 8 of 10; coach's own rule: no step up while pain is 7 or more"),
        (
            "5",
            "your pain now (5) is higher than before the last session (3); no step up today;"
            " coach's own rule",
        ),
    ],
)
async def test_a_bad_day_holds_every_step_up_and_says_why(
    tmp_path: Path, pain: str, why: str
) -> None:
    one_step_up_and_steady_at_pain_3(tmp_path)
    app, seen = checkin_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press(pain)
        await until(pilot, on(ProgressionScreen))
        assert text(pilot, "#dose-2") == f"Bridge: stays at 11 reps, hold 3 s today ({why})"
        assert text(pilot, "#progression-intro") == (
            "Your pain is higher today. You can take a lighter dose (L), or go back."
        )
        assert not app.screen.query(".stay")  # nothing steps up, so nothing to refuse
        await pilot.press("enter")
        await until(pilot, on(SessionScreen))
    assert planned(seen[-1])["Bridge"] == Dose(11, 3.0)


async def test_l_takes_a_lighter_dose_and_pressing_again_takes_todays(tmp_path: Path) -> None:
    one_step_up_and_steady_at_pain_3(tmp_path)
    app, seen = checkin_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("8")
        await until(pilot, on(ProgressionScreen))
        assert text(pilot, "#dose-2").startswith("Bridge: stays at 11 reps, hold 3 s today")
        await pilot.press("l")
        await pilot.pause()
        assert text(pilot, "#dose-2") == (
            "Bridge: 10 reps today (down from 11: you chose a lighter dose today)"
        )
        await pilot.press("l", "l")  # back to today's doses, and lighter again
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, on(SessionScreen))
    doses = planned(seen[-1])
    assert doses["Bridge"] == Dose(10, 3.0)
    assert doses["Cat-cow"].duration == 60.0
    assert doses["Bird dog"] == Dose(10, 3.0)  # no range: nothing lighter


async def test_the_lowest_dose_that_still_hurts_says_stop_and_see_a_physiotherapist(
    tmp_path: Path,
) -> None:
    flares = [Played(at(MONDAY + timedelta(days=2 * n)), 3, 6) for n in range(2)]
    seed(tmp_path, ranges_routine(), flares)
    app, _ = checkin_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(PainScreen))
        await pilot.press("3")
        await until(pilot, asked)
        await pilot.press("4")
        await until(pilot, on(ProgressionScreen))
        line = app.screen.query_one("#dose-2")
        assert line.has_class("-warning")
        assert text(pilot, "#dose-2") == (
            "Bridge: 10 reps, hold 3 s (it still hurts, and this is already the lowest dose)."
            " Leave this exercise out: skip it with → in the session, and contact a"
            " physiotherapist before you do it again; coach's own rule."
        )


async def test_the_stages_own_clock_reads_a_history_written_with_time_zones(
    tmp_path: Path,
) -> None:
    """The real wall clock by default (`coach run`): it is compared with the history's times,
    which carry their UTC offset, without an error."""
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    hooks = VisitSteps(before=(pain_duration_stage(), progression_stage()))
    app = coach_app(RANGES, hooks=hooks, data_dir=tmp_path, no_checkins=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, asked)
        await pilot.press("s")
        await until(pilot, on(ProgressionScreen))
        assert text(pilot, "#dose-2") == "Bridge: 11 reps today (up from 10: two good sessions)"
    assert stored_answer(tmp_path) == "not_sure"
