"""The JSON Schema of routine files, for editors' completion and hover help (`coach schema`).

It is generated from the structs in `coach.routine.spec`, so it cannot drift from what `coach
check` accepts; `docs/routine.schema.json` is this text, committed (a test keeps them equal).

msgspec writes the schema, but what it leaves to chance (the order of keywords and of `enum`
values, how a docstring's indentation comes through) changes between its releases. `normalise`
puts the format's own order and plain paragraphs on it, so every msgspec release prints the same
bytes.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Annotated, Any, Final, Literal, get_args, get_origin, get_type_hints

import msgspec

from coach.routine import spec

DRAFT_07 = "http://json-schema.org/draft-07/schema#"

# The order keywords are written in, whatever order msgspec chose: what a reader looks for first
# (name, help, examples), then the value's type and bounds, then an object's keys.
KEYWORD_ORDER: Final = (
    "$schema",
    "title",
    "description",
    "examples",
    "$ref",
    "type",
    "enum",
    "const",
    "anyOf",
    "pattern",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "items",
    "minItems",
    "maxItems",
    "propertyNames",
    "properties",
    "required",
    "additionalProperties",
    "oneOf",
    "definitions",
)
# Keywords whose value is one schema, and those whose value is a list of schemas.
_SCHEMA_KEYWORDS: Final = frozenset(
    {"items", "additionalProperties", "propertyNames", "not", "if", "then", "else", "contains"}
)
_SCHEMA_LIST_KEYWORDS: Final = frozenset({"anyOf", "oneOf", "allOf"})

# The structs of the format, by the name msgspec gives their definition.
_STRUCTS: Final[dict[str, type[msgspec.Struct]]] = {
    name: value
    for name, value in vars(spec).items()
    if isinstance(value, type) and issubclass(value, msgspec.Struct) and value is not msgspec.Struct
}


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
    return normalise({"$schema": DRAFT_07, **root, "definitions": definitions})


def schema_text() -> str:
    """The schema as `coach schema` prints it and `docs/routine.schema.json` stores it."""
    return json.dumps(routine_schema(), indent=2, ensure_ascii=False) + "\n"


def normalise(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The routine schema in the format's own order, with descriptions as plain paragraphs.

    Keywords follow `KEYWORD_ORDER`; an object's properties and required keys the order of its
    struct's fields; definitions are sorted by name; `enum` values follow the `Literal` of the
    spec they come from (an enum no `Literal` of the spec declares is a bug and raises).
    """
    return _schema(schema, _STRUCTS["Routine"])


def plain_paragraphs(text: str) -> str:
    """Help text as editors show it on hover: no indentation, one line per paragraph."""
    paragraphs = re.split(r"\n\s*\n", inspect.cleandoc(text))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _schema(node: Mapping[str, Any], struct: type[msgspec.Struct] | None) -> dict[str, Any]:
    fields = _field_names(struct) if struct is not None else ()
    out: dict[str, Any] = {}
    for key in sorted(node, key=_keyword_rank):
        value = node[key]
        if key == "description" and isinstance(value, str):
            out[key] = plain_paragraphs(value)
        elif key == "enum":
            out[key] = _enum_in_spec_order(value)
        elif key == "properties":
            out[key] = {
                name: _schema(value[name], None) for name in sorted(value, key=_rank_in(fields))
            }
        elif key == "required":
            out[key] = sorted(value, key=_rank_in(fields))
        elif key == "definitions":
            out[key] = {name: _schema(value[name], _STRUCTS[name]) for name in sorted(value)}
        elif key in _SCHEMA_KEYWORDS and isinstance(value, Mapping):
            out[key] = _schema(value, None)
        elif key in _SCHEMA_LIST_KEYWORDS:
            # Branches of an object's own schema (Exercise's oneOf) name that object's fields.
            out[key] = [_schema(branch, struct) for branch in value]
        else:
            out[key] = value
    return out


def _keyword_rank(key: str) -> tuple[int, str]:
    # Keywords not in the list (msgspec may add new ones) come last, by name, so the output stays
    # the same bytes whatever order they arrive in.
    return (KEYWORD_ORDER.index(key), "") if key in KEYWORD_ORDER else (len(KEYWORD_ORDER), key)


def _rank_in(names: tuple[str, ...]) -> Callable[[str], tuple[int, str]]:
    def rank(name: str) -> tuple[int, str]:
        if name not in names:
            raise ValueError(f"{name!r} is not a field of the spec")
        return (names.index(name), name)

    return rank


def _field_names(struct: type[msgspec.Struct]) -> tuple[str, ...]:
    return tuple(field.encode_name for field in msgspec.structs.fields(struct))


def _enum_in_spec_order(values: list[Any]) -> list[Any]:
    order = _LITERAL_ORDERS.get(frozenset(values))
    if order is None:
        raise ValueError(f"no Literal of coach.routine.spec declares the enum {values!r}")
    return list(order)


def _literals(annotation: object) -> Iterator[tuple[object, ...]]:
    origin = get_origin(annotation)
    if origin is Literal:
        yield get_args(annotation)
        return
    args = get_args(annotation)
    if origin is Annotated:
        args = args[:1]
    elif origin is None:
        return
    for arg in args:
        yield from _literals(arg)


def _literal_orders() -> dict[frozenset[object], tuple[object, ...]]:
    orders: dict[frozenset[object], tuple[object, ...]] = {}
    for struct in _STRUCTS.values():
        for annotation in get_type_hints(struct, include_extras=True).values():
            for values in _literals(annotation):
                orders.setdefault(frozenset(values), values)
    return orders


# Every enum of the schema comes from a Literal of the spec, written in the order the spec
# declares it (the order sounds/README.md explains the cue names in, for example).
_LITERAL_ORDERS: Final = _literal_orders()
