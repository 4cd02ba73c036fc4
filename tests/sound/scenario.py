"""Run engine events through the real sound stack in a fresh process; see `audio_env.run_scenario`.

Reads a JSON spec on stdin, prints a JSON report on stdout. Runs in its own process because ALSA
reads `ALSA_CONFIG_PATH` once per process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def _event(data: dict[str, Any]) -> Any:
    from coach.session.events import Event, EventKind, RestKind

    fields = dict(data)
    fields["kind"] = EventKind(fields["kind"])
    if fields.get("rest") is not None:
        fields["rest"] = RestKind(fields["rest"])
    return Event(**fields)


def main() -> None:
    spec = json.load(sys.stdin)
    if spec.get("no_simpleaudio"):
        sys.modules["simpleaudio"] = None  # type: ignore[assignment]  # import now fails

    from coach.sound.backends import PLAYERS, choose_backend
    from coach.sound.player import SoundCues, make_sound_cues
    from coach.sound.voice import Voice

    notices: list[str] = []
    bells = 0

    def ring() -> None:
        nonlocal bells
        bells += 1

    lang = spec.get("lang", "en")
    overrides = {cue: Path(path) for cue, path in spec.get("overrides", {}).items()}
    options: dict[str, Any] = {
        "volume": spec.get("volume", 100),
        "muted": spec.get("muted", False),
        "overrides": overrides,
        "notify": notices.append,
    }
    bell = ring if spec.get("bell") else None
    if "players" in spec or "record_voice" in spec:
        backend = choose_backend(
            lang, bell=bell, notify=notices.append, players=spec.get("players", PLAYERS)
        )
        voice = None
        if spec.get("record_voice"):
            voice = Voice.find(lang, notify=notices.append, record_to=Path(spec["record_voice"]))
        sound = SoundCues(backend, lang, voice=voice, **options)
    else:
        sound = make_sound_cues(lang, voice=spec.get("voice", False), bell=bell, **options)

    quiet = []
    for step in spec["steps"]:
        if "events" in step:
            sound.handle([_event(e) for e in step["events"]])
            if spec.get("wait", True):
                quiet.append(sound.wait_until_quiet(10))
        elif "volume" in step:
            sound.set_volume(step["volume"])
        elif "toggle_mute" in step:
            sound.toggle_mute()
        elif "overrides" in step:  # the next routine's sounds
            sound.set_overrides({cue: Path(path) for cue, path in step["overrides"].items()})
        elif "sleep" in step:
            time.sleep(step["sleep"])
    sound.wait_until_quiet(10)
    report = {
        "notices": notices,
        "backend": sound.backend_name,
        "bells": bells,
        "quiet": quiet,
        "status": sound.status_text,
    }
    sound.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
