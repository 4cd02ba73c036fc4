"""The ways a clip can reach the speaker, and the choice among them.

Every backend plays without blocking its caller (the UI's event loop) and cuts off the clip that
is still playing when the next one starts: a cue that comes late is worse than no cue, so nothing
is ever queued.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

from coach.i18n import Language, translate
from coach.sound.alsa import can_open_default_pcm, silence_alsa_errors
from coach.sound.clip import Clip, silence
from coach.sound.process_slot import ProcessSlot

Notify = Callable[[str], None]

# Player programs, in the order they are tried: PulseAudio/PipeWire, plain ALSA, macOS.
PLAYERS: Final[tuple[str, ...]] = ("paplay", "aplay", "afplay")

# How long a player program may take to play the probe's few milliseconds of silence.
_PROBE_TIMEOUT_S: Final = 3.0


class SoundUnavailable(Exception):
    """The backend cannot play any more (the device went away)."""


class Backend(Protocol):
    """Plays clips without blocking; a new clip cuts off the one still playing."""

    @property
    def name(self) -> str:
        """What the user is told plays the sound ("simpleaudio", "aplay", …)."""
        ...

    def play(self, clip: Clip) -> None:
        """Start playing `clip` and return at once; raises SoundUnavailable if it cannot."""
        ...

    def stop(self) -> None:
        """Cut off whatever is playing."""
        ...

    def is_playing(self) -> bool:
        """Whether a clip is still being played."""
        ...

    def wait(self, timeout: float) -> bool:
        """Block until the clip has finished (for closing and tests); False on timeout."""
        ...

    def close(self) -> None:
        """Stop and release what the backend holds (processes, temporary files)."""
        ...


class SimpleAudioBackend:
    """Plays through simpleaudio, which writes to the device from its own thread."""

    name = "simpleaudio"

    def __init__(self) -> None:
        # Before simpleaudio touches ALSA, or its first error lands on the screen.
        silence_alsa_errors()
        import simpleaudio  # deferred: optional, and a C extension that costs start-up time

        self._simpleaudio: Any = simpleaudio
        self._current: Any = None  # the PlayObject of the clip playing now

    def probe(self) -> bool:
        """Whether there is a device to play on, checked without playing anything."""
        usable = can_open_default_pcm()
        return True if usable is None else usable  # no ALSA: macOS or Windows, always a device

    def play(self, clip: Clip) -> None:
        self.stop()
        try:
            self._current = self._simpleaudio.play_buffer(
                clip.frames, clip.channels, clip.sampwidth, clip.rate
            )
        except Exception as error:  # simpleaudio raises its own SimpleaudioError type
            raise SoundUnavailable(str(error)) from error

    def stop(self) -> None:
        if self._current is not None:
            self._current.stop()  # sets a flag the playing thread reads; does not wait
            self._current = None

    def is_playing(self) -> bool:
        return self._current is not None and bool(self._current.is_playing())

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self._current is not None and self._current.is_playing():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.005)
        return True

    def close(self) -> None:
        current = self._current
        self.stop()
        # simpleaudio's thread calls back into Python when it ends; let it finish before the
        # interpreter shuts down.
        deadline = time.monotonic() + 0.5
        while current is not None and current.is_playing() and time.monotonic() < deadline:
            time.sleep(0.005)


class CommandBackend:
    """Plays through a player program (paplay, aplay, afplay), one process per clip."""

    def __init__(self, program: str) -> None:
        self._program = program
        self._dir: Path | None = None  # temporary WAV files, made on first use
        self._files: dict[str, Path] = {}
        self._players = ProcessSlot()

    @property
    def name(self) -> str:
        return Path(self._program).name

    def command(self, wav: Path) -> list[str]:
        """The command line that plays `wav`."""
        if self.name == "aplay":
            return [self._program, "-q", str(wav)]
        return [self._program, str(wav)]

    def probe(self) -> bool:
        """Whether the program plays a few milliseconds of silence without an error."""
        wav = self._file_for(silence(0.01))
        try:
            result = subprocess.run(
                self.command(wav),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=_PROBE_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return False
        return result.returncode == 0

    def play(self, clip: Clip) -> None:
        self.stop()  # first: writing a new clip's file takes a moment
        try:
            self._players.start(self.command(self._file_for(clip)))
        except OSError as error:
            raise SoundUnavailable(str(error)) from error

    def stop(self) -> None:
        self._players.stop()

    def is_playing(self) -> bool:
        return self._players.running()

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The player process of the clip playing now (or last played)."""
        return self._players.process

    def wait(self, timeout: float) -> bool:
        return self._players.wait(timeout)

    def close(self) -> None:
        self._players.close()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
            self._files.clear()

    def _file_for(self, clip: Clip) -> Path:
        # Player programs read files; each distinct clip (a cue at one volume) is written once.
        key = hashlib.sha1(clip.frames, usedforsecurity=False).hexdigest()[:16]
        path = self._files.get(key)
        if path is None:
            if self._dir is None:
                self._dir = Path(tempfile.mkdtemp(prefix="coach-sound-"))
            path = self._dir / f"{key}.wav"
            path.write_bytes(clip.to_wav())
            self._files[key] = path
        return path


class _Instant:
    """A backend whose `play` is over when it returns: nothing to cut off, wait for or release."""

    def stop(self) -> None:
        pass

    def is_playing(self) -> bool:
        return False

    def wait(self, timeout: float) -> bool:
        return True

    def close(self) -> None:
        pass


class BellBackend(_Instant):
    """Rings the terminal bell for every cue, through the UI that owns the terminal."""

    name = "bell"

    def __init__(self, ring: Callable[[], None]) -> None:
        self._ring = ring

    def play(self, clip: Clip) -> None:
        self._ring()


class SilentBackend(_Instant):
    """Plays nothing: no device, no player, or sound switched off."""

    name = "silent"

    def play(self, clip: Clip) -> None:
        pass


def choose_backend(
    lang: Language,
    *,
    bell: Callable[[], None] | None = None,
    notify: Notify | None = None,
    players: Sequence[str] = PLAYERS,
) -> Backend:
    """The first way of playing that works here; says which, once, through `notify`.

    simpleaudio first, then a player program on PATH, then the terminal bell (`bell`, e.g. the
    Textual app's `bell`). When simpleaudio or a player is installed but no device answers, the
    session runs silently rather than ringing the bell for every cue. Takes a few milliseconds
    (one process run per player program tried).
    """

    def chosen(backend: Backend, key: str, **params: object) -> Backend:
        if notify is not None:
            notify(translate(key, lang, **params))
        return backend

    silence_alsa_errors()
    device_missing = False
    try:
        simple = SimpleAudioBackend()
    except ImportError:
        pass
    else:
        if simple.probe():
            return chosen(simple, "sound.backend.simpleaudio")
        device_missing = True
    for player in players:
        program = shutil.which(player)
        if program is None:
            continue
        command = CommandBackend(program)
        if command.probe():
            return chosen(command, "sound.backend.player", player=command.name)
        command.close()
        device_missing = True
    if device_missing:
        return chosen(SilentBackend(), "sound.backend.no_device")
    if bell is not None:
        return chosen(BellBackend(bell), "sound.backend.bell")
    return chosen(SilentBackend(), "sound.backend.none")
