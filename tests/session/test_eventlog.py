"""The `--events` file: one JSON object per line, flushed as it goes, as docs/events.md says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.session.eventlog import EventLog, read_event_log
from coach.session.events import Event, EventKind, RestKind
from tests.session.builders import engine_for, hold_exercise, run_to_end

DOCS = Path(__file__).resolve().parents[2] / "docs" / "events.md"


def test_each_event_is_one_flushed_line(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "events.jsonl"
    log = EventLog(path)
    log([Event(EventKind.SESSION_STARTED, 1.5, emitted_at=1.5)])
    # Readable before closing: a killed program leaves a complete file.
    assert path.read_text().splitlines() == [
        '{"t": 1.5, "event": "session_started", "exercise": null, "set": null, "rep": null, '
        '"side": null, "emitted_at": 1.5}'
    ]
    log(
        [
            Event(
                EventKind.REST_STARTED,
                7.25,
                exercise="Bro",
                exercise_index=0,
                set=1,
                rep=2,
                side="left",
                rest=RestKind.BETWEEN_REPS,
            )
        ]
    )
    log.close()
    log.close()
    records = read_event_log(path)
    assert records[1] == {
        "t": 7.25,
        "event": "rest_started",
        "exercise": "Bro",
        "set": 1,
        "rep": 2,
        "side": "left",
        "exercise_index": 0,
        "rest": "between_reps",
    }
    with pytest.raises(ValueError, match="closed"):
        log([])


def test_appends_to_an_existing_file_and_keeps_non_ascii_names(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text('{"t": 0, "event": "session_started"}\n')
    with EventLog(path) as log:
        log([Event(EventKind.HOLD_STARTED, 2.0, exercise="Bekkenvipp", cue="Hold – pust rolig")])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "Hold – pust rolig" in lines[1]


def test_a_whole_session_logged_matches_the_engine(tmp_path: Path) -> None:
    engine = engine_for(hold_exercise(reps=2, sets=2, sides=("left", "right")))
    path = tmp_path / "e.jsonl"
    with EventLog(path) as log:
        events = engine.start(0.0)
        log(events)
        rest = run_to_end(engine, 0.0)
        log(rest)
    records = read_event_log(path)
    assert [r["event"] for r in records] == [e.kind.value for e in events + rest]
    assert [r["t"] for r in records] == sorted(r["t"] for r in records)  # type: ignore[type-var]
    assert records[-1]["event"] == "session_completed"


def test_the_documented_example_is_what_the_engine_writes() -> None:
    example = DOCS.read_text(encoding="utf-8").split("## Example", 1)[1]
    lines = example.split("```json", 1)[1].split("```", 1)[0].strip().splitlines()
    # The example elides the middle with "...": its lines are the head and the tail.
    gap = lines.index("...")
    head = [json.loads(line) for line in lines[:gap]]
    tail = [json.loads(line) for line in lines[gap + 1 :]]
    engine = engine_for(
        hold_exercise(reps=2, hold=5, rest_between_reps=2, prepare=3, release_cue=None)
    )
    written = [e.to_json() for e in engine.start(0.0) + run_to_end(engine, 0.0)]
    for record in [*head, *tail, *written]:
        record.pop("emitted_at", None)
    assert head == written[: len(head)]
    assert tail == written[-len(tail) :]
