"""A preview (`coach run FILE --speed N`, N other than 1) is not a session of the patient's: it
neither reads nor writes the history, runs every exercise at the low end of its range, and the
session screen says it is not saved."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from coach.ui.screens.session import SessionScreen
from coach.ui.screens.summary import SummaryScreen
from coach.visit.config import AppConfig
from coach.visit.flow import Visit, VisitSteps
from coach.visit.progression import progression_stage
from coach.visit.safety import SafetyStages
from coach.visit.state import VisitState
from tests.ui.history_seed import RANGES, TODAY, at, good_weeks, ranges_routine, seed
from tests.ui.safety_support import WallClock
from tests.ui.support import EVERY_STEP, advance, coach_app, started, text
from tests.ui.test_progression_screen import MONDAY, on, planned, until


def _hooks(seen: list[VisitState]) -> VisitSteps:
    """The stages and listeners as `default_steps` orders them, on a fixed calendar."""
    safety = SafetyStages(now=WallClock(at(TODAY, 9)))

    def capture(visit: Visit) -> None:
        seen.append(visit.state)

    return VisitSteps(
        before=(
            safety.red_flags,
            safety.pain_before,
            progression_stage(today=lambda: TODAY, now=lambda: at(TODAY, 9)),
        ),
        after=(safety.pain_after, safety.guidance),
        listeners=(safety.history, safety.exercise_pain, capture),
    )


def _notice(screen: object) -> str:
    assert isinstance(screen, SessionScreen)
    widget = screen.query_one("#notice", Static)
    return str(widget.content) if widget.display else ""


def test_only_speed_one_is_a_real_session() -> None:
    assert AppConfig().keeps_history
    assert not AppConfig(speed=100).keeps_history
    assert not AppConfig(speed=0.5).keeps_history
    assert AppConfig(speed=100).preview and not AppConfig().preview


async def test_a_preview_to_the_end_creates_no_history(tmp_path: Path) -> None:
    seen: list[VisitState] = []
    app = coach_app(EVERY_STEP, hooks=_hooks(seen), data_dir=tmp_path, speed=100.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "3")  # asked every time: no history says "asked today"
        await started(pilot)
        await advance(pilot, 1)
        assert _notice(app.screen) == "Preview: not saved."
        for _ in range(300):  # the whole routine, to its end
            if not isinstance(app.screen, SessionScreen):
                break
            await advance(pilot, 5)
        await pilot.press("2", "enter")  # pain after, then the guidance
        await until(pilot, on(SummaryScreen))
    summary = seen[-1].summary
    assert summary is not None and summary.finished and not summary.ended_early
    assert list(tmp_path.iterdir()) == []  # no history file, no red-flag answer


async def test_two_previews_do_not_step_the_doses_up_nor_touch_the_history(
    tmp_path: Path,
) -> None:
    path = seed(tmp_path, ranges_routine(), good_weeks(MONDAY, 1)[:2])  # a step up is due
    before = path.read_bytes()
    for _ in range(2):
        seen: list[VisitState] = []
        app = coach_app(RANGES, hooks=_hooks(seen), data_dir=tmp_path, speed=100.0)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n", "3")
            await started(pilot)  # no progression screen: nothing read
            await advance(pilot, 1)
            assert _notice(app.screen) == "Preview: not saved."
            await pilot.press("q", "q")
            await pilot.pause()
            await pilot.press("4", "enter")
            await until(pilot, on(SummaryScreen))
        assert planned(seen[-1])["Pelvic tilt"].reps == 10  # the low end, not 11
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


async def test_a_preview_in_norwegian_says_so_in_norwegian(tmp_path: Path) -> None:
    app = coach_app(
        EVERY_STEP, hooks=_hooks([]), data_dir=tmp_path, speed=2.0, lang="nb", no_checkins=True
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 1)
        assert _notice(app.screen) == "Forhåndsvisning: blir ikke lagret."
        assert text(pilot, "#preview") == "forhåndsvisning ×2"
    assert list(tmp_path.iterdir()) == []


async def test_the_summary_of_a_preview_says_nothing_was_saved_and_back_leaves_preview(
    tmp_path: Path,
) -> None:
    """An author's preview ends on a summary that says so; "Back to the routines" is back to
    the patient's coach: the next routine runs at speed 1, and is saved."""
    app = coach_app(EVERY_STEP, hooks=_hooks([]), data_dir=tmp_path, speed=20.0, lang="nb")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("n", "3")
        await started(pilot)
        await pilot.press("q", "q")  # ended early: the summary says it all the same
        await pilot.pause()
        await pilot.press("4", "enter")
        await until(pilot, on(SummaryScreen))
        assert text(pilot, "#summary-preview") == ("Forhåndsvisning ×20: ingenting ble lagret.")
        await pilot.press("escape")  # back to the routines
        await pilot.pause()
        assert app.config.speed == 1 and app.config.keeps_history
        shown = [str(n.message) for n in app._notifications]
        assert shown[-1] == (
            "Forhåndsvisningen er over: programmene går nå i vanlig tempo, og øktene lagres."
        )
        await pilot.press("enter")  # a routine from the picker
        await pilot.press("n", "3")
        await started(pilot)
        assert app.session is not None and app.session.speed == 1
        assert not app.screen.query_one("#preview").display
        await advance(pilot, 1)
        assert _notice(app.screen) == ""


async def test_at_x20_the_phase_word_and_the_cue_agree_at_every_change() -> None:
    """Every moment the engine changes something in a ×20 preview, the band's word and the cue
    under the countdown belong to the same step (a rest shows the release cue, never the
    hold's)."""
    app = coach_app(EVERY_STEP, speed=20.0)
    hold_cue, release_cue = "Keep your hips up", "Lower slowly"
    shown: list[tuple[str, str]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        for _ in range(400):
            deadline = app.session.engine.next_deadline() if app.session else None
            if deadline is None:
                break
            await advance(pilot, max(0.0, deadline - app.clock.now()))
            if isinstance(app.screen, SessionScreen) and app.session is not None:
                shown.append((text(pilot, "#phase"), text(pilot, "#cue")))
    assert ("REST", release_cue) in shown and ("HOLD", hold_cue) in shown
    for phase, cue in shown:
        assert not (phase == "REST" and cue == hold_cue), shown
        assert not (phase == "HOLD" and cue == release_cue), shown


async def test_leaving_a_preview_with_no_checkins_says_the_questions_are_still_off(
    tmp_path: Path,
) -> None:
    """`--no-checkins` outlives the preview: the notice must not let the author think the next
    session is a patient's, with the red-flag and pain questions."""
    app = coach_app(EVERY_STEP, hooks=_hooks([]), data_dir=tmp_path, speed=20.0, no_checkins=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await started(pilot)
        await pilot.press("q", "q")
        await until(pilot, on(SummaryScreen))
        await pilot.press("escape")  # back to the routines
        await pilot.pause()
        assert app.config.speed == 1 and app.config.checkins_skipped
        shown = [str(n.message) for n in app._notifications]
        assert shown[-1] == (
            "The preview is over: routines now run at normal speed and are saved; the red-flag"
            " and pain questions are still off (--no-checkins)."
        )
