"""Real audio for the sound tests: ALSA configurations that capture what a program plays, and a
runner for `scenario.py` in a child process (ALSA reads its configuration once per process).

`ALSA_CONFIG_PATH` replaces ALSA's whole configuration, so each file here defines everything the
test needs and nothing of the machine's: a capturing default device, or no usable one at all.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import subprocess
import sys
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from coach.resources import sounds_dir
from coach.session.events import Event

HERE = Path(__file__).resolve().parent
SCENARIO = HERE / "scenario.py"
SLOW_SINK = HERE / "slow_sink.py"


def require_simpleaudio() -> None:
    """Skip without simpleaudio, except where COACH_REQUIRE_AUDIO=1 (CI) makes that a failure."""
    if importlib.util.find_spec("simpleaudio") is not None:
        return
    reason = "simpleaudio is not installed (pip install '.[audio]'), so real playback is untested"
    if os.environ.get("COACH_REQUIRE_AUDIO") == "1":
        pytest.fail(f"COACH_REQUIRE_AUDIO=1 but {reason}")
    pytest.skip(reason)


def _file_device(file: str) -> str:
    # The file plugin writes every frame played, unconverted ("raw"), and hands it on to the null
    # device, which takes it at once: playback is real, only no loudspeaker is there.
    return (
        "pcm.!default {\n"
        "  type file\n"
        '  slave.pcm "null"\n'
        f'  file "{file}"\n'
        '  format "raw"\n'
        "}\n"
        "pcm.null { type null }\n"
    )


def capture_config(directory: Path, out: Path) -> Path:
    """An ALSA configuration whose default device appends everything played to `out`."""
    config = directory / "capture.conf"
    config.write_text(_file_device(f"| cat >> {out}"), encoding="utf-8")
    return config


def slow_capture_config(directory: Path, out_dir: Path, bytes_per_second: int) -> Path:
    """Like `capture_config`, but each stream goes to its own file in `out_dir`, and is taken no
    faster than `bytes_per_second`, as a loudspeaker would: a cue takes time to play, so it can
    be cut off."""
    config = directory / "slow.conf"
    sink = f"| {sys.executable} {SLOW_SINK} {out_dir} {bytes_per_second}"
    config.write_text(_file_device(sink), encoding="utf-8")
    return config


def no_device_config(directory: Path) -> Path:
    """An ALSA configuration with no default device: opening it fails, and libasound says so on
    stderr ("Unknown PCM default") unless its error handler is silenced."""
    config = directory / "no-device.conf"
    config.write_text("# no devices at all\n", encoding="utf-8")
    return config


def cue_frames(name: str) -> bytes:
    """The PCM frames of a bundled cue."""
    with wave.open(str(sounds_dir() / f"{name}.wav"), "rb") as wav:
        return wav.readframes(wav.getnframes())


def event_to_json(event: Event) -> dict[str, Any]:
    """An event as `scenario.py` reads it back."""
    data = dataclasses.asdict(event)
    data["kind"] = event.kind.value
    data["rest"] = event.rest.value if event.rest is not None else None
    return data


@dataclass(frozen=True)
class ScenarioResult:
    notices: list[str]
    backend: str
    bells: int
    stderr: str
    returncode: int
    extra: dict[str, Any]


def run_scenario(
    alsa_config: Path | None,
    steps: Sequence[dict[str, Any]],
    *,
    timeout: float = 30,
    env: dict[str, str] | None = None,
    **options: Any,
) -> ScenarioResult:
    """Run `scenario.py` in a child process with ALSA pointed at `alsa_config`.

    `steps` are {"events": [Event, ...]}, {"volume": n}, {"toggle_mute": true}, {"sleep": s} or
    {"overrides": {cue: path}};
    `options` go to `make_sound_cues` (lang, volume, muted, voice, overrides) or the scenario
    (no_simpleaudio, players, bell, wait).
    """
    encoded = [
        {"events": [event_to_json(e) for e in step["events"]]} if "events" in step else step
        for step in steps
    ]
    child_env = dict(os.environ)
    if alsa_config is not None:
        child_env["ALSA_CONFIG_PATH"] = str(alsa_config)
    child_env.update(env or {})
    spec = json.dumps({"steps": encoded, **options}, default=str)
    proc = subprocess.run(
        [sys.executable, str(SCENARIO)],
        input=spec,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env,
        check=False,
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise AssertionError(f"scenario failed ({proc.returncode}):\n{proc.stderr}")
    report = json.loads(proc.stdout)
    return ScenarioResult(
        notices=report.pop("notices"),
        backend=report.pop("backend"),
        bells=report.pop("bells"),
        stderr=proc.stderr,
        returncode=proc.returncode,
        extra=report,
    )
