"""`coach remind`: a routine's `frequency:` as recurring calendar events (iCalendar, RFC 5545).

Each event is named after the routine, lasts about as long as a session, rings at its start, and
says in its description when to stop and contact a physiotherapist (the article's advice).

Which days and hours are coach's own choice, spread evenly: 3 a week on Monday, Wednesday and
Friday; 2 a day at 09:00 and 18:00. `--at` sets the hours instead. Times are floating local times
(no time zone), so the calendar shows them at that hour wherever it is.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from coach.i18n import Language, translate
from coach.routine.model import Frequency, Routine

NAMESPACE: Final = uuid.UUID("0b8e6c1e-0f52-4a53-8d55-4f1b7a2d6e90")
WEEKDAYS: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# coach's own spread of n sessions over a week (n = 1..7): as evenly as the days allow.
DAYS_FOR: Final[dict[int, tuple[str, ...]]] = {
    1: ("MO",),
    2: ("MO", "TH"),
    3: ("MO", "WE", "FR"),
    4: ("MO", "TU", "TH", "FR"),
    5: ("MO", "TU", "WE", "TH", "FR"),
    6: ("MO", "TU", "WE", "TH", "FR", "SA"),
    7: WEEKDAYS,
}
# coach's own hours for the 1st, 2nd and 3rd session of a day.
HOURS_FOR: Final[dict[int, tuple[time, ...]]] = {
    1: (time(18, 0),),
    2: (time(9, 0), time(18, 0)),
    3: (time(9, 0), time(13, 0), time(18, 0)),
}
MAX_PER_DAY: Final = 3


@dataclass(frozen=True, slots=True)
class Slot:
    """One recurring event: at `at` on `days` every week (every day when all seven)."""

    at: time
    days: tuple[str, ...]


def sessions_a_day(frequency: Frequency) -> int:
    """The most sessions `frequency` puts on one day (10/week: 2)."""
    return min(MAX_PER_DAY, -(-frequency.per_week // 7))


def slots(frequency: Frequency, hours: Sequence[time] = ()) -> list[Slot]:
    """The weekly events that make `frequency`: one slot per session of a day, each on the days
    of the week it falls on. More than 7 a week is spread as sessions a day (10/week: every day
    once, and Monday, Wednesday, Friday twice). `hours`, when given, are one per session of a day.
    """
    per_week = frequency.per_week
    per_day = sessions_a_day(frequency)
    if hours and len(hours) != per_day:
        raise ValueError(f"{per_day} hours needed, {len(hours)} given")
    chosen = tuple(hours) or HOURS_FOR[per_day]
    result = []
    for index, at in enumerate(sorted(chosen)):
        this_slot = min(7, per_week - 7 * index)
        if this_slot > 0:
            result.append(Slot(at, DAYS_FOR[this_slot]))
    return result


def _first_day(start: date, days: tuple[str, ...]) -> date:
    """The first day on or after `start` that is one of `days`."""
    day = start
    while WEEKDAYS[day.weekday()] not in days:
        day += timedelta(days=1)
    return day


def description(routine: Routine, lang: Language) -> str:
    """The text in every event: what to do, and when to stop and call a physiotherapist."""
    lines = [
        translate("report.remind.what", lang, title=routine.title),
        "",
        translate("report.remind.stop", lang),
        translate("report.remind.red_flags", lang),
        "",
        translate("report.remind.coach_own", lang),
    ]
    return "\n".join(lines)


def calendar_bytes(
    routine: Routine,
    frequency: Frequency,
    lang: Language,
    *,
    start: date,
    minutes: int,
    hours: Sequence[time] = (),
    until: date | None = None,
    now: datetime | None = None,
) -> bytes:
    """The iCalendar file: one recurring event per slot, each with an alarm at its start."""
    from icalendar import Alarm, Calendar, Event  # only `coach remind` pays for it

    calendar = Calendar()
    calendar.add("prodid", "-//coach//reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", translate("report.remind.calendar", lang, title=routine.title))
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    text = description(routine, lang)
    summary = translate("report.remind.summary", lang, title=routine.title)
    for slot in slots(frequency, hours):
        event = Event()
        key = f"{routine.title}/{slot.at.isoformat()}/{','.join(slot.days)}"
        event.add("uid", f"{uuid.uuid5(NAMESPACE, key)}@coach")
        event.add("dtstamp", stamp)
        event.add("summary", summary)
        event.add("description", text)
        event.add("dtstart", datetime.combine(_first_day(start, slot.days), slot.at))
        event.add("duration", timedelta(minutes=minutes))
        rule: dict[str, object] = {"freq": "weekly", "byday": list(slot.days)}
        if len(slot.days) == 7:
            rule = {"freq": "daily"}
        if until is not None:
            rule["until"] = datetime.combine(until, time(23, 59, 59))
        event.add("rrule", rule)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
