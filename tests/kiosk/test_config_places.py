"""A kiosk config mistake is shown where it is, as a routine's is: file:line:col, the line, a
caret under the key or value, and a hint, in the config's language, every mistake at once."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.kiosk.config import KioskConfigError, load_kiosk_config
from coach.kiosk.toml_places import KeyPlace, key_places


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[tuple[int, int, str, str | None]]:
    """Each problem of the config at `path`: line, column, message and hint, in English."""
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    return [(p.line, p.column, p.message, p.hint) for p in caught.value.located("en")]


class TestKeyPlaces:
    """Where tomllib read each top-level key: it gives no places of its own."""

    def test_keys_and_values_of_a_flat_file(self) -> None:
        text = '# title = "not this"\ntitle = "a # b = c"\n  idle_timeout   =  90  # = 3\n'
        assert key_places(text) == {
            "title": KeyPlace(2, 1, 2, 9),
            "idle_timeout": KeyPlace(3, 3, 3, 21),
        }

    def test_values_over_several_lines_hide_no_keys(self) -> None:
        text = (
            "routines = [\n"
            '  "a.yaml",  # mat_area = true\n'
            '  "b.yaml",\n'
            "]\n"
            'notes = """\n'
            "log_file = 1\n"
            '\\"""\n'
            '""""\n'
            "literal = '''\n"
            "pin_hash = 2'''\n"
            "high_contrast = true\n"
        )
        assert tomllib.loads(text)["notes"] == 'log_file = 1\n"""\n"'
        places = key_places(text)
        assert list(places) == ["routines", "notes", "literal", "high_contrast"]
        assert places["high_contrast"] == KeyPlace(11, 1, 11, 17)

    def test_quoted_and_dotted_keys_and_tables(self) -> None:
        text = (
            '"title" = "x"\n'
            "'log file' = 'y'\n"
            "site . name = 'z'\n"
            "site.town = 'w'\n"
            "[kiosk]\n"
            "mat_area = true\n"
            "[[rooms]]\n"
        )
        tomllib.loads(text)  # TOML it is
        assert key_places(text) == {
            "title": KeyPlace(1, 1, 1, 11),
            "log file": KeyPlace(2, 1, 2, 14),
            "site": KeyPlace(3, 1, 3, 15),
            "kiosk": KeyPlace(5, 2, 5, 2),  # the keys under it are not top-level
            "rooms": KeyPlace(7, 3, 7, 3),
        }

    def test_columns_count_characters_not_bytes(self) -> None:
        assert key_places('title = "Ryggpause – æøå"\nmat_area = true\n')["mat_area"] == (
            KeyPlace(2, 1, 2, 12)
        )


# Values that hide key-like text in strings, comments and lines of their own.
_VALUES = st.sampled_from(
    [
        "90",
        "true",
        '"a = b # c"',
        "'x = 1'",
        '"""\ntitle = 1\n# not a comment\n"""',
        "'''\n[table]\n'''",
        '[\n  "a.yaml",  # mat_area = true\n  "b = c",\n]',
        "{ a = 1, b = [1,\n 2] }",
    ]
)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["title", "idle_timeout", "routines", "mat_area", "x-y", "_9"]),
            st.text(" \t", max_size=2),
            st.text(" \t", max_size=2),
            _VALUES,
            st.sampled_from(["", "  # note = 1", "\n# [comment]", "\n"]),
        ),
        max_size=6,
        unique_by=lambda item: item[0],
    )
)
def test_every_key_is_found_where_it_was_written(
    items: list[tuple[str, str, str, str, str]],
) -> None:
    text = ""
    expected: dict[str, KeyPlace] = {}
    for key, indent, gap, value, after in items:
        line = text.count("\n") + 1
        value_column = len(indent) + len(key) + len(gap) + 3
        expected[key] = KeyPlace(line, len(indent) + 1, line, value_column)
        text += f"{indent}{key}{gap}= {value}{after}\n"
    assert list(tomllib.loads(text)) == list(expected)
    assert key_places(text) == expected


