"""SVG snapshots of the history screen on a seeded history, "today" frozen at `TODAY`.

Regenerate on purpose only (`pytest tests/ui/test_history_snapshots.py --snapshot-update`), and
look at the new SVGs (rsvg-convert → PNG) before committing them.
"""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from bench.history_screen import generate
from coach.i18n import Language
from coach.store.paths import database_path
from coach.ui.screens.history import HistoryScreen
from tests.ui.history_seed import TODAY, story
from tests.ui.support import coach_app

SnapCompare = Callable[..., bool]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story(tmp_path_factory.mktemp("story"))


@pytest.fixture
def history(seeded: Path, tmp_path: Path) -> Path:
    shutil.copy(seeded, database_path(tmp_path))
    return tmp_path


async def views_filled(pilot: Pilot[int]) -> None:
    """Wait until the views read after the sessions are on the screen (boundedly)."""
    for _ in range(100):
        await pilot.pause()
        screen = pilot.app.screen
        if not isinstance(screen, HistoryScreen) or screen.views_shown:
            return


def on_view(
    data_dir: Path, *keys: str, lang: Language = "en"
) -> Callable[[Pilot[int]], Awaitable[None]]:
    """Open the history of `data_dir` on `TODAY`, then press `keys` (→ for the next view)."""

    async def run(pilot: Pilot[int]) -> None:
        pilot.app.animation_level = "none"  # no tab underline caught mid-slide
        await pilot.app.push_screen(HistoryScreen(data_dir, lang, today=TODAY))
        await pilot.app.workers.wait_for_complete()
        await views_filled(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()

    return run


class TestHistoryViews:
    """Each view at 80x24: the sessions, pain before and after, sessions per week against the
    routine's aim, each exercise's dose on its ladder."""

    def test_sessions_80x24(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        assert snap_compare(app, terminal_size=(80, 24), run_before=on_view(history))

    def test_pain_80x24(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        assert snap_compare(app, terminal_size=(80, 24), run_before=on_view(history, "right"))

    def test_weeks_80x24(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        run_before = on_view(history, "right", "right")
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)

    def test_doses_80x24(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        assert snap_compare(app, terminal_size=(80, 24), run_before=on_view(history, "left"))


class TestHistorySizes:
    """Usable at 60x20, still drawn at 40x12; roomy at 120x40."""

    def test_pain_60x20(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        assert snap_compare(app, terminal_size=(60, 20), run_before=on_view(history, "right"))

    def test_sessions_40x12(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        assert snap_compare(app, terminal_size=(40, 12), run_before=on_view(history))

    def test_doses_120x40(self, snap_compare: SnapCompare, history: Path) -> None:
        app = coach_app(None, data_dir=history)
        assert snap_compare(app, terminal_size=(120, 40), run_before=on_view(history, "left"))


class TestHistoryStates:
    """Nothing yet, and a history that can't be read."""

    def test_empty_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        app = coach_app(None, data_dir=tmp_path)
        assert snap_compare(app, terminal_size=(80, 24), run_before=on_view(tmp_path))

    def test_unreadable_80x24(
        self, snap_compare: SnapCompare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # A relative folder: the message names the file, and the snapshot must not change.
        monkeypatch.chdir(tmp_path)
        folder = Path("data")
        folder.mkdir()
        database_path(folder).write_bytes(b"not a history" * 100)
        app = coach_app(None, data_dir=folder)
        assert snap_compare(app, terminal_size=(80, 24), run_before=on_view(folder))


@pytest.fixture(scope="module")
def one_session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first session of "Back basics", today (bench/history_screen.py's history of one)."""
    folder = tmp_path_factory.mktemp("one")
    generate(folder, 1, TODAY)
    return folder


@pytest.fixture(scope="module")
def a_year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of daily sessions of "Back basics" up to today, pain easing, doses growing."""
    folder = tmp_path_factory.mktemp("year")
    generate(folder, 365, TODAY)
    return folder


VIEW_KEYS = {"sessions": (), "pain": ("right",), "weeks": ("right", "right"), "doses": ("left",)}


class TestHistoryFirstSession:
    """After the first session: one narrow bar a week, the pair of pain dots on its date's tick
    under a scale that stops at 10, doses at their start (not "the same in every session")."""

    @pytest.mark.parametrize("lang", ["en", "nb"])
    @pytest.mark.parametrize("view", ["pain", "weeks", "doses"])
    def test_view_80x24(
        self, snap_compare: SnapCompare, one_session: Path, view: str, lang: Language
    ) -> None:
        app = coach_app(None, data_dir=one_session)
        run_before = on_view(one_session, *VIEW_KEYS[view], lang=lang)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)

    def test_pain_40x12(self, snap_compare: SnapCompare, one_session: Path) -> None:
        app = coach_app(None, data_dir=one_session)
        run_before = on_view(one_session, "right", lang="nb")
        assert snap_compare(app, terminal_size=(40, 12), run_before=run_before)


class TestHistoryYear:
    """A year of daily sessions: the newest sessions first, the pain averaged over periods the
    legend names, the last weeks, the doses' climb as a staircase."""

    # Not weeks in nb: run on its own, its snapshot cut the tabs' underline into other pieces
    # than in the file's run (same cells, same colours), and a snapshot compares the pieces.
    @pytest.mark.parametrize(
        ("view", "lang"),
        [(v, "en") for v in ("sessions", "pain", "weeks", "doses")]
        + [(v, "nb") for v in ("sessions", "pain", "doses")],
    )
    def test_view_80x24(
        self, snap_compare: SnapCompare, a_year: Path, view: str, lang: Language
    ) -> None:
        app = coach_app(None, data_dir=a_year)
        run_before = on_view(a_year, *VIEW_KEYS[view], lang=lang)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)

    def test_pain_40x12(self, snap_compare: SnapCompare, a_year: Path) -> None:
        app = coach_app(None, data_dir=a_year)
        assert snap_compare(app, terminal_size=(40, 12), run_before=on_view(a_year, "right"))
