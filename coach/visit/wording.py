"""The words and numbers the screens show, from plain session data (no Textual here).

Every function takes the language explicitly, so a test can check both without an app.
"""

from __future__ import annotations

import math
from enum import StrEnum

from coach.i18n import Language, translate
from coach.routine.model import Side
from coach.session.plan import Plan, Step, StepKind


class Phase(StrEnum):
    """What the session screen shows at a glance; each has its own colour (`-phase-<value>`)."""

    PREPARE = "prepare"
    HOLD = "hold"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"
    SET_BREAK = "set_break"
    TIMED = "timed"
    PACED_REP = "paced_rep"
    MANUAL_REP = "manual_rep"
    WAITING = "waiting"
    PAUSED = "paused"
    DONE = "done"


def phase_of(step: Step | None, *, paused: bool = False, waiting: bool = False) -> Phase:
    """The phase for `step` (None once the session is over)."""
    if step is None:
        return Phase.DONE
    if paused:
        return Phase.PAUSED
    if waiting and step.kind is StepKind.SET_BREAK:
        return Phase.WAITING
    return Phase(step.kind.value)


def phase_label(phase: Phase, lang: Language) -> str:
    """The phase's label in capitals ("HOLD", "HVIL")."""
    return translate(f"ui.phase.{phase.value}", lang)


def number(value: float, lang: Language) -> str:
    """A count of seconds as people write it: "5", "2.5" (en), "2,5" (nb)."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "nb" else text


def seconds_text(seconds: float, lang: Language) -> str:
    """A short duration as a routine states it: "5 s", "1 min", "1 min 30 s"."""
    if seconds < 60:
        return translate("ui.duration.seconds", lang, seconds=number(seconds, lang))
    minutes, rest = divmod(round(seconds), 60)
    if rest == 0:
        return translate("ui.duration.minutes", lang, minutes=minutes)
    return translate("ui.duration.minutes_seconds", lang, minutes=minutes, seconds=rest)


def duration_text(seconds: float, lang: Language, *, precise: bool = False) -> str:
    """A longer duration: "45 s", "12 min", "1 h 5 min"; `precise` keeps the seconds under an
    hour ("11 min 23 s"), for the summary."""
    whole = max(0, round(seconds))
    if whole < 60:
        return translate("ui.duration.seconds", lang, seconds=whole)
    if whole < 3600:
        minutes, rest = divmod(whole, 60)
        if precise and rest:
            return translate("ui.duration.minutes_seconds", lang, minutes=minutes, seconds=rest)
        if not precise:
            minutes = round(whole / 60)
        return translate("ui.duration.minutes", lang, minutes=minutes)
    hours, rest = divmod(round(whole / 60), 60)
    return translate("ui.duration.hours_minutes", lang, hours=hours, minutes=rest)


def estimate_text(seconds: float, lang: Language) -> str:
    """An estimated length: "about 12 min"."""
    return translate("ui.duration.about", lang, duration=duration_text(seconds, lang))


def whole_seconds(remaining: float) -> int:
    """The whole seconds a countdown shows: 4.2 s left shows 5, exactly 4 s shows 4."""
    # A hair of tolerance, so 4.0000000001 (float noise) does not show as 5.
    return max(0, math.ceil(remaining - 1e-9))


def countdown_text(remaining: float) -> str:
    """A countdown for the big digits: "5", "59", "1:05"."""
    shown = whole_seconds(remaining)
    if shown < 60:
        return str(shown)
    minutes, seconds = divmod(shown, 60)
    return f"{minutes}:{seconds:02d}"


def clock_text(seconds: float) -> str:
    """Time on a clock face: "4:05", "1:02:03"."""
    shown = whole_seconds(seconds)
    hours, rest = divmod(shown, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def count_text(noun: str, count: int, lang: Language) -> str:
    """ "1 exercise", "4 exercises" (`noun` is "exercises" or "reps")."""
    form = "one" if count == 1 else "other"
    return translate(f"ui.count.{noun}.{form}", lang, count=count)


def side_text(side: Side, lang: Language) -> str:
    """ "Left side"."""
    return translate(f"ui.side.{side}", lang)


def side_word(side: Side, lang: Language) -> str:
    """ "left", for inside a sentence."""
    return translate(f"ui.side_word.{side}", lang)


def dose_text(step: Step, lang: Language) -> str:
    """What one set of the step's exercise is: "10 reps, hold 5 s", "10 reps", "1 min"."""
    if step.work_duration is not None:
        return seconds_text(step.work_duration, lang)
    reps = count_text("reps", step.reps or 1, lang)
    if step.hold is not None:
        return translate("ui.dose.reps_hold", lang, reps=reps, hold=seconds_text(step.hold, lang))
    return reps


