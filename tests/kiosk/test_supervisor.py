"""The supervisor restarts a dying kiosk, waiting longer after each quick failure."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from coach.kiosk.supervisor import STAFF_EXIT, Backoff, Restart, supervise
from coach.session.clock import FakeClock, MonotonicClock


@dataclass
class FakeChild:
    """A child that 'runs' for `runs` seconds of the fake clock, then exits with `code`."""

    clock: FakeClock
    code: int
    runs: float

    def wait(self) -> int:
        self.clock.advance(self.runs)
        return self.code


def run(children: list[tuple[int, float]], backoff: Backoff) -> tuple[int, list[Restart], int]:
    clock = FakeClock(0)
    queue = [FakeChild(clock, code, runs) for code, runs in children]
    restarts: list[Restart] = []
    started = 0

    def start() -> FakeChild:
        nonlocal started
        started += 1
        return queue.pop(0)

    code = supervise(
        start, clock=clock, sleep=clock.advance, backoff=backoff, on_restart=restarts.append
    )
    return code, restarts, started


def test_quick_failures_wait_longer_each_time_up_to_the_cap() -> None:
    backoff = Backoff(first=1.0, factor=2.0, cap=10.0, stable_after=60.0)
    code, restarts, started = run([(2, 0.1)] * 6 + [(STAFF_EXIT, 5.0)], backoff)
    assert code == STAFF_EXIT and started == 7
    assert [r.delay for r in restarts] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert all(r.exit_code == 2 for r in restarts)


def test_a_child_that_ran_long_enough_resets_the_wait() -> None:
    backoff = Backoff(first=1.0, factor=2.0, cap=60.0, stable_after=60.0)
    children = [(70, 1.0), (70, 1.0), (70, 1.0), (-9, 3600.0), (70, 1.0), (STAFF_EXIT, 1.0)]
    code, restarts, _ = run(children, backoff)
    assert code == STAFF_EXIT
    assert [r.delay for r in restarts] == [1.0, 2.0, 4.0, 1.0, 2.0]
    assert restarts[3].exit_code == -9 and restarts[3].ran_for == 3600.0


def test_exit_code_0_is_not_the_staff_exit_and_is_restarted() -> None:
    """A Textual app that simply stops exits 0: only STAFF_EXIT ends the kiosk."""
    backoff = Backoff(first=1.0, factor=2.0, cap=60.0, stable_after=60.0)
    code, restarts, started = run([(0, 1.0), (0, 1.0), (STAFF_EXIT, 1.0)], backoff)
    assert code == STAFF_EXIT and started == 3
    assert [r.exit_code for r in restarts] == [0, 0]


def test_a_broken_config_does_not_spin_the_cpu() -> None:
    """An hour of a child that fails at once: a few dozen starts, not millions."""
    backoff = Backoff()
    clock = FakeClock(0)
    started = 0

    def start() -> FakeChild:
        nonlocal started
        started += 1
        return FakeChild(clock, 2, 0.2)

    def stopping() -> bool:
        return clock.now() > 3600

    supervise(start, clock=clock, sleep=clock.advance, backoff=backoff, stopping=stopping)
    assert 55 <= started <= 70  # after a minute of doubling, one start a minute


def test_real_processes_are_restarted_until_one_ends_with_the_staff_exit(
    tmp_path: Path,
) -> None:
    """Real children: each run adds a line to a file; the fourth exits with STAFF_EXIT (the
    second exits 0, which is restarted like any other end)."""
    runs = tmp_path / "runs"
    script = (
        "import pathlib, sys\n"
        f"p = pathlib.Path({str(runs)!r})\n"
        "n = len(p.read_text().splitlines()) if p.exists() else 0\n"
        "p.write_text('run\\n' * (n + 1))\n"
        f"sys.exit({STAFF_EXIT} if n == 3 else 0 if n == 1 else 70)\n"
    )
    restarts: list[Restart] = []
    began = time.monotonic()
    code = supervise(
        lambda: subprocess.Popen([sys.executable, "-c", script]),
        clock=MonotonicClock(),
        sleep=time.sleep,
        backoff=Backoff(first=0.05, factor=2.0, cap=0.1),
        on_restart=restarts.append,
    )
    assert code == STAFF_EXIT
    assert runs.read_text().splitlines() == ["run"] * 4
    assert [r.exit_code for r in restarts] == [70, 0, 70]
    assert [r.delay for r in restarts] == [0.05, 0.1, 0.1]
    assert time.monotonic() - began >= 0.25


def test_the_supervisors_modules_import_no_textual() -> None:
    """The supervisor outlives every app it starts: it must not carry the UI itself."""
    modules = (
        "coach.kiosk.supervisor, coach.kiosk.process, coach.kiosk.config, coach.kiosk.log, "
        "coach.kiosk.signals, coach.kiosk.pin"
    )
    code = (
        f"import sys, {modules}; print(sorted(m for m in sys.modules if m.startswith('textual')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
