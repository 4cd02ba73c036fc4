"""The physio's commands as a user starts them: `coach report`, `coach export --format fhir` and
`coach remind`, each a real process on a real history, checked by what it wrote."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.simulated import routine_file, simulate

pytestmark = pytest.mark.e2e


def coach(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir), "COACH_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("physio") / "data"
    simulate(data_dir, "flaring")
    return data_dir


def test_coach_report_writes_a_private_page(history: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = coach("report", "-o", str(out), "--lang", "nb", data_dir=history)
    assert done.returncode == 0, done.stderr
    assert "Report written to" in done.stderr and "Traceback" not in done.stderr  # UI: en
    page = out.read_text("utf-8")
    assert "Treningsrapport til fysioterapeuten" in page and "<script" not in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_coach_report_prints_a_pdf(history: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    done = coach("report", "-o", str(out), data_dir=history)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_coach_export_fhir_streams_a_bundle(history: Path) -> None:
    done = coach("export", "--format", "fhir", data_dir=history)
    assert done.returncode == 0, done.stderr
    bundle = json.loads(done.stdout)
    assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) > 50


def test_coach_remind_writes_a_calendar(tmp_path: Path) -> None:
    routine = routine_file(tmp_path)
    out = tmp_path / "back.ics"
    done = coach("remind", str(routine), "--ics", str(out), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR" in text
    assert not (tmp_path / "data").exists()  # a calendar touches no history
