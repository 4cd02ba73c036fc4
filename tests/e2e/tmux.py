"""A real terminal for end-to-end tests: tmux runs one command, the test reads the screen and
everything the program wrote to the terminal, and presses keys."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")

COACH: tuple[str, ...] = (sys.executable, "-m", "coach")


class Terminal:
    """One tmux session running one command; `output` gets every byte it wrote to the terminal
    (what `capture-pane` can no longer show once the program has left its full screen)."""

    def __init__(self, name: str, output: Path) -> None:
        self.name = name
        self.output = output

    def tmux(self, *args: str) -> str:
        out = subprocess.run(["tmux", *args], capture_output=True, text=True, check=True)
        return out.stdout

    def screen(self) -> str:
        """What the terminal shows now."""
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def written(self) -> str:
        """Everything written to the terminal so far, escape sequences and all."""
        return self.output.read_text(encoding="utf-8", errors="replace")

    def press(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Wait until `text` shows; returns the screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never showed; the screen was:\n{screen}")

    def wait_for_absence(self, text: str, timeout: float = 10.0) -> None:
        """Wait until `text` no longer shows."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text not in self.screen():
                return
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never went away")


@contextmanager
def terminal(
    command: Sequence[str],
    folder: Path,
    env: Mapping[str, str] | None = None,
    *,
    size: tuple[int, int] = (80, 24),
) -> Iterator[Terminal]:
    """Run `command` in a new tmux session of `size`, from the checkout, with `env` added.

    When the command ends, the terminal shows `EXIT=<its exit code>`. The command waits until
    the terminal's output is being recorded, so not a byte of it is missed.
    """
    name = f"coach-e2e-{uuid.uuid4().hex[:8]}"
    go = folder / f"{name}.go"
    output = folder / f"{name}.out"
    output.touch()
    settings = {"TERM": "xterm-256color", **(env or {})}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in settings.items())
    script = (
        f"while [ ! -e {shlex.quote(str(go))} ]; do sleep 0.02; done; "
        f"cd {shlex.quote(os.getcwd())} && env {exports} {shlex.join(command)}; "
        "echo EXIT=$?; sleep 60"
    )
    width, height = size
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), script],
        check=True,
    )
    term = Terminal(name, output)
    try:
        term.tmux("pipe-pane", "-o", "-t", name, f"cat >> {shlex.quote(str(output))}")
        go.touch()
        yield term
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)
