"""Whatever bytes a routine file holds, the loader answers with a routine or a RoutineError.

Hypothesis feeds it arbitrary text, arbitrary bytes, and mutations of the bundled routines (the
mistakes an editor makes easy: a deleted or doubled character, a stray tab, colon or quote, a
swapped line). Anything but `RoutineError` escaping `load_routine` is a bug.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.resources import routines_dir
from coach.routine.loader import check_routine, load_routine
from coach.routine.model import Routine
from coach.routine.problems import RoutineError

BUNDLED = sorted(routines_dir().glob("*.yaml"))
SEEDS = [p.read_text(encoding="utf-8") for p in BUNDLED]
# Characters that change the meaning of YAML, or that the reader must refuse.
NASTY = [*":-[]{}&*!|>'\"#%@`?,\t\n\r\x00\x07\ufeff\u2028–", "  ", "---", "...", "<<: "]

# COACH_PROPERTY_EXAMPLES raises the count for a long bug hunt; the suite keeps it modest.
EXAMPLES = int(os.environ.get("COACH_PROPERTY_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file, rewritten by every example (a new folder per example costs more than the check)."""
    return tmp_path_factory.mktemp("property") / "routine.yaml"


def _load(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        routine = load_routine(path)
    except RoutineError as err:
        assert err.problems
        assert all(p.severity == "error" and p.line >= 1 and p.column >= 1 for p in err.problems)
        return
    assert isinstance(routine, Routine)
    # A loaded routine and the checker agree: no errors, only warnings if anything.
    _, problems = check_routine(path)
    assert all(p.severity == "warning" for p in problems)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "insert", "double", "swap", "truncate"]))
        at = draw(st.integers(0, len(text)))
        if kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        elif kind == "insert":
            piece = draw(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)))
            text = text[:at] + piece + text[at:]
        elif kind == "double":
            text = text[:at] + text[at : at + 20] + text[at:]
        elif kind == "swap":
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        else:
            text = text[:at]
    return text


@SETTINGS
@given(st.text())
def test_arbitrary_text(path: Path, text: str) -> None:
    _load(path, text.encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes(path: Path, data: bytes) -> None:
    _load(path, data)


@SETTINGS
@given(mutated())
def test_mutations_of_the_bundled_routines(path: Path, text: str) -> None:
    _load(path, text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10)),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_arbitrary_yaml_structures(path: Path, value: object) -> None:
    _load(path, yaml.safe_dump({"title": "T", "exercises": [value], "extra": value}).encode())
