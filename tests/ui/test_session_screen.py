"""The session screen on a fake clock: what the patient sees and what each key does."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey, FooterLabel

from coach.session.eventlog import read_event_log
from coach.session.events import EventKind
from coach.ui.app import CoachApp
from coach.ui.messages import SessionUpdate
from coach.ui.screens.confirm_end import ConfirmEndScreen
from coach.ui.screens.session import SessionScreen
from coach.ui.screens.summary import SummaryScreen
from coach.ui.widgets.big_text import BigText
from tests.ui.support import (
    MANUAL_AND_WAIT,
    advance,
    coach_app,
    started,
    text,
    visible,
)


def kinds(messages: list[Message]) -> list[EventKind]:
    return [e.kind for m in messages if isinstance(m, SessionUpdate) for e in m.events]


async def test_run_opens_on_the_first_exercise_getting_ready() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert text(pilot, "#routine-title") == "Every kind of step"
        assert text(pilot, "#phase") == "GET READY"
        assert text(pilot, "#exercise-name") == "Bridge"
        assert text(pilot, "#countdown") == "3"
        assert text(pilot, "#cue") == "Lie on your back with your knees bent."
        assert text(pilot, "#next") == "Next: rep 1 of 2, hold 3 s"
        assert app.screen.has_class("-phase-prepare")


async def test_run_shows_the_title_first_and_loads_the_routine_after() -> None:
    app = coach_app(preload=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.__class__.__name__ == "LoadingScreen"
        assert text(pilot, "#loading-title") == "Every kind of step"
        await started(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert len(app.screen_stack) == 2  # the loading screen made way for the session
        assert text(pilot, "#exercise-name") == "Bridge"


async def test_a_hold_counts_down_each_whole_second_with_rep_set_and_cue() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3.0)
        assert text(pilot, "#phase") == "HOLD"
        assert app.screen.has_class("-phase-hold")
        assert not app.screen.has_class("-phase-prepare")
        assert text(pilot, "#countdown") == "3"
        assert text(pilot, "#counters") == "Rep 1 / 2   Set 1 / 2"
        assert text(pilot, "#cue") == "Keep your hips up"
        await advance(pilot, 0.4)
        assert text(pilot, "#countdown") == "3"  # 2.6 s left still shows 3
        await advance(pilot, 0.6)
        assert text(pilot, "#countdown") == "2"
        await advance(pilot, 2.0)
        assert text(pilot, "#phase") == "REST"
        assert app.screen.has_class("-phase-rest")
        assert text(pilot, "#cue") == "Lower slowly"
        assert text(pilot, "#next") == "Next: rep 2 of 2, hold 3 s"


async def test_the_set_break_says_what_was_done_and_what_comes_next() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 3 + 2 + 3)
        assert text(pilot, "#phase") == "REST BETWEEN SETS"
        assert text(pilot, "#cue") == "Set 1 of 2 done · 2 reps, hold 3 s"
        assert text(pilot, "#next") == "Next: Set 2 of 2 — 2 reps, hold 3 s"
        assert text(pilot, "#countdown") == "4"
        assert text(pilot, "#hint") == "Press Enter to continue now"
        await pilot.press("enter")  # continue early
        assert text(pilot, "#phase") == "HOLD"
        assert text(pilot, "#counters") == "Rep 1 / 2   Set 2 / 2"


async def test_switching_sides_and_a_timed_exercise_with_its_cues() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("right")  # skip the bridge
        assert text(pilot, "#exercise-name") == "Bird dog"
        await advance(pilot, 3 + 2)
        assert text(pilot, "#phase") == "SWITCH SIDES"
        assert text(pilot, "#cue") == "Switch to the right side"
        assert "Right side" in text(pilot, "#counters")
        await advance(pilot, 5 + 2)
        assert text(pilot, "#exercise-name") == "Cat-cow"
        await advance(pilot, 3)
        assert text(pilot, "#phase") == "EXERCISE"
        assert text(pilot, "#cue") == "Breathe in and arch your back"
        # The big number counts the breath (4 s in); the whole exercise's time is smaller.
        countdown = app.screen.query_one("#countdown", BigText)
        assert (countdown.text, countdown.caption) == ("4", "0:08 left of this exercise")
        await advance(pilot, 1.5)
        assert (countdown.text, countdown.caption) == ("3", "0:07 left of this exercise")
        await advance(pilot, 2.5)
        assert text(pilot, "#cue") == "Breathe out and round your back"
        assert (countdown.text, countdown.caption) == ("4", "0:04 left of this exercise")


async def test_space_pauses_in_a_hold_and_keeps_its_remaining_time() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 1.5)  # 1.5 s into a 3 s hold
        await pilot.press("space")
        assert text(pilot, "#phase") == "PAUSED · HOLD"
        assert str(app.screen.query_one("#action-toggle-pause").label) == "Resume"
        await advance(pilot, 60)
        assert text(pilot, "#countdown") == "2"
        assert app.session is not None
        assert app.session.engine.remaining(app.clock.now()) == 1.5
        await pilot.press("space")
        assert text(pilot, "#phase") == "HOLD"
        await advance(pilot, 1.5)
        assert text(pilot, "#phase") == "REST"


async def test_enter_counts_manual_reps_and_continues_a_waiting_set_break() -> None:
    messages: list[Message] = []
    app = coach_app(MANUAL_AND_WAIT)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await started(pilot)
        assert text(pilot, "#phase") == "GJØR DEG KLAR"  # the routine is Norwegian
        await advance(pilot, 2)
        assert text(pilot, "#phase") == "I DITT EGET TEMPO"
        assert text(pilot, "#hint") == "Trykk Enter etter hver repetisjon"
        assert str(app.screen.query_one("#action-proceed").label) == "Tell"
        await pilot.press("enter", "enter")
        assert text(pilot, "#counters") == "Repetisjon 3 / 3   Sett 1 / 2"
        assert text(pilot, "#countdown") == "3"
        await pilot.press("enter")
        assert text(pilot, "#phase") == "HVIL MELLOM SETTENE"
        await advance(pilot, 5)
        assert text(pilot, "#phase") == "GÅ VIDERE NÅR DU ER KLAR"
        await advance(pilot, 30)  # it waits for as long as it takes
        assert text(pilot, "#phase") == "GÅ VIDERE NÅR DU ER KLAR"
        # No countdown while it waits (a big 0 would say the time is up), only the hint.
        assert text(pilot, "#countdown") == ""
        assert not app.screen.query_one("#countdown").display
        assert text(pilot, "#hint") == "Trykk Enter når du er klar"
        await pilot.press("enter")
        assert text(pilot, "#counters") == "Repetisjon 1 / 3   Sett 2 / 2"
    assert kinds(messages).count(EventKind.REP_COUNTED) == 3
    assert EventKind.WAITING_STARTED in kinds(messages)


async def test_language_option_overrides_the_routine() -> None:
    app = coach_app(MANUAL_AND_WAIT, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert text(pilot, "#phase") == "GET READY"


async def test_back_restarts_the_exercise_and_skip_moves_on() -> None:
    messages: list[Message] = []
    app = coach_app()
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 3 + 1)
        await pilot.press("left")
        assert text(pilot, "#phase") == "GET READY"
        assert text(pilot, "#exercise-name") == "Bridge"
        await pilot.press("right")
        assert text(pilot, "#exercise-name") == "Bird dog"
        await pilot.press("left")  # during the get-ready: back to the previous exercise
        assert text(pilot, "#exercise-name") == "Bridge"
    assert kinds(messages).count(EventKind.WENT_BACK) == 2
    assert kinds(messages).count(EventKind.SKIPPED) == 1


async def test_every_key_is_also_a_button() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.click("#action-skip")
        assert text(pilot, "#exercise-name") == "Bird dog"
        await pilot.click("#action-toggle-pause")
        assert text(pilot, "#phase") == "PAUSED · GET READY"
        await pilot.press("space")
        await pilot.click("#action-proceed")  # continue early from the get-ready
        assert text(pilot, "#phase") == "HOLD"
        await pilot.click("#action-end")
        assert isinstance(app.screen, ConfirmEndScreen)


async def test_continue_is_greyed_out_while_enter_does_nothing() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert not app.screen.query_one("#action-proceed").disabled
        await advance(pilot, 3)
        assert app.screen.query_one("#action-proceed").disabled
        await pilot.press("enter")  # a hold is never cut short
        assert text(pilot, "#phase") == "HOLD"


async def test_q_asks_first_and_the_session_waits_meanwhile() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 1)
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmEndScreen)
        await advance(pilot, 30)  # the patient takes their time deciding
        await pilot.press("escape")  # keep going
        assert isinstance(app.screen, SessionScreen)
        assert text(pilot, "#phase") == "HOLD"
        assert text(pilot, "#countdown") == "2"
        await pilot.press("q")
        await pilot.press("q")  # q again ends
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text(pilot, "#summary-title") == "The session ended early"
        # Ended in the middle of the first exercise: neither done nor skipped, but not finished.
        labels = [str(w.render()) for w in app.screen.query(".figure-label")]
        values = [str(w.render()) for w in app.screen.query(".figure-value")]
        assert dict(zip(labels, values, strict=True))["Not finished"] == "Bridge"


async def test_the_session_runs_to_the_summary_without_a_key(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    app = coach_app(events=events)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        for _ in range(120):  # tick at every deadline, as the timer does
            assert app.session is not None
            deadline = app.session.engine.next_deadline()
            assert deadline is not None, "the routine never waits for the patient"
            await advance(pilot, deadline - app.clock.now())
            if isinstance(app.screen, SummaryScreen):
                break
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text(pilot, "#summary-title") == "Well done – the session is complete"
        figures = [str(w.content) for w in app.screen.query(".figure-value").results()]
        assert figures[0] == "4 of 4: Bridge, Bird dog, Cat-cow, Knee rolls"
        assert figures[2] == "9"  # 4 bridge holds, 2 bird dog holds, 3 knee rolls
        assert figures[3] == "55 s"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "PickerScreen"
        await pilot.press("enter")  # a second session, from the picker
        await started(pilot)
        assert text(pilot, "#phase") == "GET READY"
    records = read_event_log(events)
    kinds = [r["event"] for r in records]
    assert kinds[0] == "session_started"
    assert kinds.count("session_completed") == 1
    assert kinds.count("session_started") == 2  # the file is appended to, session after session
    assert kinds[-1] == "session_ended_early"  # the test ended the app mid-session


async def test_the_events_file_gets_every_event_in_order(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    messages: list[Message] = []
    app = coach_app(MANUAL_AND_WAIT, events=events)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await started(pilot)
        await advance(pilot, 2)
        await pilot.press("enter", "space", "space", "right")
        await pilot.pause()
    written = [r["event"] for r in read_event_log(events)]
    assert written == [k.value for k in kinds(messages)]
    assert written == [
        "session_started",
        "exercise_started",
        "countdown_tick",
        "prepare_ended",
        "rep_started",
        "rep_counted",  # enter
        "rep_started",
        "paused",  # space
        "resumed",  # space
        "skipped",  # right: the last exercise, so the session is over
        "session_completed",
    ]


async def test_quitting_mid_session_ends_it_in_the_events_file(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    app = coach_app(events=events)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 4)
        await pilot.press("ctrl+q")
    assert read_event_log(events)[-1]["event"] == "session_ended_early"


async def test_preview_badge_only_when_the_clock_is_faster() -> None:
    fast = coach_app(speed=20.0)
    async with fast.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert text(pilot, "#preview") == "preview ×20"
        assert visible(pilot, "#preview")
    normal = coach_app()
    async with normal.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert not normal.screen.query_one("#preview").display


async def test_essentials_stay_visible_when_small_and_resizing_keeps_time() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 1)
        assert app.session is not None
        deadline = app.session.engine.next_deadline()
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        for essential in ("#exercise-name", "#countdown", "#counters", "#phase"):
            assert visible(pilot, essential), essential
        assert not app.screen.query_one("#actions").display
        assert app.session.engine.next_deadline() == deadline
        assert text(pilot, "#countdown") == "2"
        await advance(pilot, 1)
        assert text(pilot, "#countdown") == "1"
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert visible(pilot, "#actions")
        assert visible(pilot, "#next")


async def test_an_unusable_routine_shows_its_problems_instead_of_starting(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: Broken\nexercises:\n  - name: X\n    repz: 3\n", encoding="utf-8")
    app = coach_app(broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ProblemsScreen"
        shown = [str(s.content) for s in app.screen.query("#problems-list Static").results(Static)]
        assert shown[:2] == ["Line 4, column 5:", "unknown key 'repz'"]  # the place, the message
        await pilot.press("escape")
        await pilot.pause()
    # `coach run FILE` was for this file only: closing the reasons ends it, as a failure.
    assert app.return_code == 1


def test_the_app_is_built_by_one_factory() -> None:
    assert isinstance(coach_app(), CoachApp)


async def test_no_cursor_blinks_when_headless_so_snapshots_are_stable() -> None:
    from textual.app import ComposeResult
    from textual.screen import Screen
    from textual.widgets import Input

    class Form(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Input()

    app = coach_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(Form())
        field = app.screen.query_one(Input)
        field.focus()
        await pilot.pause()
        assert field.has_focus
        assert field.cursor_blink is False


def footer_keys(pilot: Pilot[int]) -> list[tuple[str, str, int]]:
    """Each key the footer shows: (key, description, the column just after it)."""
    keys = pilot.app.screen.query_one(Footer).query(FooterKey)
    return [(k.key_display, k.description, k.region.right) for k in keys if k.display]


@pytest.mark.parametrize("lang", ["en", "nb"])
async def test_the_paused_footer_fits_80_columns_and_keeps_the_essentials_at_60(
    lang: str,
) -> None:
    app = coach_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("space")
        await pilot.pause()
        keys = footer_keys(pilot)
        # Enter does nothing while paused: not offered (issue 14).
        assert [k for k, _, _ in keys] == ["space", "→", "←", "q", "m", "v", "-", "+"]
        label = pilot.app.screen.query_one(Footer).query_one(FooterLabel)
        assert label.region.right <= 80 and str(label.content) in ("Volume", "Volum")
        if lang == "nb":
            assert keys[0][1] == "Fortsett"
        await pilot.resize_terminal(60, 24)
        await pilot.pause()
        keys = footer_keys(pilot)
        assert [k for k, _, _ in keys] == ["space", "→", "←", "q"]
        assert max(right for _, _, right in keys) <= 60
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        keys = footer_keys(pilot)
        assert [k for k, _, _ in keys] == ["space", "q"]
        assert max(right for _, _, right in keys) <= 40


async def test_an_events_file_that_cannot_be_written_is_said_once_and_the_session_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file is written on its own thread (off the wake path); a full disk comes back to the
    # app as one notice, and the session does not notice anything else.
    from coach.session.eventlog import EventLog

    def disk_full(self: EventLog, events: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(EventLog, "__call__", disk_full)
    told: list[str] = []
    app = coach_app(events=tmp_path / "events.jsonl")
    monkeypatch.setattr(app, "notify", lambda text, **_: told.append(text))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        for _ in range(4):
            await advance(pilot, 1)
        for _ in range(200):  # the writer's thread hands the failure back: up to 2 s, real
            if told:
                break
            await pilot.pause(0.01)
        assert told == [
            "The events file could not be written (No space left on device); "
            "the session goes on without it."
        ]
        await advance(pilot, 1.5)
        assert text(pilot, "#phase") == "HOLD"
