"""Eight simulated weeks of the bundled back routine in a real history file, for the report tests.

Three patients, three sessions a week: steady (pain 4 → 3 throughout), improving (6 → 2 over the
weeks), flaring (pain rising after sessions and before the next ones). Before each session the
doses come from the progression rules, as in the app; the physio advice is recorded when given.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from coach.progression.from_history import advice_today, plan_doses, todays_doses
from coach.resources import routines_dir
from coach.routine.loader import load_routine
from coach.store.history import HistoryStore
from tests.progression.history import record_session

OSLO = timezone(timedelta(hours=1))
FIRST_MONDAY = datetime(2025, 1, 6, 18, 0, tzinfo=OSLO)
WEEKS = 8

PATTERNS: dict[str, list[tuple[int, int]]] = {
    "steady": [(4, 3)] * (WEEKS * 3),
    "improving": [(max(1, 6 - i // 5), max(1, 5 - i // 5)) for i in range(WEEKS * 3)],
    "flaring": [(3, 3)] * 9 + [(min(8, 3 + i // 3), min(9, 5 + i // 3)) for i in range(15)],
}


def session_times() -> list[datetime]:
    """Monday, Wednesday and Friday evenings for eight weeks: 24 sessions."""
    return [
        FIRST_MONDAY + timedelta(weeks=week, days=day) for week in range(WEEKS) for day in (0, 2, 4)
    ]


def routine_file(folder: Path, lang: str = "en") -> Path:
    """The bundled basic routine with `frequency: 3/week` added (the bundled file says none)."""
    name = "back-basics.en.yaml" if lang == "en" else "rygg-grunnleggende.nb.yaml"
    marker = f"language: {lang}\n"
    text = (routines_dir() / name).read_text("utf-8")
    path = folder / name
    path.write_text(text.replace(marker, f"{marker}frequency: 3/week\n"), "utf-8")
    return path


def simulate(data_dir: Path, pattern: str, lang: str = "en") -> Path:
    """Write eight weeks of `pattern` into a new history in `data_dir`; returns the routine file."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = routine_file(data_dir.parent, lang)
    routine = load_routine(path)
    last_shown: date | None = None
    ids: list[int] = []
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        for index, (when, (before, after)) in enumerate(
            zip(session_times(), PATTERNS[pattern], strict=True)
        ):
            if index == 10 and pattern == "flaring":  # a red flag one evening: no session
                store.record_red_flag_check(when, all_clear=False)
                continue
            store.record_red_flag_check(when, all_clear=True)
            advice = advice_today(store, when.date(), last_shown)
            if advice is not None:
                last_shown = when.date()
                store.record_advice_shown(when, advice.reason.value)
            doses = plan_doses(todays_doses(store, routine))
            sid = record_session(
                store,
                routine,
                when,
                doses,
                pain_before=before,
                pain_after=after,
                skipped={2} if index % 7 == 3 else (),
            )
            ids.append(sid)
    set_routine_file(data_dir / "history.sqlite3", ids, path)
    return path


def set_routine_file(database: Path, session_ids: list[int], routine: Path) -> None:
    """Record the file the sessions ran (the recorder does; `record_session` does not)."""
    with contextlib.closing(sqlite3.connect(database)) as conn, conn:
        conn.executemany(
            "UPDATE sessions SET routine_path = ? WHERE id = ?",
            [(str(routine), sid) for sid in session_ids],
        )