class TestLocatedProblems:
    def test_a_value_is_pointed_at_with_a_hint(self, tmp_path: Path) -> None:
        path = write(tmp_path, 'title = "Back clinic"\n\nidle_timeout = 5\n')
        assert problems_of(path) == [
            (
                3,
                16,
                "'idle_timeout' must be between 10 and 3600 seconds",
                "leave the line out for the default, 60 seconds",
            )
        ]

    def test_every_mistake_is_found_at_once_in_file_order(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            'high_contrast = "yes"\nidle_timout = 90\nstill_there_timeout = "20"\n'
            'language = "de"\nroutines = ["back.yaml", 3]\nstaff_exit = "!!"\n',
        )
        found = problems_of(path)
        assert [(line, column) for line, column, _, _ in found] == [
            (1, 17),
            (2, 1),
            (3, 23),
            (4, 12),
            (5, 12),
            (6, 14),
        ]
        hints = [hint for _, _, _, hint in found]
        assert hints == [
            "write true or false in small letters, without quotes: high_contrast = true",
            "did you mean 'idle_timeout'?",
            "write the seconds as a number, without quotes or a unit: still_there_timeout = 20",
            'write one of them in double quotes: language = "nb"',
            "routine files in quotes, found beside the config unless they start with /: "
            'routines = ["back.en.yaml", "/srv/routines/neck.en.yaml"]',
            "key names are written like ctrl+x, f12 or escape, separated by spaces",
        ]

    def test_a_section_is_named_as_such(self, tmp_path: Path) -> None:
        [(line, column, message, hint)] = problems_of(write(tmp_path, '[kiosk]\ntitle = "x"\n'))
        assert (line, column) == (1, 2) and "unknown key 'kiosk'" in message
        assert hint == "the kiosk config has no [sections]: write every key at the top of the file"

    def test_a_toml_mistake_is_at_the_place_tomllib_names(self, tmp_path: Path) -> None:
        [(line, column, message, hint)] = problems_of(
            write(tmp_path, 'language = "en"\ntitle = Back clinic\n')
        )
        assert (line, column) == (2, 9)
        assert message == "the kiosk config is not valid TOML: Invalid value"
        assert hint is not None and 'title = "Back clinic"' in hint

    def test_a_list_never_closed_is_shown_where_the_file_ends(self, tmp_path: Path) -> None:
        path = write(tmp_path, 'routines = [\n  "back.yaml",\n  "neck.yaml"\n\n')
        [(line, column, message, _)] = problems_of(path)
        assert (line, column) == (3, 14)
        assert message == "the kiosk config is not valid TOML: Unclosed array"

    def test_bytes_that_are_not_utf8_are_pointed_at(self, tmp_path: Path) -> None:
        path = tmp_path / "kiosk.toml"
        path.write_bytes(b'mat_area = true\ntitle = "\xc3\xa6\xff"\n')
        [(line, column, message, _)] = problems_of(path)
        assert (line, column, message) == (2, 11, "the kiosk config is not UTF-8 text")

    def test_an_empty_file_name_is_a_mistake_not_the_folder(self, tmp_path: Path) -> None:
        [(line, column, message, _)] = problems_of(write(tmp_path, 'log_file = ""\n'))
        assert (line, column, message) == (1, 12, "'log_file' is empty")

    def test_the_problems_speak_the_language_the_config_asks_for(self, tmp_path: Path) -> None:
        path = write(tmp_path, 'language = "nb"\nhigh_contrast = 1\n')
        with pytest.raises(KioskConfigError) as caught:
            load_kiosk_config(path)
        assert caught.value.language == "nb"
        broken = write(tmp_path, 'language = "nb"\ntitle = Ryggklinikken\n')
        with pytest.raises(KioskConfigError) as caught:
            load_kiosk_config(broken)
        assert caught.value.language == "nb"  # read even from a file that is not TOML


def test_coach_kiosk_shows_each_mistake_like_coach_check(tmp_path: Path) -> None:
    """The clinic's IT starts the kiosk with a broken config: where, what, and a hint, in the
    config's language, and no traceback."""
    path = write(tmp_path, 'language = "nb"\ntitle = "Ryggklinikken"\nidle_timeout = 5\n')
    result = subprocess.run(
        [sys.executable, "-m", "coach", "kiosk", "--config", str(path)],
        capture_output=True,
        text=True,
        env={"COACH_DATA_DIR": str(tmp_path), "COACH_LANG": "en", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"coach kiosk: {path}:3:16: feil: 'idle_timeout' må være mellom 10 og 3600 sekunder",
        "    idle_timeout = 5",
        "                   ^",
        "tips: utelat linjen for standardverdien, 60 sekunder",
    ]
