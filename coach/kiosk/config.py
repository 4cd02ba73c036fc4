"""The kiosk config file (TOML): the clinic's title, the routines on offer, timeouts, the staff
exit, and what may be kept. docs/kiosk.md documents every key.

`KioskFile` declares the keys, their types and bounds once, and msgspec checks every value
against it, as routine files are checked. Every mistake is a `ConfigProblem` at the line and column
of its key or value, with a hint, worded in the kiosk's language; they all come in one
`KioskConfigError`, so whoever sets the kiosk up sees what to fix rather than a traceback.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final, Literal

import msgspec
from msgspec import Meta
from msgspec import inspect as mi

from coach.i18n import Language, catalog, is_language, translate
from coach.kiosk.chord import DEFAULT_CHORD, parse_chord, unknown_key
from coach.kiosk.pin import PinFormatError, PinHash
from coach.kiosk.toml_places import KeyPlace, key_places
from coach.routine.problems import Problem
from coach.text import inert

if TYPE_CHECKING:  # the model is only named here; the command loads routines late
    from coach.routine.model import Routine

CONFIG_FILENAME: Final = "kiosk.toml"
LOG_FILENAME: Final = "kiosk.log"
COUNTS_FILENAME: Final = "kiosk-counts.json"
# Wrong staff PINs and the wait they impose, shared by every kiosk process of the data folder.
PIN_TALLY_FILENAME: Final = "kiosk-pin-tally.json"

# A kiosk config is a few lines of settings: anything larger is the wrong file.
MAX_CONFIG_BYTES: Final = 64 * 1024

DEFAULT_IDLE_S: Final = 60.0
DEFAULT_STILL_THERE_S: Final = 20.0
IDLE_RANGE: Final = (10.0, 3600.0)
STILL_THERE_RANGE: Final = (5.0, 600.0)

# Text that says something: not empty, not only spaces.
_Text = Annotated[str, Meta(pattern=r"\S")]
_FileName = Annotated[str, Meta(min_length=1)]


class KioskFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What a clinic may write in the kiosk config: every key, its type and its bounds.

    Not the settings themselves (`KioskConfig`, with paths read and the PIN hash parsed): the
    file as written, which msgspec checks value by value.
    """

    title: _Text | None = None
    language: Literal["en", "nb"] | None = None
    routines: list[_FileName] | _FileName = []  # one file name alone is a list of one
    idle_timeout: Annotated[float, Meta(ge=IDLE_RANGE[0], le=IDLE_RANGE[1])] = DEFAULT_IDLE_S
    still_there_timeout: Annotated[
        float, Meta(ge=STILL_THERE_RANGE[0], le=STILL_THERE_RANGE[1])
    ] = DEFAULT_STILL_THERE_S
    staff_exit: str | None = None  # key names, read by `parse_chord`
    pin_hash: str | None = None  # read by `PinHash.parse`
    anonymous_counts: bool = False
    counts_file: _FileName | None = None
    high_contrast: bool = False
    flash: bool = False
    log_file: _FileName | None = None
    mat_area: bool = False


