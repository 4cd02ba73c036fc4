"""Today's dose in words, with why: "Bridge: hold 4 s today (up from 3 s: two good sessions)".

A change (up, down, clamped) names only what changed; a dose that stays names all of it. The
UI shows one line per exercise before the session (and a new line after the patient chooses to
stay).
"""

from __future__ import annotations

from coach.i18n import Language, translate
from coach.progression.rules import DoseDecision, Reason
from coach.routine.model import Exercise, IntRange, SecondsRange
from coach.session.plan import Dose

# Counts spelled out in sentences ("two good sessions"); larger ones are written in digits.
_SPELLED_UP_TO = 12
_CHANGES = frozenset({Reason.UP, Reason.DOWN, Reason.LASTED, Reason.CLAMPED, Reason.LIGHTER})
# A step up that was due, held back by pain ("stays at …").
_HELD = frozenset(
    {
        Reason.RISING_PAIN,
        Reason.SEVERE_NOW,
        Reason.PAIN_HIGHER,
        Reason.NO_PAIN_NOW,
        Reason.CLAMP_HELD,
    }
)
# The dose of the last session again ("same as last time: …").
_SAME = frozenset(
    {
        Reason.BUILDING,
        Reason.FLARE,
        Reason.SEVERE,
        Reason.IN_BETWEEN,
        Reason.UNANSWERED,
        Reason.TOP,
        Reason.TOO_SOON,
    }
)


def number_text(value: float, lang: Language) -> str:
    """A number as people write it: "4", "2.5" (en), "2,5" (nb)."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "nb" else text


def seconds_text(seconds: float, lang: Language) -> str:
    """A hold or a duration: "4 s", "1 min", "1 min 15 s"."""
    if seconds < 60:
        return translate("progression.seconds", lang, seconds=number_text(seconds, lang))
    minutes, rest = divmod(seconds, 60)
    if rest < 1e-6:
        return translate("progression.minutes", lang, minutes=int(minutes))
    return translate(
        "progression.minutes_seconds", lang, minutes=int(minutes), seconds=number_text(rest, lang)
    )


def reps_text(reps: int, lang: Language) -> str:
    """ "1 rep", "12 reps"."""
    return translate(f"progression.reps.{'one' if reps == 1 else 'other'}", lang, count=reps)


def dose_text(dose: Dose, lang: Language, *, only_changed_from: Dose | None = None) -> str:
    """A dose in words ("12 reps, hold 3 s", "1 min 15 s"); with `only_changed_from`, only the
    parts that differ from that dose ("hold 4 s")."""
    parts: list[str] = []
    before = only_changed_from
    if dose.reps is not None and (before is None or before.reps != dose.reps):
        parts.append(reps_text(dose.reps, lang))
    if dose.hold is not None and (before is None or before.hold != dose.hold):
        parts.append(translate("progression.hold", lang, hold=seconds_text(dose.hold, lang)))
    if dose.duration is not None and (before is None or before.duration != dose.duration):
        parts.append(seconds_text(dose.duration, lang))
    if not parts:  # nothing differs: say the whole dose
        return dose_text(dose, lang)
    return translate("progression.and", lang).join(parts)


def _span_text(span: IntRange | SecondsRange, lang: Language, *, reps: bool) -> str:
    low, high = span.low, span.high
    if reps:
        if low == high:
            return reps_text(int(low), lang)
        return translate("progression.reps.range", lang, low=int(low), high=int(high))
    if low == high:
        return seconds_text(low, lang)
    if high < 60:
        return translate(
            "progression.range.seconds",
            lang,
            low=number_text(low, lang),
            high=number_text(high, lang),
        )
    if low % 60 == 0 and high % 60 == 0:
        return translate(
            "progression.range.minutes", lang, low=int(low // 60), high=int(high // 60)
        )
    return translate(
        "progression.range", lang, low=seconds_text(low, lang), high=seconds_text(high, lang)
    )


def range_text(exercise: Exercise, lang: Language) -> str:
    """The exercise's ranges: "10–15 reps, hold 3–5 s", "1–2 min"."""
    parts: list[str] = []
    if exercise.reps is not None:
        parts.append(_span_text(exercise.reps, lang, reps=True))
    if exercise.hold is not None:
        hold = _span_text(exercise.hold, lang, reps=False)
        parts.append(translate("progression.hold", lang, hold=hold))
    if exercise.duration is not None:
        parts.append(_span_text(exercise.duration, lang, reps=False))
    return translate("progression.and", lang).join(parts)


