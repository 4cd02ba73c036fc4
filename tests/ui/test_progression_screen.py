"""The progression before-stage in the app: today's doses from a real history on disk, the key to
stay at last time's dose, the physiotherapist advice at most once a day, a dose clamped into a
range a physio edited, and when no screen is shown at all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen

from coach.session.plan import Dose
from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore
from coach.store.paths import database_path
from coach.ui.app import CoachApp
from coach.ui.screens.pain_duration import PainDurationScreen
from coach.ui.screens.picker import PickerScreen
from coach.ui.screens.progression import ProgressionScreen
from coach.ui.screens.session import SessionScreen
from coach.visit.config import AppConfig
from coach.visit.flow import Visit, VisitSteps
from coach.visit.progression import (
    pain_duration_stage,
    progression_stage,
)
from coach.visit.state import VisitState
from tests.ui.history_seed import RANGES, TODAY, Played, at, good_weeks, ranges_routine, seed
from tests.ui.support import advance, coach_app, started, text

MONDAY = TODAY - timedelta(days=TODAY.weekday() + 7)  # Monday of last week
# Pain before rising 2, 3, 4, 5 with pain after no worse: every session good, and the advice due.
RISING = [Played(at(MONDAY + timedelta(days=2 * n)), 2 + n, 2 + n) for n in range(4)]


def progression_app(
    data_dir: Path, routine: Path = RANGES, *, today: date = TODAY, **config: object
) -> tuple[CoachApp, list[VisitState]]:
    """`coach run ROUTINE` with only the progression stage, on a history in `data_dir`, on
    `today`; the list fills with the session's context once the plan is built."""
    seen: list[VisitState] = []

    def capture(visit: Visit) -> None:
        seen.append(visit.state)

    hooks = VisitSteps(
        before=(progression_stage(today=lambda: today, now=lambda: at(today)),),
        listeners=(capture,),
    )
    return coach_app(routine, hooks=hooks, data_dir=data_dir, **config), seen


async def until(pilot: Pilot[int], shown: Callable[[Screen[object]], bool]) -> None:
    for _ in range(50):
        await pilot.pause()
        if shown(pilot.app.screen):
            return
    raise AssertionError(f"still on {pilot.app.screen!r}")


def on(kind: type[Screen[object]]) -> Callable[[Screen[object]], bool]:
    return lambda screen: isinstance(screen, kind)


def planned(ctx: VisitState) -> dict[str, Dose]:
    """The dose of each exercise in the plan the session runs."""
    assert ctx.plan is not None
    return {
        step.exercise.name: Dose(step.reps, step.hold, step.work_duration)
        for step in ctx.plan.steps
    }


async def test_two_good_sessions_step_up_and_the_session_runs_the_new_doses(
    tmp_path: Path,
) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, seen = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert (
            text(pilot, "#dose-0") == "Pelvic tilt: 11 reps today (up from 10: two good sessions)"
        )
        assert text(pilot, "#dose-1") == (
            "Cat-cow: 1 min 15 s today (up from 1 min: two good sessions)"
        )
        assert text(pilot, "#dose-3") == "Bird dog: 10 reps, hold 3 s today (set by the routine)"
        assert not app.screen.query("#stay-3")  # a dose without a range has nothing to refuse
        await pilot.press("enter")
        await started(pilot)
        await advance(pilot, 3.1)  # past "get ready": the first hold counts to today's reps
        assert text(pilot, "#counters") == "Rep 1 / 11"
    doses = planned(seen[-1])
    assert doses["Pelvic tilt"] == Dose(reps=11, hold=5.0)
    assert doses["Cat-cow"].duration == 75.0
    assert doses["Bridge"] == Dose(reps=11, hold=3.0)


async def test_the_stay_key_keeps_last_times_dose_and_pressing_again_goes_up(
    tmp_path: Path,
) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, seen = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert str(app.screen.query_one("#stay-2").label) == "Stay at 10 reps (key 3)"
        await pilot.press("3")
        await pilot.pause()
        assert text(pilot, "#dose-2") == (
            "Bridge: 10 reps, hold 3 s today"
            " (you chose to stay; the step up is offered again next time)"
        )
        assert str(app.screen.query_one("#stay-2").label) == "Go up after all (key 3)"
        await pilot.press("1", "1")  # stay, then change of mind
        await pilot.pause()
        assert text(pilot, "#dose-0").startswith("Pelvic tilt: 11 reps today (up from 10")
        await pilot.press("enter")
        await until(pilot, on(SessionScreen))
    doses = planned(seen[-1])
    assert doses["Bridge"].reps == 10
    assert doses["Pelvic tilt"].reps == 11


