"""The plots cost start-up time only when they are needed: `coach run` and the picker never
import plotext (bench/startup.py measures the first frame), and the history screen imports it
only after its sessions are on the screen (bench/history_screen.py)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_the_app_and_the_picker_import_no_plotting_library() -> None:
    code = (
        "import json, sys\n"
        "import coach.cli, coach.commands.run, coach.commands.history\n"
        "import coach.ui.app, coach.visit.steps, coach.ui.screens.picker\n"
        "import coach.visit.progression, coach.ui.screens.progression\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert [m for m in loaded if m.startswith(("plotext", "textual_plotext"))] == []
    # Not even the history screen, until it shows its plots: its plots module brings them in.
    code = (
        "import sys, coach.ui.screens.history\n"
        "print('textual_plotext' in sys.modules)\n"
        "import coach.ui.widgets.history_plots\n"
        "print('textual_plotext' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
