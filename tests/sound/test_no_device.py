"""No sound device: no crash, one quiet notice, and not a byte of ALSA noise on the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coach.session.events import Event, EventKind
from tests.sound.audio_env import no_device_config, require_simpleaudio, run_scenario
from tests.sound.sessions import back_routine, run_engine


def test_libasound_is_noisy_on_its_own(tmp_path: Path) -> None:
    """The configuration below really makes libasound write to stderr, so the next test means
    something: it is coach's silent error handler that keeps the screen clean."""
    require_simpleaudio()
    code = (
        "import simpleaudio\n"
        "try:\n"
        "    simpleaudio.play_buffer(bytes(100), 1, 2, 44100)\n"
        "except Exception:\n"
        "    pass\n"
    )
    env = {**os.environ, "ALSA_CONFIG_PATH": str(no_device_config(tmp_path))}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert "ALSA lib" in proc.stderr


def test_a_session_without_a_device_runs_silently_with_one_notice(tmp_path: Path) -> None:
    require_simpleaudio()
    batches = run_engine(back_routine())
    steps = [{"events": b} for b in batches]
    result = run_scenario(no_device_config(tmp_path), steps, bell=True, voice=False)
    assert result.notices == ["No sound device found: the session runs without sound."]
    assert result.backend == "silent"
    assert result.bells == 0  # a missing device is not a reason to ring for every cue
    assert result.stderr == ""


def test_without_simpleaudio_a_failing_player_is_not_noisy_either(tmp_path: Path) -> None:
    steps = [{"events": [Event(EventKind.HOLD_STARTED, 0, rep=1)]}]
    result = run_scenario(
        no_device_config(tmp_path), steps, no_simpleaudio=True, players=["aplay"], lang="nb"
    )
    assert result.notices == ["Fant ingen lydenhet: økten går uten lyd."]
    assert result.stderr == ""