async def test_s_stays_at_every_last_dose_and_a_click_on_a_button_stays_too(
    tmp_path: Path,
) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, seen = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        await pilot.press("s")
        await pilot.pause()
        assert "you chose to stay" in text(pilot, "#dose-1")
        await pilot.click("#stay-1")  # the button takes Cat-cow's step after all
        await pilot.pause()
        assert "up from 1 min" in text(pilot, "#dose-1")
        await pilot.press("enter")
        await until(pilot, on(SessionScreen))
    doses = planned(seen[-1])
    assert (doses["Pelvic tilt"].reps, doses["Bridge"].reps) == (10, 10)
    assert doses["Cat-cow"].duration == 75.0


async def test_the_physio_advice_is_shown_once_a_day(tmp_path: Path) -> None:
    seed(tmp_path, ranges_routine(), RISING)
    app, _ = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        advice = app.screen.query_one("#advice")
        assert advice.border_title == "A suggestion from your history"
        assert "gone up over the last 3 sessions, from 3 to 5" in str(
            advice.query_one("Static").content
        )
        await pilot.press("escape")  # not starting today does not bring it back today
        await until(pilot, on(PickerScreen))
    with HistoryStore.open(database_path(tmp_path)) as store:
        assert store.last_advice_day() == TODAY

    app, _ = progression_app(tmp_path)  # later the same day: the doses, without the advice
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert not app.screen.query("#advice")
        assert text(pilot, "#progression-intro") == (
            "Your doses follow how your last sessions went. Avoid heavy lifting, explosive"
            " movements or exercises that make the pain worse at the start; increase gradually"
            " over weeks and months."
        )
        # Every session was good, but the pain before them keeps rising: no step up, and why.
        assert text(pilot, "#dose-2") == (
            "Bridge: stays at 11 reps, hold 3 s today (your pain before the sessions has been"
            " rising; no step up until it settles; coach's own rule)"
        )
        assert not app.screen.query(".stay")

    app, _ = progression_app(tmp_path, today=TODAY + timedelta(days=1))  # the next day: again
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert app.screen.query("#advice")


async def test_a_dose_above_a_range_the_physio_narrowed_is_clamped_and_said_so(
    tmp_path: Path,
) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY - timedelta(weeks=2), 3))  # up to 14
    narrowed = tmp_path / "narrowed.en.yaml"
    narrowed.write_text(RANGES.read_text("utf-8").replace("reps: 10-15", "reps: 8-12"), "utf-8")
    app, seen = progression_app(tmp_path, narrowed)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert text(pilot, "#dose-0") == (
            "Pelvic tilt: 12 reps today (down from 14: the routine now says 8–12 reps, hold 5 s)"
        )
        assert not app.screen.query("#stay-0")  # a clamp can't be refused
        await pilot.press("enter")
        await until(pilot, on(SessionScreen))
    assert planned(seen[-1])["Pelvic tilt"].reps == 12


async def test_a_first_session_has_nothing_to_say_and_starts_at_the_low_ends(
    tmp_path: Path,
) -> None:
    app, seen = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(SessionScreen))
    doses = planned(seen[-1])
    assert (doses["Pelvic tilt"].reps, doses["Bridge"].hold, doses["Cat-cow"].duration) == (
        10,
        3.0,
        60.0,
    )


async def test_no_checkins_never_stops_here_but_the_doses_still_grow(tmp_path: Path) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, seen = progression_app(tmp_path, no_checkins=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(SessionScreen))
    assert planned(seen[-1])["Pelvic tilt"].reps == 11


