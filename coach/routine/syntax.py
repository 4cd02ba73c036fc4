"""Turn a YAML syntax error into a problem an author understands, at the line that is wrong.

The YAML parser stops at the first syntax error and often notices it a line late (a missing
space after a colon shows up as a puzzling error on the next key). This module recognises the
common mistakes, points at the line that causes them and says how to fix it.
"""

from __future__ import annotations

import re
from typing import Final

import yaml

from coach.routine.limits import LIMITS
from coach.routine.problems import At, Reporter

# `reps:10` at the start of a line (after an optional list dash): a key glued to its value.
_GLUED_RE: Final = re.compile(r"^(\s*(?:-\s+)?)([^\s:#'\"{}\[\],&*!|>%@`-][^\s:]*):(?=[^\s:])")


def glued(line: str) -> tuple[int, str] | None:
    """The 1-based column of the colon and the glued text, when `line` is `key:value`."""
    match = _GLUED_RE.match(line)
    if match is None or "://" in line:  # an URL is plain text, not a glued key
        return None
    return match.end(), line[len(match[1]) :].split()[0]


def _previous_content_line(lines: list[str], index: int) -> int | None:
    for i in range(min(index, len(lines)) - 1, -1, -1):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("#"):
            return i
    return None


def _tab_in_indent(lines: list[str], index: int) -> int | None:
    if 0 <= index < len(lines):
        line = lines[index]
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return indent.index("\t")
    return None


def report_syntax_error(err: yaml.MarkedYAMLError, text: str, reporter: Reporter) -> None:
    """Report `err`, from parsing `text`, as one located problem with a hint."""
    lines = text.split("\n")
    problem = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark or err.context_mark
    if mark is None:
        reporter.error("yaml-syntax", At(1, 1), detail=problem)
        return
    here = At(mark.line + 1, mark.column + 1)
    before = err.context_mark

    if "nesting depth" in problem:  # libyaml's own bound, far above coach's
        reporter.error("too-deep", here, limit=LIMITS.max_depth)
        return
    for index in (mark.line, before.line if before else -1):
        tab = _tab_in_indent(lines, index)
        if tab is not None:
            reporter.error("tab", At(index + 1, tab + 1))
            return

    if "could not find expected ':'" in problem and before is not None:
        # The parser read `reps:10` as a key without a value and complains on the next line.
        if _report_glued(lines, before.line, reporter):
            return
        reporter.error("yaml-syntax", here, message="routine.syntax.no-colon")
        return
    if "mapping values are not allowed" in problem:
        previous = _previous_content_line(lines, mark.line)
        if previous is not None and _report_glued(lines, previous, reporter):
            return
        line = lines[mark.line] if mark.line < len(lines) else ""
        if ": " in line[: mark.column]:
            reporter.error("yaml-syntax", here, message="routine.syntax.colon-in-value")
        else:
            reporter.error("yaml-syntax", here, message="routine.syntax.indent")
        return
    if "end of stream" in problem and "quoted scalar" in context and before is not None:
        start = At(before.line + 1, before.column + 1)
        reporter.error("yaml-syntax", start, message="routine.syntax.unclosed-quote")
        return
    if "escape" in problem:
        reporter.error("yaml-syntax", here, message="routine.syntax.escape")
        return
    if "flow" in context and before is not None:
        start = At(before.line + 1, before.column + 1)
        reporter.error("yaml-syntax", start, message="routine.syntax.unclosed-bracket")
        return
    if "block" in context or "indentation" in problem or "expected key" in problem:
        reporter.error("yaml-syntax", here, message="routine.syntax.indent")
        return
    reporter.error("yaml-syntax", here, detail=problem or context)


def _report_glued(lines: list[str], index: int, reporter: Reporter) -> bool:
    if not 0 <= index < len(lines):
        return False
    found = glued(lines[index])
    if found is None:
        return False
    column, written = found
    key, _, value = written.partition(":")
    reporter.error(
        "missing-space-after-colon", At(index + 1, column), text=written, key=key, value=value
    )
    return True
