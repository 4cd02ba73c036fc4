"""A real terminal (a pty) for plain mode's end-to-end tests: every byte the program writes is
kept, and keys are typed when a line shows, as a patient would."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

COACH: tuple[str, ...] = (sys.executable, "-m", "coach")


class PlainTerminal:
    """`command` running on a pty (stdout, stderr, and stdin unless `stdin` is a file)."""

    def __init__(
        self,
        command: Sequence[str],
        env: Mapping[str, str],
        *,
        stdin: Path | None = None,
    ) -> None:
        self.master, slave = pty.openpty()
        source = stdin.open("rb") if stdin is not None else None
        self.process = subprocess.Popen(
            list(command),
            stdin=source if source is not None else slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm-256color", **env},
            cwd=Path(__file__).resolve().parents[2],
            start_new_session=True,
        )
        os.close(slave)
        if source is not None:
            source.close()
        self.output = b""

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace")

    @property
    def lines(self) -> list[str]:
        """The lines written so far (a pty ends them with CR LF)."""
        return [line.rstrip("\r") for line in self.text.split("\n") if line.strip("\r")]

    def _read(self, timeout: float) -> bool:
        """Read what is there within `timeout`; False once the program has closed the pty."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: every writer has gone
            return False
        self.output += chunk
        return bool(chunk)

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        """Wait until `text` has been written."""
        deadline = time.monotonic() + timeout
        while text not in self.text:
            if time.monotonic() > deadline or not self._read(0.05):
                if text in self.text:
                    return
                raise AssertionError(f"{text!r} never came; the output was:\n{self.text}")

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def wait_exit(self, timeout: float = 60.0) -> int:
        """Read to the end; the exit code."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(0.05):
            if self.process.poll() is not None:
                while self._read(0.05):
                    pass
                break
        try:
            return self.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"coach did not end; the output was:\n{self.text}") from None

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def close(self) -> None:
        self.kill()
        os.close(self.master)