async def test_a_kiosk_reads_no_history_and_runs_the_low_ends(tmp_path: Path) -> None:
    seed(tmp_path / "elsewhere", ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, seen = progression_app(tmp_path / "kiosk", kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(SessionScreen))
    assert planned(seen[-1])["Pelvic tilt"].reps == 10
    assert not (tmp_path / "kiosk").exists()  # nothing opened, nothing created


async def test_no_history_leaves_the_history_alone_and_runs_the_low_ends(tmp_path: Path) -> None:
    path = seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    before = path.read_bytes()
    app, seen = progression_app(tmp_path, no_history=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(SessionScreen))
    assert planned(seen[-1])["Pelvic tilt"].reps == 10
    assert path.read_bytes() == before


async def test_an_unreadable_history_says_so_once_and_runs_the_low_ends(tmp_path: Path) -> None:
    tmp_path.joinpath("history.sqlite3").write_bytes(b"not a database, but a patient's file" * 40)
    app, seen = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert text(pilot, "#progression-unavailable") == (
            "Your history can't be read, so today every exercise starts at the low end of its"
            " range."
        )
        assert "history.sqlite3" in text(pilot, "#progression-why")
        assert text(pilot, "#dose-0") == (
            "Pelvic tilt: 10 reps, hold 5 s today (starting at the low end of 10–15 reps, hold 5 s)"
        )
        await pilot.press("enter")
        await until(pilot, on(SessionScreen))
    ctx = seen[-1]
    failure = ctx.history_unavailable
    assert isinstance(failure, HistoryUnavailable) and failure.problem is Problem.NOT_A_DATABASE
    assert planned(ctx)["Pelvic tilt"].reps == 10


async def test_escape_goes_back_to_the_picker_without_starting(tmp_path: Path) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, seen = progression_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        await pilot.press("escape")
        await until(pilot, on(PickerScreen))
        assert app.session is None
    assert seen == []


async def test_the_screen_speaks_the_sessions_language(tmp_path: Path) -> None:
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    app, _ = progression_app(tmp_path, lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, on(ProgressionScreen))
        assert text(pilot, "#progression-title") == "Dagens treningsmengde"
        assert (
            text(pilot, "#dose-0")
            == "Pelvic tilt: 11 repetisjoner i dag (opp fra 10: to gode økter)"
        )
        assert str(app.screen.query_one("#stay-0").label) == "Bli på 10 repetisjoner (tast 1)"


async def test_the_whole_loop_after_the_safety_questions_the_new_dose_is_recorded(
    tmp_path: Path,
) -> None:
    """The stages as `default_steps` orders them: red flags, pain now, how long the back has
    hurt (once), today's doses; the history recorder then writes the session at the dose the
    patient chose."""
    from coach.ui.screens.summary import SummaryScreen
    from coach.visit.safety import SafetyStages
    from coach.visit.steps import default_steps
    from tests.ui.safety_support import WallClock, rows

    order = [stage.__qualname__ for stage in default_steps(AppConfig()).before]
    assert order == [
        "SafetyStages.red_flags",
        "SafetyStages.pain_before",
        "SafetyStages.severe_pain_before",
        "pain_duration_stage.<locals>.stage",
        "progression_stage.<locals>.stage",
    ]
    seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])
    safety = SafetyStages(now=WallClock(at(TODAY, 9)))
    hooks = VisitSteps(
        before=(
            safety.red_flags,
            safety.pain_before,
            pain_duration_stage(now=lambda: at(TODAY, 9)),
            progression_stage(today=lambda: TODAY, now=lambda: at(TODAY, 9)),
        ),
        after=(safety.pain_after, safety.guidance),
        listeners=(safety.history, safety.exercise_pain),
    )
    app = coach_app(RANGES, hooks=hooks, data_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "3")  # none of the red flags; pain 3 now
        await until(pilot, on(PainDurationScreen))
        await until(pilot, lambda screen: bool(screen.query(".onset-answer")))
        await pilot.press("2")  # 1–2 weeks
        await until(pilot, on(ProgressionScreen))
        await pilot.press("2", "enter")  # Cat-cow stays at 1 min; the rest go up
        await started(pilot)
        await pilot.press("right", "right")  # Pelvic tilt and Cat-cow skipped: both written
        await pilot.pause()
        await pilot.press("q", "q")
        await pilot.pause()
        await pilot.press("4", "enter")  # pain after, then the guidance
        await until(pilot, on(SummaryScreen))
    recorded = rows(
        tmp_path,
        "SELECT e.name, e.dose_reps, e.dose_duration_s, s.pain_before FROM session_exercises e"
        " JOIN sessions s ON s.id = e.session_id WHERE s.id = 3 ORDER BY e.exercise_index",
    )
    assert recorded == [
        {"name": "Pelvic tilt", "dose_reps": 11, "dose_duration_s": None, "pain_before": 3},
        {"name": "Cat-cow", "dose_reps": None, "dose_duration_s": 60.0, "pain_before": 3},
    ]
    assert rows(tmp_path, "SELECT answer FROM pain_duration_answers") == [
        {"answer": "1_to_2_weeks"}
    ]
