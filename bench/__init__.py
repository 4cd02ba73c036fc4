"""Benchmarks, run from the repository root: `python -m bench.startup` (and `.timer_accuracy`,
`.cpu_idle`)."""
