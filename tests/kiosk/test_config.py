"""The kiosk config file: every key read, every mistake named with its file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.i18n import Language
from coach.kiosk.chord import DEFAULT_CHORD
from coach.kiosk.config import (
    DEFAULT_IDLE_S,
    KioskConfig,
    KioskConfigError,
    load_kiosk_config,
)
from coach.kiosk.pin import hash_pin

FULL = """
title = "Ryggklinikken – ta en ryggpause"
language = "nb"
routines = ["rygg.nb.yaml", "/srv/routines/akutt.nb.yaml"]
idle_timeout = 90
still_there_timeout = 15
staff_exit = "ctrl+k ctrl+s"
pin_hash = "{pin_hash}"
anonymous_counts = true
counts_file = "counts/kiosk.json"
high_contrast = true
flash = true
log_file = "/var/log/coach-kiosk.log"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_read_and_relative_paths_are_beside_the_file(tmp_path: Path) -> None:
    pin_hash = hash_pin("1234")
    config = load_kiosk_config(write(tmp_path, FULL.format(pin_hash=pin_hash)))
    assert config.title == "Ryggklinikken – ta en ryggpause"
    assert config.language == "nb"
    assert config.routines == (tmp_path / "rygg.nb.yaml", Path("/srv/routines/akutt.nb.yaml"))
    assert config.idle_timeout == 90.0
    assert config.still_there_timeout == 15.0
    assert config.staff_exit == ("ctrl+k", "ctrl+s")
    assert config.pin_hash is not None and config.pin_hash.matches("1234")
    assert not config.pin_hash.matches("4321")
    assert config.anonymous_counts and config.high_contrast and config.flash
    assert config.counts_path(Path("/data")) == tmp_path / "counts" / "kiosk.json"
    assert config.log_path(Path("/data")) == Path("/var/log/coach-kiosk.log")
    assert config.source == tmp_path / "kiosk.toml"


def test_an_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    config = load_kiosk_config(write(tmp_path, ""))
    assert config.idle_timeout == DEFAULT_IDLE_S == 60.0
    assert config.staff_exit == DEFAULT_CHORD
    assert config.pin_hash is None and not config.anonymous_counts
    assert not config.flash  # the flash at the end of a hold is off unless asked for
    assert config.log_path(Path("/data")) == Path("/data/kiosk.log")
    assert config.counts_path(Path("/data")) == Path("/data/kiosk-counts.json")


def test_a_missing_default_file_is_fine_but_a_missing_given_one_is_not(tmp_path: Path) -> None:
    assert load_kiosk_config(tmp_path / "kiosk.toml", required=False) == KioskConfig()
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(tmp_path / "nope.toml")
    assert caught.value.message("en") == f"{tmp_path / 'nope.toml'}: no such kiosk config file"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timeout = 5", "'idle_timeout' must be between 10 and 3600 seconds"),
        ('idle_timeout = "60"', "'idle_timeout' must be a number of seconds"),
        ("idle_timeout = true", "'idle_timeout' must be a number of seconds"),
        ("high_contrast = 1", "'high_contrast' must be true or false"),
        ("title = 3", "'title' must be text in quotes"),
        ('title = "  "', "'title' is empty"),
        ('language = "de"', "'language' must be one of: en, nb"),
        ("routines = [1, 2]", "'routines' must be a list of file names in quotes"),
        ('staff_exit = "ctrl+x ctrl+e ctrl+a ctrl+b ctrl+c"', "'staff_exit' must be 1 to 4"),
        ('staff_exit = "!!"', "'staff_exit' must be 1 to 4"),
        ('pin_hash = "1234"', "'pin_hash' is not a PIN hash: make one with `coach kiosk"),
        ('pin_hash = "scrypt$3$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"', "is not a PIN hash"),
        ("idle_timout = 60", "unknown key 'idle_timout' (the keys are: anonymous_counts,"),
        ("title = ", "the kiosk config is not valid TOML: "),
    ],
)
def test_each_mistake_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    assert caught.value.message("en").startswith(f"{path}: ")
    assert message in caught.value.message("en")


def test_mistakes_are_explained_in_norwegian_too(tmp_path: Path) -> None:
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(write(tmp_path, "idle_timeout = 5"))
    assert "'idle_timeout' må være mellom 10 og 3600 sekunder" in caught.value.message("nb")


def test_a_file_that_is_not_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'title = "\xff\xfe"')
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    assert "not UTF-8 text" in caught.value.message("en")


@pytest.mark.parametrize(
    ("lang", "message", "hint"),
    [
        ("en", "'staff_exit': no key is called \"banana\"", "key names are"),
        ("nb", "'staff_exit': ingen tast heter \"banana\"", "tastenavn er"),
    ],
)
def test_a_staff_exit_key_nobody_can_press_is_refused_where_it_is_written(
    tmp_path: Path, lang: Language, message: str, hint: str
) -> None:
    path = write(tmp_path, 'title = "x"\nstaff_exit = "ctrl+x banana"\n')
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    (problem,) = caught.value.located(lang)
    assert (problem.line, problem.column) == (2, 14)
    assert problem.message == message
    assert problem.hint is not None and problem.hint.startswith(hint)
