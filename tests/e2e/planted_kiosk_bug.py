"""`coach kiosk` whose app cannot draw its attract screen while the file named by
$COACH_PLANTED_FLAG exists: the supervisor starts this module (not `-m coach`) as its child, so
the bug is in the real `--child` process (tests/e2e/test_kiosk_tmux.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import coach.commands.kiosk as kiosk_command
from coach.cli import main

_started_as_coach = kiosk_command.child_argv


def _child_argv(args: Any) -> list[str]:
    argv = _started_as_coach(args)
    assert argv[1:3] == ["-m", "coach"]
    return [argv[0], __file__, *argv[3:]]


kiosk_command.child_argv = _child_argv

if "--child" in sys.argv:
    from coach.ui.screens.attract import AttractScreen

    _compose = AttractScreen.compose

    def _broken_compose(self: AttractScreen) -> Iterator[Any]:
        if Path(os.environ["COACH_PLANTED_FLAG"]).exists():
            raise RuntimeError("a planted bug in the attract screen")
        return _compose(self)

    AttractScreen.compose = _broken_compose  # type: ignore[method-assign]

sys.exit(main())
