"""The committed schema means what coach check means; its bytes owe nothing to msgspec's release.

An editor loads docs/routine.schema.json and a routine file as YAML: every bundled routine must
pass, and the structural mistakes of the broken corpus must be flagged where coach check flags them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import jsonschema
import pytest
import yaml

from coach.resources import routines_dir
from coach.routine import spec
from coach.routine.schema import normalise, plain_paragraphs, routine_schema, schema_text
from coach.routine.wavfile import CUE_NAMES

ROOT = Path(__file__).resolve().parent.parent.parent
COMMITTED = ROOT / "docs" / "routine.schema.json"
CORPUS = ROOT / "tests" / "data" / "broken"

# Broken files whose mistakes are structural (a key, a type, a choice, a bound), with every place
# the schema must flag: where coach check reports them, and nothing else.
STRUCTURAL: dict[str, set[tuple[str | int, ...]]] = {
    "bad-red-flags.yaml": {
        ("pain_check",),  # bad-choice
        ("red_flags", 2),  # missing-key 'question'
        ("red_flags", 3),  # unknown-key 'rad'
        ("red_flags", 4, "question"),  # empty-value
    },  # not the duplicate question: two texts that differ only in case are both valid strings
    "bad-sounds.yaml": {
        ("sounds",),  # unknown cue names 'relase' and 'beep' (propertyNames)
        ("sounds", "set_done"),  # empty-value
    },  # not the WAV files: a schema cannot open them
    "bad-durations.yaml": {
        ("exercises", 0, "duration"),  # '3 hours'
        ("exercises", 2, "pace"),  # 'fast'
    },  # not range-order (5-3s) or range-not-allowed: the same text pattern serves every duration
    "five-mistakes.yaml": {
        ("exercises", 0),  # unknown-key 'rep' (and so neither reps nor duration)
        ("exercises", 3, "sides", 1),  # 'høyre'
        ("exercises", 3, "wait_between_sets"),  # 'ja'
    },  # not range-order (2-1 min) or hold-and-pace: they need arithmetic, not structure
    "norwegian-keys.nb.yaml": {()},
    "not-a-mapping.yaml": {()},
    "empty.yaml": {()},  # no routine at all (null)
    "reps-and-duration.yaml": {("exercises", 0), ("exercises", 1)},
    "wrong-types.yaml": {
        ("sources",),
        ("exercises", 0, "sets"),
        ("exercises", 0, "cues"),
        ("exercises", 1),
    },
    "sets-times-reps.yaml": {("exercises", 0, "reps"), ("exercises", 1, "sets")},  # '3x10'
    "warnings.yaml": set(),  # only warnings: coach check --strict refuses it, the format allows it
}
# Broken files a schema cannot judge, and why.
NOT_FOR_A_SCHEMA: dict[str, str] = {
    **dict.fromkeys(
        [
            "bad-indent.yaml",
            "colon-in-text.yaml",
            "missing-colon.yaml",
            "missing-space.yaml",
            "tab-indent.yaml",
            "tabs-everywhere.yaml",
            "unclosed-quote.yaml",
            "two-documents.yaml",
            "tags.yaml",
            "latin1.yaml",
            "nul-byte.yaml",
        ],
        "not a YAML document (syntax, encoding, tags): the editor's YAML parser reports it",
    ),
    "anchors.yaml": "a YAML loader resolves the alias: the schema never sees the anchor",
    "duplicate-key.yaml": "a YAML loader keeps the last 'reps' silently; the schema sees one",
    "control-escape.yaml": "a control character is a valid string: only coach check refuses it",
    "deep.yaml": "coach's nesting limit protects its parser; any loader that copes sees a list",
    "yaml11-values.yaml": "what 'no' and '0755' are depends on the loader's YAML version",
    "huge-number.yaml": "the schema leaves whole-number reps unbounded (coach refuses the digits)",
    "norwegian-sides.yaml": "which side names are allowed depends on the routine's language",
    "duplicate-exercise.nb.yaml": "a schema cannot compare the names of two list items",
}


def _committed_validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads(COMMITTED.read_text(encoding="utf-8")))


def test_every_broken_file_is_either_judged_by_the_schema_or_excluded_with_a_reason() -> None:
    corpus = {path.name for path in CORPUS.glob("*.yaml")}
    assert corpus == set(STRUCTURAL) | set(NOT_FOR_A_SCHEMA)
    assert not set(STRUCTURAL) & set(NOT_FOR_A_SCHEMA)


@pytest.mark.parametrize("path", sorted(routines_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_the_committed_schema_accepts_every_bundled_routine(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [error.message for error in _committed_validator().iter_errors(document)] == []


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_the_committed_schema_flags_the_structural_mistakes_where_coach_check_does(
    name: str,
) -> None:
    document = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    flagged = {tuple(error.absolute_path) for error in _committed_validator().iter_errors(document)}
    assert flagged == STRUCTURAL[name]


# What msgspec leaves to chance, done differently: keys in reverse, enums and required keys
# reversed, descriptions broken mid-sentence and indented the way a docstring is.
def _scrambled(node: Any, key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _scrambled(node[k], k) for k in reversed(list(node))}
    if isinstance(node, list):
        items = [_scrambled(item) for item in node]
        return list(reversed(items)) if key in ("enum", "required") else items
    if key == "description" and isinstance(node, str) and " " in node:
        head, _, tail = node.partition(" ")
        return f"\n    {head}\n        {tail}  \n"
    return node


def test_normalising_ignores_key_order_enum_order_and_indentation() -> None:
    scrambled = _scrambled(routine_schema())
    assert json.dumps(scrambled) != json.dumps(routine_schema())
    out = json.dumps(normalise(scrambled), indent=2, ensure_ascii=False) + "\n"
    assert out == schema_text() == COMMITTED.read_text(encoding="utf-8")


def test_enums_are_in_the_order_the_format_declares_them() -> None:
    schema = routine_schema()
    assert schema["properties"]["pain_check"]["enum"] == ["session", "after_each_exercise"]
    assert schema["properties"]["pain_check"]["enum"] == list(get_args(get_args(spec.PainCheck)[0]))
    assert schema["properties"]["sounds"]["propertyNames"]["enum"] == list(CUE_NAMES)
    sides = schema["definitions"]["Exercise"]["properties"]["sides"]
    assert sides["items"]["enum"] == ["left", "right", "L", "R", "venstre", "høyre", "V", "H"]


def test_an_enum_the_format_does_not_declare_is_a_bug() -> None:
    with pytest.raises(ValueError, match="enum"):
        normalise({"properties": {"language": {"enum": ["en", "sv"]}}})


def test_help_text_is_plain_paragraphs() -> None:
    assert plain_paragraphs("How doses move, guided by\n    pain; every key is optional.") == (
        "How doses move, guided by pain; every key is optional."
    )
    assert plain_paragraphs("  One\n  line.\n\n    Two   paragraphs. \n") == (
        "One line.\n\nTwo paragraphs."
    )
    progression = routine_schema()["definitions"]["Progression"]["description"]
    assert progression == (
        "How doses move through the ranges (reps 10-15, hold 3-5s, duration 1-2min), guided by"
        " pain; every key is optional."
    )


def test_no_description_carries_a_line_break_or_stray_spaces() -> None:
    text = COMMITTED.read_text(encoding="utf-8")
    descriptions: list[str] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "description" and isinstance(value, str):
                    descriptions.append(value)
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(json.loads(text))
    assert len(descriptions) > 40
    for description in descriptions:
        assert "\n" not in description and "  " not in description, description
        assert description == description.strip()
