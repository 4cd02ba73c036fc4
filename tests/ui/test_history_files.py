"""p and x on the history screen: the physio's report and the exports, written where the patient
finds them (coach's folder in their documents), owner-only, and the screen says where."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from textual.pilot import Pilot

from coach.store.paths import database_path
from tests.ui.history_seed import TODAY, story
from tests.ui.support import coach_app, text
from tests.ui.test_history_screen import open_history, table_rows


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story(tmp_path_factory.mktemp("story"))


@pytest.fixture
def history(seeded: Path, tmp_path: Path) -> Path:
    shutil.copy(seeded, database_path(tmp_path))
    return tmp_path


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder))
    return folder


async def _toasts(pilot: Pilot[int]) -> str:
    """What the screen says about the files, once the worker is done."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return text(pilot, "#files-status")


async def test_p_writes_the_report_and_says_where(history: Path, documents: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(80, 24)) as pilot:
        await open_history(pilot, history)
        await pilot.press("p")
        shown = await _toasts(pilot)
        report = documents / "coach" / f"coach-{TODAY.isoformat()}-report.html"
        assert report.exists()
        assert "Exercise report for the physiotherapist" in report.read_text("utf-8")
        assert stat.S_IMODE(report.stat().st_mode) == 0o600
        assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700
        assert shown == (
            f"The report for your physiotherapist is in {report.parent}: {report.name}"
        )


async def test_x_writes_csv_and_fhir_in_norwegian(history: Path, documents: Path) -> None:
    async with coach_app(None, data_dir=history).run_test(size=(100, 30)) as pilot:
        await open_history(pilot, history, "nb")
        await pilot.press("x")
        shown = await _toasts(pilot)
        folder = documents / "coach"
        csv = folder / f"coach-{TODAY.isoformat()}-history.csv"
        fhir = folder / f"coach-{TODAY.isoformat()}-history.fhir.json"
        assert csv.read_text("utf-8").startswith("session_id,")
        bundle = json.loads(fhir.read_text("utf-8"))
        assert bundle["resourceType"] == "Bundle"
        assert "Historikken ligger i" in shown


async def test_an_empty_history_offers_neither(tmp_path: Path, documents: Path) -> None:
    data = tmp_path / "new"
    async with coach_app(None, data_dir=data).run_test(size=(80, 24)) as pilot:
        screen = await open_history(pilot, data)
        assert not screen.check_action("write_files", ("report",))
        await pilot.press("p", "x")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    assert not (documents / "coach").exists()
    assert not data.exists()


async def test_square_brackets_in_a_routine_title_are_shown_as_written(history: Path) -> None:
    """Textual would read a str cell as markup: '[/]' crashed the screen, '[week 2]' vanished."""
    with contextlib.closing(sqlite3.connect(database_path(history))) as conn, conn:
        conn.execute(
            "UPDATE sessions SET routine_title = '[/]Back [week 2]'"
            " WHERE id = (SELECT max(id) FROM sessions)"
        )
    async with coach_app(None, data_dir=history).run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot, history)
        rows = table_rows(screen)
        assert rows[0][2] == "[/]Back [week 2]"
