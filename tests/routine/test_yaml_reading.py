"""The YAML 1.2 reading of values, and hostile or broken input turned into located problems."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from coach.routine.limits import LIMITS, Limits
from coach.routine.problems import Reporter
from coach.routine.yamltree import (
    MappingNode,
    ScalarNode,
    SequenceNode,
    read_tree,
)
from tests.routine.helpers import check, codes, only


def _values(text: str) -> dict[str, object]:
    reporter = Reporter(Path("x.yaml"), "en")
    tree = read_tree(text, reporter)
    assert reporter.problems == []
    assert isinstance(tree, MappingNode)
    return {k.text: v.value for k, v in tree.items if isinstance(v, ScalarNode)}


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("no", "no"),  # YAML 1.1 would say False
        ("yes", "yes"),
        ("on", "on"),
        ("1:30", "1:30"),  # YAML 1.1 would say 90
        ("0755", "0755"),  # YAML 1.1 would say 493
        ("0x1F", "0x1F"),
        ("1_000", "1_000"),
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("10", 10),
        ("-3", -3),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        ("'10'", "10"),
        ('"true"', "true"),
        ("!!str 10", "10"),
        ("!!float 1", 1.0),
        ("10-15", "10-15"),
    ],
)
def test_values_are_read_the_yaml_1_2_way(written: str, value: object) -> None:
    assert _values(f"key: {written}\n")["key"] == value


def test_positions_are_one_based_and_count_characters() -> None:
    reporter = Reporter(Path("x.yaml"), "en")
    tree = read_tree("# comment\ntitle: Bekken\nexercises:\n  - name: Bro\n", reporter)
    assert isinstance(tree, MappingNode)
    (title_key, title), (_, exercises) = tree.items
    assert (title_key.line, title_key.column) == (2, 1)
    assert (title.line, title.column) == (2, 8)
    assert isinstance(exercises, SequenceNode)
    item = exercises.items[0]
    assert isinstance(item, MappingNode)
    assert (item.line, item.column) == (4, 5)
    assert (item.items[0][1].line, item.items[0][1].column) == (4, 11)


def test_columns_count_characters_not_bytes(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: Ø\nexercises:\n  - {name: Bøy, instructions: ø, reps: 0}\n")
    assert problem.code == "count-too-small"
    assert (problem.line, problem.column) == (3, 40)


def test_language_no_is_text_and_gets_a_hint(tmp_path: Path) -> None:
    _, problems = check(tmp_path, "title: T\nlanguage: no\nexercises: [{name: a, reps: 1}]\n")
    (problem,) = [p for p in problems if p.severity == "error"]
    assert problem.code == "bad-choice"
    assert (problem.line, problem.column) == (2, 11)
    assert problem.hint == "did you mean nb?"


def test_anchors_and_aliases_are_refused_where_they_are(tmp_path: Path) -> None:
    _, problems = check(
        tmp_path,
        """\
        title: T
        defaults: &base
          prepare: 5s
        exercises:
          - name: a
            instructions: x
            reps: *count
        """,
    )
    assert codes(problems) == [(2, 11, "anchor"), (7, 11, "alias")]


def test_a_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    started = time.perf_counter()
    routine, problems = check(tmp_path, "\n".join(lines) + "\n")
    assert time.perf_counter() - started < 1.0
    assert routine is None
    assert {p.code for p in problems} >= {"anchor", "alias"}


def test_non_standard_tags_are_refused(tmp_path: Path) -> None:
    _, problems = check(tmp_path, "title: !!python/object:os.system echo\nexercises: !custom [a]\n")
    assert codes(problems) == [(1, 8, "unknown-tag"), (2, 12, "unknown-tag")]
    assert "!!python/object:os.system" in problems[0].message


def test_a_standard_tag_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    problem = only(
        tmp_path, "title: T\nexercises:\n  - {name: a, instructions: x, reps: !!int ten}\n"
    )
    assert (problem.line, problem.column, problem.code) == (3, 38, "bad-tag")


def test_duplicate_keys_are_errors_pointing_at_the_second(tmp_path: Path) -> None:
    _, problems = check(
        tmp_path,
        """\
        title: T
        exercises:
          - name: a
            instructions: x
            reps: 10
            reps: 12
        """,
    )
    (problem,) = problems
    assert (problem.line, problem.column, problem.code) == (6, 5, "duplicate-key")
    assert problem.hint == "the first 'reps' is on line 5: keep only one"


def test_quoted_and_plain_keys_are_the_same_key(tmp_path: Path) -> None:
    problem = only(
        tmp_path, "title: T\n'title': U\nexercises: [{name: a, instructions: x, reps: 1}]\n"
    )
    assert problem.code == "duplicate-key"


def test_deep_nesting_is_a_located_error(tmp_path: Path) -> None:
    text = "title: T\nexercises: " + "[" * 500 + "]" * 500 + "\n"
    problem = only(tmp_path, text)
    assert problem.code == "too-deep"
    assert problem.line == 2
    # The root mapping is the first level; the bracket opening one level too many is flagged.
    assert problem.column == 12 + LIMITS.max_depth - 1


@pytest.mark.parametrize("brackets", ["[", "{a: "])
def test_very_deep_nesting_stops_in_the_parser_with_the_same_error(
    tmp_path: Path, brackets: str
) -> None:
    problem = only(tmp_path, "title: T\nexercises: " + brackets * 100_000 + "\n")
    assert (problem.line, problem.code) == (2, "too-deep")


def test_too_many_values_is_a_located_error(tmp_path: Path) -> None:
    text = "title: T\nsources: [" + ", ".join(["x"] * (LIMITS.max_values + 10)) + "]\n"
    routine, problems = check(tmp_path, text)
    assert routine is None
    assert [p.code for p in problems] == ["too-many-values"]
    assert problems[0].line == 2


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\n" + "# padding\n" * 200_000)
    assert (problem.line, problem.column, problem.code) == (1, 1, "file-too-large")


def test_a_huge_file_is_reported_with_its_real_size(tmp_path: Path) -> None:
    size = 2_000_044
    problem = only(tmp_path, "title: T\n" + "#" * (size - 10) + "\n")
    assert problem.message == (
        f"the file is too large ({size} bytes; a routine file has at most {LIMITS.max_bytes})"
    )


def test_a_huge_integer_is_a_located_error(tmp_path: Path) -> None:
    problem = only(
        tmp_path, "title: T\nexercises:\n  - {name: a, instructions: x, reps: " + "9" * 5000 + "}\n"
    )
    assert (problem.line, problem.column, problem.code) == (3, 38, "number-too-large")


def test_a_very_long_value_is_a_located_error(tmp_path: Path) -> None:
    text = "title: T\ndescription: " + "x" * (LIMITS.max_scalar_chars + 1) + "\n"
    text += "exercises: [{name: a, instructions: x, reps: 1}]\n"
    problem = only(tmp_path, text)
    assert (problem.line, problem.column, problem.code) == (2, 14, "value-too-long")


def test_nul_bytes_are_located(tmp_path: Path) -> None:
    problem = only(tmp_path, b"title: T\nexercises:\x00\n")
    assert (problem.line, problem.column, problem.code) == (2, 11, "nul-byte")


def test_bad_utf8_is_located(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\ndescription: Bøy".encode() + b"\xe6\xf8\n")
    assert (problem.line, problem.column, problem.code) == (2, 17, "bad-encoding")
    assert problem.hint is not None and "UTF-8" in problem.hint


def test_utf16_is_refused_with_a_hint(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\n".encode("utf-16"))
    assert problem.code == "bad-encoding"


def test_a_utf8_byte_order_mark_is_fine(tmp_path: Path) -> None:
    routine, problems = check(
        tmp_path, "\ufefftitle: T\nexercises: [{name: a, instructions: x, reps: 1}]\n".encode()
    )
    assert problems == []
    assert routine is not None and routine.title == "T"


def test_control_characters_are_located(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\u0007\nexercises: []\n")
    assert (problem.line, problem.column, problem.code) == (1, 9, "control-character")
    assert "U+0007" in problem.message


@pytest.mark.parametrize("text", ["", "# just a comment\n", "---\n", "~\n"])
def test_an_empty_file_says_so(tmp_path: Path, text: str) -> None:
    problem = only(tmp_path, text)
    assert (problem.line, problem.column, problem.code) == (1, 1, "empty-file")


def test_two_documents_are_refused_at_the_second(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: a\n---\ntitle: b\n")
    assert (problem.line, problem.column, problem.code) == (2, 1, "multiple-documents")


def test_tabs_get_the_tab_hint(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\nexercises:\n\t- name: a\n")
    assert (problem.line, problem.column, problem.code) == (3, 1, "tab")
    assert problem.hint == "tabs can't indent YAML: use spaces"


def test_a_tab_after_spaces_is_found_too(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\nexercises:\n  - name: a\n  \treps: 3\n")
    assert (problem.line, problem.column, problem.code) == (4, 3, "tab")


def test_every_tab_is_reported_at_once(tmp_path: Path) -> None:
    text = "title: T\nexercises:\n  - name: a\n\treps: 3\n  - name: b\n\t  reps: 4\n"
    found = [(p.line, p.column, p.code, p.hint) for p in check(tmp_path, text)[1]]
    hint = "tabs can't indent YAML: use spaces"
    assert found == [(4, 1, "tab", hint), (6, 1, "tab", hint)]


def test_tabs_come_with_the_syntax_error_the_parser_stopped_at(tmp_path: Path) -> None:
    text = "title: T\nexercises:\n  - name: a\n    reps:10\n    hold: 5s\n  - name: b\n\treps: 4\n"
    found = [(p.line, p.column, p.code) for p in check(tmp_path, text)[1]]
    assert found == [(4, 9, "missing-space-after-colon"), (7, 1, "tab")]


def test_tabs_that_yaml_accepts_are_not_reported(tmp_path: Path) -> None:
    """Inside a block scalar's text, in brackets: a file that loads has no tab problem."""
    text = (
        "title: T\nexercises:\n  - name: a\n    instructions: |\n      Lift.\n"
        "      \tSlowly.\n    reps: 3\n    sides: [left,\n\tright]\n"
    )
    routine, problems = check(tmp_path, text)
    assert routine is not None and problems == []


