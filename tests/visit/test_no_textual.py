"""The visit (the session flow) imports no Textual: a second UI can drive it without Textual."""

from __future__ import annotations

import json
import subprocess
import sys


def test_the_visit_package_imports_no_textual() -> None:
    code = (
        "import json, sys, pkgutil, importlib\n"
        "import coach.visit\n"
        "for m in pkgutil.walk_packages(coach.visit.__path__, 'coach.visit.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert "coach.visit.flow" in loaded  # the walk did import the package's modules
    ui = [m for m in loaded if m.split(".")[0] in ("textual", "rich") or m.startswith("coach.ui")]
    assert ui == []
