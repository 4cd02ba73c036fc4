"""A FIFO (or a device) named as a routine is never opened: opening a FIFO to read it blocks
until something writes to it, which left `coach run f.yaml` on a blank screen forever."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from coach.cli import main
from coach.routine.peek import peek_title
from coach.visit.routine_list import Source, list_routines

T = TypeVar("T")


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "routines" / "f.yaml"
    path.parent.mkdir()
    os.mkfifo(path)
    yield path


def without_blocking(fifo: Path, call: Callable[[], T], timeout: float = 5.0) -> T:
    """`call()`, failing (instead of hanging the test run) if it blocks on opening `fifo`."""
    results: list[T] = []
    worker = threading.Thread(target=lambda: results.append(call()), daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        # Whatever opened the FIFO is waiting for a writer: be one, so the thread can end.
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout)
        raise AssertionError(f"{call!r} opened the FIFO and blocked")
    return results[0]


def test_coach_run_refuses_a_fifo_at_once(
    fifo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_LANG", "en")
    assert without_blocking(fifo, lambda: main(["run", str(fifo)])) == 2
    assert capsys.readouterr().err == (
        f"coach: {fifo} is not a regular file (a pipe or a device?); name a routine file\n"
    )


def test_the_title_peek_does_not_open_a_fifo(fifo: Path) -> None:
    assert without_blocking(fifo, lambda: peek_title(fifo)) == "f.yaml"


def test_the_picker_lists_a_fifo_in_a_folder_with_its_problem(fifo: Path) -> None:
    (fifo.parent / "ok.yaml").write_text(
        "title: Fine\nexercises:\n  - name: Tilt\n    reps: 3\n", encoding="utf-8"
    )
    entries = without_blocking(fifo, lambda: list_routines(None, fifo.parent, (), "en"))
    by_name = {e.path.name: e for e in entries}
    assert sorted(by_name) == ["f.yaml", "ok.yaml"]
    listed = by_name["f.yaml"]
    assert listed.source is Source.USER and not listed.usable and not listed.missing
    assert [(p.code, p.message) for p in listed.problems] == [
        ("not-a-file", "this is not a regular file")
    ]


def test_the_picker_lists_a_fifo_named_on_the_command_line(fifo: Path) -> None:
    entries = without_blocking(fifo, lambda: list_routines(None, None, (fifo,), "en"))
    assert [(e.path, [p.code for p in e.problems]) for e in entries] == [(fifo, ["not-a-file"])]