def test_a_tab_in_a_block_scalars_text_is_not_a_tab_problem_in_a_broken_file(
    tmp_path: Path,
) -> None:
    text = "title: T\nexercises:\n  - name: a\n    instructions: >-\n      Lift.\n      \tSlowly.\n"
    text += "\treps: 3\n"
    found = [(p.line, p.column, p.code) for p in check(tmp_path, text)[1]]
    assert found == [(7, 1, "tab")]


def test_a_missing_space_after_a_colon_points_at_that_line(tmp_path: Path) -> None:
    problem = only(tmp_path, "title: T\nexercises:\n  - name: a\n    reps:10\n    hold: 5s\n")
    assert (problem.line, problem.column, problem.code) == (4, 9, "missing-space-after-colon")
    assert problem.message == "'reps:10' needs a space after the colon"
    assert problem.hint == "write 'reps: 10': a value needs a space after the colon"


def test_a_missing_space_on_the_first_line(tmp_path: Path) -> None:
    problem = only(tmp_path, "title:Back\nexercises: []\n")
    assert (problem.line, problem.column, problem.code) == (1, 6, "missing-space-after-colon")


def test_other_syntax_errors_point_at_the_cause_with_a_hint(tmp_path: Path) -> None:
    cases = {
        'title: "Back\nexercises: []\n': (1, 8, "quote is never closed"),
        "title: T\nexercises:\n  - name: a\n    sides: [left, right\n    reps: 3\n": (
            4,
            12,
            "bracket is never closed",
        ),
        "title: T\ninstructions: Tip: breathe\n": (2, 18, "unless it is in quotes"),
        "title: T\nexercises:\n  - name: a\n     reps: 3\n": (4, 10, "indentation"),
    }
    for text, (line, column, words) in cases.items():
        problem = only(tmp_path, text)
        assert (problem.line, problem.column, problem.code) == (line, column, "yaml-syntax"), text
        assert words in problem.message
        assert problem.hint, text


def test_the_limits_can_be_tightened() -> None:
    reporter = Reporter(Path("x.yaml"), "en")
    assert read_tree("a: [[[1]]]\n", reporter, Limits(max_depth=3)) is None
    assert [p.code for p in reporter.problems] == ["too-deep"]
