"""`coach` with a bug planted where a routine starts, for the test that a bug in a real terminal
never shows the patient a traceback (tests/e2e/test_app_shell_tmux.py)."""

from __future__ import annotations

import sys

from coach.cli import main
from coach.routine.model import Routine
from coach.ui.app import CoachApp


def _broken_start(self: CoachApp, routine: Routine) -> None:
    raise RuntimeError("a planted bug")


CoachApp.start_routine = _broken_start  # type: ignore[method-assign]
sys.exit(main())
