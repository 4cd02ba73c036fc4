"""Exercises and session outcomes the progression tests share."""

from __future__ import annotations

from coach.progression.rules import Outcome
from coach.routine.model import Exercise, IntRange, SecondsRange
from coach.session.plan import Dose

BRIDGE = Exercise("Bridge", reps=IntRange(10, 15), hold=SecondsRange(3, 5))
HEEL_RAISES = Exercise("Heel raises", reps=IntRange(10, 15))
CAT_COW = Exercise("Cat-cow", duration=SecondsRange(60, 120))
BIRD_DOG = Exercise("Bird dog", reps=IntRange(10, 10), hold=SecondsRange(3, 3))
WALL_SIT = Exercise("Wall sit", reps=IntRange(3, 3), hold=SecondsRange(20, 30))


def good(dose: Dose, before: int = 3) -> Outcome:
    return Outcome(dose, completed=True, pain_before=before, pain_after=before + 1)


def flare(dose: Dose, before: int = 3) -> Outcome:
    return Outcome(dose, completed=True, pain_before=before, pain_after=before + 2)


def unanswered(dose: Dose) -> Outcome:
    return Outcome(dose, completed=True)


def skipped(dose: Dose) -> Outcome:
    return Outcome(dose, completed=False, pain_before=3, pain_after=3)
