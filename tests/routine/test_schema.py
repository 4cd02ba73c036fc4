"""The JSON Schema editors use: generated from the format's structs, committed, draft-07 valid."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from coach.resources import routines_dir, schema_path
from coach.routine import spec
from coach.routine.schema import routine_schema, schema_text
from coach.routine.validate import fields_of
from tests.routine.tree import to_python

ROOT = Path(__file__).resolve().parent.parent.parent
COMMITTED = ROOT / "docs" / "routine.schema.json"
VALIDATOR = jsonschema.Draft7Validator(routine_schema())


def test_coach_schema_prints_the_committed_file() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "coach", "schema"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    # If this fails after changing coach/routine/spec.py: coach schema > docs/routine.schema.json
    assert out == COMMITTED.read_text(encoding="utf-8")
    assert out == schema_text()


def test_resources_find_the_schema() -> None:
    assert schema_path().read_text(encoding="utf-8") == schema_text()


def test_the_schema_is_valid_draft_07() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    assert "$defs" not in json.dumps(schema)


def _properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = list(schema["properties"].items())
    for definition in schema["definitions"].values():
        out.extend(definition["properties"].items())
    return out


def test_every_key_has_a_description_for_hover_help() -> None:
    schema = routine_schema()
    assert schema["description"]
    for name, prop in _properties(schema):
        assert prop.get("description"), name


def test_the_schema_knows_exactly_the_keys_the_checker_knows() -> None:
    schema = routine_schema()
    definitions = schema["definitions"]
    assert set(schema["properties"]) == set(fields_of(spec.Routine))
    for struct in (spec.Exercise, spec.Defaults, spec.Cue):
        assert set(definitions[struct.__name__]["properties"]) == set(fields_of(struct))
        assert definitions[struct.__name__]["additionalProperties"] is False
    assert "wait_between_sets" in definitions["Defaults"]["properties"]
    assert "wait_between_sets" in definitions["Exercise"]["properties"]


@pytest.mark.parametrize("key", ["hold", "duration", "pace", "prepare", "rest_between_sets"])
def test_durations_accept_numbers_and_strings(key: str) -> None:
    prop = routine_schema()["definitions"]["Exercise"]["properties"][key]
    assert {branch["type"] for branch in prop["anyOf"]} == {"number", "string"}


@pytest.mark.parametrize("path", sorted(routines_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_the_bundled_routines_are_valid_by_the_schema(path: Path) -> None:
    assert list(VALIDATOR.iter_errors(to_python(path))) == []


def _exercise(**keys: object) -> dict[str, object]:
    return {"title": "T", "exercises": [{"name": "a", **keys}]}


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        (_exercise(reps=10, hold="3–5 s"), True),
        (_exercise(reps="10-15", hold=5), True),
        (_exercise(duration="1m30s"), True),
        (_exercise(duration="1:30"), True),
        (_exercise(reps=10, duration="1min"), False),
        (_exercise(), False),
        (_exercise(reps=10, hold="soon"), False),
        (_exercise(reps=10, sides=["left", "up"]), False),
        (_exercise(reps=10, rep=3), False),
        ({"title": "T", "language": "no", "exercises": [{"name": "a", "reps": 1}]}, False),
        ({"title": "T", "exercises": []}, False),
    ],
)
def test_editors_flag_what_coach_check_flags(document: dict[str, object], valid: bool) -> None:
    assert VALIDATOR.is_valid(document) is valid
