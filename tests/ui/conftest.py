"""Fixtures for the tests of the commands that open the app."""

from __future__ import annotations

import pytest


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if stdin and stdout were a terminal (under pytest they are not): `coach`, `coach run`
    and `coach history` refuse to open the app without one."""
    monkeypatch.setattr("coach.commands.terminal.has_terminal", lambda: True)
