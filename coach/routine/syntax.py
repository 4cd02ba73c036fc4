"""Turn a YAML syntax error into a problem an author understands, at the line that is wrong.

The YAML parser stops at the first syntax error and often notices it a line late (a missing
space after a colon shows up as a puzzling error on the next key). This module recognises the
common mistakes, points at the line that causes them and says how to fix it. Tabs in the
indentation need no parser to be found: every one of them is reported at once, with the first
syntax error (the ones after it are found on the next run).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import msgspec
import yaml

from coach.routine import spec
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


# `name Bird dog`: a word, spaces, then the value, and no `: ` anywhere: a key without its colon.
_NO_COLON_RE: Final = re.compile(r"^(\s*(?:-\s+)?)([^\W\d][\w-]*)([ \t]+)(\S.*?)\s*$")


@cache
def _format_keys() -> frozenset[str]:
    structs = (spec.Routine, spec.Defaults, spec.Exercise, spec.Cue, spec.Progression)
    return frozenset(f.encode_name for s in structs for f in msgspec.structs.fields(s))


def missing_colon(line: str, *, known_keys_only: bool) -> tuple[int, str, str] | None:
    """When `line` is `key value` without the colon: the 1-based column where the colon belongs,
    the key and the value. With `known_keys_only`, only the format's own keys count (the line
    could otherwise be the second line of a long text)."""
    match = _NO_COLON_RE.match(line.split(" #", 1)[0])
    if match is None or ": " in line or line.rstrip().endswith(":"):
        return None
    key, value = match[2], match[4]
    if known_keys_only and key not in _format_keys():
        return None
    return len(match[1]) + len(key) + 1, key, value


def report_missing_colon(
    lines: list[str], index: int, reporter: Reporter, *, known_keys_only: bool
) -> bool:
    """Report line `index` (0-based) if it is a key without its colon; True if it was."""
    if not 0 <= index < len(lines):
        return False
    found = missing_colon(lines[index], known_keys_only=known_keys_only)
    if found is None:
        return False
    column, key, value = found
    reporter.error("missing-colon", At(index + 1, column), key=key, value=value)
    return True


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


# A line that opens a block scalar (`instructions: |`, `- >-`): the lines indented deeper under
# it are text, where a tab after the indentation is part of the text.
_BLOCK_SCALAR_RE: Final = re.compile(r"(?:^|[:-])[ \t]+[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$")


def indentation_tabs(lines: list[str]) -> list[At]:
    """Where a tab is used for indentation, one per line (its first tab), in file order.

    Only asked about a file that did not parse: in a file that did, YAML accepted every tab it
    has (inside brackets, in quoted text). Blank lines and the text of block scalars are
    skipped; a comment indented with a tab is reported (the parser refuses it too).
    """
    found: list[At] = []
    block_parent: int | None = None  # the indentation of the line that opened a block scalar
    for number, line in enumerate(lines, 1):
        rest = line.lstrip(" \t")
        if block_parent is not None:
            if not rest or len(line) - len(line.lstrip(" ")) > block_parent:
                continue  # the block scalar's text (or a blank line in it)
            block_parent = None
        if not rest:
            continue
        indent = line[: len(line) - len(rest)]
        if "\t" in indent:
            found.append(At(number, indent.index("\t") + 1))
        if _BLOCK_SCALAR_RE.search(line):
            block_parent = len(line) - len(line.lstrip(" "))
    return found


def report_syntax_error(err: yaml.MarkedYAMLError, text: str, reporter: Reporter) -> None:
    """Report `err`, from parsing `text`, as located problems with hints: every tab used for
    indentation, and the error itself (unless it is one of those tabs)."""
    lines = text.split("\n")
    tabs = indentation_tabs(lines)
    for at in tabs:
        reporter.error("tab", at)
    _report_first_error(err, lines, reporter, {at.line for at in tabs})


def _report_first_error(
    err: yaml.MarkedYAMLError, lines: list[str], reporter: Reporter, tab_lines: set[int]
) -> None:
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
            if index + 1 not in tab_lines:  # not said yet (a tab in what looked like text)
                reporter.error("tab", At(index + 1, tab + 1))
            return

    if "could not find expected ':'" in problem and before is not None:
        # The parser read `reps:10` as a key without a value and complains on the next line.
        if _report_glued(lines, before.line, reporter):
            return
        # `reps 10` where a key was expected: the parser read a key and is still looking for
        # its colon when the next line comes.
        if report_missing_colon(lines, before.line, reporter, known_keys_only=False):
            return
        reporter.error("yaml-syntax", here, message="routine.syntax.no-colon")
        return
    if "mapping values are not allowed" in problem:
        previous = _previous_content_line(lines, mark.line)
        if previous is not None and _report_glued(lines, previous, reporter):
            return
        # `- name Bird dog` is plain text to YAML, which then fails at the next line's key.
        if previous is not None and report_missing_colon(
            lines, previous, reporter, known_keys_only=True
        ):
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
        # `- name Bird dog  # comment`: the comment ends the text, so the next line's key
        # looks badly indented; the line above is the one to fix.
        previous = _previous_content_line(lines, mark.line)
        if previous is not None and report_missing_colon(
            lines, previous, reporter, known_keys_only=True
        ):
            return
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
