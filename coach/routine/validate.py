"""Check a YAML tree against the routine format and build the model, reporting every problem.

The walk is driven by the structs of `coach.routine.spec`: they give each mapping its known keys,
each value its type and bounds (checked by msgspec) or its parser (durations, counts). Every key
of every mapping is looked at, so one run reports all the mistakes of a file, each at the key or
value it is about. Rules that span keys (reps or duration, hold cues without a hold…) and the
warnings come after.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Final, Literal, Union, get_args, get_origin

import msgspec
from msgspec import inspect as mi

from coach.i18n import Language, catalog, translate
from coach.routine import spec
from coach.routine.durations import BadValueError, parse_count, parse_duration
from coach.routine.frequency import parse_frequency
from coach.routine.problems import At, Reporter
from coach.routine.syntax import missing_colon
from coach.routine.yamltree import MappingNode, Node, RejectedNode, ScalarNode, SequenceNode


class _Invalid:
    """A value that was reported as a problem; rules that need it stay quiet."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()

# Keys a Norwegian (or hurried) author might write, and the key coach knows them by.
_KEY_ALIASES: Final = {
    "tittel": "title",
    "navn": "name",
    "språk": "language",
    "lang": "language",
    "beskrivelse": "description",
    "forfatter": "author",
    "kilder": "sources",
    "kilde": "sources",
    "standard": "defaults",
    "standardverdier": "defaults",
    "øvelser": "exercises",
    "exercise": "exercises",
    "stilling": "position",
    "posisjon": "position",
    "utgangsstilling": "position",
    "instruksjoner": "instructions",
    "instruksjon": "instructions",
    "sett": "sets",
    "repetisjoner": "reps",
    "repetitions": "reps",
    "ganger": "reps",
    "varighet": "duration",
    "tid": "duration",
    "time": "duration",
    "sider": "sides",
    "side": "sides",
    "tempo": "pace",
    "forberedelse": "prepare",
    "tekst": "text",
    "sekunder": "seconds",
    "progresjon": "progression",
    "frekvens": "frequency",
    "hyppighet": "frequency",
    "røde_flagg": "red_flags",
    "red_flag": "red_flags",
    "spørsmål": "question",
    "råd": "advice",
    "kroppsstilling": "posture",
    "stillingstype": "posture",
    "place": "posture",
    "sted": "posture",
    "smertesjekk": "pain_check",
    "blink": "flash",
    "skjermblink": "flash",
    "smertespørsmål": "pain_check",
}
_CHOICE_ALIASES: Final = {
    "no": "nb",
    "nn": "nb",
    "nob": "nb",
    "norsk": "nb",
    "norwegian": "nb",
    "bokmål": "nb",
    "bokmal": "nb",
    "nb-no": "nb",
    "nb_no": "nb",
    "english": "en",
    "engelsk": "en",
    "eng": "en",
    "en-us": "en",
    "en-gb": "en",
    "en_us": "en",
    "en_gb": "en",
    "venstre": "left",
    "høyre": "right",
    "hoyre": "right",
    "liggende": "lying",
    "ryggliggende": "lying",
    "lying_down": "lying",
    "floor": "lying",
    "gulv": "lying",
    "alle_fire": "all_fours",
    "på_alle_fire": "all_fours",
    "all fours": "all_fours",
    "alle fire": "all_fours",
    "på alle fire": "all_fours",
    "sittende": "sitting",
    "seated": "sitting",
    "chair": "sitting",
    "stol": "sitting",
    "stående": "standing",
    "etter_hver_øvelse": "after_each_exercise",
    "økt": "session",
    "økten": "session",
}
_BOOL_WORDS: Final = frozenset({"yes", "no", "on", "off", "y", "n", "ja", "nei"})


_Parser = spec.DurationField | spec.CountField | spec.FrequencyField


@dataclass(frozen=True, slots=True)
class _FieldSpec:
    """What `spec` says about one key: its type for msgspec, and how the checker reads it."""

    name: str
    type: Any
    required: bool
    parser: _Parser | None
    struct: type[msgspec.Struct] | None
    # For a key that takes a mapping or a plain value (`progression: off`): the plain value's type.
    alternative: Any | None
    items: Any | None  # the item type of a list
    item_struct: type[msgspec.Struct] | None
    # msgspec's description of `type` and `items`, worked out once: the checker reads bounds
    # and names for its messages from them.
    info: mi.Type
    item_info: mi.Type | None


