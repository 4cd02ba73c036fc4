"""Which signals the kiosk handles, and how it tells a hung-up terminal from a stray SIGHUP."""

from __future__ import annotations

import os
import pty
import signal

from coach.kiosk.signals import ENDING, HANDLED, HANGUP, IGNORED, signal_name, terminal_gone


def test_every_signal_a_terminal_or_a_stray_kill_sends_is_handled() -> None:
    keyboard_and_terminal = {signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP, signal.SIGTTIN,
                             signal.SIGTTOU, signal.SIGHUP, signal.SIGCONT}  # fmt: skip
    deadly_by_default = {signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGPIPE,
                         signal.SIGVTALRM, signal.SIGPROF, signal.SIGIO, signal.SIGXCPU,
                         signal.SIGXFSZ, signal.SIGRTMIN, signal.SIGRTMAX}  # fmt: skip
    assert keyboard_and_terminal | deadly_by_default <= set(HANDLED)
    assert ENDING == signal.SIGTERM and HANGUP == signal.SIGHUP
    assert ENDING not in IGNORED and HANGUP not in IGNORED
    # A real fault must still end the process; these cannot be caught at all.
    for left_alone in (signal.SIGSEGV, signal.SIGBUS, signal.SIGFPE, signal.SIGKILL,
                       signal.SIGSTOP, signal.SIGCHLD, signal.SIGWINCH):  # fmt: skip
        assert left_alone not in HANDLED


def test_signal_names() -> None:
    assert signal_name(signal.SIGUSR1) == "SIGUSR1"
    assert signal_name(signal.SIGRTMIN + 1) == "SIGRTMIN+1"


def test_a_terminal_that_hung_up_is_gone_and_one_still_there_is_not() -> None:
    main, child = pty.openpty()
    try:
        assert not terminal_gone(child)
        os.close(main)  # the terminal window closes
        assert terminal_gone(child)
    finally:
        os.close(child)
    read, write = os.pipe()  # no terminal at all (coach serve): a SIGHUP there is a stray one
    try:
        assert not terminal_gone(read)
    finally:
        os.close(read)
        os.close(write)