def count_text(count: int, lang: Language) -> str:
    """A small count spelled out ("two", "to"); digits from 13 on."""
    if 1 <= count <= _SPELLED_UP_TO:
        return translate(f"progression.number.{count}", lang)
    return str(count)


def why_text(decision: DoseDecision, lang: Language) -> str:
    """Why the dose is what it is, for inside the brackets: "two good sessions"."""
    reason = decision.reason
    params: dict[str, object] = {}
    key = f"progression.why.{reason.value}"
    if reason is Reason.UP:
        form = "one" if decision.good_sessions == 1 else "other"
        key = f"{key}.{form}"
        params["count"] = count_text(decision.good_sessions, lang)
    elif reason is Reason.BUILDING:
        params = {"count": decision.good_sessions, "needed": decision.needed}
    elif reason in (Reason.START, Reason.CLAMPED):
        params["range"] = range_text(decision.exercise, lang)
    elif reason in (Reason.SEVERE, Reason.SEVERE_NOW, Reason.PAIN_HIGHER, Reason.CLAMP_HELD):
        params = {"pain": decision.pain, "earlier": decision.earlier_pain}
    elif reason is Reason.TOO_SOON:
        params["days"] = decision.exercise.progression.days_between_steps
    elif reason is Reason.LASTED:
        days = decision.days
        if days is None:
            key = f"{key}.unknown"
        elif days <= 1:
            key = f"{key}.{days}"
        else:
            key = f"{key}.other"
            params["days"] = days
    return translate(key, lang, **params)


def decision_text(decision: DoseDecision, lang: Language) -> str:
    """The line shown before a session: "Bridge: hold 4 s today (up from 3 s: two good
    sessions)"."""
    name = decision.exercise.name
    why = why_text(decision, lang)
    if decision.reason in _CHANGES and decision.previous is not None:
        direction = _direction(decision.dose, decision.previous)
        return translate(
            f"progression.line.{direction}",
            lang,
            name=name,
            dose=dose_text(decision.dose, lang, only_changed_from=decision.previous),
            previous=_previous_text(decision.previous, decision.dose, lang, unit=False),
            why=why,
        )
    if decision.reason in _HELD:
        key = "progression.line.held"
    elif decision.reason is Reason.BOTTOM:
        key = "progression.line.bottom"
    elif decision.reason in _SAME:
        key = "progression.line.same"
    else:
        key = "progression.line.plain"
    return translate(key, lang, name=name, dose=dose_text(decision.dose, lang), why=why)


def stay_text(decision: DoseDecision, lang: Language) -> str:
    """The label of the choice to stay at the last dose: "Stay at hold 3 s"."""
    if decision.previous is None:
        raise ValueError(f"{decision.exercise.name}: there is no last dose to stay at")
    dose = _previous_text(decision.previous, decision.dose, lang, unit=True)
    return translate("progression.stay", lang, dose=dose)


def _previous_text(previous: Dose, dose: Dose, lang: Language, *, unit: bool) -> str:
    """The last dose next to today's: just the value when one thing changed ("3 s", "10" or
    "10 reps" with `unit`), else every part that changed."""
    changed = [
        (name, value)
        for name, value, today in (
            ("reps", previous.reps, dose.reps),
            ("hold", previous.hold, dose.hold),
            ("duration", previous.duration, dose.duration),
        )
        if value is not None and value != today
    ]
    if len(changed) != 1:
        return dose_text(previous, lang, only_changed_from=dose)
    name, value = changed[0]
    if name == "reps":
        return reps_text(int(value), lang) if unit else str(int(value))
    return seconds_text(value, lang)


def _direction(dose: Dose, previous: Dose) -> str:
    pairs = (
        (dose.reps, previous.reps),
        (dose.hold, previous.hold),
        (dose.duration, previous.duration),
    )
    moves = {a > b for a, b in pairs if a is not None and b is not None and a != b}
    if moves == {True}:
        return "up"
    return "down" if moves == {False} else "changed"
