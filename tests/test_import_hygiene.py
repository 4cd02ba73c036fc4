"""The domain (routine files, sessions, progression) never imports Textual, audio or a database."""

from __future__ import annotations

import json
import subprocess
import sys

# coach.store too: progression reads the history through a protocol, never by importing it.
FORBIDDEN = (
    "textual",
    "rich",
    "simpleaudio",
    "sqlite3",
    "_sqlite3",
    "coach.ui",
    "coach.sound",
    "coach.store",
)


def test_domain_imports_no_ui_audio_or_database() -> None:
    code = (
        "import json, sys, pkgutil, importlib\n"
        "import coach.routine, coach.session, coach.progression\n"
        "for pkg in (coach.routine, coach.session, coach.progression):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    leaks = [m for m in loaded if m.split(".")[0] in FORBIDDEN or m.startswith(FORBIDDEN)]
    assert leaks == []
