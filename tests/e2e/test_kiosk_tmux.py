"""End to end in a real terminal: tmux runs `coach kiosk` (the supervisor and its app).

The escape keys and the command palette leave it running; the staff exit with the right PIN ends
it, a wrong PIN does not, and repeated wrong PINs are slowed; a killed app is started again.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.kiosk.pin import hash_pin
from tests.e2e.tmux import COACH, Terminal, needs_tmux, terminal

pytestmark = [pytest.mark.e2e, needs_tmux]

PIN = "2468"
TITLE = "Waiting room back break"
ROUTINE = Path(__file__).resolve().parent.parent / "data" / "ui" / "every-step.en.yaml"


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'title = "{TITLE}"\nlanguage = "en"\nlog_file = "kiosk.log"\n'
        f'pin_hash = "{hash_pin(PIN)}"\n'
        "mat_area = true\n",  # the test routine is done on the floor
        encoding="utf-8",
    )
    command = [*COACH, "kiosk", "--config", str(config), "--mute", str(ROUTINE)]
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_LANG": "en"}
    with terminal(command, tmp_path, env) as term:
        term.wait_for("Press any key or touch a routine to start")
        yield term, tmp_path / "kiosk.log"


def still_running(term: Terminal) -> str:
    """The kiosk answers a moment later and has not ended; its screen."""
    time.sleep(0.4)
    screen = term.screen()
    assert "EXIT=" not in screen
    return screen


def child_pid(log: Path) -> int:
    """The app process's id, from the log's latest 'kiosk started' line."""
    started = re.findall(r"^\S+ \S+ (\d+) INFO kiosk started$", log.read_text(), re.MULTILINE)
    return int(started[-1])


@pytest.mark.parametrize("key", ["C-c", "C-q", "C-z", "C-\\", "C-p"])
def test_an_escape_key_leaves_the_kiosk_running(kiosk: tuple[Terminal, Path], key: str) -> None:
    term, log = kiosk
    pid = child_pid(log)
    term.press(key)
    screen = still_running(term)
    assert TITLE in screen
    assert "Search for commands" not in screen  # no command palette either
    term.press("Enter")  # and it still answers: the red-flag questions of a new visitor
    term.wait_for("Before you start")
    assert child_pid(log) == pid  # the same process: nothing was restarted


def test_the_palettes_quit_does_not_quit_either(kiosk: tuple[Terminal, Path]) -> None:
    term, _ = kiosk
    term.press("Enter")
    term.wait_for("Before you start")
    term.press("C-p")  # the palette would offer "Quit" here
    term.press("-l", "quit")
    term.press("Enter")
    still_running(term)
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")


def test_only_the_right_pin_ends_it_and_wrong_pins_are_slowed(
    kiosk: tuple[Terminal, Path],
) -> None:
    term, log = kiosk
    term.press("C-x", "C-e")
    term.wait_for("Staff exit")
    term.press("-l", "1111")
    term.press("Enter")
    term.wait_for("Wrong PIN.")
    still_running(term)
    for wrong in ("2222", "3333"):
        term.press("-l", wrong)
        term.press("Enter")
    term.wait_for("Too many wrong PINs: wait 5 s")
    term.press("-l", PIN)
    term.press("Enter")  # the right PIN, too soon: not even checked
    term.wait_for("Too many wrong PINs: wait")
    still_running(term)
    time.sleep(5)
    term.press("-l", PIN)
    term.press("Enter")
    screen = term.wait_for("EXIT=0")
    assert "coach stopped" not in screen and "Traceback" not in term.written()
    text = log.read_text()
    assert text.count("staff PIN wrong") == 3 and "staff PIN wait" in text
    assert "staff exit" in text and PIN not in re.sub(r"^\S+ \S+ \d+ ", "", text, flags=re.M)


def test_a_killed_app_is_started_again(kiosk: tuple[Terminal, Path]) -> None:
    term, log = kiosk
    first = child_pid(log)
    subprocess.run(["kill", f"-{signal.SIGKILL.value}", str(first)], check=True)
    term.wait_for("coach stopped unexpectedly and starts again in 1 s")
    term.wait_for(TITLE, timeout=15)
    deadline = time.monotonic() + 15
    while child_pid(log) == first and time.monotonic() < deadline:
        time.sleep(0.1)
    assert child_pid(log) != first
    assert "ended with exit code -9" in log.read_text()
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")


def test_sigterm_ends_the_supervisor_and_its_app(kiosk: tuple[Terminal, Path]) -> None:
    """How a service manager stops a kiosk (`systemctl stop`): SIGTERM to `coach kiosk`."""
    term, log = kiosk
    app = child_pid(log)
    supervisor = int(re.findall(r"supervisor started \(pid (\d+)\)", log.read_text())[-1])
    subprocess.run(["kill", "-TERM", str(supervisor)], check=True)
    term.wait_for("EXIT=")
    deadline = time.monotonic() + 5
    while Path(f"/proc/{app}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{app}").exists(), "the app outlived its supervisor"
    assert "starts again" not in term.screen()


def test_an_error_burst_in_the_app_is_followed_by_a_restart_not_a_shell(tmp_path: Path) -> None:
    """Five errors within a minute end the app process; the supervisor must start it again
    (only the staff exit ends the kiosk), however that process ended."""
    flag = tmp_path / "attract-is-broken"
    flag.touch()
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'title = "{TITLE}"\nlanguage = "en"\nlog_file = "kiosk.log"\nmat_area = true\n'
        f'pin_hash = "{hash_pin(PIN)}"\n',
        encoding="utf-8",
    )
    planted = Path(__file__).resolve().parent / "planted_kiosk_bug.py"
    command = [COACH[0], str(planted), "kiosk", "--config", str(config), "--mute", str(ROUTINE)]
    env = {
        "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_LANG": "en",
        "COACH_PLANTED_FLAG": str(flag),
    }
    with terminal(command, tmp_path, env) as term:
        term.wait_for("coach stopped unexpectedly and starts again in 1 s")
        flag.unlink()  # the bug is gone (say, the routine folder came back): the kiosk recovers
        term.wait_for("Press any key or touch a routine to start", timeout=20)
        log = (tmp_path / "kiosk.log").read_text()
        assert "the kiosk cannot go on" in log
        assert "ended with exit code 70" in log
        assert "Traceback" not in term.written()
        term.press("C-x", "C-e", *PIN, "Enter")
        term.wait_for("EXIT=0")


def test_wrong_pins_in_one_app_process_slow_down_the_next_one_too(tmp_path: Path) -> None:
    """`coach serve --kiosk` runs one `coach kiosk --child` per browser tab: a fresh tab (a fresh
    process) must not bring three free guesses back."""
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'title = "{TITLE}"\nlanguage = "en"\nlog_file = "kiosk.log"\nmat_area = true\n'
        f'pin_hash = "{hash_pin(PIN)}"\n',
        encoding="utf-8",
    )
    command = [*COACH, "kiosk", "--child", "--config", str(config), "--mute", str(ROUTINE)]
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_LANG": "en"}
    with terminal(command, tmp_path, env) as first, terminal(command, tmp_path, env) as second:
        first.wait_for("Press any key or touch a routine to start")
        second.wait_for("Press any key or touch a routine to start")
        first.press("C-x", "C-e")
        first.wait_for("Staff exit")
        for wrong in ("1111", "2222", "3333"):
            first.press("-l", wrong)
            first.press("Enter")
        first.wait_for("Too many wrong PINs: wait 5 s")
        second.press("C-x", "C-e")
        second.wait_for("Staff exit")
        second.press("-l", PIN)
        second.press("Enter")  # the right PIN, but during the first tab's wait: not checked
        second.wait_for("Too many wrong PINs: wait")
        time.sleep(5)
        second.press("-l", PIN)
        second.press("Enter")
        second.wait_for("EXIT=79")
        assert "EXIT=" not in first.screen()


# Every signal a terminal or a stray `kill` can send that the kiosk ignores (coach.kiosk.signals):
# logged, and nothing else happens. SIGHUP too, while the terminal is still there.
IGNORED_SIGNALS = (
    "TSTP", "TTIN", "TTOU", "INT", "QUIT", "USR1", "USR2", "ALRM", "PIPE", "HUP", "CONT",
    "VTALRM", "PROF", "IO", "PWR", "XCPU", "XFSZ", "RTMIN", "RTMAX",
)  # fmt: skip


def supervisor_pid(log: Path) -> int:
    return int(re.findall(r"supervisor started \(pid (\d+)\)", log.read_text())[-1])


def process_state(pid: int) -> str:
    """R, S, T (stopped)…; '' once the process is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return ""
    return stat.rsplit(")", 1)[1].split()[0]


