"""What the kiosk's two processes (the supervisor and its app) do with each signal a terminal or
a stray `kill` can send (docs/kiosk.md, "Signals"). Every one is logged; only SIGTERM ends, and
SIGHUP only once the terminal is really gone.

- Ignored (logged, nothing else): the keyboard's SIGINT, SIGQUIT and SIGTSTP, the terminal's
  SIGTTIN and SIGTTOU, SIGCONT, and every signal whose default would end or stop the process
  although nothing is wrong with it: SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE
  (a broken pipe is still an error where it is written), SIGIO, SIGPWR, SIGXCPU, SIGXFSZ and the
  real-time signals.
- SIGHUP: the terminal hung up (the kiosk's window or console closed): end, since there is no
  screen to show a kiosk on; a SIGHUP sent by hand while the terminal is still there is ignored.
- SIGTERM: end (the supervisor: stop the app and do not start it again; the app alone: end, and
  the supervisor starts it again).
- Left alone: SIGCHLD, SIGWINCH, SIGURG (the normal business of a terminal program), the signals
  of a real fault (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP: swallowing them
  would hide a crash or loop on it) and SIGKILL and SIGSTOP, which no process can catch (the
  supervisor starts a killed app again and continues a stopped one).
"""

from __future__ import annotations

import errno
import logging
import signal
import termios
from types import FrameType
from typing import Final

_NAMED_IGNORED: Final = (
    "SIGINT",
    "SIGQUIT",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGCONT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGVTALRM",
    "SIGPROF",
    "SIGPIPE",
    "SIGIO",
    "SIGPWR",
    "SIGXCPU",
    "SIGXFSZ",
)


def _ignored() -> tuple[int, ...]:
    named = [int(getattr(signal, name)) for name in _NAMED_IGNORED if hasattr(signal, name)]
    realtime: list[int] = []
    if hasattr(signal, "SIGRTMIN"):
        realtime = list(range(int(signal.SIGRTMIN), int(signal.SIGRTMAX) + 1))
    return (*named, *realtime)


IGNORED: Final = _ignored()
HANGUP: Final = int(signal.SIGHUP)
ENDING: Final = int(signal.SIGTERM)
HANDLED: Final = (*IGNORED, HANGUP, ENDING)


def signal_name(signum: int) -> str:
    """`SIGUSR1`, or `SIGRTMIN+3` for a real-time signal."""
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"SIGRTMIN+{signum - int(signal.SIGRTMIN)}"


def exit_code_for(signum: int) -> int:
    """The exit code of a process that ended because of `signum`, as a shell writes it."""
    return 128 + signum


def terminal_gone(fd: int) -> bool:
    """Whether `fd` is a terminal that has hung up (reads and settings fail with EIO); False for
    a terminal still there and for anything that is not a terminal (no terminal, no hangup)."""
    try:
        termios.tcgetattr(fd)
    except termios.error as err:
        return bool(err.args) and err.args[0] in (errno.EIO, errno.ENXIO, errno.EBADF)
    except OSError:
        return True
    return False


def ignore_until_handled() -> None:
    """Ignore every handled signal but SIGTERM: for a child between its start and the moment it
    installs its own handlers (runs after fork, before exec; the ignoring survives the exec)."""
    for signum in (*IGNORED, HANGUP):
        signal.signal(signum, signal.SIG_IGN)


def install_logging_handlers(log: logging.Logger, who: str) -> None:
    """Plain handlers, for a process without an event loop to hand signals to (the app process
    before and after its app runs): log each; SIGTERM, and SIGHUP once the terminal is gone, end
    the process with 128 + the signal's number."""

    def ignore(signum: int, frame: FrameType | None) -> None:
        log.info("%s: %s received: ignored", who, signal_name(signum))

    def hangup(signum: int, frame: FrameType | None) -> None:
        if terminal_gone(0):
            log.info("%s: SIGHUP received and the terminal is gone: ending", who)
            raise SystemExit(exit_code_for(signum))
        log.info("%s: SIGHUP received, the terminal is still there: ignored", who)

    def end(signum: int, frame: FrameType | None) -> None:
        log.info("%s: %s received: ending", who, signal_name(signum))
        raise SystemExit(exit_code_for(signum))

    for signum in IGNORED:
        signal.signal(signum, ignore)
    signal.signal(HANGUP, hangup)
    signal.signal(ENDING, end)
