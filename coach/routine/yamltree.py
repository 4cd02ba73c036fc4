"""Read a YAML file into a tree of located nodes, safely and the YAML 1.2 way.

PyYAML's constructors follow YAML 1.1 (`no` is False, `1:30` is 90, `0755` is octal) and forget
where every value came from, so this module reads the parser's events and builds its own small
tree: each node keeps its 1-based line and column, and plain scalars are resolved by the YAML 1.2
rules coach documents (only `true`/`false` are booleans, `null`/`~`/empty is null, decimal numbers
without leading zeros are numbers, everything else is text).

Hostile input is bounded before it can cost much: file size, nesting depth, number of values,
length of a value and digits of a number all have limits, anchors and aliases (the way to a
"billion laughs" bomb) are refused, and every problem is reported with its place.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

import yaml

from coach.routine.limits import LIMITS, Limits
from coach.routine.problems import START, At, Reporter
from coach.routine.syntax import report_syntax_error
from coach.text import CONTROL, first_bidi, first_control

# libyaml's parser is a C extension and many times faster than the pure-Python one; both produce
# the same events, and the pure-Python one is there when PyYAML was built without libyaml.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


ScalarValue = str | int | float | bool | None


@dataclass(slots=True)
class ScalarNode:
    """A scalar: `value` resolved by YAML 1.2 rules, `text` as written (quotes removed)."""

    value: ScalarValue
    text: str
    plain: bool
    line: int
    column: int


@dataclass(slots=True)
class MappingNode:
    """A mapping; its keys are scalars (anything else is reported and dropped)."""

    line: int
    column: int
    items: list[tuple[ScalarNode, Node]] = field(default_factory=list)


@dataclass(slots=True)
class SequenceNode:
    """A sequence."""

    line: int
    column: int
    items: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class RejectedNode:
    """A value already reported as a problem (an alias, a bad tag…): checks skip it silently."""

    line: int
    column: int


Node = ScalarNode | MappingNode | SequenceNode | RejectedNode

# YAML 1.2 resolution of plain scalars; integers are decimal without leading zeros (as in the
# spec's JSON schema), so `0755` stays text instead of becoming 755 or 493.
_NULL: Final = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL: Final = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_INT_RE: Final = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT_RE: Final = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?=[eE]))(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_TAG_PREFIX: Final = "tag:yaml.org,2002:"
_STANDARD_TAGS: Final = frozenset({"str", "int", "float", "bool", "null", "map", "seq"})
# Characters YAML forbids (libyaml would stop at them with a byte offset, not a line).
_FORBIDDEN_RE: Final = re.compile(
    "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]"
)


# YAML's one-character escapes in double quotes, and the hex ones with their number of digits.
_ESCAPES: Final = {
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    "N": "\x85",
}
_HEX_DIGITS: Final = {"x": 2, "u": 4, "U": 8}


def _control_escape(text: str, quote: int) -> int | None:
    """Where in `text` the first escape making a control character starts, in the double-quoted
    scalar whose quote is at `quote` (None if it has none)."""
    i = quote + 1
    while i < len(text) and text[i] != '"':
        if text[i] != "\\":
            i += 1
            continue
        kind = text[i + 1 : i + 2]
        digits = _HEX_DIGITS.get(kind, 0)
        if digits:
            number = text[i + 2 : i + 2 + digits]
            hexadecimal = len(number) == digits and all(c in string.hexdigits for c in number)
            made = chr(int(number, 16)) if hexadecimal else ""
        else:
            made = _ESCAPES.get(kind, "")
        if made and CONTROL.fullmatch(made):
            return i
        i += 2 + digits
    return None


class _Stop(Exception):
    """Reading stops here; the reason is already reported."""


def position(text: str, index: int) -> At:
    """The 1-based line and column of character `index` in `text`."""
    line_start = text.rfind("\n", 0, index) + 1
    return At(text.count("\n", 0, index) + 1, index - line_start + 1)


def decode(raw: bytes, reporter: Reporter, limits: Limits = LIMITS) -> str | None:
    """The file's text, or None after reporting why it is not a readable UTF-8 text file."""
    if len(raw) > limits.max_bytes:
        reporter.error("file-too-large", START, size=len(raw), limit=limits.max_bytes)
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        reporter.error("bad-encoding", START)
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start].decode("utf-8")
        reporter.error("bad-encoding", position(before, len(before)))
        return None
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        reporter.error("nul-byte", position(text, nul))
        return None
    forbidden = _FORBIDDEN_RE.search(text)
    if forbidden:
        codepoint = f"U+{ord(forbidden.group()):04X}"
        reporter.error("control-character", position(text, forbidden.start()), codepoint=codepoint)
        return None
    return text


