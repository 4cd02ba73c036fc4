"""The whole program, by ear: `coach run --speed 10` in a real terminal (tmux), with ALSA pointed
at a file, plays a cue for every hold; with `--voice` it speaks, in the routine's language;
without a sound device it runs silently, says so once, and no ALSA noise reaches the terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import wave
from pathlib import Path

import pytest

from coach.session.eventlog import read_event_log
from coach.session.events import Event, EventKind, RestKind
from coach.sound.cues import choose_cue, phrase_for_batch
from coach.sound.voice import Voice
from tests.e2e.tmux import COACH, needs_tmux, terminal
from tests.sound.audio_env import (
    capture_config,
    cue_frames,
    no_device_config,
    require_simpleaudio,
)

pytestmark = [pytest.mark.e2e, needs_tmux]

SPEED = 10
# Holds in two sets, a hold on each side, and a timed exercise: about 40 s, 4 s at ×10.
ROUTINE = """\
title: Holds by ear
exercises:
  - name: Bridge
    instructions: Lift your hips, hold, lower slowly.
    prepare: 3s
    sets: 2
    reps: 2
    hold: 3s
    rest_between_reps: 2s
    rest_between_sets: 3s
  - name: Side plank
    instructions: Lift your hips off the floor and hold.
    prepare: 3s
    reps: 1
    hold: 3s
    sides: [left, right]
  - name: Cat-cow
    instructions: Breathe in and arch your back, breathe out and round it.
    prepare: 2s
    duration: 6s
"""


def routine(tmp_path: Path) -> Path:
    path = tmp_path / "holds.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    return path


def coach_run(tmp_path: Path, events: Path) -> list[str]:
    # --no-checkins: no red-flag or pain questions (a scripted run); --volume 100: the frames
    # played are the files' own, unscaled.
    options = ["--speed", str(SPEED), "--no-checkins", "--volume", "100", "--events", str(events)]
    return [*COACH, "run", *options, str(routine(tmp_path))]


def batches(records: list[dict[str, object]]) -> list[list[Event]]:
    """The events file's events, grouped as the engine handed them out (one `now` each)."""
    out: list[list[Event]] = []
    last: object = None
    for r in records:
        rest = r.get("rest")
        event = Event(
            EventKind(r["event"]),
            float(r["t"]),  # type: ignore[arg-type]
            exercise=r["exercise"],  # type: ignore[arg-type]
            exercise_index=r.get("exercise_index"),  # type: ignore[arg-type]
            set=r["set"],  # type: ignore[arg-type]
            rep=r["rep"],  # type: ignore[arg-type]
            side=r["side"],  # type: ignore[arg-type]
            rest=RestKind(rest) if rest is not None else None,
            cue=r.get("cue"),  # type: ignore[arg-type]
            remaining=r.get("remaining"),  # type: ignore[arg-type]
        )
        if out and r["emitted_at"] == last:
            out[-1].append(event)
        else:
            out.append([event])
        last = r["emitted_at"]
    return out


def test_a_session_at_speed_10_sounds_every_hold(tmp_path: Path) -> None:
    require_simpleaudio()
    played = tmp_path / "played.raw"
    events = tmp_path / "events.jsonl"
    env = {
        "ALSA_CONFIG_PATH": str(capture_config(tmp_path, played)),
        "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_LANG": "en",
    }
    with terminal(coach_run(tmp_path, events), tmp_path, env) as term:
        term.wait_for("Well done", timeout=60)
        term.press("q")
        term.wait_for("EXIT=0")
        written = term.written()
    records = read_event_log(events)
    assert records[-1]["event"] == "session_completed"
    holds = sum(r["event"] == "hold_started" for r in records)
    assert holds == 6  # Bridge: 2 sets of 2; Side plank: 1 a side
    cues = [c[0] for b in batches(records) if (c := choose_cue(b)) is not None]
    assert cues.count("hold_start") == holds
    captured = played.read_bytes()
    assert captured.count(cue_frames("hold_start")) == holds
    # Everything the device got is the cues' own frames, whole and in the session's order.
    assert captured == b"".join(cue_frames(c) for c in cues)
    assert "ALSA lib" not in written