def send(pid: int, names: tuple[str, ...]) -> None:
    """Send each signal, as `kill -NAME pid` would."""
    for name in names:
        os.kill(pid, getattr(signal, f"SIG{name}"))
        time.sleep(0.1)


def wait_for_log(log: Path, text: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = log.read_text()
        if text in content:
            return content
        time.sleep(0.05)
    raise AssertionError(f"{text!r} never logged:\n{log.read_text()}")


def still_answers(term: Terminal, log: Path, app: int) -> None:
    """The same app process is running (not stopped) and answers a key."""
    assert process_state(app) not in ("", "T", "t"), process_state(app)
    still_running(term)
    term.press("Enter")  # a new visitor's red-flag questions
    term.wait_for("Before you start")
    assert child_pid(log) == app
    assert "ended with exit code" not in log.read_text()


def test_stray_signals_to_the_app_are_logged_and_ignored(kiosk: tuple[Terminal, Path]) -> None:
    """SIGTSTP used to stop the app (Textual's own handler) with the supervisor waiting for ever."""
    term, log = kiosk
    app = child_pid(log)
    send(app, IGNORED_SIGNALS)
    text = wait_for_log(log, "app: SIGRTMAX received: ignored")
    for name in IGNORED_SIGNALS:
        if name == "HUP":
            assert "app: SIGHUP received, the terminal is still there: ignored" in text
        else:
            assert f"app: SIG{name} received: ignored" in text, name
    still_answers(term, log, app)
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")


def test_stray_signals_to_the_supervisor_are_logged_and_ignored(
    kiosk: tuple[Terminal, Path],
) -> None:
    """SIGUSR1 used to end the supervisor without a word, and leave a shell behind the app."""
    term, log = kiosk
    app, supervisor = child_pid(log), supervisor_pid(log)
    send(supervisor, IGNORED_SIGNALS)
    text = wait_for_log(log, "supervisor: SIGRTMAX received: ignored")
    assert "supervisor: SIGUSR1 received: ignored" in text
    assert "supervisor: SIGTSTP received: ignored" in text
    assert "supervisor: SIGHUP received, the terminal is still there: ignored" in text
    assert process_state(supervisor) not in ("", "T", "t")
    still_answers(term, log, app)
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")


def test_a_stopped_app_is_continued(kiosk: tuple[Terminal, Path]) -> None:
    """SIGSTOP cannot be caught or ignored: the supervisor sees the app stopped and continues it."""
    term, log = kiosk
    app = child_pid(log)
    subprocess.run(["kill", "-STOP", str(app)], check=True)
    wait_for_log(log, "the kiosk app was stopped (SIGSTOP): continuing it")
    still_answers(term, log, app)


def test_sigterm_to_the_app_alone_restarts_it(kiosk: tuple[Terminal, Path]) -> None:
    term, log = kiosk
    first = child_pid(log)
    subprocess.run(["kill", "-TERM", str(first)], check=True)
    wait_for_log(log, "the kiosk app ended with exit code 143")
    assert "app: SIGTERM received: ending" in log.read_text()
    term.wait_for("Press any key or touch a routine to start", timeout=20)
    deadline = time.monotonic() + 15
    while child_pid(log) == first and time.monotonic() < deadline:
        time.sleep(0.1)
    assert child_pid(log) != first
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")


def test_closing_the_terminal_ends_the_supervisor_and_its_app(
    kiosk: tuple[Terminal, Path],
) -> None:
    """A real hangup: with no terminal left there is nothing to show a kiosk on."""
    term, log = kiosk
    app, supervisor = child_pid(log), supervisor_pid(log)
    term.tmux("kill-session", "-t", term.name)
    deadline = time.monotonic() + 10
    while (process_state(app) or process_state(supervisor)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process_state(app) == "" and process_state(supervisor) == ""
    text = log.read_text()
    assert "SIGHUP received and the terminal is gone" in text
    assert "starting again" not in text


def test_ctrl_s_while_the_app_restarts_does_not_freeze_the_kiosk(
    kiosk: tuple[Terminal, Path],
) -> None:
    """The terminal's flow control was on between runs: a visitor's Ctrl+S stopped the screen,
    the supervisor blocked writing to it and never started the app again, until a Ctrl+Q."""
    term, log = kiosk
    first = child_pid(log)
    subprocess.run(["kill", "-TERM", str(first)], check=True)
    wait_for_log(log, "the kiosk app ended with exit code 143")
    term.press("C-s")  # during the wait before the restart
    term.press("C-s")
    deadline = time.monotonic() + 20
    while child_pid(log) == first and time.monotonic() < deadline:
        time.sleep(0.1)
    assert child_pid(log) != first, "the kiosk never came back"
    term.wait_for("Press any key or touch a routine to start", timeout=20)
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")


def test_a_config_broken_while_the_kiosk_runs_is_said_in_its_log(
    kiosk: tuple[Terminal, Path], tmp_path: Path
) -> None:
    """The app process reads the config again at each restart: when it no longer loads, the
    reason must reach the log staff read (the app could not open its own: that needs the config)."""
    term, log = kiosk
    config = tmp_path / "kiosk.toml"
    good = config.read_text("utf-8")
    config.write_text(good + "bogus_key = 1\n", "utf-8")
    subprocess.run(["kill", "-TERM", str(child_pid(log))], check=True)
    wait_for_log(log, "kiosk cannot start")
    assert "bogus_key" in log.read_text()
    config.write_text(good, "utf-8")  # fixed: the kiosk comes back by itself
    term.wait_for("Press any key or touch a routine to start", timeout=60)
    term.press("C-x", "C-e", *PIN, "Enter")
    term.wait_for("EXIT=0")