@dataclass(frozen=True, slots=True)
class Given:
    """A key as written, its value node, and the value read from it (or INVALID)."""

    key: ScalarNode
    node: Node
    value: Any


Fields = Mapping[str, Given]


def _without_unset(tp: Any) -> Any:
    """`X` from `X | UnsetType`, the way `spec` marks a key as optional."""
    if get_origin(tp) in (Union, types.UnionType):
        rest = [a for a in get_args(tp) if a is not msgspec.UnsetType]
        if len(rest) == 1:
            return rest[0]
    return tp


def _unwrap(tp: Any) -> tuple[Any, list[Any]]:
    """The type inside `Annotated[...]`, and the annotations found on the way."""
    metadata: list[Any] = []
    while get_origin(tp) is Annotated:
        metadata.extend(tp.__metadata__)
        tp = get_args(tp)[0]
    return tp, metadata


def _struct(tp: Any) -> type[msgspec.Struct] | None:
    return tp if isinstance(tp, type) and issubclass(tp, msgspec.Struct) else None


def _struct_or_alternative(tp: Any) -> tuple[type[msgspec.Struct] | None, Any | None]:
    """The struct a key takes, and for `Struct | X` also X (the type of its plain values)."""
    if get_origin(tp) in (Union, types.UnionType):
        members = get_args(tp)
        structs = [m for m in members if _struct(m) is not None]
        if len(members) == 2 and len(structs) == 1:
            (rest,) = (m for m in members if m is not structs[0])
            return structs[0], rest
    return _struct(tp), None


@cache
def fields_of(struct: type[msgspec.Struct]) -> dict[str, _FieldSpec]:
    """The keys `struct` allows, each with how to read it."""
    out: dict[str, _FieldSpec] = {}
    for info in msgspec.structs.fields(struct):
        field_type = _without_unset(info.type)
        base, metadata = _unwrap(field_type)
        parser = next((m for m in metadata if isinstance(m, _Parser)), None)
        items = get_args(base)[0] if get_origin(base) is list else None
        inner, alternative = _struct_or_alternative(base)
        out[info.encode_name] = _FieldSpec(
            name=info.encode_name,
            type=field_type,
            required=info.required,
            parser=parser,
            struct=inner,
            alternative=alternative,
            items=items,
            item_struct=_struct(_unwrap(items)[0]) if items is not None else None,
            info=_type_info(field_type),
            item_info=_type_info(items) if items is not None else None,
        )
    return out


def _type_info(tp: Any) -> mi.Type:
    info = mi.type_info(tp)
    while isinstance(info, mi.Metadata):
        info = info.type
    return info


def suggest(word: str, choices: typing.Iterable[str]) -> str | None:
    """The choice `word` was probably meant to be, if one is close enough."""
    options = list(choices)
    lowered = word.strip().lower()
    for alias in (_KEY_ALIASES.get(lowered), _CHOICE_ALIASES.get(lowered), lowered):
        if alias in options and alias != word:
            return alias
    close = difflib.get_close_matches(lowered, options, n=1, cutoff=0.6)
    return close[0] if close else None


