"""Without a terminal (stdin or stdout redirected), the commands that open the screens exit 2 at
once with a message, instead of waiting forever for keys; the text commands still work."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.commands.terminal import WEB_DRIVER
from coach.resources import routines_dir

BASICS = routines_dir() / "back-basics.en.yaml"
MESSAGE = "coach needs a terminal"


def _coach(args: list[str], data: Path, **streams: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        stdin=streams.get("stdin", subprocess.DEVNULL),
        stdout=streams.get("stdout", subprocess.PIPE),
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=30,  # the bug was a process that never ended
    )


@pytest.mark.parametrize(
    "args",
    [["run", str(BASICS)], [], [str(BASICS)], ["history"]],
    ids=["run", "picker", "picker-with-a-file", "history-screen"],
)
def test_the_screens_without_a_terminal_exit_2_with_a_message(
    args: list[str], tmp_path: Path
) -> None:
    done = _coach(args, tmp_path / "data")
    assert done.returncode == 2
    assert MESSAGE in done.stderr
    assert "coach check" in done.stderr and "coach history --list" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data").exists()  # nothing created on the way out


def test_a_terminal_for_keys_but_output_to_a_pipe_is_refused_too(tmp_path: Path) -> None:
    primary, secondary = pty.openpty()  # stdin is a terminal; stdout goes to a pipe
    try:
        done = _coach(["run", str(BASICS)], tmp_path / "data", stdin=secondary)
    finally:
        os.close(primary)
        os.close(secondary)
    assert done.returncode == 2 and MESSAGE in done.stderr


def test_a_plain_pipe_from_a_shell_is_refused(tmp_path: Path) -> None:
    """`echo | coach run FILE | cat`: pipes both ways, but nothing that speaks to a browser."""
    done = _coach(["run", str(BASICS)], tmp_path / "data", stdin=subprocess.PIPE)
    assert done.returncode == 2 and MESSAGE in done.stderr


def test_the_web_driver_on_a_file_is_no_browser(tmp_path: Path) -> None:
    """The environment textual-serve sets is not enough: its pipes are part of what it does."""
    env = {**os.environ, "TEXTUAL_DRIVER": WEB_DRIVER, "COACH_LANG": "en"}
    env["COACH_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "coach", "run", str(BASICS)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert done.returncode == 2 and MESSAGE in done.stderr


@pytest.mark.parametrize("args", [[], ["run", str(BASICS)]], ids=["picker", "run"])
def test_textual_serve_s_pipes_open_the_app(args: list[str], tmp_path: Path) -> None:
    """As `coach serve` starts each browser's coach: pipes and Textual's web driver. The app
    starts (the web driver's greeting) and ends when the server says quit."""
    env = {**os.environ, "TEXTUAL_DRIVER": WEB_DRIVER, "COACH_LANG": "en"}
    env["COACH_DATA_DIR"] = str(tmp_path / "data")
    process = subprocess.Popen(
        [sys.executable, "-m", "coach", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline() == b"__GANGLION__\n"
        quit_packet = json.dumps({"type": "quit"}).encode()
        process.stdin.write(b"M" + len(quit_packet).to_bytes(4, "big") + quit_packet)
        process.stdin.flush()
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, stderr.decode()
    assert b"needs a terminal" not in stderr


def test_the_text_commands_need_no_terminal(tmp_path: Path) -> None:
    assert _coach(["check", str(BASICS)], tmp_path).returncode == 0
    listed = _coach(["history", "--list"], tmp_path)
    assert listed.returncode == 0 and "No sessions yet" in listed.stdout


def test_without_a_terminal_in_norwegian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under pytest stdin is not a terminal either: the check runs in-process too."""
    monkeypatch.setenv("COACH_LANG", "nb")
    assert main(["run", str(BASICS)]) == 2
    assert "coach trenger en terminal" in capsys.readouterr().err


def test_the_cheap_file_checks_come_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "missing.yaml"]) == 2
    assert "no such file" in capsys.readouterr().err
