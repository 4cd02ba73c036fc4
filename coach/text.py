"""Text from a routine file or the history, made inert before it reaches a terminal.

A routine's title may hold an escape sequence (`"\\e]0;pwned\\a"` in YAML is ESC ] 0 ; … BEL): a
terminal would take it as a command (rename the window, clear the screen, change colours). coach
check refuses such text in a routine; everything else that shows text coach did not write (the
history, a file's name, a message quoting a value) passes it through `inert` first, here and only
here, so the screen, plain output and exports agree on what a control character looks like.
"""

from __future__ import annotations

import re
from typing import Final

# C0 controls except tab and newline, DEL, and the C1 controls (CSI U+009B is ESC [ by another
# name): the characters a terminal may act on instead of showing.
CONTROL: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# The bidirectional embeddings, overrides and isolates, and the invisible direction marks (LRM, RLM,
# ALM): not commands to a terminal, but they reorder the text around them ("Trojan Source"), so a
# title could make a report line read backwards.
BIDI: Final = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """`text` with every control character shown as a visible sign: C0 and DEL as their Unicode
    pictures (ESC as ␛, BEL as ␇: one column each, so columns and carets stay in place), C1 as
    `\\x9b`, a bidirectional override as `\\u202e`. Tabs and newlines are left alone."""
    return BIDI.sub(_bidi, CONTROL.sub(_visible, text))


def _bidi(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def first_control(text: str) -> str | None:
    """The first control character in `text` (as `inert` sees them), or None."""
    found = CONTROL.search(text)
    return found.group() if found else None


def first_bidi(text: str) -> str | None:
    """The first bidirectional control in `text` (as `inert` shows them), or None."""
    found = BIDI.search(text)
    return found.group() if found else None


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"\\x{code:02x}"
