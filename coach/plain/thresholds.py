"""The seconds left that plain mode says during a phase (`--countdown`); stdlib only, so the
command line can parse the option without importing plain mode."""

from __future__ import annotations

from typing import Final

DEFAULT_THRESHOLDS: Final = (10, 5, 3, 2, 1)


def parse_thresholds(text: str) -> tuple[int, ...]:
    """`--countdown`: "10,5,3,2,1" or "none"; raises ValueError for anything else."""
    text = text.strip().lower()
    if text in ("none", "0", ""):
        return ()
    values = [int(part) for part in text.split(",")]
    if any(v <= 0 for v in values):
        raise ValueError(text)
    return tuple(sorted(set(values), reverse=True))