_FIELDS: Final = {f.name: f for f in msgspec.structs.fields(KioskFile)}
_KEYS: Final = frozenset(_FIELDS)
# A TOML syntax error says where it is at the end of its text; the place is shown apart.
_TOML_PLACE: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_AT_END: Final = " (at end of document)"
# A word shaped like a key name (then an unknown one is named): not "!!".
_KEY_SHAPE: Final = re.compile(r"^[a-z0-9_+]+$")
# Read before the TOML is parsed, so even a file that doesn't parse is explained in its language.
_DECLARED_LANGUAGE: Final = re.compile(
    r"""^[ \t]*language[ \t]*=[ \t]*(["'])(en|nb)\1[ \t]*(?:#.*)?$""", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One mistake in a kiosk config: an i18n key and what fills it in, where it is (1-based;
    None: the file as a whole), and the hint's key (None: `<message_key>.hint` if there is one)."""

    message_key: str
    params: Mapping[str, object] = field(default_factory=dict)
    line: int | None = None
    column: int | None = None
    hint_key: str | None = None

    def _params(self) -> dict[str, object]:
        # A key or value quoted from the file is shown inert: it may hold anything.
        return {k: inert(v) if isinstance(v, str) else v for k, v in self.params.items()}

    def text(self, lang: Language) -> str:
        """The problem in `lang`."""
        return translate(self.message_key, lang, **self._params())

    def hint(self, lang: Language) -> str | None:
        """What to write instead, in `lang`; None when the message says it all."""
        key = self.hint_key or f"{self.message_key}.hint"
        return translate(key, lang, **self._params()) if key in catalog() else None


class KioskConfigError(Exception):
    """A kiosk config that cannot be used, with every problem found in it (in file order).

    `language` is the one the file asks for (`language = "nb"`), when it says one coach speaks:
    the language to explain the problems in unless the command line says otherwise.
    """

    def __init__(
        self, path: Path | None, *problems: ConfigProblem, language: Language | None = None
    ) -> None:
        if not problems:
            raise ValueError("a KioskConfigError needs at least one problem")
        super().__init__(problems[0].message_key)
        self.path = path
        self.problems = tuple(sorted(problems, key=lambda p: (p.line or 0, p.column or 0)))
        self.language = language

    @property
    def message_key(self) -> str:
        return self.problems[0].message_key

    @property
    def params(self) -> Mapping[str, object]:
        return self.problems[0].params

    def message(self, lang: Language) -> str:
        """The first problem in `lang`, with the file it is in (one line, no place)."""
        text = self.problems[0].text(lang)
        if self.path is None:
            return text
        return translate("kiosk.config.in_file", lang, path=self.path, problem=text)

    def located(self, lang: Language) -> list[Problem]:
        """The problems that have a place, in `lang`, as routine problems are reported (file,
        line, column, message, hint), so `coach kiosk` shows them the way `coach check` does."""
        if self.path is None:
            return []
        return [
            Problem(
                file=self.path,
                line=p.line,
                column=p.column,
                severity="error",
                code=p.message_key.rsplit(".", 1)[-1].replace("_", "-"),
                message=p.text(lang),
                hint=p.hint(lang),
            )
            for p in self.problems
            if p.line is not None and p.column is not None
        ]


@dataclass(frozen=True, slots=True)
class KioskConfig:
    """A kiosk's settings; paths in it are absolute (relative ones are read from the file's
    folder). None means "the default": `data_dir` is only known once the command line is read."""

    title: str | None = None  # None: "Take a back break" in the kiosk's language
    language: Language | None = None  # None: the system's language
    routines: tuple[Path, ...] = ()  # empty: the bundled routines in the kiosk's language
    idle_timeout: float = DEFAULT_IDLE_S
    still_there_timeout: float = DEFAULT_STILL_THERE_S
    staff_exit: tuple[str, ...] = DEFAULT_CHORD
    pin_hash: PinHash | None = None  # None: no staff exit (stop the service instead)
    anonymous_counts: bool = False
    counts_file: Path | None = None
    high_contrast: bool = False
    flash: bool = False  # flash the screen when a hold ends (a noisy waiting room)
    log_file: Path | None = None
    # The clinic has a mat area: routines done lying or on all fours may be offered. Without
    # one, a waiting room is no place to get down on the floor (issue 11).
    mat_area: bool = False
    source: Path | None = None  # the file this was read from
    # Where `routines =` is written in `source` (line, column), to say where a routine is named.
    routines_place: tuple[int, int] | None = None

    def log_path(self, data_dir: Path) -> Path:
        return self.log_file or data_dir / LOG_FILENAME

    def counts_path(self, data_dir: Path) -> Path:
        return self.counts_file or data_dir / COUNTS_FILENAME

    def pin_tally_path(self, data_dir: Path) -> Path:
        return data_dir / PIN_TALLY_FILENAME

    def readable_by_others(self) -> bool:
        """Whether the file holding `pin_hash` can be read by its group or by everyone: the
        hash is slow to brute-force, not impossible, and a short PIN falls quickly offline."""
        if self.pin_hash is None or self.source is None:
            return False
        try:
            mode = self.source.stat().st_mode
        except OSError:
            return False
        return bool(mode & 0o044)


def default_config_path(data_dir: Path) -> Path:
    """Where `coach kiosk` looks for its config when `--config` is not given."""
    return data_dir / CONFIG_FILENAME


def load_kiosk_config(path: Path, *, required: bool = True) -> KioskConfig:
    """Read `path`; a missing file is an error when `required`, else the defaults."""
    try:
        raw = _read_config(path)
    except FileNotFoundError:
        if required:
            raise KioskConfigError(path, ConfigProblem("kiosk.config.missing")) from None
        return KioskConfig()
    except OSError as err:
        problem = ConfigProblem("kiosk.config.unreadable", {"reason": err.strerror})
        raise KioskConfigError(path, problem) from err
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise KioskConfigError(
            path, _not_utf8(raw, err.start), language=_declared_language(raw)
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise KioskConfigError(
            path, _not_toml(str(err), text), language=_declared_language(raw)
        ) from None
    return parse_kiosk_config(data, path, key_places(text))


def _read_config(path: Path) -> bytes:
    """The file's bytes, if it is a regular file of at most `MAX_CONFIG_BYTES`.

    Opened without blocking and checked with fstat (the file itself, not what its name pointed
    at a moment before): a pipe nobody writes to would otherwise hang the command.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            example = str(path / CONFIG_FILENAME)
            raise KioskConfigError(
                path, ConfigProblem("kiosk.config.directory", {"example": example})
            )
        if not stat.S_ISREG(mode):
            raise KioskConfigError(path, ConfigProblem("kiosk.config.not_regular"))
        with os.fdopen(os.dup(fd), "rb") as file:
            raw = file.read(MAX_CONFIG_BYTES + 1)
    finally:
        os.close(fd)
    if len(raw) > MAX_CONFIG_BYTES:
        raise KioskConfigError(
            path, ConfigProblem("kiosk.config.too_large", {"limit": MAX_CONFIG_BYTES})
        )
    return raw


def parse_kiosk_config(
    data: Mapping[str, object],
    path: Path | None = None,
    places: Mapping[str, KeyPlace] | None = None,
) -> KioskConfig:
    """Check and convert the TOML table `data` (read from `path`; `places`: where its keys are
    written); raises `KioskConfigError` with every problem it has."""
    places = places or {}
    problems = [
        problem
        for key, value in data.items()
        if (problem := _check(key, value, places.get(key))) is not None
    ]
    declared = data.get("language")
    language = declared if is_language(declared) else None
    if problems:
        raise KioskConfigError(path, *problems, language=language)
    file = msgspec.convert(data, KioskFile)  # every value has passed: this cannot fail
    base = path.parent if path is not None else Path.cwd()
    routines = [file.routines] if isinstance(file.routines, str) else file.routines
    return KioskConfig(
        title=file.title,
        language=file.language,
        routines=tuple(_absolute(base, p) for p in routines),
        idle_timeout=file.idle_timeout,
        still_there_timeout=file.still_there_timeout,
        staff_exit=DEFAULT_CHORD if file.staff_exit is None else _chord(file.staff_exit),
        pin_hash=None if file.pin_hash is None else PinHash.parse(file.pin_hash),
        anonymous_counts=file.anonymous_counts,
        counts_file=_maybe_absolute(base, file.counts_file),
        high_contrast=file.high_contrast,
        flash=file.flash,
        log_file=_maybe_absolute(base, file.log_file),
        mat_area=file.mat_area,
        source=path,
        routines_place=(
            (place.value_line, place.value_column)
            if (place := places.get("routines")) is not None
            else None
        ),
    )


def _check(key: str, value: object, place: KeyPlace | None) -> ConfigProblem | None:
    """The problem with one key and its value, at its place; None when it is fine."""
    if key not in _KEYS:
        line, column = (place.line, place.column) if place else (None, None)
        params: dict[str, object] = {"key": key, "known": ", ".join(sorted(_KEYS))}
        close = difflib.get_close_matches(key, _KEYS, n=1)
        if close:
            hint = "kiosk.config.did_you_mean"
            params["suggestion"] = close[0]
        elif isinstance(value, dict):  # `[kiosk]`: a table where only keys belong
            hint = "kiosk.config.no_tables"
        else:
            hint = "kiosk.config.unknown_key.hint"
        return ConfigProblem("kiosk.config.unknown_key", params, line, column, hint)
    line, column = (place.value_line, place.value_column) if place else (None, None)
    try:
        converted = msgspec.convert(value, _FIELDS[key].type)
    except msgspec.ValidationError:
        message_key, params = _mistake(key, value)
        return ConfigProblem(f"kiosk.config.{message_key}", {"key": key, **params}, line, column)
    if key == "staff_exit" and parse_chord(converted) is None:
        if (name := unknown_key(converted)) is not None and _KEY_SHAPE.match(name):
            return ConfigProblem("kiosk.config.unknown_key_name", {"name": name}, line, column)
        return ConfigProblem("kiosk.config.bad_chord", {"value": converted}, line, column)
    if key == "pin_hash":
        try:
            PinHash.parse(converted)
        except PinFormatError:
            return ConfigProblem("kiosk.config.bad_pin_hash", {}, line, column)
    return None


def _mistake(key: str, value: object) -> tuple[str, dict[str, object]]:
    """What is wrong with `value`, which msgspec refused for `key`: a message key's last part,
    and what fills it in, chosen by what the key takes and what was written."""
    info = _type_info(key)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(info, mi.BoolType):
        return "expected_bool", {}
    if isinstance(info, mi.FloatType):
        if not number:
            return "expected_number", {"default": _default_text(key)}
        assert info.ge is not None and info.le is not None
        return "out_of_range", {
            "low": int(info.ge),
            "high": int(info.le),
            "default": _default_text(key),
        }
    if isinstance(info, mi.LiteralType):
        if not isinstance(value, str):
            return "expected_text", {}
        choices = [str(v) for v in info.values]
        return "bad_choice", {"choices": ", ".join(choices), "example": choices[-1]}
    if isinstance(info, mi.StrType):
        return ("empty" if isinstance(value, str) else "expected_text"), {}
    return "expected_paths", {}


def _type_info(key: str) -> mi.Type:
    """What msgspec says `key` takes, leaving out the None that only stands for "not given"."""
    info = mi.type_info(_FIELDS[key].type)
    if isinstance(info, mi.UnionType):
        types = [t for t in info.types if not isinstance(t, mi.NoneType)]
        if len(types) == 1:
            return types[0]
    return info


def _default_text(key: str) -> str:
    default = _FIELDS[key].default
    return f"{default:g}" if isinstance(default, float) else str(default)


def _chord(text: str) -> tuple[str, ...]:
    chord = parse_chord(text)
    assert chord is not None  # checked before
    return chord


def _not_toml(reason: str, text: str) -> ConfigProblem:
    """tomllib's complaint about `text`, at the place it names (its text without the place)."""
    if (found := _TOML_PLACE.search(reason)) is not None:
        place = int(found[1]), int(found[2])
        reason = reason[: found.start()]
    elif reason.endswith(_AT_END):  # a string or list never closed: show where the text ends
        lines = text.rstrip("\n").split("\n")
        place = len(lines), len(lines[-1]) + 1
        reason = reason.removesuffix(_AT_END)
    else:
        return ConfigProblem("kiosk.config.not_toml", {"reason": reason})
    return ConfigProblem("kiosk.config.not_toml", {"reason": reason}, *place)


def _not_utf8(raw: bytes, start: int) -> ConfigProblem:
    """The first byte that is not UTF-8, at its line and column."""
    line_start = raw.rfind(b"\n", 0, start) + 1
    column = len(raw[line_start:start].decode("utf-8", errors="replace")) + 1
    return ConfigProblem("kiosk.config.not_utf8", {}, raw.count(b"\n", 0, start) + 1, column)


def _declared_language(raw: bytes) -> Language | None:
    found = _DECLARED_LANGUAGE.search(raw.decode("utf-8", errors="replace"))
    return None if found is None or not is_language(found[2]) else found[2]


@dataclass(frozen=True, slots=True)
class PlaceProblem:
    """Why a routine can't be offered in this kiosk's room: an i18n key and what fills it in."""

    message_key: str
    exercise: str
    posture: str | None = None

    def message(self, lang: Language, routine: object) -> str:
        """The problem in `lang`, naming `routine` (its file)."""
        where = translate(f"kiosk.posture.{self.posture}", lang) if self.posture else ""
        return translate(
            self.message_key, lang, routine=routine, exercise=self.exercise, posture=where
        )


def place_problem(config: KioskConfig, routine: Routine) -> PlaceProblem | None:
    """Why `routine` can't be offered in this kiosk's room, or None when it can.

    Without `mat_area`, every exercise must say it is done sitting or standing: a floor
    exercise is refused, and so is one that doesn't say (it may be one; a visitor can't ask).
    """
    if config.mat_area:
        return None
    for exercise in routine.exercises:
        if exercise.on_floor:
            return PlaceProblem("kiosk.place.floor", exercise.name, exercise.posture)
        if exercise.posture is None:
            return PlaceProblem("kiosk.place.unknown", exercise.name)
    return None


def _absolute(base: Path, text: str) -> Path:
    path = Path(text).expanduser()
    return path if path.is_absolute() else base / path


def _maybe_absolute(base: Path, text: str | None) -> Path | None:
    return None if text is None else _absolute(base, text)