class Checker:
    """Walks one file's tree; `reporter` collects what is wrong."""

    def __init__(self, reporter: Reporter, language: Language = "en") -> None:
        self.reporter = reporter
        # The routine's own language (not the messages'): it decides which words a choice takes.
        self.language: Language = language

    def mapping(
        self, node: MappingNode, struct: type[msgspec.Struct]
    ) -> tuple[dict[str, Given], set[str]]:
        """The known keys of `node` read by their spec; and the keys unknown keys resembled."""
        known = fields_of(struct)
        given: dict[str, Given] = {}
        unknown: list[tuple[ScalarNode, str | None]] = []
        for key, value in node.items:
            field = known.get(key.text)
            if field is None:
                unknown.append((key, suggest(key.text, known)))
                continue
            given[key.text] = Given(key, value, self.value(field, key, value))
        suggested = {s for _, s in unknown if s is not None}
        for key, suggestion in unknown:
            if suggestion is not None:
                self.reporter.error(
                    "unknown-key",
                    key,
                    hint="routine.hint.did-you-mean",
                    key=key.text,
                    suggestion=suggestion,
                )
            else:
                allowed = ", ".join(k for k in known if k not in given)
                self.reporter.error(
                    "unknown-key", key, hint="routine.hint.allowed-keys", key=key.text, keys=allowed
                )
        for name, field in known.items():
            # An unknown key that looks like the missing one already says what to do.
            if field.required and name not in given and name not in suggested:
                # Each required key has its own hint: what it is and how to write it.
                hint = f"routine.missing-key.{name}.hint"
                self.reporter.error(
                    "missing-key", node, hint=hint if hint in catalog() else None, key=name
                )
        return given, suggested

    def value(self, field: _FieldSpec, key: ScalarNode, node: Node) -> Any:
        """The value of `node` for `field`, or INVALID after reporting why it can't be read."""
        if isinstance(node, RejectedNode):
            return INVALID
        if isinstance(node, ScalarNode) and node.value is None:
            self.reporter.error("empty-value", key, key=key.text)
            return INVALID
        if field.struct is not None:
            if isinstance(node, MappingNode):
                return self.mapping(node, field.struct)[0]
            if field.alternative is not None and isinstance(node, ScalarNode):
                alternative = field.alternative
                return self.leaf(alternative, _type_info(alternative), key.text, node)
            return self._wrong_type(key.text, node, field.info)
        if field.items is not None:
            return self._list(field, key, node)
        if isinstance(field.info, mi.DictType):
            return self._dict(field, key, node)
        if field.parser is not None:
            return self._parsed(field.parser, key.text, node)
        return self.leaf(field.type, field.info, key.text, node)

    def _list(self, field: _FieldSpec, key: ScalarNode, node: Node) -> Any:
        info = field.info
        assert isinstance(info, mi.ListType)
        if not isinstance(node, SequenceNode):
            return self._wrong_type(key.text, node, info)
        if info.min_length and len(node.items) < info.min_length:
            self.reporter.error("empty-list", node, key=key.text)
            return INVALID
        if info.max_length is not None and len(node.items) > info.max_length:
            self.reporter.error("too-many-items", node, key=key.text, limit=info.max_length)
            return INVALID
        values: list[Any] = []
        for item in node.items:
            if isinstance(item, RejectedNode):
                values.append(INVALID)
            elif field.item_struct is not None:
                if isinstance(item, MappingNode):
                    values.append((item, self.mapping(item, field.item_struct)))
                elif self.missing_colon(item):
                    values.append(INVALID)
                else:
                    values.append(self._wrong_type(key.text, item, _type_info(field.item_struct)))
            else:
                assert field.item_info is not None
                values.append(self.leaf(field.items, field.item_info, key.text, item))
        return values

    def _dict(self, field: _FieldSpec, key: ScalarNode, node: Node) -> Any:
        """A mapping of names to values (`sounds:`): each name must be one the key type allows,
        each value is read as a leaf. Returns the names as `Given`s, like a struct's keys."""
        info = field.info
        assert isinstance(info, mi.DictType)
        if not isinstance(node, MappingNode):
            return self._wrong_type(key.text, node, info)
        key_type, value_type = get_args(_unwrap(field.type)[0])
        value_info = _type_info(value_type)
        literal = _unwrap(key_type)[0]
        names = [str(n) for n in get_args(literal)] if get_origin(literal) is Literal else None
        given: dict[str, Given] = {}
        for name, value in node.items:
            if names is not None and name.text not in names:
                self._unknown_name(name, names, given)
                continue
            if isinstance(value, RejectedNode):
                read: Any = INVALID
            elif isinstance(value, ScalarNode) and value.value is None:
                self.reporter.error("empty-value", name, key=name.text)
                read = INVALID
            else:
                read = self.leaf(value_type, value_info, name.text, value)
            given[name.text] = Given(name, value, read)
        return given

    def _unknown_name(self, name: ScalarNode, names: list[str], given: Mapping[str, Given]) -> None:
        suggestion = suggest(name.text, names)
        if suggestion is None:  # `hold` for `hold_start`: a name's first word, if only one has it
            starting = [n for n in names if n.startswith(name.text.strip().lower() + "_")]
            suggestion = starting[0] if len(starting) == 1 else None
        if suggestion is not None:
            self.reporter.error(
                "unknown-key",
                name,
                hint="routine.hint.did-you-mean",
                key=name.text,
                suggestion=suggestion,
            )
        else:
            allowed = ", ".join(n for n in names if n not in given)
            self.reporter.error(
                "unknown-key", name, hint="routine.hint.allowed-keys", key=name.text, keys=allowed
            )

    def missing_colon(self, node: Node) -> bool:
        """Report a plain value like `name Bird dog` where a mapping belongs; True if it was."""
        if not isinstance(node, ScalarNode) or not node.plain or not isinstance(node.value, str):
            return False
        found = missing_colon(node.text, known_keys_only=True)
        if found is None:
            return False
        column, key, value = found
        at = At(node.line, node.column + column - 1)
        self.reporter.error("missing-colon", at, key=key, value=value)
        return True

    def leaf(self, tp: Any, info: mi.Type, key: str, node: Node) -> Any:
        """A scalar value checked by msgspec against `tp` (bounds included); `info` describes it."""
        if not isinstance(node, ScalarNode) or node.value is None:
            return self._wrong_type(key, node, info)
        words = _choice_words(tp)
        if words is not None:
            return self._word(words, key, node, info)
        value: Any = node.value
        if isinstance(info, mi.StrType):
            # Text fields take a plain scalar as written: `title: 2024` is the title "2024".
            value = node.text.strip()
        try:
            return msgspec.convert(value, tp)
        except msgspec.ValidationError:
            pass
        if isinstance(info, mi.StrType) and not value:
            self.reporter.error("empty-value", node, key=key)
        elif isinstance(info, mi.StrType):
            self.reporter.error("value-too-long", node, limit=info.max_length)
        elif isinstance(info, mi.IntType) and type(value) is int:
            self.reporter.error(
                "out-of-range", node, key=key, value=value, low=info.ge, high=info.le
            )
        elif isinstance(info, mi.LiteralType) and isinstance(value, str):
            self._bad_choice(key, node, value, [str(v) for v in info.values])
        else:
            self._wrong_type(key, node, info)
        return INVALID

    def _word(self, words: spec.ChoiceWords, key: str, node: ScalarNode, info: mi.Type) -> Any:
        """The value a choice written in words means (`sides: [venstre, høyre]` in an nb routine
        is left and right), or INVALID after saying which words this routine may use."""
        if not isinstance(node.value, str):
            return self._wrong_type(key, node, info)
        text = node.text.strip()
        allowed = words.allowed(self.language)
        if text in allowed:
            return allowed[text]
        meaning = words.allowed("nb").get(text)
        if meaning is not None:  # a Norwegian word in a routine that isn't Norwegian
            self.reporter.error(
                "bad-choice",
                node,
                hint="routine.hint.norwegian-word",
                key=key,
                value=text,
                choices=", ".join(allowed),
                suggestion=meaning,
            )
        else:
            self._bad_choice(key, node, text, list(allowed))
        return INVALID

    def _bad_choice(self, key: str, node: ScalarNode, value: str, choices: list[str]) -> None:
        choice_list = ", ".join(choices)
        suggestion = suggest(value, choices)
        if suggestion is not None:
            self.reporter.error(
                "bad-choice",
                node,
                hint="routine.hint.did-you-mean-value",
                key=key,
                value=value,
                choices=choice_list,
                suggestion=suggestion,
            )
        else:
            self.reporter.error("bad-choice", node, key=key, value=value, choices=choice_list)

    def _parsed(self, parser: _Parser, key: str, node: Node) -> Any:
        if isinstance(parser, spec.CountField):
            expected = "routine.expect.count"
        elif isinstance(parser, spec.FrequencyField):
            expected = "routine.expect.frequency"
        else:
            expected = "routine.expect.duration"
        if not isinstance(node, ScalarNode) or isinstance(node.value, bool):
            return self._wrong_type(key, node, None, expected=expected)
        raw = node.value if isinstance(node.value, int | float) else node.text
        if isinstance(parser, spec.CountField) and isinstance(raw, str):
            written = _sets_times_reps(raw)
            if written is not None:
                sets, reps = written
                self.reporter.error(
                    "bad-count",
                    node,
                    hint="routine.hint.sets-times-reps",
                    key=key,
                    text=raw.strip(),
                    sets=sets,
                    reps=reps,
                )
                return INVALID
        try:
            if isinstance(parser, spec.FrequencyField):
                # A bare number is refused by the parser: 3 a day or 3 a week?
                return parse_frequency(node.text if isinstance(raw, str) else raw)
            if isinstance(parser, spec.CountField):
                if isinstance(raw, float):
                    raise BadValueError("bad-count", node.text)
                return parse_count(raw)
            seconds = parse_duration(raw)
        except BadValueError as err:
            self.reporter.add("error", err.code, node, None, None, {"key": key, **err.params})
            return INVALID
        if seconds.is_range and not parser.allow_range:
            self.reporter.error("range-not-allowed", node, key=key)
            return INVALID
        if seconds.low <= 0 and not parser.allow_zero:
            self.reporter.error("not-positive", node, key=key)
            return INVALID
        return seconds

    def _wrong_type(
        self, key: str, node: Node, info: mi.Type | None, *, expected: str | None = None
    ) -> _Invalid:
        if isinstance(node, RejectedNode):
            return INVALID
        if expected is None:
            expected = _expected_key(info)
        hint = None
        hint_params: dict[str, object] = {}
        written = _sets_times_reps(node.text) if isinstance(node, ScalarNode) else None
        if isinstance(info, mi.IntType) and isinstance(node, ScalarNode) and written is not None:
            hint = "routine.hint.sets-times-reps"
            hint_params = {"text": node.text.strip(), "sets": written[0], "reps": written[1]}
        elif isinstance(node, ScalarNode) and isinstance(info, mi.BoolType):
            if node.text.lower() in _BOOL_WORDS:
                hint = "routine.hint.bool-words"
        elif isinstance(node, ScalarNode) and isinstance(info, mi.ListType):
            hint = "routine.hint.list"
        params: dict[str, object] = {}
        if isinstance(info, mi.IntType):
            params = {"low": info.ge, "high": info.le}
        elif isinstance(info, mi.LiteralType):
            params = {"choices": ", ".join(str(v) for v in info.values)}
        message = {
            "key": key,
            "expected": translate(expected, self.reporter.lang, **params),
            "got": _describe(node, self.reporter.lang),
        }
        self.reporter.add("error", "wrong-type", node, None, hint, message | hint_params)
        return INVALID


