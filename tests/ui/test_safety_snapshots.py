"""SVG snapshots of the safety screens at 80x24 and 40x12: red flags, stop, pain, guidance, and
the session's "not saved" line.

Regenerate on purpose only (`pytest tests/ui/test_safety_snapshots.py --snapshot-update`), and
look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.ui.safety_support import PAIN_EACH, SAFETY_DATA, safety_app
from tests.ui.support import MANUAL_AND_WAIT, advance, started

FIVE_OWN = SAFETY_DATA / "five-own-flags.en.yaml"  # nine questions in all
SnapCompare = Callable[..., bool]
RunBefore = Callable[[Pilot[int]], Awaitable[None]]


def keys(
    *moves: float | str, session: bool = False, clear_notifications: bool = False
) -> RunBefore:
    """Press keys (strings) and move the clock on (numbers); `session`: wait for it to start
    after the first two keys (red flags, pain before); `clear_notifications`: what stays once
    the notifications have gone (they name the test's temporary folder)."""

    async def run(pilot: Pilot[int]) -> None:
        await pilot.pause()
        for i, move in enumerate(moves):
            if isinstance(move, str):
                await pilot.press(move)
                await pilot.pause()
            else:
                await advance(pilot, move)
            if session and i == 1:
                await started(pilot)
        if clear_notifications:
            pilot.app.clear_notifications()
        await pilot.pause()

    return run


class TestRedFlags:
    """The questions before a session, and what a "yes" says."""

    def test_red_flags_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=keys())

    def test_red_flags_40x12_in_norwegian(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = safety_app(tmp_path, MANUAL_AND_WAIT)
        assert snap_compare(app, terminal_size=(40, 12), run_before=keys())

    def test_routines_own_question_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = safety_app(tmp_path, PAIN_EACH)
        assert snap_compare(app, terminal_size=(80, 24), run_before=keys())

    def test_red_flags_60x20(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """Every question whole, the fourth too: no gaps between the questions."""
        assert snap_compare(safety_app(tmp_path), terminal_size=(60, 20), run_before=keys())

    def test_nine_questions_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The article's four and five of the routine's own, all in sight."""
        app = safety_app(tmp_path, FIVE_OWN)
        assert snap_compare(app, terminal_size=(80, 24), run_before=keys())

    def test_nine_questions_60x20_unread(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """More questions than room: the button says to scroll, N is greyed out."""
        app = safety_app(tmp_path, FIVE_OWN, lang="nb")
        assert snap_compare(app, terminal_size=(60, 20), run_before=keys())

    def test_nine_questions_40x12_read(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """Scrolled to the last question: now "none of these" may be answered."""
        app = safety_app(tmp_path, FIVE_OWN)
        down = ["down"] * 12
        assert snap_compare(app, terminal_size=(40, 12), run_before=keys(*down))

    def test_yes_asked_again_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """A digit only asks "is that right?"; it never stops the session alone."""
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=keys("2"))

    def test_yes_asked_again_40x12_in_norwegian(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        app = safety_app(tmp_path, MANUAL_AND_WAIT)
        assert snap_compare(app, terminal_size=(40, 12), run_before=keys("3"))

    def test_stop_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=keys("1", "y"))

    def test_stop_after_trauma_40x12_in_norwegian(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        app = safety_app(tmp_path, MANUAL_AND_WAIT)
        assert snap_compare(app, terminal_size=(40, 12), run_before=keys("4", "j"))


class TestPain:
    """Pain now, 0–10, with the scale's words; before the session and after an exercise."""

    def test_pain_before_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=keys("n"))

    def test_pain_before_60x20(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """All eleven buttons, 0 to 10, in 60 columns."""
        assert snap_compare(safety_app(tmp_path), terminal_size=(60, 20), run_before=keys("n"))

    def test_pain_before_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        assert snap_compare(safety_app(tmp_path), terminal_size=(40, 12), run_before=keys("n"))

    def test_pain_after_an_exercise_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = safety_app(tmp_path, PAIN_EACH)
        read_the_questions = keys(*["down"] * 8)  # five questions: more than 40x12 shows at once
        then = keys("n", "2", 1, 2, 2, session=True)

        async def run_before(pilot: Pilot[int]) -> None:
            await read_the_questions(pilot)
            await then(pilot)

        assert snap_compare(app, terminal_size=(40, 12), run_before=run_before)


class TestGuidance:
    """After the session: the answers with the article's guidance."""

    def test_much_worse_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        run_before = keys("n", "2", *["right"] * 4, "6", session=True)
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=run_before)

    def test_much_worse_80x24_in_norwegian(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """4 → 10: the warning first, the reassurance last, Continue in sight."""
        app = safety_app(tmp_path, lang="nb")
        run_before = keys("n", "4", *["right"] * 4, "t", session=True)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)

    def test_much_worse_60x20(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        run_before = keys("n", "4", *["right"] * 4, "t", session=True)
        assert snap_compare(safety_app(tmp_path), terminal_size=(60, 20), run_before=run_before)

    def test_same_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """No warning: the reassurance, the four reasons to see a physiotherapist, the leg."""
        run_before = keys("n", "3", *["right"] * 4, "3", session=True)
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=run_before)

    def test_same_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        run_before = keys("n", "3", *["right"] * 4, "3", session=True)
        assert snap_compare(safety_app(tmp_path), terminal_size=(40, 12), run_before=run_before)

    def test_better_40x12_in_norwegian(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = safety_app(tmp_path, MANUAL_AND_WAIT)
        run_before = keys("n", "4", *["right"] * 2, "3", session=True)
        assert snap_compare(app, terminal_size=(40, 12), run_before=run_before)


class TestBeforeAdvice:
    """Severe pain before the session: the comfort zone and the gentle routine by name."""

    def test_pain_8_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        assert snap_compare(safety_app(tmp_path), terminal_size=(80, 24), run_before=keys("n", "8"))

    def test_pain_8_80x24_in_norwegian(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = safety_app(tmp_path, lang="nb")
        assert snap_compare(app, terminal_size=(80, 24), run_before=keys("n", "8"))

    def test_pain_9_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        assert snap_compare(safety_app(tmp_path), terminal_size=(40, 12), run_before=keys("n", "9"))

    def test_pain_9_40x12_in_norwegian(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = safety_app(tmp_path, lang="nb")
        assert snap_compare(app, terminal_size=(40, 12), run_before=keys("n", "9"))


class TestNotSaved:
    """A history that cannot be used: the session runs, and says so on one line."""

    def test_session_not_saved_40x12(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        (tmp_path / "history.sqlite3").write_bytes(b"not a database\n" * 40)
        app = safety_app(tmp_path)
        run_before = keys("n", "3", 1, session=True, clear_notifications=True)
        assert snap_compare(app, terminal_size=(40, 12), run_before=run_before)
