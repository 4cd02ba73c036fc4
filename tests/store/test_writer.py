"""The writer thread: in order, retried while the file is locked, and never a traceback."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from coach.store.errors import HistoryUnavailable, Problem
from coach.store.history import HistoryStore
from coach.store.writer import HistoryWriter, Write


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_writes_run_in_order_off_the_callers_thread(store: HistoryStore) -> None:
    done: list[tuple[int, str]] = []
    writer = HistoryWriter(lambda: store, owns_store=False)
    for n in range(50):
        writer.submit(Write(lambda _, n=n: done.append((n, threading.current_thread().name)), n))
    assert writer.flush(timeout=10)
    assert [n for n, _ in done] == list(range(50))
    assert {name for _, name in done} == {"coach-history-writer"}
    written, pending, unsaved = writer.counts()
    assert (len(written), pending, unsaved) == (50, [], [])
    assert writer.close(wait=5)


def test_a_lock_is_retried_until_it_goes_and_nothing_behind_it_is_lost(
    store: HistoryStore,
) -> None:
    tries = 0
    done: list[int] = []
    waiting: list[bool] = []

    def locked_three_times(_: HistoryStore) -> None:
        nonlocal tries
        tries += 1
        if tries <= 3:
            raise HistoryUnavailable(Problem.LOCKED, store.path, "database is locked")
        done.append(0)

    writer = HistoryWriter(lambda: store, owns_store=False, on_waiting=waiting.append)
    writer.submit(Write(locked_three_times, 0))
    writer.submit(Write(lambda _: done.append(1), 1))
    assert writer.flush(timeout=10)
    assert (tries, done, waiting) == (4, [0, 1], [True, False])
    assert writer.failure is None


def test_a_lock_that_never_goes_is_given_up_and_said_once(store: HistoryStore) -> None:
    failures: list[HistoryUnavailable] = []

    def locked(_: HistoryStore) -> None:
        raise HistoryUnavailable(Problem.LOCKED, store.path, "database is locked")

    writer = HistoryWriter(
        lambda: store, owns_store=False, on_failure=failures.append, give_up_after=0.2
    )
    writer.submit(Write(locked, 0))
    writer.submit(Write(lambda _: None, 1))
    assert writer.flush(timeout=10)
    assert [f.problem for f in failures] == [Problem.LOCKED]
    writer.submit(Write(lambda _: None, 2))  # after the failure: kept as not saved
    written, pending, unsaved = writer.counts()
    assert (written, pending, [w.exercise for w in unsaved]) == ([], [], [0, 1, 2])


def test_a_bug_in_a_write_stops_saving_quietly_and_is_kept(
    store: HistoryStore, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken(_: HistoryStore) -> None:
        raise ValueError("a bug")

    writer = HistoryWriter(lambda: store, owns_store=False)
    writer.submit(Write(broken))
    assert writer.flush(timeout=10)
    assert isinstance(writer.bug, ValueError)
    assert writer.failure is not None and writer.failure.problem is Problem.WRITE_FAILED
    assert capfd.readouterr().err == ""  # no traceback on the patient's terminal
