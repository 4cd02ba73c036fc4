"""Bounds on what a routine file may contain: nothing a real routine comes near."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Limits:
    """How much the reader accepts before it stops with a located error."""

    max_bytes: int = 1_000_000
    max_depth: int = 20
    max_values: int = 20_000
    max_scalar_chars: int = 10_000
    max_int_digits: int = 15


LIMITS: Final = Limits()
