"""Plain mode imports no Textual (nor Rich): a screen reader's session must not need them."""

from __future__ import annotations

import json
import subprocess
import sys


def test_plain_mode_imports_no_textual() -> None:
    code = (
        "import json, sys, pkgutil, importlib\n"
        "import coach.plain\n"
        "for m in pkgutil.walk_packages(coach.plain.__path__, 'coach.plain.'):\n"
        "    importlib.import_module(m.name)\n"
        "import coach.commands.run\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert [m for m in loaded if m.split(".")[0] in ("textual", "rich")] == []
