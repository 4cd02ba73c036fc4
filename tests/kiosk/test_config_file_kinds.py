"""What `coach kiosk --config` does with a path that is not a small text file: a folder, a
pipe, a huge file, a file with very many mistakes. Reviewer: the config was read with
`read_bytes()`, so a FIFO hung the command, a huge file was read whole, every problem was
printed, and a folder's reason was the OS's English alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.kiosk.test_commands import coach


def _kiosk(config: Path, tmp_path: Path, lang: str = "en") -> tuple[int, str]:
    result = coach("kiosk", "--lang", lang, "--config", str(config), env_dir=tmp_path)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stderr


def test_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "kiosk.toml"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait for ever
    code, err = _kiosk(fifo, tmp_path)
    assert code == 2
    assert f"{fifo}: this is not a regular file" in err
    assert "hint: " in err


@pytest.mark.parametrize(
    ("lang", "message", "hint"),
    [
        ("en", "this is a folder, not a kiosk config file", "hint: give the path of"),
        ("nb", "dette er en mappe, ikke en kiosk-oppsettfil", "tips: oppgi stien til"),
    ],
)
def test_a_folder_is_named_as_such_with_a_hint(
    tmp_path: Path, lang: str, message: str, hint: str
) -> None:
    folder = tmp_path / "kiosk"
    folder.mkdir()
    code, err = _kiosk(folder, tmp_path, lang)
    assert code == 2
    assert f"{folder}: {message}" in err and hint in err
    assert "Is a directory" not in err


def test_a_huge_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    big = tmp_path / "kiosk.toml"
    big.write_text('title = "x"\n' + "# padding\n" * 10_000)
    code, err = _kiosk(big, tmp_path)
    assert code == 2
    assert f"{big}: the kiosk config is too large" in err and "65536" in err
    assert "hint: " in err


def test_very_many_problems_are_cut_short_with_a_count(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("".join(f"nokey{i} = 1\n" for i in range(30)))
    code, err = _kiosk(config, tmp_path)
    assert code == 2
    assert err.count(": error: ") == 20
    assert "and 10 more problems" in err
    code, err = _kiosk(config, tmp_path, "nb")
    assert "og 10 problemer til" in err


def test_routine_paths_from_the_config_reach_the_terminal_inert(tmp_path: Path) -> None:
    """Reviewer: a routine path named in the config went raw into `no such routine file` and
    the broken routine's message, escape sequences and all."""
    config = tmp_path / "kiosk.toml"
    config.write_text('routines = ["\\u001b[2J\\u001b]0;owned\\u0007gone.yaml"]\n')
    code, err = _kiosk(config, tmp_path)
    assert code == 2 and "no such routine file" in err
    assert f"{config}:1:12: " in err  # where the config names it
    assert "\x1b" not in err and "\x07" not in err
    broken = tmp_path / "\x1b[31mbroken.yaml"
    broken.write_text("title: [unclosed\n")
    config.write_text('routines = ["\\u001b[31mbroken.yaml"]\n')
    code, err = _kiosk(config, tmp_path)
    assert code == 2 and "broken.yaml:" in err
    assert "\x1b" not in err