# `3x10`, `3 × 10-15`: sets times reps, the way training plans often write them.
_SETS_TIMES_REPS: Final = re.compile(
    r" *([0-9]{1,3}) *[x×X*] *([0-9]{1,6}(?: *[-–] *[0-9]{1,6})?) *"
)


def _sets_times_reps(text: str) -> tuple[str, str] | None:
    """The sets and reps of `3x10`, or None for anything else."""
    match = _SETS_TIMES_REPS.fullmatch(text)
    return (match[1], match[2].replace(" ", "")) if match else None


def _choice_words(tp: Any) -> spec.ChoiceWords | None:
    return next((m for m in _unwrap(tp)[1] if isinstance(m, spec.ChoiceWords)), None)


def declared_language(root: MappingNode) -> Language:
    """The language a routine declares (`language: nb`), English when it declares none."""
    for key, value in root.items:
        if key.text == "language" and isinstance(value, ScalarNode) and value.text.strip() == "nb":
            return "nb"
    return "en"


def _expected_key(info: mi.Type | None) -> str:
    if isinstance(info, mi.StrType):
        return "routine.expect.text"
    if isinstance(info, mi.IntType):
        return "routine.expect.int"
    if isinstance(info, mi.BoolType):
        return "routine.expect.bool"
    if isinstance(info, mi.LiteralType):
        return "routine.expect.choice"
    if isinstance(info, mi.ListType):
        return "routine.expect.list"
    return "routine.expect.mapping"


def _describe(node: Node, lang: Language) -> str:
    if isinstance(node, MappingNode):
        return translate("routine.got.mapping", lang)
    if isinstance(node, SequenceNode):
        return translate("routine.got.list", lang)
    if isinstance(node, ScalarNode):
        if node.value is None:
            return translate("routine.got.nothing", lang)
        if isinstance(node.value, bool):
            return translate("routine.got.bool", lang, text=node.text)
        if isinstance(node.value, int | float):
            return translate("routine.got.number", lang, text=node.text)
        return translate("routine.got.text", lang, text=_shorten(node.text))
    return ""


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
