"""The shape of the house: no import circles anywhere in coach, and a function-level import only
where it says why (keeping start-up fast).

Read from the source with `ast`: module-level and function-level imports alike count as arrows
(a circle hidden behind a function-level import is still a circle); imports under
`if TYPE_CHECKING:` do not (they never run).
"""

from __future__ import annotations

import ast
import io
import itertools
import tokenize
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import coach

COACH = Path(coach.__file__).resolve().parent


@dataclass(frozen=True)
class Import:
    """One import of a coach module by another."""

    source: str  # the importing module
    target: str  # the imported module
    path: str  # the importing file, relative to coach/
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(COACH.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(COACH.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _import_statements(tree: ast.Module) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement that can run, and whether it is inside a function."""

    def visit(
        node: ast.AST, in_function: bool
    ) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from visit(child, in_function)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, in_function
        inside = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        for child in ast.iter_child_nodes(node):
            yield from visit(child, inside)

    yield from visit(tree, False)


def _coach_module(name: str) -> str | None:
    """The coach module `name` refers to (a name inside a module refers to the module)."""
    known = modules()
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _targets(node: ast.Import | ast.ImportFrom, source: str, is_package: bool) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "coach" and (target := _coach_module(alias.name)):
                yield target
        return
    base = node.module or ""
    if node.level:
        package = source.split(".") if is_package else source.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, *([node.module] if node.module else [])])
    if base.split(".")[0] != "coach":
        return
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        target = submodule if submodule in modules() else _coach_module(base)
        if target:
            yield target


@cache
def imports() -> tuple[Import, ...]:
    found: list[Import] = []
    for source, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(COACH).as_posix()
        for node, in_function in _import_statements(tree):
            for target in _targets(node, source, path.name == "__init__.py"):
                if target != source:
                    found.append(Import(source, target, where, node.lineno, in_function))
    return tuple(found)


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in modules()}
    for imp in imports():
        graph[imp.source].add(imp.target)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that reach each other (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group: set[str] = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    groups.append(group)
    return groups


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    return [group for group in strongly_connected(graph) if len(group) > 1]


def a_circle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """One shortest circle through the group's first module, to show in a failure."""
    start = min(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node] & group):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    raise AssertionError(f"no circle in {group}")  # pragma: no cover


def _show(graph: dict[str, set[str]], group: set[str]) -> str:
    where = {(i.source, i.target): f"{i.path}:{i.line}" for i in imports()}
    path = a_circle(graph, group)
    steps = [f"  {a} imports {b} ({where[a, b]})" for a, b in itertools.pairwise(path)]
    return "\n".join(steps)


class TestImportCircles:
    def test_the_graph_is_read(self) -> None:
        """A check of the reader itself: arrows of every kind, none under TYPE_CHECKING."""
        tree = ast.parse(
            "import a\n"
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n"
            "    import hidden\n"
            "else:\n"
            "    import b\n"
            "class C:\n"
            "    def f(self):\n"
            "        from . import c\n"
        )
        seen = [(ast.unparse(node), in_function) for node, in_function in _import_statements(tree)]
        assert seen == [
            ("import a", False),
            ("from typing import TYPE_CHECKING", False),
            ("import b", False),
            ("from . import c", True),
        ]
        arrows = {(i.source, i.target) for i in imports()}
        assert ("coach.cli", "coach.i18n") in arrows
        assert len(arrows) > 100 and any(i.in_function for i in imports())

    def test_no_import_circle(self) -> None:
        """Arrows point down. (Issue 13 removed the last two circles: app with the picker, session
        and summary screens and the stages; the kiosk with its staff-exit screen.)"""
        graph = _graph()
        found = circles(graph)
        assert not found, "An import circle (arrows must point down):\n" + "\n\n".join(
            _show(graph, group) for group in found
        )


def _comment_lines(source: str) -> set[int]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {token.start[0] for token in tokens if token.type == tokenize.COMMENT}


def undocumented_function_level_imports() -> dict[str, list[int]]:
    """Per file, the lines of function-level imports (of anything) with no comment on their
    lines or the line above; one comment covers a group of imports on consecutive lines."""
    found: dict[str, list[int]] = {}
    for path in modules().values():
        source = path.read_text(encoding="utf-8")
        comments = _comment_lines(source)
        tree = ast.parse(source, filename=str(path))
        documented_up_to = -1  # the last line of the last documented function-level import
        for node, in_function in _import_statements(tree):
            if not in_function:
                continue
            end = node.end_lineno or node.lineno
            if (
                comments & set(range(node.lineno - 1, end + 1))
                or documented_up_to == node.lineno - 1
            ):
                documented_up_to = end
            else:
                found.setdefault(path.relative_to(COACH).as_posix(), []).append(node.lineno)
    return found


def function_level_imports() -> int:
    count = 0
    for path in modules().values():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        count += sum(1 for _, in_function in _import_statements(tree) if in_function)
    return count


class TestFunctionLevelImports:
    def test_each_says_why(self) -> None:
        """A function-level import exists to keep start-up fast and says so in a comment (on
        its line or the line above; one comment covers consecutive imports)."""
        found = undocumented_function_level_imports()
        assert not found, (
            "Function-level imports without a comment saying why (on the line or the line above);"
            " import at the top of the module, or say why not:\n"
            + "\n".join(f"  coach/{where}: lines {lines}" for where, lines in sorted(found.items()))
        )

    def test_the_count_only_goes_down(self) -> None:
        # 132 on 2026-12-03 (124 without a why); 73 after issue 13's pass, each keeping something
        # out of a first frame (bench/startup.py, `coach --help`, the history screen's) and
        # saying so.
        assert function_level_imports() <= 73
