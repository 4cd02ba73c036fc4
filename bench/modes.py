"""Full and smoke runs, the same for every benchmark.

A full run is the real measurement: it prints its figures beside a baseline measured in the same
run and exits 1 when it misses its target. A smoke run (`--smoke`) goes through the same code
path for a few seconds, to prove the benchmark can still reach what it measures: it prints the
same figures and the target, and exits 0 whatever they are (a few seconds on a busy machine judge
nothing). Either run fails loudly (an exception, a non-zero exit) when it cannot measure at all.
tests/bench/test_smoke.py runs every benchmark's smoke run in CI.
"""

from __future__ import annotations

import argparse

SMOKE_HELP = (
    "a few seconds through the same code path, to prove the benchmark still reaches what it "
    "measures; the target is printed, not asserted"
)


def add_smoke_option(parser: argparse.ArgumentParser) -> None:
    """Add `--smoke` to a benchmark's options."""
    parser.add_argument("--smoke", action="store_true", help=SMOKE_HELP)


def verdict(ok: bool, smoke: bool) -> str:
    """How the target line ends: met, missed, or not judged in a smoke run."""
    said = "ok" if ok else "OVER TARGET"
    return f"{said} (smoke run: not asserted)" if smoke else said


def exit_code(ok: bool, smoke: bool) -> int:
    """0 when the target is met or the run is a smoke run, else 1."""
    return 0 if ok or smoke else 1
