"""Where the bundled routines, sounds and schema are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_data"
_CHECKOUT = _PACKAGE.parent


def _find(installed: Path, checkout: Path) -> Path:
    # A wheel carries the data inside the package; a source checkout (or an editable
    # install) has it at the top level of the repository.
    return installed if installed.exists() else checkout


def routines_dir() -> Path:
    """The folder of routines bundled with coach."""
    return _find(_INSTALLED / "routines", _CHECKOUT / "routines")


def sounds_dir() -> Path:
    """The folder of cue sounds bundled with coach."""
    return _find(_INSTALLED / "sounds", _CHECKOUT / "sounds")


def schema_path() -> Path:
    """The routine file JSON Schema shipped with coach."""
    return _find(_INSTALLED / "routine.schema.json", _CHECKOUT / "docs" / "routine.schema.json")
