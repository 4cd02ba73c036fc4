"""A program running in a pseudo-terminal, for the benchmarks: its output as it arrives (with the
time each piece arrived), keys sent to it, and the CPU time it has used (Linux)."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Control sequences, so text split by styling or cursor moves can still be found.
_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


class PtyProcess:
    """`argv` in an 80x24 pseudo-terminal; a thread keeps reading its output so it never blocks."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        size: tuple[int, int] = (80, 24),
        env: Mapping[str, str] | None = None,
    ) -> None:
        master, slave = os.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        full_env = {**os.environ, "TERM": "xterm-256color", **(env or {})}
        self.launched = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=full_env,
            cwd=ROOT,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self._master = master
        self._output = bytearray()
        self._plain = b""
        self._arrived = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self._master, 65536)
            except OSError:
                chunk = b""
            with self._arrived:
                if not chunk:
                    self._arrived.notify_all()
                    return
                self._output += chunk
                self._arrived.notify_all()

    def wait_for(self, text: str, timeout: float = 30.0) -> float:
        """Seconds from the launch until `text` was on the screen (raises on timeout)."""
        needle = text.encode()
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                if needle in self._output or needle in _ESCAPES.sub(b"", bytes(self._output)):
                    return time.perf_counter() - self.launched
                left = deadline - time.monotonic()
                if left <= 0 or (not self._reader.is_alive() and needle not in self._output):
                    raise TimeoutError(
                        f"{text!r} never showed; the output ended with:\n{self.screen_tail()}"
                    )
                self._arrived.wait(left)

    @property
    def received(self) -> int:
        """Bytes the program has written to the terminal so far."""
        with self._arrived:
            return len(self._output)

    def screen_tail(self) -> str:
        """The end of the output, control sequences removed: for error messages."""
        with self._arrived:
            tail = bytes(self._output[-2000:])
        return _ESCAPES.sub(b"", tail).decode(errors="replace")

    def send(self, keys: str) -> None:
        os.write(self._master, keys.encode())

    def cpu_seconds(self) -> float:
        """User and system CPU time the process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        os.close(self._master)
        self._reader.join(2)


def python(*args: str) -> list[str]:
    """A command line running this interpreter."""
    return [sys.executable, *args]


def coach(*args: str) -> list[str]:
    """A command line running coach from this checkout."""
    return python("-m", "coach", *args)


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
