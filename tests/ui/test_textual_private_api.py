"""The private Textual API that coach.ui.textual_private uses is still there, as it was: a Textual
upgrade that reshapes it must fail here, not quietly put tracebacks back on the patient's
terminal, hang the kiosk after an error, or keep the last visitor's screens in memory. And no
other module in coach uses a private Textual name."""

from __future__ import annotations

import ast
import asyncio
import inspect
from pathlib import Path

from textual._styles_cache import StylesCache
from textual.app import App
from textual.message_pump import MessagePump
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker

from coach.ui import textual_private
from coach.ui.app import CoachApp
from coach.ui.kiosk import KioskApp
from coach.ui.textual_private import ErrorHookApp, RecoveringApp

COACH = Path(textual_private.__file__).resolve().parents[1]
PRIVATE_MODULE = Path(textual_private.__file__).resolve()


class TestTheUnexpectedErrorHook:
    def test_textual_still_calls_handle_exception_with_every_error_nothing_caught(self) -> None:
        assert list(inspect.signature(App._handle_exception).parameters) == ["self", "error"]
        assert not inspect.iscoroutinefunction(App._handle_exception)
        # Errors in message handlers, workers: each reaches the app's _handle_exception.
        assert "self.app._handle_exception(error)" in inspect.getsource(
            MessagePump._process_messages_loop
        )
        assert "app._handle_exception(worker_failed)" in inspect.getsource(Worker._run)
        assert ErrorHookApp._handle_exception is not App._handle_exception

    def test_run_test_still_reraises_the_error_kept_in_exception(self) -> None:
        app = App[None]()
        assert app._exception is None
        assert isinstance(app._exception_event, asyncio.Event)
        assert "raise self._exception" in inspect.getsource(App.run_test)
        # Textual's own handler keeps it the same way (what ErrorHookApp copies).
        source = inspect.getsource(App._handle_exception)
        assert "self._exception = error" in source and "self._exception_event.set()" in source

    def test_coach_apps_use_the_hook(self) -> None:
        assert issubclass(CoachApp, ErrorHookApp) and CoachApp.ERRORS_FAIL_TESTS
        assert issubclass(KioskApp, RecoveringApp) and not KioskApp.ERRORS_FAIL_TESTS


class TestTheGuardedMessages:
    def test_every_message_still_goes_through_dispatch_message(self) -> None:
        dispatch = MessagePump._dispatch_message
        assert inspect.iscoroutinefunction(dispatch)
        assert list(inspect.signature(dispatch).parameters) == ["self", "message"]
        assert "await self._dispatch_message(message)" in inspect.getsource(
            MessagePump._process_messages_loop
        )
        # The app does not dispatch its messages some other way.
        assert "_dispatch_message" not in App.__dict__
        assert RecoveringApp._dispatch_message is not MessagePump._dispatch_message
        assert inspect.iscoroutinefunction(RecoveringApp._dispatch_message)


class TestTheStyleCache:
    def test_the_cache_of_style_pairs_can_still_be_cleared(self) -> None:
        assert callable(StylesCache.get_inner_outer.cache_clear)
        assert "self.get_inner_outer(" in inspect.getsource(StylesCache.render_line)
        StylesCache.get_inner_outer.cache_clear()
        textual_private.forget_style_cache()
        assert StylesCache.get_inner_outer.cache_info().currsize == 0


def _textual_private_names() -> set[str]:
    """Every private name of Textual's classes coach builds on, methods and attributes alike."""
    names: set[str] = set()
    for cls in (App, Screen, ModalScreen, Widget, MessagePump, Worker, Timer):
        names |= set(dir(cls))
    for instance in (App[None](), Screen[None](), Widget()):
        names |= set(vars(instance))
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def _imports_textual(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "textual":
            return True
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "textual" for a in node.names
        ):
            return True
    return False


def _private_uses(tree: ast.Module, private: set[str]) -> list[tuple[int, str]]:
    """(line, name) of each private Textual name `tree` defines or reaches for."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, plain_class: bool) -> None:
        if isinstance(node, ast.ClassDef):
            plain_class = not node.bases  # no Textual class: its own `self._x` are its own
        if isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            modules = []
        for module in modules:
            parts = module.split(".")
            if parts[0] == "textual" and any(part.startswith("_") for part in parts):
                found.append((node.lineno, module))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in private:
            if not plain_class:
                found.append((node.lineno, node.name))
        elif isinstance(node, ast.Attribute) and node.attr in private:
            on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
            if not (plain_class and on_self):
                found.append((node.lineno, node.attr))
        for child in ast.iter_child_nodes(node):
            visit(child, plain_class)

    visit(tree, False)
    return found


def test_no_other_module_uses_private_textual_api() -> None:
    private = _textual_private_names()
    assert {"_handle_exception", "_return_code", "_exit_renderables", "_bindings"} <= private
    uses: list[str] = []
    for path in sorted(COACH.rglob("*.py")):
        if path == PRIVATE_MODULE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not _imports_textual(tree):
            continue
        where = path.relative_to(COACH).as_posix()
        uses += [f"coach/{where}:{line}: {name}" for line, name in _private_uses(tree, private)]
    assert uses == [], (
        "Private Textual API outside coach/ui/textual_private.py (use the public API, or move it "
        "there with the Textual issue that asks for a public way):\n" + "\n".join(uses)
    )
