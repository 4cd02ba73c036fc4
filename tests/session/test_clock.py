"""Clocks: the fake clock tests drive, the scaled clock behind `--speed`."""

from __future__ import annotations

import math

import pytest

from coach.session.clock import FakeClock, MonotonicClock, ScaledClock


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(10.0)
    assert clock.now() == 10.0
    assert clock.advance(2.5) == 12.5
    clock.set(20.0)
    assert clock.now() == 20.0


def test_fake_clock_refuses_to_go_back() -> None:
    clock = FakeClock(5.0)
    with pytest.raises(ValueError):
        clock.advance(-1.0)
    with pytest.raises(ValueError):
        clock.set(4.0)
    assert clock.now() == 5.0


def test_scaled_clock_runs_speed_times_faster_from_the_base_reading() -> None:
    base = FakeClock(100.0)
    clock = ScaledClock(20, base)
    assert clock.now() == 100.0
    base.advance(1.5)
    assert clock.now() == pytest.approx(130.0)
    slow = ScaledClock(0.5, base)
    base.advance(4.0)
    assert slow.now() == pytest.approx(103.5)


@pytest.mark.parametrize("speed", [0.0, 0.09, 100.5, -1.0, math.nan, math.inf])
def test_scaled_clock_rejects_speeds_outside_the_preview_range(speed: float) -> None:
    with pytest.raises(ValueError, match=r"between 0\.1 and 100"):
        ScaledClock(speed, FakeClock())


@pytest.mark.parametrize("speed", [0.1, 1, 100])
def test_scaled_clock_accepts_the_range_bounds(speed: float) -> None:
    assert ScaledClock(speed, FakeClock()).speed == speed


def test_monotonic_clock_never_goes_back() -> None:
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(100)]
    assert readings == sorted(readings)
    assert ScaledClock(2).now() >= readings[-1]
