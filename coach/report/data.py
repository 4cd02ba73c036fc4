"""The facts of the physio's report, read from the history (and the routine files it names).

Everything is gathered into plain frozen values first, so the page and its tests read the same
numbers. Dose changes carry their reason: the progression rules are replayed on the history as it
stood before that session, and a change they would not have made is said to be the patient's own
choice (or unknown, when the routine file is gone).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coach.i18n import Language, translate
from coach.progression.from_history import todays_doses
from coach.progression.rules import same_dose
from coach.progression.wording import dose_text, why_text
from coach.routine.model import Routine
from coach.store.history import HistoryStore
from coach.store.records import (
    DosePoint,
    PainPoint,
    SessionRecord,
    WeekCount,
)


@dataclass(frozen=True, slots=True)
class RoutineWeeks:
    """Sessions per week of one routine, against what its `frequency:` asks for."""

    title: str
    per_week: int | None  # None: the routine does not say (or its file is gone)
    weeks: tuple[WeekCount, ...]


@dataclass(frozen=True, slots=True)
class DoseChange:
    """One exercise's dose moved between two sessions, and why."""

    day: date
    exercise: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True, slots=True)
class Missed:
    """An exercise skipped, or begun and not finished, in one session."""

    day: date
    routine: str
    exercise: str
    skipped: bool


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the report shows, for the period from `first` to `last`."""

    first: date | None
    last: date | None
    sessions: tuple[SessionRecord, ...]  # oldest first
    weeks: tuple[RoutineWeeks, ...]
    pain: tuple[PainPoint, ...]
    doses: tuple[DoseChange, ...]
    missed: tuple[Missed, ...]
    red_flag_yes: tuple[datetime, ...]
    advice: tuple[tuple[datetime, str], ...]


class _HistoryBefore:
    """The history as it stood before session `session_id` (what progression read that day),
    from lists read once (oldest first), so replaying many changes reads the database once."""

    def __init__(
        self,
        doses: dict[str, list[DosePoint]],
        pain: list[PainPoint],
        duration: tuple[datetime, str] | None,
        session: DosePoint,
    ) -> None:
        self._doses = doses
        self._pain = pain
        self._duration = duration
        self._before = session.session_id
        self._started = session.started_at

    def dose_history(self, routine_title: str, exercise_name: str) -> list[DosePoint]:
        points = self._doses.get(exercise_name, [])
        return points[: bisect_left(points, self._before, key=lambda p: p.session_id)]

    def pain_series(self) -> list[PainPoint]:
        return self._pain[: bisect_left(self._pain, self._before, key=lambda p: p.session_id)]

    def pain_duration(self) -> tuple[datetime, str] | None:
        if self._duration is None or self._duration[0] > self._started:
            return None
        return self._duration


def _changes(
    store: HistoryStore,
    title: str,
    routine: Routine | None,
    since: date | None,
    lang: Language,
) -> list[DoseChange]:
    """Every dose change of every exercise of one routine, with its reason."""
    names = store.exercise_names(title)
    doses = {name: store.dose_history(title, name) for name in names}
    pain = store.pain_series()
    duration = store.pain_duration()
    changes = []
    for name, points in doses.items():
        for previous, point in itertools.pairwise(points):
            if point.session_id == previous.session_id or same_dose(point.dose, previous.dose):
                continue
            if since is not None and point.started_at.date() < since:
                continue
            before = _HistoryBefore(doses, pain, duration, point)
            changes.append(
                DoseChange(
                    day=point.started_at.date(),
                    exercise=name,
                    before=dose_text(previous.dose, lang),
                    after=dose_text(point.dose, lang),
                    reason=_reason(before, routine, name, point, lang),
                )
            )
    return sorted(changes, key=lambda c: (c.day, names.index(c.exercise)))


def _reason(
    history: _HistoryBefore,
    routine: Routine | None,
    name: str,
    point: DosePoint,
    lang: Language,
) -> str:
    if routine is None:
        return translate("report.page.reason_unknown", lang)
    indexes = [i for i, e in enumerate(routine.exercises) if e.name == name]
    if not indexes:
        return translate("report.page.reason_unknown", lang)
    # As the app decided that day: with the pain answered just before, at that session's start.
    decisions = todays_doses(history, routine, pain_now=point.pain_before, now=point.started_at)
    decision = decisions[indexes[0]]
    if same_dose(decision.dose, point.dose):
        return why_text(decision, lang)
    return translate("report.page.reason_patient", lang)


def gather(
    database: Path,
    since: date | None,
    routine_of: Callable[[str | None], Routine | None],
    lang: Language,
) -> ReportData:
    """The report's facts from the history at `database` (which must exist)."""
    with HistoryStore.open(database, read_only=True) as store:
        sessions = [
            s for s in reversed(store.sessions()) if since is None or s.started_at.date() >= since
        ]
        latest_file: dict[str, str | None] = {s.routine_title: s.routine_path for s in sessions}
        weeks = []
        doses: list[DoseChange] = []
        for title, path in latest_file.items():
            routine = routine_of(path)
            counts = store.sessions_per_week(routine_title=title)
            if since is not None:
                # Whole weeks only: a week begun before `since` would count sessions outside it.
                counts = [w for w in counts if w.monday >= since]
            per_week = routine.frequency.per_week if routine and routine.frequency else None
            weeks.append(RoutineWeeks(title, per_week, tuple(counts)))
            doses += _changes(store, title, routine, since, lang)
        pain = [p for p in store.pain_series() if since is None or p.started_at.date() >= since]
        missed = [
            Missed(r.session_started_at.date(), r.routine_title, name, bool(r.skipped))
            for r in store.iter_export_rows(since)
            if (name := r.exercise_name) is not None and (r.skipped or r.completed_at is None)
        ]
        red_flags = tuple(when for when, clear in store.red_flag_checks(since) if not clear)
        advice = tuple(store.advice_shown(since))
    days = [s.started_at.date() for s in sessions]
    return ReportData(
        first=since or (min(days) if days else None),
        last=max(days) if days else None,
        sessions=tuple(sessions),
        weeks=tuple(weeks),
        pain=tuple(pain),
        doses=tuple(sorted(doses, key=lambda c: c.day)),
        missed=tuple(missed),
        red_flag_yes=red_flags,
        advice=advice,
    )


def adherence(weeks: Sequence[WeekCount], per_week: int | None) -> tuple[int, int] | None:
    """Weeks that met the routine's aim, of the weeks shown; None without an aim."""
    if per_week is None or not weeks:
        return None
    return sum(w.sessions >= per_week for w in weeks), len(weeks)
