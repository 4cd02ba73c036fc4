"""A whole session said by the announcer, driven by a FakeClock (the patient presses Enter at
every wait a second later)."""

from __future__ import annotations

from pathlib import Path

from coach.i18n import Language
from coach.plain.announce import Announcer
from coach.plain.visit_ui import summary_lines
from coach.routine.loader import load_routine
from coach.session.clock import FakeClock
from coach.session.engine import Engine
from coach.session.plan import build_plan


def session_transcript(path: Path, lang: Language | None = None) -> list[str]:
    """Every line plain mode says for a whole run of the routine at `path`, summary included."""
    routine = load_routine(path)
    lang = lang or routine.language
    plan = build_plan(routine)
    engine = Engine(plan)
    clock = FakeClock()
    announcer = Announcer(plan, lang)
    lines = announcer.lines(engine.start(0.0), engine, 0.0)
    while not engine.finished:
        deadline = engine.next_deadline()
        if deadline is None:
            clock.advance(1.0)
            lines += announcer.lines(engine.proceed(clock.now()), engine, clock.now())
            continue
        clock.set(deadline)
        lines += announcer.lines(engine.tick(clock.now()), engine, clock.now())
    return lines + summary_lines(routine, engine.summary(clock.now()), lang)
