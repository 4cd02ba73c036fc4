"""The benchmarks' smoke runs: every benchmark in bench/ can still reach what it measures.

Each test runs `python -m bench.NAME --smoke` (a few seconds, the benchmark's own code path) as a
subprocess and fails when it exits non-zero, hangs, or prints without its figures: the way a
benchmark rots is by stopping at a screen it was not written for, long before its numbers go
wrong. Smoke runs judge no target (a few seconds on a busy machine say nothing): the full runs,
`python -m bench.NAME`, do. `pytest -m bench_smoke` runs only these.

The smoke runs start together, side by side: most of their time is spent waiting (for a session
to play out, for a CPU window to pass), so all of them take about as long as the longest one.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BENCH = ROOT / "bench"

# Modules of bench/ that measure nothing themselves, and why.
HELPERS = {
    "__init__": "the package",
    "bare_app": "the baseline program of startup and cpu_idle (a bare Textual label app)",
    "modes": "--smoke and the target verdict, shared by every benchmark",
    "pty_process": "a program in a pseudo-terminal, for startup, cpu_idle and timer_accuracy",
}
NUMBER = r"-?\d+\.\d+"
SMOKE_VERDICT = r"target[^\n]*: (ok|OVER TARGET) \(smoke run: not asserted\)"
# Every benchmark, and the figures its smoke run must print.
FIGURES: dict[str, tuple[str, ...]] = {
    "big_text": (
        rf"BigText, 11 rows +{NUMBER} ms",
        rf"Textual Digits, 3 rows +{NUMBER} ms",
        rf"ratio +{NUMBER}",
        rf"coach's block font +{NUMBER} ms",
        SMOKE_VERDICT,
    ),
    "check_speed": (
        r"corpus: 20 routine files",
        rf"coach check: +{NUMBER} s",
        rf"yamllint -d default: +{NUMBER} s",
        rf"yamllint / coach check: +{NUMBER}x",
        SMOKE_VERDICT,
    ),
    "cpu_idle": (
        rf"coach, counting down +{NUMBER} CPU s per minute",
        rf"bare Textual, idle +{NUMBER} CPU s per minute",
        r"coach wrote [1-9]\d* bytes to the terminal in the window",
        rf"ratio +({NUMBER} ×|n/a)",
        SMOKE_VERDICT,
    ),
    "export_memory": tuple(
        rf"{name}: +{NUMBER} +{NUMBER} +growth \+{NUMBER}"
        for name in ("csv", "json", "fhir", "report")
    ),
    "history_lock": (
        rf"free history +{NUMBER} ms",
        rf"locked history +{NUMBER} ms",
        rf"round 1: free +{NUMBER} ms, locked +{NUMBER} ms \(held {NUMBER} s\); saved: \w+",
        rf"locked history +{NUMBER} ms\n",
        SMOKE_VERDICT,
    ),
    "history_screen": (
        rf"bare Textual label +{NUMBER} ms",
        *(
            rf"coach history, +{n} sessions +{NUMBER} ms +\+?{NUMBER} ms +ratio {NUMBER}"
            for n in (1, 30)
        ),
        SMOKE_VERDICT,
    ),
    "kiosk_soak": (
        r"visits: 5 after 1 warm-up visits",
        rf"RSS: {NUMBER} MB at the start, {NUMBER} MB at the end: growth \+?{NUMBER} MB",
        r"errors in the kiosk log: 0",
        SMOKE_VERDICT,
    ),
    "plain_timer": (
        r"events measured +16\n",
        rf"plain mode +{NUMBER} ms +{NUMBER} ms",
        rf"Textual app +{NUMBER} ms +{NUMBER} ms",
        rf"bare asyncio sleep +{NUMBER} ms +{NUMBER} ms",
        rf"plain / baseline +({NUMBER} ×|n/a) +({NUMBER} ×|n/a)",
        rf"drift at the end +{NUMBER} ms",
        SMOKE_VERDICT,
    ),
    "startup": (
        rf"coach run FILE +{NUMBER} ms",
        rf"bare Textual label +{NUMBER} ms",
        rf"whole session screen, routine loaded: {NUMBER} ms",
        rf"ratio +{NUMBER}",
        SMOKE_VERDICT,
    ),
    "timer_accuracy": (
        r"events measured +16 +\(2 countdown ticks\)",
        rf"coach, every event +{NUMBER} ms +{NUMBER} ms",
        rf"bare asyncio sleep +{NUMBER} ms +{NUMBER} ms",
        rf"ratio to the baseline +({NUMBER} ×|n/a) +({NUMBER} ×|n/a)",
        rf"countdown_tick +2 +{NUMBER} ms +{NUMBER} ms",
        rf"hold_started +2 +{NUMBER} ms +{NUMBER} ms",
        r"phase boundaries +5\n",
        rf"drift at the end +{NUMBER} ms",
        SMOKE_VERDICT,
    ),
}
# All the smoke runs together take well under a minute on two busy cores; one may take this long
# before it counts as hung. A benchmark's own waits (30 s for a screen) end sooner, with what the
# screen showed.
TIMEOUT_S = 120


class SmokeRun:
    """`python -m bench.NAME --smoke`, started at once and awaited by its test."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.stdout, self.stderr = folder / "stdout.txt", folder / "stderr.txt"
        env = {
            **os.environ,
            "TMPDIR": str(folder),  # what a benchmark leaves behind goes with the test
            "COACH_DATA_DIR": str(folder / "data"),
        }
        self.started = time.monotonic()
        with self.stdout.open("w") as stdout, self.stderr.open("w") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", f"bench.{name}", "--smoke"],
                cwd=ROOT,
                env=env,
                stdout=stdout,
                stderr=stderr,
            )

    def finish(self) -> tuple[int, str, str]:
        """Its exit status, output and errors; fails the test if it runs too long."""
        left = self.started + TIMEOUT_S - time.monotonic()
        try:
            self.process.wait(max(left, 0.0))
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(f"bench.{self.name} --smoke still ran after {TIMEOUT_S} s:\n{self.output}")
        return self.process.returncode, self.stdout.read_text(), self.stderr.read_text()

    @property
    def output(self) -> str:
        return f"{self.stdout.read_text()}\n--- stderr ---\n{self.stderr.read_text()}"

    def stop(self) -> None:
        """Interrupt it, so it closes the programs it started; kill it if it will not end."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def runnable(name: str) -> bool:
    return name != "cpu_idle" or sys.platform.startswith("linux")  # it reads /proc


@pytest.fixture(scope="module")
def smoke_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, SmokeRun]]:
    """The smoke runs of the tests selected in this module, all started at once."""
    names = set()
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if getattr(item, "module", None) is request.module and callspec is not None:
            names.add(callspec.params["name"])
    runs = {
        name: SmokeRun(name, tmp_path_factory.mktemp(f"smoke-{name}"))
        for name in sorted(names)
        if runnable(name)
    }
    yield runs
    for run in runs.values():
        run.stop()


def test_every_module_in_bench_is_a_benchmark_with_a_smoke_run_or_a_named_helper() -> None:
    modules = {path.stem for path in BENCH.glob("*.py")}
    assert not set(HELPERS) & set(FIGURES)
    assert modules == set(HELPERS) | set(FIGURES), (
        "a module of bench/ is neither a benchmark with a smoke run here (FIGURES) "
        "nor a helper named in HELPERS"
    )


@pytest.mark.bench_smoke
@pytest.mark.parametrize("name", sorted(FIGURES))
def test_the_smoke_run_reaches_what_the_benchmark_measures(
    name: str, smoke_runs: dict[str, SmokeRun]
) -> None:
    if not runnable(name):
        pytest.skip(f"bench.{name} does not run on {sys.platform}")
    run = smoke_runs[name]
    returncode, stdout, _ = run.finish()
    took = time.monotonic() - run.started
    assert returncode == 0, f"bench.{name} --smoke exited {returncode}:\n{run.output}"
    missing = [f for f in FIGURES[name] if not re.search(f, stdout)]
    assert not missing, f"bench.{name} --smoke printed no {missing} ({took:.1f} s):\n{run.output}"
