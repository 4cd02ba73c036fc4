"""The kiosk config file (TOML): the clinic's title, the routines on offer, timeouts, the staff
exit, and what may be kept. docs/kiosk.md documents every key.

Every mistake is a `KioskConfigError` naming the file and the key, worded in the kiosk's
language, so whoever sets the kiosk up sees what to fix rather than a traceback.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from coach.i18n import LANGUAGES, Language, is_language, translate
from coach.kiosk.chord import DEFAULT_CHORD, parse_chord
from coach.kiosk.pin import PinFormatError, PinHash

if TYPE_CHECKING:  # the model is only named here; the command loads routines late
    from coach.routine.model import Routine

CONFIG_FILENAME: Final = "kiosk.toml"
LOG_FILENAME: Final = "kiosk.log"
COUNTS_FILENAME: Final = "kiosk-counts.json"
# Wrong staff PINs and the wait they impose, shared by every kiosk process of the data folder.
PIN_TALLY_FILENAME: Final = "kiosk-pin-tally.json"

DEFAULT_IDLE_S: Final = 60.0
DEFAULT_STILL_THERE_S: Final = 20.0
IDLE_RANGE: Final = (10.0, 3600.0)
STILL_THERE_RANGE: Final = (5.0, 600.0)

_KEYS: Final = frozenset(
    {
        "title",
        "language",
        "routines",
        "idle_timeout",
        "still_there_timeout",
        "staff_exit",
        "pin_hash",
        "anonymous_counts",
        "counts_file",
        "high_contrast",
        "flash",
        "log_file",
        "mat_area",
    }
)


class KioskConfigError(Exception):
    """A kiosk config that cannot be used: `message_key` is an i18n key, `params` fill it in."""

    def __init__(self, path: Path | None, message_key: str, /, **params: object) -> None:
        super().__init__(message_key)
        self.path = path
        self.message_key = message_key
        self.params = params

    def message(self, lang: Language) -> str:
        """The problem in `lang`, with the file it is in."""
        text = translate(self.message_key, lang, **self.params)
        if self.path is None:
            return text
        return translate("kiosk.config.in_file", lang, path=self.path, problem=text)


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
        raw = path.read_bytes()
    except FileNotFoundError:
        if required:
            raise KioskConfigError(path, "kiosk.config.missing") from None
        return KioskConfig()
    except OSError as err:
        raise KioskConfigError(path, "kiosk.config.unreadable", reason=err.strerror) from err
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise KioskConfigError(path, "kiosk.config.not_utf8") from None
    except tomllib.TOMLDecodeError as err:
        raise KioskConfigError(path, "kiosk.config.not_toml", reason=str(err)) from None
    return parse_kiosk_config(data, path)


def parse_kiosk_config(data: Mapping[str, object], path: Path | None = None) -> KioskConfig:
    """Check and convert the TOML table `data` (read from `path`)."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise KioskConfigError(
            path, "kiosk.config.unknown_key", key=unknown[0], known=", ".join(sorted(_KEYS))
        )
    base = path.parent if path is not None else Path.cwd()
    reader = _Reader(data, path)
    language = reader.text("language")
    if language is not None and not is_language(language):
        raise KioskConfigError(
            path, "kiosk.config.bad_choice", key="language", choices=", ".join(LANGUAGES)
        )
    chord_text = reader.text("staff_exit")
    chord = DEFAULT_CHORD if chord_text is None else parse_chord(chord_text)
    if chord is None:
        raise KioskConfigError(path, "kiosk.config.bad_chord", value=chord_text)
    pin_text = reader.text("pin_hash")
    pin_hash = None
    if pin_text is not None:
        try:
            pin_hash = PinHash.parse(pin_text)
        except PinFormatError:
            raise KioskConfigError(path, "kiosk.config.bad_pin_hash") from None
    title = reader.text("title")
    if title is not None and not title.strip():
        raise KioskConfigError(path, "kiosk.config.empty", key="title")
    return KioskConfig(
        title=title,
        language=language if is_language(language) else None,
        routines=tuple(_absolute(base, p) for p in reader.paths("routines")),
        idle_timeout=reader.seconds("idle_timeout", DEFAULT_IDLE_S, IDLE_RANGE),
        still_there_timeout=reader.seconds(
            "still_there_timeout", DEFAULT_STILL_THERE_S, STILL_THERE_RANGE
        ),
        staff_exit=chord,
        pin_hash=pin_hash,
        anonymous_counts=reader.flag("anonymous_counts"),
        counts_file=_maybe_absolute(base, reader.text("counts_file")),
        high_contrast=reader.flag("high_contrast"),
        flash=reader.flag("flash"),
        log_file=_maybe_absolute(base, reader.text("log_file")),
        mat_area=reader.flag("mat_area"),
        source=path,
    )


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


class _Reader:
    """Typed access to the table, raising KioskConfigError with the key on a wrong type."""

    def __init__(self, data: Mapping[str, object], path: Path | None) -> None:
        self.data = data
        self.path = path

    def _wrong(self, key: str, expected: str) -> KioskConfigError:
        return KioskConfigError(self.path, f"kiosk.config.expected_{expected}", key=key)

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or isinstance(value, str):
            return value
        raise self._wrong(key, "text")

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if isinstance(value, bool):
            return value
        raise self._wrong(key, "bool")

    def seconds(self, key: str, default: float, bounds: tuple[float, float]) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._wrong(key, "number")
        low, high = bounds
        if not low <= value <= high:
            raise KioskConfigError(
                self.path, "kiosk.config.out_of_range", key=key, low=int(low), high=int(high)
            )
        return float(value)

    def paths(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self._wrong(key, "paths")
        return list(value)
