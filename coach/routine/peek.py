"""A routine's title, read without loading the routine, for the very first frame of `coach run`.

The routine loader (YAML, checks) costs more start-up time than the rest of the first frame
together, so the app shows the title at once and loads the routine right after. This is only a
glance: anything unusual (quotes that span lines, a block scalar, no title) gives the file name,
and the real title replaces it a moment later.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from coach.text import inert

_TITLE_RE: Final = re.compile(r"^title[ \t]*:[ \t]*(.*?)[ \t]*(?:[ \t]#.*)?$", re.MULTILINE)
# Values that YAML reads as something other than the plain text on the line.
_NOT_PLAIN: Final = tuple("|>&*!%@`[{")
_PEEK_BYTES: Final = 64 * 1024


def peek_title(path: Path) -> str:
    """The `title:` of the routine in `path` as written on its line, else the file's name; inert
    (the loader has not refused a control character on that line yet)."""
    return inert(_glance(path))


def _glance(path: Path) -> str:
    try:
        # A FIFO would block the first frame (and a device may never end): regular files only.
        if not path.is_file():
            return path.name
        with path.open("rb") as file:
            text = file.read(_PEEK_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return path.name
    match = _TITLE_RE.search(text)
    if match is None:
        return path.name
    value = match[1]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
        if "\\" in value or "''" in value:  # escapes: leave them to the real loader
            return path.name
    elif value.startswith(_NOT_PLAIN) or value.startswith(("'", '"')):
        return path.name
    return value.strip() or path.name
