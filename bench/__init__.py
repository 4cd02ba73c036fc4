"""Benchmarks, run from the repository root: `python -m bench.NAME` for the real measurement
(figures beside a baseline measured in the same run, exit 1 when the target is missed), and
`python -m bench.NAME --smoke` for a few seconds through the same code path (CI runs every smoke
run: tests/bench/test_smoke.py). The benchmarks: check_speed, cpu_idle, export_memory,
history_lock, kiosk_soak, startup, timer_accuracy; bare_app, modes and pty_process are their
helpers."""
