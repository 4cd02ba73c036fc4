"""Every message exists in both languages with the same placeholders; every key the code uses
exists, every key defined is used, and each catalog module holds the keys of one prefix."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

import coach
from coach.i18n import LANGUAGES, Translator, catalog, catalogs


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(catalog()))
def test_message_is_complete_in_every_language(key: str) -> None:
    texts = catalog()[key]
    assert set(texts) == set(LANGUAGES), f"{key} lacks {set(LANGUAGES) - set(texts)}"
    assert all(texts[lang].strip() for lang in LANGUAGES)
    assert _placeholders(texts["en"]) == _placeholders(texts["nb"])


def test_translator_speaks_the_chosen_language() -> None:
    assert Translator("nb")("cli.error") == "feil"
    assert Translator("en")("cli.error") == "error"


# --- every key used exists, every key defined is used, one module per key prefix ---------------

COACH = Path(coach.__file__).parent
CATALOGS = COACH / "i18n" / "catalogs"
# The functions whose first argument is a message key: `translate(key, lang)`, and `_(key)` (a
# `Translator`, or a screen's own `_`).
TRANSLATING = frozenset({"translate", "_"})
# What a message key looks like, and the areas (first parts) of the keys there are.
KEY = re.compile(r"[a-z_]+(\.[a-z0-9_-]+)+")
AREAS = frozenset(key.split(".")[0] for key in catalog())
# An f-string key is used when what completes it is a string in coach (`f"ui.phase.{phase.value}"`
# and the value "hold"; `f"routine.{code}"` and the code "bad-count"), and a `….hint` whenever its
# message is (coach/routine/problems.py looks one up for every problem). These prefixes are
# completed by a number or a plural form computed at run time instead:
BUILT_AT_RUN_TIME = (
    "progression.number.",  # a small count, 1–12, spelled out
    "progression.why.lasted.",  # how many days a flare lasted: 0, 1, other, unknown
    "progression.why.up.",  # one or other (plural)
    "ui.count.",  # a noun (exercises, reps) and a plural form
    "ui.history.month.",  # a month, 1–12
    "ui.history.month_in_date.",  # a month, 1–12
)


@cache
def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(COACH.rglob("*.py"))
        if CATALOGS not in path.parents
    ]


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _head(joined: ast.JoinedStr) -> str:
    """The constant start of an f-string (`f"ui.phase.{phase}"` → "ui.phase.")."""
    first = joined.values[0] if joined.values else None
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""


def _is_message_key(text: str) -> bool:
    return bool(KEY.fullmatch(text)) and text.split(".")[0] in AREAS


def _asked_for() -> list[tuple[str, str]]:
    """(where, key) for every message key the code asks a catalog for by name: the first argument
    of `translate` and `_`, and the descriptions of coach's key bindings (the screens translate
    them)."""
    asked = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = _callee(node)
            if callee in TRANSLATING and node.args:
                argument = node.args[0]
            elif callee == "Binding" and len(node.args) >= 3:
                argument = node.args[2]
            elif callee == "Group" and node.args:
                argument = node.args[0]
            else:
                continue
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                asked.append((f"{path.relative_to(COACH)}:{node.lineno}", argument.value))
    return asked


def _prefixes_built() -> dict[str, str]:
    """Key prefixes that f-strings complete at run time (`f"ui.side.{side}"`), with where."""
    built = {}
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                head = _head(node)
                if head.split(".")[0] in AREAS and "." in head:
                    built.setdefault(head, f"{path.relative_to(COACH)}:{node.lineno}")
    return built


def _literals() -> set[str]:
    return {
        node.value
        for _, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_key_the_code_asks_for_is_in_the_catalogs() -> None:
    asked = _asked_for()
    assert len(asked) > 300  # the scan finds the calls (it would pass vacuously otherwise)
    missing = [f"{where}: {key}" for where, key in asked if key not in catalog()]
    assert missing == []


def test_every_key_an_f_string_builds_has_messages() -> None:
    keys = catalog()
    built = _prefixes_built()
    assert "ui.phase." in built  # the scan finds them
    empty = [
        f"{where}: {head}…"
        for head, where in built.items()
        if not any(k.startswith(head) for k in keys)
    ]
    assert empty == []


def test_every_key_in_the_catalogs_is_used() -> None:
    literals = _literals()
    heads = tuple(_prefixes_built())
    for prefix in BUILT_AT_RUN_TIME:  # the list says something true
        assert prefix.startswith(heads), f"no f-string in coach builds {prefix}…"

    def used(key: str) -> bool:
        if key in literals or key.startswith(BUILT_AT_RUN_TIME):
            return True
        if key.endswith(".hint") and used(key.removesuffix(".hint")):
            return True
        return any(key.startswith(head) and key[len(head) :] in literals for head in heads)

    assert [key for key in catalog() if not used(key)] == []


def test_an_unused_key_would_be_found() -> None:
    """The check above can fail: a key named nowhere in coach is not among the literals."""
    assert "ui.history.dose.hold" not in _literals()
    assert "ui.history.dose.now" in _literals()


def _catalog_modules() -> dict[str, ModuleType]:
    return {
        info.name: importlib.import_module(f"{catalogs.__name__}.{info.name}")
        for info in pkgutil.iter_modules(catalogs.__path__)
    }


def test_each_catalog_module_holds_the_keys_of_one_prefix() -> None:
    modules = _catalog_modules()
    prefixes = {name: module.PREFIX for name, module in modules.items()}
    assert len(set(prefixes.values())) == len(prefixes), "two modules share a prefix"
    misplaced = []
    for name, module in modules.items():
        for key in module.MESSAGES:
            # A key belongs to the module of the longest prefix it starts with.
            owner = max(
                (n for n, prefix in prefixes.items() if key.startswith(prefix)),
                key=lambda n: len(prefixes[n]),
                default=None,
            )
            if owner != name:
                misplaced.append(f"{key} is in {name}, belongs in {owner}")
    assert misplaced == []


def test_message_keys_look_alike() -> None:
    """Keys are dotted lower-case names: the scans above recognise them as such."""
    assert [key for key in catalog() if not _is_message_key(key)] == []