def test_without_a_sound_device_the_session_runs_silently_with_one_notice(
    tmp_path: Path,
) -> None:
    require_simpleaudio()  # libasound is what would write the noise
    events = tmp_path / "events.jsonl"
    env = {
        "ALSA_CONFIG_PATH": str(no_device_config(tmp_path)),
        "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_LANG": "en",
    }
    shown: list[int] = []  # how many notices each look at the screen found
    with terminal(coach_run(tmp_path, events), tmp_path, env) as term:
        term.wait_for("No sound device found")
        deadline = time.monotonic() + 60
        while "Well done" not in (screen := term.screen()) and time.monotonic() < deadline:
            shown.append(screen.count("No sound device found"))
            time.sleep(0.05)
        term.press("q")
        term.wait_for("EXIT=0")
        written = term.written()
    # One notice: shown once, for a while, and never again.
    assert max(shown) == 1
    first, last = shown.index(1), len(shown) - shown[::-1].index(1)
    assert all(shown[first:last])
    assert read_event_log(events)[-1]["event"] == "session_completed"
    assert "ALSA lib" not in written and "Unknown PCM" not in written


# Norwegian, with gaps long enough for every phrase to be said before the next one cuts it off.
SPOKEN_ROUTINE = """\
title: Broen med stemme
language: nb
exercises:
  - name: Broen
    instructions: Løft hoftene, hold, senk rolig.
    prepare: 3s
    reps: 1
    hold: 3s
"""


def espeak() -> str:
    """espeak-ng's path; CI installs it, so there its absence is a failure."""
    found = shutil.which("espeak-ng")
    if found is None:
        if os.environ.get("COACH_REQUIRE_AUDIO") == "1":
            pytest.fail("COACH_REQUIRE_AUDIO=1 but espeak-ng is not installed")
        pytest.skip("espeak-ng is not installed")
    return found


def spoken(program: str, phrase: str, out: Path) -> bytes:
    """The frames espeak-ng makes of `phrase`, said the way coach says it (at volume 100)."""
    command = Voice(program, "nb").command(phrase, volume=100, out=out)
    subprocess.run(command, check=True, capture_output=True)
    with wave.open(str(out), "rb") as wav:
        return wav.readframes(wav.getnframes())


def in_order(parts: list[bytes], captured: bytes) -> list[int]:
    """Where each part starts in `captured`, each after the one before (-1: not there)."""
    found, at = [], 0
    for part in parts:
        where = captured.find(part, at)
        found.append(where)
        at = where + len(part) if where >= 0 else at
    return found


def test_with_voice_the_session_speaks_the_routines_language(tmp_path: Path) -> None:
    program = espeak()
    played = tmp_path / "played.raw"
    events = tmp_path / "events.jsonl"
    path = tmp_path / "broen.yaml"
    path.write_text(SPOKEN_ROUTINE, encoding="utf-8")
    env = {
        "ALSA_CONFIG_PATH": str(capture_config(tmp_path, played)),
        "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_LANG": "en",
    }
    options = ["--speed", "2", "--voice", "--no-checkins", "--volume", "100"]
    command = [*COACH, "run", *options, "--events", str(events), str(path)]
    with terminal(command, tmp_path, env) as term:
        term.wait_for("Bra jobbet", timeout=60)
        phrases = [p for b in batches(read_event_log(events)) if (p := phrase_for_batch(b, "nb"))]
        said = [spoken(program, p, tmp_path / f"phrase-{i}.wav") for i, p in enumerate(phrases)]
        deadline = time.monotonic() + 10  # the last phrase starts when its tone has finished
        while -1 in in_order(said, played.read_bytes()) and time.monotonic() < deadline:
            time.sleep(0.1)
        term.press("q")
        term.wait_for("EXIT=0")
    assert phrases == [
        "Broen. Gjør deg klar.",
        "1, hold.",
        "Slipp opp. Bra jobbet. Økten er ferdig.",
    ]
    # Each phrase reached the sound device whole, in Norwegian (espeak-ng's nb voice), in order.
    assert -1 not in in_order(said, played.read_bytes())
