"""Where each top-level key of a TOML file is written, for messages that point at it.

`tomllib` returns values without their places. The kiosk config is a flat table, so it is enough
to know, for each top-level key, the line and column of the key and of its value; a `[table]` or
`[[array]]` header counts as its key, and a dotted key (`a.b = 1`) as its first part. The scan
only runs on text `tomllib` has accepted, so it need not judge the syntax: it skips strings
(one-line and multi-line, so a `#` or `=` in them is no comment or key), comments, and values
that span lines inside brackets. Lines and columns are 1-based; columns count characters.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Final

_BARE_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class KeyPlace:
    """Where a key and its value start (for a table header, both are the header's name)."""

    line: int
    column: int
    value_line: int
    value_column: int


def key_places(text: str) -> dict[str, KeyPlace]:
    """The place of every top-level key of the TOML document `text`, the first one written."""
    return _Scan(text).run()


class _Scan:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.line = 1
        self.line_start = 0  # index of the current line's first character

    def place(self) -> tuple[int, int]:
        return self.line, self.i - self.line_start + 1

    def newline(self) -> None:
        self.i += 1
        self.line += 1
        self.line_start = self.i

    def run(self) -> dict[str, KeyPlace]:
        places: dict[str, KeyPlace] = {}
        text = self.text
        in_table = False  # keys under a [table] header are not top-level
        depth = 0  # brackets and braces open in the current value
        at_statement = True  # the next thing on this line starts a key or a header
        while self.i < len(text):
            c = text[self.i]
            if c == "\n":
                self.newline()
                at_statement = depth == 0
            elif c in " \t\r":
                self.i += 1
            elif c == "#":
                self.skip_to_line_end()
            elif at_statement and c == "[":
                self.i += 2 if text.startswith("[[", self.i) else 1
                self.skip_blanks()
                line, column = self.place()
                places.setdefault(self.key_part(), KeyPlace(line, column, line, column))
                in_table = True
                self.skip_to_line_end()
            elif at_statement:
                line, column = self.place()
                name = self.key_part()
                while self.skip_blanks() == ".":  # a dotted key: the rest of it
                    self.i += 1
                    self.skip_blanks()
                    self.key_part()
                self.i += 1  # the '='
                self.skip_blanks()
                value_line, value_column = self.place()
                if not in_table:
                    places.setdefault(name, KeyPlace(line, column, value_line, value_column))
                at_statement = False
            elif c in "\"'":
                self.skip_string()
            else:
                depth += (c in "[{") - (c in "]}")
                self.i += 1
        return places

    def skip_blanks(self) -> str:
        """Move past spaces and tabs; the character there ('' at the end)."""
        while self.i < len(self.text) and self.text[self.i] in " \t":
            self.i += 1
        return self.text[self.i : self.i + 1]

    def skip_to_line_end(self) -> None:
        end = self.text.find("\n", self.i)
        self.i = len(self.text) if end < 0 else end

    def key_part(self) -> str:
        """One part of a key (bare or quoted), as TOML reads it."""
        start = self.i
        if self.text[self.i] in "\"'":
            self.skip_string()
            quoted = self.text[start : self.i]
            # tomllib unescapes it exactly as it did when it read the file.
            return next(iter(tomllib.loads(f"{quoted} = 0")))
        match = _BARE_KEY.match(self.text, self.i)
        if match is None:  # not TOML tomllib accepted: nothing more to find
            self.i = len(self.text)
            return ""
        self.i = match.end()
        return match[0]

    def skip_string(self) -> None:
        """Move past the string that starts here: basic or literal, one-line or multi-line."""
        text = self.text
        quote = text[self.i]
        if text.startswith(quote * 3, self.i):
            self.i += 3
            while self.i < len(text):
                if text[self.i] == "\\" and quote == '"':
                    self.i += 2 if text[self.i + 1 : self.i + 2] != "\n" else 1
                elif text.startswith(quote * 3, self.i):
                    # Up to two quotes more belong to the text: `"""a""""` ends in `a"`.
                    run = len(text[self.i :]) - len(text[self.i :].lstrip(quote))
                    self.i += min(run, 5)
                    return
                elif text[self.i] == "\n":
                    self.newline()
                else:
                    self.i += 1
            return
        self.i += 1
        while self.i < len(text) and text[self.i] != quote:
            self.i += 2 if text[self.i] == "\\" and quote == '"' else 1
        self.i += 1
