"""Wrong staff PINs are counted once for every kiosk process of a data folder: a new process (a
new browser tab under `coach serve --kiosk`) does not bring new free guesses."""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from coach.kiosk.pin import (
    UNREADABLE_WRONG,
    PinGate,
    PinHash,
    PinOutcome,
    PinTallyFile,
    RateLimit,
    WallClock,
    hash_pin,
)
from coach.session.clock import FakeClock
from tests.kiosk.support import PIN, PIN_HASH

SALT = b"cheap-salt-16byt"
# Thousands of checks below: a hash as cheap as scrypt allows (the gate does not care).
CHEAP_HASH = PinHash(2, 1, 1, SALT, hashlib.scrypt(PIN.encode(), salt=SALT, n=2, r=1, p=1))


def gates(
    folder: Path, clock: FakeClock, count: int, pin_hash: PinHash = PIN_HASH
) -> list[PinGate]:
    """`count` gates as `count` kiosk processes would make them: each opens the file itself."""
    return [
        PinGate(pin_hash, clock, RateLimit(), tally=PinTallyFile(folder / "kiosk-pin-tally.json"))
        for _ in range(count)
    ]


def test_four_gates_in_four_threads_share_three_free_guesses(tmp_path: Path) -> None:
    clock = FakeClock(1_000.0)
    four = gates(tmp_path, clock, 4)
    answers: list[PinOutcome] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def guess(gate: PinGate, first: int) -> None:
        start.wait()
        for n in range(3):
            outcome = gate.attempt(f"{first + n:04d}").outcome
            with lock:
                answers.append(outcome)

    threads = [threading.Thread(target=guess, args=(g, 1000 * i)) for i, g in enumerate(four)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers.count(PinOutcome.WRONG) == 3  # not 12: the free guesses are the folder's
    assert answers.count(PinOutcome.WAIT) == 9
    assert all(g.wrong_in_a_row == 3 and g.waiting() == 5.0 for g in four)


def test_the_right_pin_in_one_process_resets_the_count_for_all(tmp_path: Path) -> None:
    clock = FakeClock(1_000.0)
    first, second = gates(tmp_path, clock, 2)
    for wrong in ("1111", "2222", "3333", "4444"):
        clock.advance(first.waiting())
        assert first.attempt(wrong).outcome is PinOutcome.WRONG
    assert second.waiting() == 10.0 and second.attempt(PIN).outcome is PinOutcome.WAIT
    clock.advance(10.0)
    assert second.attempt(PIN).outcome is PinOutcome.RIGHT
    assert first.wrong_in_a_row == 0 and first.waiting() == 0.0
    # Free guesses again: two without a wait, the third starts one.
    assert [first.attempt(w).wait for w in ("5555", "6666", "7777")] == [0.0, 0.0, 5.0]


def test_the_tally_file_is_the_kiosk_users_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "kiosk-pin-tally.json"
    gate = PinGate(PIN_HASH, FakeClock(0), tally=PinTallyFile(path))
    gate.attempt("1111")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["wrong"] == 1
    assert "1111" not in path.read_text() and PIN not in path.read_text()
    path.chmod(0o644)  # loosened by hand: tightened again at the next attempt
    gate.attempt("2222")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("text", ["{", '{"format": "x", "wrong": 0, "open_at": null}', "\0" * 9])
def test_an_unreadable_tally_counts_as_many_wrong_pins_but_lets_the_right_one_in(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "kiosk-pin-tally.json"
    path.write_text(text)
    clock = FakeClock(0)
    gate = PinGate(PIN_HASH, clock, RateLimit(), tally=PinTallyFile(path))
    assert gate.wrong_in_a_row == UNREADABLE_WRONG
    assert gate.attempt("1111") == gate.attempt("1111").__class__(PinOutcome.WRONG, 300.0)
    clock.advance(300.0)
    assert gate.attempt(PIN).outcome is PinOutcome.RIGHT


class WallClockSetBack:
    """A wall clock someone can set back."""

    def __init__(self, now: float) -> None:
        self.time = now

    def now(self) -> float:
        return self.time


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_cap(tmp_path: Path) -> None:
    clock = WallClockSetBack(1_000_000.0)
    gate = PinGate(PIN_HASH, clock, tally=PinTallyFile(tmp_path / "kiosk-pin-tally.json"))
    for wrong in range(8):
        clock.time += gate.waiting()
        gate.attempt(f"{wrong:04d}")
    clock.time -= 86_400.0  # the wall clock went back a day
    assert gate.waiting() == 300.0


def test_a_tally_that_cannot_be_opened_falls_back_to_this_process_and_says_so(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    failures: list[OSError] = []
    gate = PinGate(
        PIN_HASH,
        FakeClock(0),
        RateLimit(),
        tally=PinTallyFile(blocker / "kiosk-pin-tally.json"),
        on_failure=failures.append,
    )
    outcomes = [gate.attempt(w).outcome for w in ("1111", "2222", "3333", "4444")]
    assert outcomes == [PinOutcome.WRONG] * 3 + [PinOutcome.WAIT]  # still slowed, in this process
    assert failures


def checks_per_hour(clients: int, hours: int) -> list[int]:
    """Wrong PINs actually checked in each hour, `clients` guessing in parallel whenever the gate
    would hear them (every second of a fake clock), all on one data folder."""
    clock = FakeClock(0.0)
    with tempfile.TemporaryDirectory(prefix="coach-pin-tally-") as folder:
        return _checks(gates(Path(folder), clock, clients, CHEAP_HASH), clock, hours)


def _checks(all_gates: list[PinGate], clock: FakeClock, hours: int) -> list[int]:
    per_hour = [0] * hours
    guess = 0
    while clock.now() < hours * 3600:
        for gate in all_gates:
            guess += 1
            if gate.attempt(f"{guess % 10**6:06d}").outcome is PinOutcome.WRONG:
                per_hour[int(clock.now() // 3600)] += 1
        # Every second they would all try again; the seconds in which the gate hears nobody are
        # skipped (it is one wait for all of them).
        clock.advance(max(1.0, math.ceil(all_gates[0].waiting())))
    return per_hour


def test_four_parallel_clients_get_as_few_checks_an_hour_as_one() -> None:
    """The figure docs/kiosk.md gives: with the default limit (3 free, then 5 s doubling to
    300 s), 19 wrong PINs are checked in the first hour and 12 in each hour after it, however
    many clients guess."""
    limit = RateLimit()
    # From the schedule: the 3 free ones at 0 s, then one after each wait (5, 10, … 160 s: the
    # 9th at 315 s), then one every 300 s: 315 + 300 k < 3600 for k = 0…10.
    waits = [limit.wait_after(n) for n in range(1, 10)]
    assert waits == [0, 0, 5, 10, 20, 40, 80, 160, 300]
    times = [0.0, 0.0, 0.0]
    while times[-1] < 3 * 3600:
        times.append(times[-1] + limit.wait_after(len(times)))
    expected = [sum(1 for t in times if h * 3600 <= t < (h + 1) * 3600) for h in range(3)]
    assert expected == [19, 12, 12]
    assert checks_per_hour(1, 3) == expected
    assert checks_per_hour(4, 3) == expected


def test_real_processes_share_one_back_off(tmp_path: Path) -> None:
    """Four processes guess at once on one data folder: three guesses are checked in all."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from coach.kiosk.pin import PinGate, PinHash, PinTallyFile, RateLimit, WallClock\n"
        "gate = PinGate(PinHash.parse(sys.argv[1]), WallClock(), RateLimit(free=3, first=300),\n"
        "               tally=PinTallyFile(Path(sys.argv[2])))\n"
        "sys.stdin.readline()\n"  # wait until all four have started
        "print(' '.join(gate.attempt(pin).outcome.value for pin in ('0000', '1111', '2222')))\n"
    )
    text = hash_pin(PIN)
    path = tmp_path / "kiosk-pin-tally.json"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, text, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outs = [p.communicate("go\n", timeout=60)[0].split() for p in procs]
    answers = [a for out in outs for a in out]
    assert len(answers) == 12
    assert answers.count("wrong") == 3 and answers.count("wait") == 9
    gate = PinGate(PIN_HASH, WallClock(), tally=PinTallyFile(path))
    assert gate.wrong_in_a_row == 3 and 290 < gate.waiting() <= 300
    assert os.stat(path).st_mode & 0o077 == 0
