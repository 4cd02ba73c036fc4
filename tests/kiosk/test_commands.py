"""`coach kiosk` and `coach serve` on the command line: what they check before starting, what
they say, and the command each browser's coach runs."""

from __future__ import annotations

import io
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import build_parser, main
from coach.commands.kiosk import (
    child_argv,
    child_exit_code,
    hash_pin_command,
    load_routines,
    prepare,
)
from coach.commands.serve import app_command, is_loopback, start_message
from coach.kiosk.pin import PinHash, hash_pin
from coach.kiosk.supervisor import STAFF_EXIT
from tests.ui.support import EVERY_STEP

BROKEN = Path(__file__).resolve().parent.parent / "data" / "broken" / "five-mistakes.yaml"


def coach(*args: str, stdin: str = "", env_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={"COACH_DATA_DIR": str(env_dir), "COACH_LANG": "en", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )


def test_hash_pin_prints_a_line_to_paste_and_never_the_pin(capsys: pytest.CaptureFixture[str]):
    assert hash_pin_command("en", io.StringIO("975310\n")) == 0
    out, err = capsys.readouterr()
    assert out.startswith('pin_hash = "scrypt$') and "975310" not in out
    assert "it holds a hash, not the PIN" in err
    assert PinHash.parse(out.split('"')[1]).matches("975310")


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("12", "6 to 12 digits"),
        ("2468", "6 to 12 digits"),
        ("12345", "6 to 12 digits"),
        ("12ab", "digits only"),
    ],
)
def test_hash_pin_refuses_a_bad_pin(pin: str, why: str, capsys: pytest.CaptureFixture[str]):
    assert hash_pin_command("en", io.StringIO(pin + "\n")) == 2
    assert why in capsys.readouterr().err


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("idle_timeout = 1", "'idle_timeout' must be between 10 and 3600 seconds"),
        ('title = "x"\nlog_file = "/proc/nope/kiosk.log"', "the kiosk log /proc/nope/kiosk.log"),
    ],
)
def test_a_broken_setup_is_refused_before_anything_starts(
    tmp_path: Path, config: str, message: str
) -> None:
    (tmp_path / "kiosk.toml").write_text(config)
    result = coach("kiosk", "--config", str(tmp_path / "kiosk.toml"), env_dir=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_routine_with_problems_is_refused_with_where_and_why(tmp_path: Path) -> None:
    entries, problem = load_routines([BROKEN], "en")
    assert entries == [] and problem is not None
    assert problem.startswith(f"{BROKEN}:") and "`coach check` explains" in problem
    _, missing = load_routines([tmp_path / "nope.yaml"], "en")
    assert missing == f"no such routine file: {tmp_path / 'nope.yaml'}"


def test_without_routines_the_bundled_ones_in_the_kiosk_language_are_offered() -> None:
    entries, problem = load_routines([], "nb")
    assert problem is None and entries
    assert all(e.routine is not None and e.routine.language == "nb" for e in entries)


def test_the_child_is_started_with_the_same_settings(tmp_path: Path) -> None:
    args = build_parser("en", only="kiosk").parse_args(
        [
            "kiosk",
            "--config",
            "k.toml",
            "--events",
            "e.jsonl",
            "--mute",
            "--high-contrast",
            "--lang",
            "nb",
            str(EVERY_STEP),
        ]
    )
    argv = child_argv(args)
    assert argv[:5] == [sys.executable, "-m", "coach", "kiosk", "--child"]
    assert ["--config", str(Path("k.toml").resolve())] == argv[5:7]
    assert "--mute" in argv and "--high-contrast" in argv and argv[-1] == str(EVERY_STEP)
    assert argv[argv.index("--events") + 1] == str(Path("e.jsonl").resolve())
    reparsed = build_parser("en", only="kiosk").parse_args(argv[3:])
    assert reparsed.child and reparsed.lang == "nb" and reparsed.routines == [EVERY_STEP]


def test_serve_passes_the_events_file_and_the_kiosk_on(tmp_path: Path) -> None:
    parse = build_parser("en", only="serve").parse_args
    picker = app_command(parse(["serve", "--events", "e.jsonl", str(EVERY_STEP)]))
    assert picker[:3] == [sys.executable, "-m", "coach"]
    assert picker[3:5] == ["--events", str(Path("e.jsonl").resolve())]
    kiosk = app_command(parse(["serve", "--kiosk", "--config", "k.toml", "--mute"]))
    assert kiosk[3:5] == ["kiosk", "--child"] and "--mute" in kiosk


def test_serve_says_who_can_reach_it() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7")
    local = start_message("127.0.0.1", 8123, "en")
    assert "http://127.0.0.1:8123" in local and "only this computer can open it" in local
    network = start_message("0.0.0.0", 8123, "nb")
    assert "andre datamaskiner" in network


def test_serve_refuses_a_config_without_kiosk(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--config", "k.toml"]) == 2
    assert "--config is the kiosk's config" in capsys.readouterr().err


def test_serve_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--port", "70000"])
    assert "'70000' is not a port" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("staff_left", "return_code", "exit_code"),
    [
        (True, STAFF_EXIT, STAFF_EXIT),
        (False, None, 70),  # the error burst: Textual's run() returned, nobody gave the PIN
        (False, 0, 70),
        (False, 70, 70),
        (False, STAFF_EXIT, 70),  # the code alone is not enough: the PIN was not given
        (False, 143, 143),
    ],
)
def test_only_the_staff_pin_gives_the_staff_exit_code(
    staff_left: bool, return_code: int | None, exit_code: int
) -> None:
    assert child_exit_code(staff_left, return_code) == exit_code


def kiosk_config(tmp_path: Path, mode: int) -> Path:
    config = tmp_path / "kiosk.toml"
    # mat_area: the test routine has floor exercises, which a kiosk refuses without one.
    text = f'language = "en"\nmat_area = true\npin_hash = "{hash_pin("246813")}"\n'
    config.write_text(text, encoding="utf-8")
    config.chmod(mode)
    return config


@pytest.mark.parametrize(("mode", "warned"), [(0o644, True), (0o640, True), (0o600, False)])
def test_a_config_others_can_read_is_warned_about_at_start(
    tmp_path: Path, mode: int, warned: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    config = kiosk_config(tmp_path, mode)
    args = build_parser("en").parse_args(
        ["kiosk", "--config", str(config), "--data-dir", str(tmp_path / "data"), str(EVERY_STEP)]
    )
    assert not isinstance(prepare(args), str)
    err = capsys.readouterr().err
    log = (tmp_path / "data" / "kiosk.log").read_text() if warned else ""
    assert ("other users can read" in err) is warned
    assert ("can be read by other users" in log) is warned
    assert stat.S_IMODE((tmp_path / "data" / "kiosk-pin-tally.json").stat().st_mode) == 0o600


def test_the_app_process_does_not_warn_on_the_visitors_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = kiosk_config(tmp_path, 0o644)
    args = build_parser("en").parse_args(
        ["kiosk", "--child", "--config", str(config), "--data-dir", str(tmp_path / "data")]
    )
    assert not isinstance(prepare(args), str)
    assert capsys.readouterr().err == ""


def test_a_wrong_pin_count_that_cannot_be_kept_is_refused_before_anything_starts(
    tmp_path: Path,
) -> None:
    config = kiosk_config(tmp_path, 0o600)
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk-pin-tally.json").mkdir()  # in the way
    result = coach("kiosk", "--config", str(config), "--data-dir", str(data), env_dir=tmp_path)
    assert result.returncode == 2
    assert "the count of wrong staff PINs" in result.stderr and "Traceback" not in result.stderr