def counters(step: Step, lang: Language) -> list[str]:
    """The counters shown under the countdown: "Rep 3 / 10", "Set 1 / 2", "Left side"."""
    parts: list[str] = []
    # During a rest `rep` is the rep just done, so the counter says how many are done.
    if step.rep is not None and step.reps is not None:
        parts.append(translate("ui.counter.rep", lang, rep=step.rep, reps=step.reps))
    if step.sets > 1:
        parts.append(translate("ui.counter.set", lang, set=step.set, sets=step.sets))
    if step.side is not None and step.kind is not StepKind.SET_BREAK:
        parts.append(side_text(step.side, lang))
    return parts


def step_summary(step: Step, lang: Language) -> str:
    """What the next step is, in a few words ("rest 2 s", "rep 4 of 10, hold 5 s")."""
    match step.kind:
        case StepKind.PREPARE:
            return translate("ui.next.exercise", lang, name=step.exercise.name)
        case StepKind.HOLD:
            return translate(
                "ui.next.hold",
                lang,
                rep=step.rep,
                reps=step.reps,
                hold=seconds_text(step.hold or 0.0, lang),
            )
        case StepKind.PACED_REP | StepKind.MANUAL_REP:
            return translate("ui.next.rep", lang, rep=step.rep, reps=step.reps)
        case StepKind.REST:
            return translate("ui.next.rest", lang, duration=seconds_text(step.estimate, lang))
        case StepKind.SWITCH_SIDES:
            side = side_word(step.side, lang) if step.side is not None else ""
            return translate("ui.next.switch_sides", lang, side=side)
        case StepKind.SET_BREAK:
            return translate("ui.next.set_break", lang, duration=seconds_text(step.estimate, lang))
        case StepKind.TIMED:
            return translate(
                "ui.next.timed",
                lang,
                name=step.exercise.name,
                duration=seconds_text(step.estimate, lang),
            )


def next_set_text(step: Step, lang: Language) -> str:
    """For a set break: "Set 2 of 2 — 10 reps, hold 5 s"."""
    return translate(
        "ui.next.set", lang, set=step.next_set, sets=step.sets, dose=dose_text(step, lang)
    )


def set_done_text(step: Step, lang: Language) -> str:
    """For a set break, what was just done: "Set 1 of 2 done · 10 reps, hold 5 s"."""
    done = translate("ui.set_done", lang, set=step.set, sets=step.sets)
    return f"{done} · {dose_text(step, lang)}"


def next_text(plan: Plan, index: int, lang: Language) -> str:
    """ "Next: …" for the step at `index` of `plan`."""
    if index >= len(plan.steps):
        return ""
    step = plan.steps[index]
    if step.kind is StepKind.SET_BREAK:
        what = next_set_text(step, lang)
    elif index + 1 < len(plan.steps):
        following = plan.steps[index + 1]
        if following.kind is StepKind.PREPARE:
            return translate("ui.next_exercise", lang, name=following.exercise.name)
        what = step_summary(following, lang)
    else:
        what = translate("ui.next.end", lang)
    return translate("ui.next", lang, what=what)


def language_name(lang: Language, ui_lang: Language) -> str:
    """The name of `lang` in `ui_lang` ("Norwegian", "Norsk")."""
    return translate(f"ui.language.{lang}", ui_lang)
