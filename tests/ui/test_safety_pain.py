"""Pain check-ins: one key press, before and after the session and after each exercise when the
routine asks; the answers reach the history, and the guidance after the session shows them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import Button, Static

from coach.session.events import Event, EventKind
from coach.ui.screens.after_session import AfterSessionScreen
from coach.ui.screens.pain import PainMoment, PainScreen
from coach.ui.screens.summary import SummaryScreen
from coach.visit.flow import Visit, VisitSteps
from tests.ui.safety_support import PAIN_EACH, rows, safety_app, safety_hooks, screen_name
from tests.ui.support import advance, started, visible


class Host(App[None]):
    """An empty app that shows one pain screen and keeps what it was told."""

    def __init__(self, moment: PainMoment) -> None:
        super().__init__()
        self.moment = moment
        self.answers: list[int] = []
        self.results: list[bool | None] = []

    def on_mount(self) -> None:
        screen = PainScreen(self.moment, "en", on_answer=self.answers.append, exercise="Bridge")
        self.push_screen(screen, self.results.append)


@pytest.mark.parametrize(
    ("keys", "answer"),
    [
        *((str(n), n) for n in (0, 2, 3, 4, 5, 6, 7, 8, 9)),
        ("t", 10),
        ("1 0", 10),  # typed as the number it is: never taken for 1
        ("1 enter", 1),
        ("1 1", 1),
        ("1 5", 5),  # a slip, corrected
        ("4 0", 4),  # a second key while the screen closes counts for nothing
    ],
)
async def test_keys_answer(keys: str, answer: int) -> None:
    app = Host(PainMoment.AFTER)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys.split())
        await pilot.pause()
    assert app.answers == [answer]
    assert app.results == [True]


async def test_one_waits_and_says_how_to_go_on() -> None:
    app = Host(PainMoment.BEFORE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert app.answers == [] and app.results == []
        hint = pilot.app.screen.query_one("#safety-hint", Static)
        assert str(hint.render()) == "1 – press Enter for 1, or 0 for 10."
        assert pilot.app.screen.query_one("#pain-1", Button).has_class("-pending")


@pytest.mark.parametrize(
    ("moment", "key", "result"),
    [
        (PainMoment.BEFORE, "s", True),  # skipped: the session goes on
        (PainMoment.BEFORE, "escape", False),  # back to the routines
        (PainMoment.AFTER, "escape", True),  # after the session, Escape only skips
        (PainMoment.AFTER_EXERCISE, "escape", True),
    ],
)
async def test_skipping_and_going_back(moment: PainMoment, key: str, result: bool) -> None:
    app = Host(moment)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
    assert app.answers == []
    assert app.results == [result]


async def test_the_buttons_and_the_scales_words(tmp_path: Path) -> None:
    app = Host(PainMoment.AFTER_EXERCISE)
    async with app.run_test(size=(80, 24)) as pilot:
        words = [str(w.content) for w in app.screen.query(".legend-words").results(Static)]
        assert words[0] == "no pain" and words[-1] == "worst pain imaginable"
        assert str(app.screen.query_one("#safety-title", Static).content) == "After: Bridge"
        await pilot.click("#pain-7")
        await pilot.pause()
    assert app.answers == [7]


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20), (40, 12)])
async def test_all_eleven_buttons_are_on_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("n")  # none of the red flags
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"
        for n in range(11):
            assert visible(pilot, f"#pain-{n}"), f"button {n} is off screen at {size}"
            assert text_of_button(pilot, f"#pain-{n}") == str(n)
        await pilot.click("#pain-10")
        await pilot.pause()
        assert screen_name(pilot) != "PainScreen"


def text_of_button(pilot: Pilot[int], selector: str) -> str:
    """What a button shows, as the screen draws it (a cut "10" would read "1")."""
    button = pilot.app.screen.query_one(selector, Button)
    lines = button.render_lines(Region(0, 0, button.region.width, button.region.height))
    return "".join(strip.text for strip in lines).strip()


async def test_pain_before_and_after_are_saved_and_the_guidance_shows_them(
    tmp_path: Path,
) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "3")  # no red flags; pain 3
        await started(pilot)
        await advance(pilot, 2)
        for _ in range(4):
            await pilot.press("right")  # skip every exercise: the session is over
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PainScreen) and screen.moment is PainMoment.AFTER
        await pilot.press("t")  # 10: the worst
        await pilot.pause()
        guidance = app.screen
        assert isinstance(guidance, AfterSessionScreen)
        answers = [str(w.content) for w in guidance.query(".answer-value").results(Static)]
        assert answers == ["3 – light pain", "10 – worst pain imaginable"]
        lines = [str(w.content) for w in guidance.query(".guidance-line").results(Static)]
        assert lines[0] == "Your pain is clearly higher than before the session (3 → 10)."
        # 10 is not "light to moderate": not called usually harmless.
        assert not any("harmless" in line for line in lines)
        assert any("professional help from a physiotherapist" in line for line in lines)
        assert len(guidance.query(".-adjust")) == 3  # the worse news stands out
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    (session,) = rows(tmp_path, "SELECT pain_before, pain_after, status FROM sessions")
    assert session == {"pain_before": 3, "pain_after": 10, "status": "completed"}


async def test_without_pain_after_there_is_no_guidance(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "s")  # no pain before either
        await started(pilot)
        await pilot.press("q", "q")
        await pilot.pause()
        assert screen_name(pilot) == "PainScreen"
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    (session,) = rows(tmp_path, "SELECT pain_before, pain_after FROM sessions")
    assert session == {"pain_before": None, "pain_after": None}


async def test_going_back_from_pain_before_starts_nothing(tmp_path: Path) -> None:
    app = safety_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "escape")
        await pilot.pause()
        assert screen_name(pilot) == "PickerScreen" and app.session is None
    assert rows(tmp_path, "SELECT count(*) AS n FROM sessions") == [{"n": 0}]


async def test_pain_after_each_exercise_pauses_the_session_and_is_saved(tmp_path: Path) -> None:
    heard: list[EventKind] = []

    def listener(ctx: Visit) -> object:
        def listen(events: Sequence[Event]) -> None:
            heard.extend(e.kind for e in events)

        return listen

    hooks = safety_hooks()
    hooks = VisitSteps(hooks.before, hooks.after, (*hooks.listeners, listener))  # type: ignore[arg-type]
    app = safety_app(tmp_path, PAIN_EACH, hooks=hooks)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "2")
        await started(pilot)
        await advance(pilot, 1)  # get ready
        await advance(pilot, 2)  # hold 1
        await advance(pilot, 2)  # hold 2: Bridge is done
        screen = app.screen
        assert isinstance(screen, PainScreen) and screen.moment is PainMoment.AFTER_EXERCISE
        assert str(screen.query_one("#safety-title", Static).content) == "After: Bridge"
        assert app.session is not None and app.session.engine.paused
        await advance(pilot, 30)  # the patient takes their time: nothing moves meanwhile
        assert app.session.engine.paused
        await pilot.press("4")
        await pilot.pause()
        assert screen_name(pilot) == "SessionScreen"
        assert not app.session.engine.paused
        await advance(pilot, 1)  # get ready for Cat-cow
        await advance(pilot, 4)  # Cat-cow: the session is complete
        screen = app.screen
        assert isinstance(screen, PainScreen) and screen.moment is PainMoment.AFTER  # once
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, AfterSessionScreen)
    # The pause came after the exercise's own events, never in the middle of them.
    done = heard.index(EventKind.EXERCISE_COMPLETED)
    assert heard[done + 1 : done + 4] == [
        EventKind.EXERCISE_STARTED,
        EventKind.PAUSED,
        EventKind.RESUMED,
    ]
    (session,) = rows(tmp_path, "SELECT pain_before, pain_after, status FROM sessions")
    assert session == {"pain_before": 2, "pain_after": 5, "status": "completed"}
    pains = rows(
        tmp_path, "SELECT name, pain_after_exercise FROM session_exercises ORDER BY exercise_index"
    )
    # The pain after the last exercise is the pain after the session.
    assert pains == [
        {"name": "Bridge", "pain_after_exercise": 4},
        {"name": "Cat-cow", "pain_after_exercise": 5},
    ]


async def test_no_checkins_asks_nothing_but_the_session_is_still_saved(tmp_path: Path) -> None:
    app = safety_app(tmp_path, PAIN_EACH, no_checkins=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 1)
        await advance(pilot, 2)
        await advance(pilot, 2)
        assert screen_name(pilot) == "SessionScreen"  # no question after Bridge
        await advance(pilot, 1)
        await advance(pilot, 4)
        assert isinstance(app.screen, SummaryScreen)
    (session,) = rows(tmp_path, "SELECT pain_before, pain_after, status FROM sessions")
    assert session == {"pain_before": None, "pain_after": None, "status": "completed"}
