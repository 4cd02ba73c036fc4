"""Dates that say the year in plain text: `coach history --list` and `coach export` on a history
of twenty years write every date as an ISO date with its year, in English and Norwegian."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.cli import main
from coach.commands.history import print_history
from coach.i18n import Language
from coach.store.history import HistoryStore
from tests.store.builders import OSLO_WINTER, seed_years

FIRST = datetime(2006, 1, 2, 18, tzinfo=OSLO_WINTER)
LAST = datetime(2025, 12, 29, 18, tzinfo=OSLO_WINTER)
ISO_MINUTE = re.compile(r"^  (\d{4})-\d\d-\d\d \d\d:\d\d  ")
ISO_SECOND = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("years")
    seed_years(folder / "history.sqlite3", FIRST, LAST, count=60)
    return folder


@pytest.mark.parametrize(
    ("lang", "sessions_heading", "pain_heading"),
    [
        ("en", "Sessions, newest first", "Pain before and after, oldest first"),
        ("nb", "Økter, nyeste først", "Smerte før og etter"),
    ],
)
def test_the_list_gives_every_session_and_pain_answer_its_year(
    data_dir: Path, lang: Language, sessions_heading: str, pain_heading: str
) -> None:
    out = io.StringIO()
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        print_history(store, out, lang, today=date(2025, 12, 30))
    text = out.getvalue()
    sessions = text.split(sessions_heading)[1].split("\n\n")[0].splitlines()[1:]
    assert len(sessions) == 60
    assert sessions[0].startswith("  2025-12-29 18:00  ")
    assert sessions[-1].startswith("  2006-01-02 18:00  ")
    assert all(ISO_MINUTE.match(line) for line in sessions)
    pain = text.split(pain_heading)[1].split("\n\n")[0].splitlines()[1:]
    years = [int(match.group(1)) for line in pain if (match := ISO_MINUTE.match(line))]
    assert len(years) == 60 and years[0] == 2006 and years[-1] == 2025
    weeks = text.split("\n\n")[2].splitlines()[1:]
    assert weeks and all(re.match(r"^  20\d\d-W\d\d  ", line) for line in weeks)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_exports_write_iso_dates_with_the_year(
    data_dir: Path,
    lang: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COACH_LANG", lang)
    assert main(["export", "--data-dir", str(data_dir)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert main(["export", "--format", "json", "--data-dir", str(data_dir)]) == 0
    objects = json.loads(capsys.readouterr().out)["rows"]
    for table in (rows, objects):
        assert len(table) == 60
        starts = [row["session_started_at"] for row in table]
        assert {starts[0], starts[-1]} == {
            "2006-01-02T18:00:00+01:00",
            "2025-12-29T18:00:00+01:00",
        }
        for row in table:
            for column in ("session_started_at", "session_ended_at", "completed_at"):
                assert ISO_SECOND.match(row[column]), (column, row[column])
