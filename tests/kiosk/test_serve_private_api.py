"""The private textual-serve API that coach.commands.serve_server overrides is still there, as it
was: a textual-serve upgrade that changes it must fail here, not quietly drop coach's limits."""

from __future__ import annotations

import inspect

from textual_serve.server import Server

from coach.commands.serve_server import CoachServer


def test_the_overridden_methods_still_exist_with_the_same_shape() -> None:
    assert list(inspect.signature(Server._make_app).parameters) == ["self"]
    assert list(inspect.signature(Server._process_messages).parameters) == [
        "self",
        "websocket",
        "app_service",
    ]
    assert list(inspect.signature(Server.handle_websocket).parameters) == ["self", "request"]
    for name in ("_make_app", "_process_messages", "handle_websocket"):
        assert inspect.iscoroutinefunction(getattr(Server, name))
        assert getattr(CoachServer, name) is not getattr(Server, name)  # coach's own is used


def test_the_server_still_calls_its_message_loop_from_the_websocket_handler() -> None:
    # coach replaces handle_websocket; if textual-serve's own no longer drives _process_messages,
    # the loop coach checks may not be the one that reads the browser's messages any more.
    assert "self._process_messages(" in inspect.getsource(Server.handle_websocket)
    assert "templates_path" in inspect.getsource(Server._make_app)
