"""`ProcessSlot`, the one-process-at-a-time of the player programs and the speech program, on
real processes: a new one cuts off the one before with everything it started, none is queued,
and none is left behind."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.sound.process_slot import ProcessSlot


def gone(pid: int) -> bool:
    """True when `pid` has ended (a zombie waiting for its reaper has ended too)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def until(check: Callable[[], object], seconds: float = 2.0) -> bool:
    """Poll `check` until it is true (real processes take real time); False after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_new_process_cuts_off_the_one_before_and_what_it_started(tmp_path: Path) -> None:
    slot = ProcessSlot()
    pid_file = tmp_path / "child.pid"
    # A wrapper that starts a long child of its own, as a player script or `sh -c sleep` does.
    first = slot.start(["/bin/sh", "-c", f'sleep 30 & echo $! > "{pid_file}"; wait'])
    assert until(lambda: pid_file.exists() and pid_file.read_text().strip())
    child = int(pid_file.read_text())
    assert slot.running() and slot.process is first
    started = time.monotonic()
    second = slot.start(["sleep", "30"])
    assert time.monotonic() - started < 1  # nothing waited for the first to end
    assert first.wait(2) == -signal.SIGKILL
    assert until(lambda: gone(child)), "the wrapper's own child outlived it"
    assert slot.process is second and slot.running()
    assert not slot.wait(0.05)  # still running: a timeout, not a hang
    slot.close()
    assert second.wait(2) == -signal.SIGKILL
    assert not slot.running()


def test_a_process_that_ends_is_waited_for_and_no_longer_running() -> None:
    slot = ProcessSlot()
    assert slot.wait(0.01) and not slot.running() and slot.process is None
    done = slot.start(["true"])
    assert slot.wait(2) and done.returncode == 0
    assert not slot.running()
    slot.stop()  # nothing to kill: nothing happens
    assert slot.process is None


def test_a_program_that_cannot_start_raises_and_leaves_nothing_running(tmp_path: Path) -> None:
    slot = ProcessSlot()
    first = slot.start(["sleep", "30"])
    with pytest.raises(OSError):
        slot.start([str(tmp_path / "no-such-program")])
    assert first.wait(2) == -signal.SIGKILL  # the one before was cut off all the same
    assert slot.process is None and not slot.running()
    slot.close()
