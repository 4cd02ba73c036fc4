"""The JSON Schema of routine files, for editors' completion and hover help (`coach schema`).

It is generated from the structs in `coach.routine.spec`, so it cannot drift from what `coach
check` accepts; `docs/routine.schema.json` is this text, committed (a test keeps them equal).
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from coach.routine import spec

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def routine_schema() -> dict[str, Any]:
    """The schema as a dict: draft-07 compatible, with a description for every key."""
    (_,), definitions = msgspec.json.schema_components(
        [spec.Routine], ref_template="#/definitions/{name}"
    )
    # Draft-07 ignores keywords beside a top-level `$ref`, so the routine itself is the root.
    root = definitions.pop("Routine")
    root["title"] = "coach routine file"
    exercise = definitions["Exercise"]
    # msgspec can't say "exactly one of two keys"; JSON Schema can, so editors flag it too.
    exercise["oneOf"] = [{"required": ["reps"]}, {"required": ["duration"]}]
    return {"$schema": DRAFT_07, **root, "definitions": definitions}


def schema_text() -> str:
    """The schema as `coach schema` prints it and `docs/routine.schema.json` stores it."""
    return json.dumps(routine_schema(), indent=2, ensure_ascii=False) + "\n"
