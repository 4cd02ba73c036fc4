"""`coach export`: the history as CSV or JSON for the physio, one row per exercise per session.

The columns are the fields of `ExportRow`, in order, documented in docs/history.md. Both formats
say the same thing: CSV writes an empty cell where JSON writes null, and `true`/`false` for yes/no.
"""

from __future__ import annotations

import csv
import json
import textwrap
from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from enum import Enum
from typing import Final, Literal, TextIO

from coach.store.history import to_text
from coach.store.records import ExportRow
from coach.text import inert

ExportFormat = Literal["csv", "json"]
FORMATS: Final[tuple[ExportFormat, ...]] = ("csv", "json")
COLUMNS: Final[tuple[str, ...]] = tuple(f.name for f in fields(ExportRow))
# Bumped when a column changes meaning or goes away; adding a column at the end does not.
EXPORT_VERSION: Final = 1

Cell = str | int | float | bool | None


def _json_value(value: object) -> Cell:
    if isinstance(value, datetime):
        return to_text(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 5.0 s reads as 5 s
    if isinstance(value, str):
        # Titles and names as the history holds them: a spreadsheet or a terminal showing the
        # export must not receive an escape sequence.
        return inert(value)
    assert value is None or isinstance(value, str | int | float | bool)
    return value


def _csv_value(value: object) -> str:
    cell = _json_value(value)
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    return str(cell)


def _raw(row: ExportRow) -> list[object]:
    # Not dataclasses.astuple: it deep-copies every value, which made a long export slow.
    return [getattr(row, column) for column in COLUMNS]


def row_values(row: ExportRow) -> list[Cell]:
    """The cells of one row, in `COLUMNS` order, as JSON writes them."""
    return [_json_value(v) for v in _raw(row)]


def write_csv(rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write a header line with `COLUMNS`, then one line per row (RFC 4180, UTF-8); returns the
    number of rows. Rows are written as they come: an export of any length streams."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([_csv_value(v) for v in _raw(row)])
        count += 1
    return count


def write_json(rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write one JSON object: the export version, the columns, and the rows as objects (as
    `json.dump(..., indent=2)` lays it out, one row at a time); returns the number of rows."""
    head = {"format": "coach-history", "version": EXPORT_VERSION, "columns": list(COLUMNS)}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    out.write(text[: text.rindex("\n}")] + ',\n  "rows": [')
    count = 0
    for row in rows:
        item = json.dumps(
            dict(zip(COLUMNS, row_values(row), strict=True)), ensure_ascii=False, indent=2
        )
        out.write(("\n" if count == 0 else ",\n") + textwrap.indent(item, "    "))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def write_export(rows: Iterable[ExportRow], out: TextIO, fmt: ExportFormat) -> int:
    """Write `rows` to `out` in `fmt`; returns the number of rows."""
    return (write_csv if fmt == "csv" else write_json)(rows, out)
