"""Dates and colours the history screen and its plots share, in a module that does not import
plotext: the screen shows its sessions (dates in the patient's language) before the plots are
needed, and plotext is imported only then."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final

from coach.i18n import Language, translate

# Colours that read on the app's dark and light themes alike (plotext's 256-colour codes), and
# that are told apart by people with the common red-green colour blindness: blue and orange.
BEFORE_COLOR: Final = 39  # a clear blue
AFTER_COLOR: Final = 208  # orange
BAR_COLOR: Final = 39
TARGET_COLOR: Final = 208


def day_month(day: date, lang: Language, *, year: bool = False) -> str:
    """A short date as the patient reads it: "3 Mar" (en), "3. mar" (nb); with `year`,
    "3 Mar 2024" (en), "3. mar. 2024" (nb)."""
    if year:
        month = translate(f"ui.history.month_in_date.{day.month}", lang)
        return translate("ui.history.day_month_year", lang, day=day.day, month=month, year=day.year)
    month = translate(f"ui.history.month.{day.month}", lang)
    return translate("ui.history.day_month", lang, day=day.day, month=month)


def needs_year(days: Iterable[date], today: date) -> bool:
    """Whether dates shown together say their year: when one of them is not in today's year
    (so always when they span more than one year). "Since 1 Jan" must not hide 20 years."""
    return any(day.year != today.year for day in days)
