"""One thread that writes a session to the history, in order, off the timer's thread.

A write waits behind the one before it. A history held by another program (SQLite's lock) is
not a failure: the write is tried again, a little later each time (up to `MAX_BACKOFF_S`
between tries), until the lock is gone or `GIVE_UP_AFTER_S` has passed; nothing queued behind
it is lost meanwhile. Any other problem (a full disk, a file made read-only) stops saving: the
writes still queued are kept as "not saved" so the summary can say which.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore

FIRST_BACKOFF_S: Final = 0.05
MAX_BACKOFF_S: Final = 1.0
# A lock held this long is not a moment's backup by another program: stop trying.
GIVE_UP_AFTER_S: Final = 600.0
# Each try waits this long for the lock inside SQLite before the writer backs off.
WRITER_BUSY_TIMEOUT_S: Final = 0.2


@dataclass(frozen=True, slots=True, eq=False)
class Write:
    """One write: what it saves (`exercise` is its index, None for the session's own row),
    and the call that does it."""

    run: Callable[[HistoryStore], object]
    exercise: int | None = None


class HistoryWriter:
    """Runs `Write`s on its own thread, in the order given.

    `open_store` is called on the writer's thread before the first write (and again while it
    finds the file locked); the store is closed with the writer when `owns_store`. The
    callbacks run on the writer's thread: `on_failure` once, when saving stops;
    `on_waiting(True)` when a write first finds the file locked, and `on_waiting(False)` when
    the writes go through again.
    """

    def __init__(
        self,
        open_store: Callable[[], HistoryStore],
        *,
        owns_store: bool = True,
        on_failure: Callable[[HistoryUnavailable], None] | None = None,
        on_waiting: Callable[[bool], None] | None = None,
        give_up_after: float = GIVE_UP_AFTER_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._open_store = open_store
        self._owns_store = owns_store
        self._on_failure = on_failure
        self._on_waiting = on_waiting
        self._give_up_after = give_up_after
        self._monotonic = monotonic
        self._queue: queue.Queue[Write | None] = queue.Queue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending: list[Write] = []  # submitted and not yet written, in order
        self._unsaved: list[Write] = []  # given up on
        self._written: list[Write] = []
        self._failure: HistoryUnavailable | None = None
        self._waiting = False
        self._closing = False
        self._store: HistoryStore | None = None
        self.bug: Exception | None = None  # an error that is not the history's: a bug
        self._thread = threading.Thread(target=self._run, name="coach-history-writer", daemon=True)
        self._thread.start()

    # -- what the session's side reads and does ----------------------------------------------

    @property
    def failure(self) -> HistoryUnavailable | None:
        """Why saving stopped, once it has."""
        return self._failure

    @property
    def waiting(self) -> bool:
        """True while a write waits for another program to let go of the file."""
        return self._waiting

    def counts(self) -> tuple[list[Write], list[Write], list[Write]]:
        """The writes written, still pending, and given up on (copies)."""
        with self._lock:
            return list(self._written), list(self._pending), list(self._unsaved)

    def submit(self, write: Write) -> None:
        """Queue `write`; returns at once. After a failure it is kept as not saved."""
        with self._lock:
            if self._failure is not None or self._closing:
                self._unsaved.append(write)
                return
            self._pending.append(write)
        self._queue.put(write)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write submitted so far is written or given up; True if so."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._pending, timeout)

    def close(self, wait: float = 0.0) -> bool:
        """Write what is queued (waiting at most `wait` seconds for it), then let go of the
        file. True when everything was written; what is still queued after `wait` keeps being
        tried on the writer's thread while the program runs."""
        with self._lock:
            self._closing = True
        self._queue.put(None)
        done = self.flush(wait)
        if done:
            self._thread.join(wait or None)
        return done and self._failure is None

    # -- the writer's thread -----------------------------------------------------------------

    def _run(self) -> None:
        while True:
            write = self._queue.get()
            if write is None:
                break
            self._write(write)
        if self._store is not None and self._owns_store:
            self._store.close()

    def _write(self, write: Write) -> None:
        if self._failure is not None:
            self._done(write, saved=False)
            return
        backoff = FIRST_BACKOFF_S
        first_lock: float | None = None
        while True:
            try:
                if self._store is None:
                    self._store = self._open_store()
                write.run(self._store)
            except HistoryUnavailable as err:
                now = self._monotonic()
                if err.problem is Problem.LOCKED:
                    first_lock = now if first_lock is None else first_lock
                    if now - first_lock < self._give_up_after:
                        self._set_waiting(True)
                        time.sleep(backoff)
                        backoff = min(backoff * 2, MAX_BACKOFF_S)
                        continue
                self._fail(err)
                self._done(write, saved=False)
                return
            except Exception as err:
                # A bug: kept for the tests to raise (`bug`), and never a traceback on the
                # patient's terminal from this thread; the session is then not saved further.
                self.bug = err
                path = self._store.path if self._store is not None else Path()
                self._fail(HistoryUnavailable(Problem.WRITE_FAILED, path, repr(err)))
                self._done(write, saved=False)
                return
            self._set_waiting(False)
            self._done(write, saved=True)
            return

    def _set_waiting(self, waiting: bool) -> None:
        if waiting == self._waiting:
            return
        self._waiting = waiting
        if self._on_waiting is not None:
            self._on_waiting(waiting)

    def _fail(self, err: HistoryUnavailable) -> None:
        self._waiting = False
        with self._lock:
            if self._failure is not None:
                return
            self._failure = err
        if self._on_failure is not None:
            self._on_failure(err)

    def _done(self, write: Write, *, saved: bool) -> None:
        with self._idle:
            if write in self._pending:
                self._pending.remove(write)
            (self._written if saved else self._unsaved).append(write)
            self._idle.notify_all()