def _resolve(text: str) -> ScalarValue:
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT_RE.fullmatch(text):
        return int(text)
    if _FLOAT_RE.fullmatch(text):
        lowered = text.lower()
        if lowered.endswith("nan"):
            return math.nan
        if lowered.endswith("inf"):
            return -math.inf if text.startswith("-") else math.inf
        return float(text)
    return text


def _tagged(tag: str, text: str) -> ScalarValue | RejectedNode:
    """The value of a scalar with an explicit standard tag (`!!str 10`), or a rejection."""
    name = tag.removeprefix(_TAG_PREFIX)
    if name == "str":
        return text
    value = _resolve(text)
    ok = {
        "int": type(value) is int,
        "float": type(value) in (int, float),
        "bool": type(value) is bool,
        "null": value is None,
    }.get(name, False)
    if not ok:
        return RejectedNode(0, 0)
    return float(value) if name == "float" and isinstance(value, int) else value


class _Frame:
    """A mapping or sequence being filled, with the keys seen so far and a key awaiting a value."""

    __slots__ = ("key", "node", "seen")

    def __init__(self, node: MappingNode | SequenceNode) -> None:
        self.node = node
        self.seen: dict[str, ScalarNode] = {}
        self.key: Node | None = None


class _TreeBuilder:
    def __init__(self, text: str, reporter: Reporter, limits: Limits) -> None:
        self.text = text
        self.reporter = reporter
        self.limits = limits
        self.stack: list[_Frame] = []
        self.root: Node | None = None
        self.values = 0

    def build(self, events: Iterator[yaml.Event]) -> Node | None:
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.reporter.error("multiple-documents", _at(event))
                    raise _Stop
            elif isinstance(event, yaml.ScalarEvent):
                self._count(event)
                self._anchor(event)
                self._attach(self._scalar(event))
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                self._open(event)
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                self.stack.pop()
            elif isinstance(event, yaml.AliasEvent):
                self._count(event)
                self.reporter.error("alias", _at(event), name=event.anchor)
                self._attach(RejectedNode(*_position(event)))
        return self.root

    def _count(self, event: yaml.Event) -> None:
        self.values += 1
        if self.values > self.limits.max_values:
            self.reporter.error("too-many-values", _at(event), limit=self.limits.max_values)
            raise _Stop

    def _anchor(self, event: yaml.NodeEvent) -> None:
        if event.anchor is not None:
            self.reporter.error("anchor", _at(event), name=event.anchor)

    def _open(self, event: yaml.CollectionStartEvent) -> None:
        self._count(event)
        self._anchor(event)
        if len(self.stack) >= self.limits.max_depth:
            self.reporter.error("too-deep", _at(event), limit=self.limits.max_depth)
            raise _Stop
        line, column = _position(event)
        node: MappingNode | SequenceNode
        if isinstance(event, yaml.MappingStartEvent):
            node = MappingNode(line, column)
            expected = "map"
        else:
            node = SequenceNode(line, column)
            expected = "seq"
        if event.tag not in (None, "!", _TAG_PREFIX + expected):
            self._bad_tag(event, event.tag)
            self._attach(RejectedNode(line, column))
        else:
            self._attach(node)
        # The frame is pushed even for a rejected collection so its children find a home;
        # they are simply never looked at.
        self.stack.append(_Frame(node))

    def _scalar(self, event: yaml.ScalarEvent) -> Node:
        line, column = _position(event)
        text: str = event.value
        if len(text) > self.limits.max_scalar_chars:
            self.reporter.error("value-too-long", _at(event), limit=self.limits.max_scalar_chars)
            return RejectedNode(line, column)
        # Raw control characters are refused before parsing; quoted text can still make them
        # with escapes ("\e[2J", "\a", "\x1b"), and a terminal would obey them.
        control = first_control(text)
        if control is not None:
            # At the escape itself when it can be found (a double-quoted scalar), else the value.
            mark = event.start_mark
            found = None
            if event.style == '"' and mark is not None:
                found = _control_escape(self.text, mark.index)
            at = position(self.text, found) if found is not None else _at(event)
            self.reporter.error("control-escape", at, codepoint=f"U+{ord(control):04X}")
            return RejectedNode(line, column)
        # A direction override or mark reorders what a patient reads around it ("Trojan Source"):
        # routine text never needs one.
        bidi = first_bidi(text)
        if bidi is not None:
            self.reporter.error("bidi-control", _at(event), codepoint=f"U+{ord(bidi):04X}")
            return RejectedNode(line, column)
        plain = event.style in (None, "") and event.tag is None
        if event.tag is not None and event.tag != "!":
            value = _tagged(event.tag, text)
            if isinstance(value, RejectedNode):
                self._bad_tag(event, event.tag, text)
                return RejectedNode(line, column)
            return ScalarNode(value, text, False, line, column)
        if not plain:
            return ScalarNode(text, text, False, line, column)
        if _INT_RE.fullmatch(text) and len(text.lstrip("+-")) > self.limits.max_int_digits:
            self.reporter.error("number-too-large", _at(event), limit=self.limits.max_int_digits)
            return RejectedNode(line, column)
        return ScalarNode(_resolve(text), text, True, line, column)

    def _bad_tag(self, event: yaml.NodeEvent, tag: str, text: str = "") -> None:
        name = tag.removeprefix(_TAG_PREFIX)
        shown = f"!!{name}" if name != tag else tag
        if name in _STANDARD_TAGS:
            self.reporter.error("bad-tag", _at(event), tag=shown, text=text)
        else:
            self.reporter.error("unknown-tag", _at(event), tag=shown)

    def _attach(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        if isinstance(frame.node, SequenceNode):
            frame.node.items.append(node)
            return
        if frame.key is None:
            frame.key = node
            return
        key, frame.key = frame.key, None
        if isinstance(key, RejectedNode):
            return
        if not isinstance(key, ScalarNode):
            self.reporter.error("complex-key", key)
            return
        first = frame.seen.get(key.text)
        if first is not None:
            self.reporter.error("duplicate-key", key, key=key.text, first_line=first.line)
            return
        frame.seen[key.text] = key
        frame.node.items.append((key, node))


def _position(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _at(event: yaml.Event) -> At:
    return At(*_position(event))


def read_tree(text: str, reporter: Reporter, limits: Limits = LIMITS) -> Node | None:
    """The tree of `text` (decoded by `decode`), or None when nothing could be read.

    Problems that leave the rest of the file readable (an anchor, a duplicate key, a bad tag) are
    reported and reading goes on, so the checks after it can report everything else too.
    """
    builder = _TreeBuilder(text, reporter, limits)
    try:
        root = builder.build(yaml.parse(text, Loader=_Loader))
    except _Stop:
        return None
    except yaml.MarkedYAMLError as err:
        report_syntax_error(err, text, reporter)
        return None
    except yaml.YAMLError as err:  # a reader error: forbidden characters are caught before
        reporter.error("yaml-syntax", START, detail=str(err).splitlines()[0])
        return None
    if root is None or (isinstance(root, ScalarNode) and root.value is None):
        reporter.error("empty-file", START)
        return None
    return root
