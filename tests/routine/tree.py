"""Plain Python values from a checked YAML tree (YAML 1.2 rules), to feed JSON Schema validation."""

from __future__ import annotations

from pathlib import Path

from coach.routine.problems import Reporter
from coach.routine.yamltree import MappingNode, ScalarNode, SequenceNode, decode, read_tree


def to_python(path: Path) -> object:
    """The file's content as dicts, lists and scalars, read the way coach reads it."""
    reporter = Reporter(path, "en")
    text = decode(path.read_bytes(), reporter)
    assert text is not None
    tree = read_tree(text, reporter)
    assert reporter.problems == [], reporter.problems
    return _value(tree)


def _value(node: object) -> object:
    if isinstance(node, MappingNode):
        return {key.text: _value(value) for key, value in node.items}
    if isinstance(node, SequenceNode):
        return [_value(item) for item in node.items]
    assert isinstance(node, ScalarNode)
    return node.value
