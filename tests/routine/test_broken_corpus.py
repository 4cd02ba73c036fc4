"""A corpus of broken routine files: each problem is reported at the right place, and no other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.routine.loader import check_routine, load_routine
from coach.routine.problems import RoutineError

CORPUS = Path(__file__).resolve().parent.parent / "data" / "broken"
_LINE_RE = re.compile(r"(\S+)\s+(\d+):(\d+)\s+(\S+)\s+(.+)")


def _expectations() -> dict[str, list[tuple[int, int, str, str]]]:
    expected: dict[str, list[tuple[int, int, str, str]]] = {}
    for raw in (CORPUS / "expectations.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        match = _LINE_RE.fullmatch(raw.strip())
        assert match, f"bad expectation line: {raw!r}"
        name, line, column, code, words = match.groups()
        expected.setdefault(name, []).append((int(line), int(column), code, words.strip()))
    return expected


EXPECTED = _expectations()


def test_every_corpus_file_has_expectations() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".yaml", ".yml")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_problem_is_reported_where_it_is(name: str) -> None:
    _, problems = check_routine(CORPUS / name, "en")
    found = [(p.line, p.column, p.code) for p in problems]
    assert found == [(line, column, code) for line, column, code, _ in EXPECTED[name]]
    for problem, (_, _, _, words) in zip(problems, EXPECTED[name], strict=True):
        assert words in problem.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_files_fail_to_load_with_routine_error_only(name: str) -> None:
    if all(code in ("no-instructions", "long-hold", "many-reps") for *_, code, _ in EXPECTED[name]):
        assert load_routine(CORPUS / name).exercises  # warnings only: it loads
        return
    with pytest.raises(RoutineError):
        load_routine(CORPUS / name)


def test_the_five_mistakes_come_with_a_hint_each_in_the_routines_language() -> None:
    _, problems = check_routine(CORPUS / "five-mistakes.yaml")
    assert len(problems) == 5
    assert all(p.hint for p in problems)
    assert [p.hint for p in problems] == [
        "mente du «reps»?",
        "skriv det fra lav til høy, som 10–15; for én verdi skriver du bare den",
        "fjern «pace», eller fjern «hold» for å telle repetisjoner i det tempoet",
        "mente du right?",
        "bare true og false er ja/nei-verdier (YAML 1.2): skriv true eller false",
    ]
