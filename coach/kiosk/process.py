"""The supervisor's side of the terminal: signals, the child process, and a usable terminal
between two runs of the kiosk app (a child that was killed leaves it in raw mode)."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import termios
from collections.abc import Sequence
from types import FrameType
from typing import Any, Final, TextIO

from coach.kiosk.signals import (
    ENDING,
    HANGUP,
    IGNORED,
    ignore_until_handled,
    signal_name,
    terminal_gone,
)

# Leave the alternate screen, show the cursor, stop mouse reporting, clear, home.
_RESET_SCREEN: Final = (
    "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\x1b[2J\x1b[H"
)
_CLEAR: Final = "\x1b[2J\x1b[H"


class KioskChild:
    """The running app process. `wait` also sees it stopped (SIGSTOP, which no process can catch
    or ignore) and continues it: a stopped app would leave the supervisor waiting for ever."""

    def __init__(self, process: subprocess.Popen[bytes], log: logging.Logger) -> None:
        self.process = process
        self.log = log

    def wait(self) -> int:
        pid = self.process.pid
        while self.process.returncode is None:
            try:
                # WNOWAIT: an ended child stays for Popen.wait to collect, as Popen expects.
                info = os.waitid(os.P_PID, pid, os.WEXITED | os.WSTOPPED | os.WNOWAIT)
            except ChildProcessError:
                break
            if info is not None and info.si_code in (os.CLD_STOPPED, os.CLD_TRAPPED):
                self.log.warning(
                    "the kiosk app was stopped (%s): continuing it", signal_name(info.si_status)
                )
                os.waitid(os.P_PID, pid, os.WSTOPPED | os.WNOHANG)  # that stop is seen
                os.kill(pid, signal.SIGCONT)
                continue
            break
        return self.process.wait()


class Supervised:
    """Starts children with `argv`, and stops the current one when told to stop."""

    def __init__(
        self,
        argv: Sequence[str],
        terminal: TextIO | None = None,
        log: logging.Logger | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.argv = list(argv)
        self.extra_env = dict(env or {})  # added to this process's environment for each child
        self.terminal = terminal if terminal is not None else sys.stderr
        self.log = log or logging.getLogger("coach.kiosk")
        self.child: subprocess.Popen[bytes] | None = None
        self.stop_requested = False
        self._saved: list[Any] | None = None
        if self.terminal.isatty():
            try:
                self._saved = termios.tcgetattr(self.terminal.fileno())
            except termios.error:
                self._saved = None

    def install_signals(self) -> None:
        """Log every signal (coach.kiosk.signals says which); stop on SIGTERM, and on SIGHUP
        once the terminal is gone; ignore the others."""
        for signum in IGNORED:
            signal.signal(signum, self._ignore)
        signal.signal(HANGUP, self._hangup)
        signal.signal(ENDING, self._stop)

    def _ignore(self, signum: int, frame: FrameType | None) -> None:
        self.log.info("supervisor: %s received: ignored", signal_name(signum))

    def _hangup(self, signum: int, frame: FrameType | None) -> None:
        fd = self.terminal.fileno()
        if terminal_gone(fd):
            self.log.info("supervisor: SIGHUP received and the terminal is gone: stopping")
            self._stop_now()
        else:
            self.log.info("supervisor: SIGHUP received, the terminal is still there: ignored")

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.log.info("supervisor: %s received: stopping", signal_name(signum))
        self._stop_now()

    def _stop_now(self) -> None:
        self.stop_requested = True
        if self.child is not None and self.child.poll() is None:
            self.child.terminate()
            self._continue_child()  # a stopped app would not see the SIGTERM until continued

    def _continue_child(self) -> None:
        if self.child is not None and self.child.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.child.pid, signal.SIGCONT)

    def stopping(self) -> bool:
        return self.stop_requested

    def start(self) -> KioskChild:
        """Start a child (keys typed while none ran are dropped, not handed to it)."""
        try:
            if self._saved is not None:
                termios.tcflush(self.terminal.fileno(), termios.TCIFLUSH)
                termios.tcsetattr(self.terminal.fileno(), termios.TCSANOW, self._no_xoff())
                termios.tcflow(self.terminal.fileno(), termios.TCOON)
            if self.terminal.isatty():
                # A blank screen behind the app: what staff see once they leave it.
                self.terminal.write(_CLEAR)
                self.terminal.flush()
        except (OSError, termios.error) as err:  # hung up: the SIGHUP that says so is coming
            self.log.warning("the terminal cannot be set up: %s", err)
        env = {**os.environ, **self.extra_env}
        env.pop("TEXTUAL_ALLOW_SIGNALS", None)  # it would let Ctrl+C through to the child
        # The child ignores the signals it will handle from the start (exec resets handlers, not
        # ignored ones), so a stray one during its start-up is not its end.
        self.child = subprocess.Popen(self.argv, env=env, preexec_fn=ignore_until_handled)
        return KioskChild(self.child, self.log)

    def _no_xoff(self) -> list[Any]:
        """The saved terminal settings without flow control: a visitor's Ctrl+S must not stop
        the screen (and the supervisor writing to it) until a Ctrl+Q."""
        assert self._saved is not None
        settings = list(self._saved)
        settings[0] = settings[0] & ~(termios.IXON | termios.IXOFF)  # iflag
        return settings

    def between_runs(self, message: str) -> None:
        """The child died: a sane, quiet terminal (no echo, no signals) and `message` on it."""
        try:
            if self._saved is not None:
                quiet = self._no_xoff()
                quiet[3] = quiet[3] & ~(termios.ECHO | termios.ICANON | termios.ISIG)  # lflag
                termios.tcsetattr(self.terminal.fileno(), termios.TCSANOW, quiet)
                # Output stopped by a Ctrl+S before this: going on again (else the write below
                # would block, and the kiosk with it, until someone pressed Ctrl+Q).
                termios.tcflow(self.terminal.fileno(), termios.TCOON)
            if self.terminal.isatty():
                self.terminal.write(_RESET_SCREEN)
            self.terminal.write(message + "\n")
            self.terminal.flush()
        except (OSError, termios.error) as err:  # the terminal hung up: nobody to tell
            self.log.warning("the terminal cannot be written to: %s", err)

    def restore(self, *, reset_screen: bool = False) -> None:
        """The terminal as it was before the kiosk started; `reset_screen` when the last app
        did not leave it tidy (it was stopped by a signal)."""
        try:
            if self._saved is not None:
                termios.tcsetattr(self.terminal.fileno(), termios.TCSANOW, self._saved)
            if reset_screen and self.terminal.isatty():
                self.terminal.write(_RESET_SCREEN)
                self.terminal.flush()
        except (OSError, termios.error) as err:
            self.log.warning("the terminal cannot be written to: %s", err)
