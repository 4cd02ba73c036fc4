"""A routine's own sounds (`sounds:`) are what the patient hears in its session."""

from __future__ import annotations

import struct
import wave
from dataclasses import dataclass, field
from pathlib import Path

from coach.resources import sounds_dir
from coach.sound.clip import Clip, read_clip
from coach.sound.player import SoundCues
from tests.ui.support import advance, coach_app, started

ROUTINE = """\
title: Own voice
sounds:
  hold_start: lyd/hold.wav
exercises:
  - name: Bridge
    instructions: Lift your hips, hold, lower slowly.
    prepare: 2s
    reps: 1
    hold: 3s
"""


@dataclass
class FramesBackend:
    """Remembers what it was given to play, frames and all."""

    played: list[Clip] = field(default_factory=list)
    name: str = "frames"

    def play(self, clip: Clip) -> None:
        self.played.append(clip)

    def stop(self) -> None:
        pass

    def is_playing(self) -> bool:
        return False

    def wait(self, timeout: float) -> bool:
        return True

    def close(self) -> None:
        pass


def own_routine(tmp_path: Path) -> tuple[Path, bytes]:
    (tmp_path / "lyd").mkdir()
    frames = struct.pack("<6h", 0, 3000, 6000, 3000, 0, -3000)
    with wave.open(str(tmp_path / "lyd" / "hold.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(frames)
    path = tmp_path / "own.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    return path, frames


async def test_the_routines_hold_sound_replaces_coachs(tmp_path: Path) -> None:
    path, frames = own_routine(tmp_path)
    backend = FramesBackend()
    app = coach_app(path, sound=SoundCues(backend, "en", volume=100))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 2)
        hold = backend.played[-1]
        assert (hold.name, hold.frames, hold.rate) == ("hold_start", frames, 16000)
        # The cues it does not replace are coach's own.
        assert backend.played[0].frames == read_clip(sounds_dir() / "get_ready.wav").frames


async def test_a_sound_gone_since_the_check_is_one_notice_and_coachs_sound(tmp_path: Path) -> None:
    path, _ = own_routine(tmp_path)
    backend = FramesBackend()
    notices: list[str] = []
    sound = SoundCues(backend, "en", volume=100, notify=notices.append)
    app = coach_app(path, sound=sound)  # checked (and loaded) here…
    (tmp_path / "lyd" / "hold.wav").unlink()  # …then the file is moved away
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 2)
        assert backend.played[-1].frames == read_clip(sounds_dir() / "hold_start.wav").frames
    held = tmp_path / "lyd" / "hold.wav"
    assert notices == [f"Cannot play {held}: using the built-in hold_start sound instead."]
