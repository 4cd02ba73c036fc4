"""The benchmarks' smoke runs: every benchmark in bench/ can still reach what it measures.

Each test runs `python -m bench.NAME --smoke` (a few seconds, the benchmark's own code path) as a
subprocess and fails when it exits non-zero, hangs, or prints without its figures: the way a
benchmark rots is by stopping at a screen it was not written for, long before its numbers go
wrong. Smoke runs judge no target (a few seconds on a busy machine say nothing): the full runs,
`python -m bench.NAME`, do. `pytest -m bench_smoke` runs only these.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
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
    "check_speed": (
        r"corpus: 20 routine files",
        rf"coach check: +{NUMBER} s",
        rf"yamllint -d default: +{NUMBER} s",
        rf"yamllint / coach check: +{NUMBER}x",
    ),
    "cpu_idle": (
        rf"coach, counting down +{NUMBER} CPU s per minute",
        rf"bare Textual, idle +{NUMBER} CPU s per minute",
        r"coach wrote [1-9]\d* bytes to the terminal in the window",
        rf"ratio +({NUMBER} ×|n/a)",
    ),
    "kiosk_soak": (
        r"visits: 5 after 1 warm-up visits",
        rf"RSS: {NUMBER} MB at the start, {NUMBER} MB at the end: growth \+?{NUMBER} MB",
        r"errors in the kiosk log: 0",
    ),
    "startup": (
        rf"coach run FILE +{NUMBER} ms",
        rf"bare Textual label +{NUMBER} ms",
        rf"whole session screen, routine loaded: {NUMBER} ms",
        rf"ratio +{NUMBER}",
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
    ),
}
# One smoke run; all of them together take well under a minute on two busy cores. A benchmark's
# own waits (30 s for a screen) end sooner, with what the screen showed.
TIMEOUT_S = 120


def test_every_module_in_bench_is_a_benchmark_with_a_smoke_run_or_a_named_helper() -> None:
    modules = {path.stem for path in BENCH.glob("*.py")}
    assert not set(HELPERS) & set(FIGURES)
    assert modules == set(HELPERS) | set(FIGURES), (
        "a module of bench/ is neither a benchmark with a smoke run here (FIGURES) "
        "nor a helper named in HELPERS"
    )


@pytest.mark.bench_smoke
@pytest.mark.parametrize("name", sorted(FIGURES))
def test_the_smoke_run_reaches_what_the_benchmark_measures(name: str, tmp_path: Path) -> None:
    if name == "cpu_idle" and not sys.platform.startswith("linux"):
        pytest.skip("cpu_idle reads /proc")
    env = {
        **os.environ,
        "TMPDIR": str(tmp_path),  # what a benchmark leaves behind goes with the test
        "COACH_DATA_DIR": str(tmp_path / "data"),
    }
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", f"bench.{name}", "--smoke"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(f"bench.{name} --smoke still ran after {TIMEOUT_S} s:\n{timeout.stdout!r}")
    took = time.monotonic() - started
    output = f"{done.stdout}\n--- stderr ---\n{done.stderr}"
    assert done.returncode == 0, f"bench.{name} --smoke exited {done.returncode}:\n{output}"
    missing = [f for f in (*FIGURES[name], SMOKE_VERDICT) if not re.search(f, done.stdout)]
    assert not missing, f"bench.{name} --smoke printed no {missing} ({took:.1f} s):\n{output}"
