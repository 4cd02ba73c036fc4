"""Spoken cues through the speech program of the machine: espeak-ng (Linux) or say (macOS).

Speech runs as its own process, so it never holds up the caller; a new phrase cuts off the one
still being spoken, like the tones do.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from itertools import count
from pathlib import Path
from typing import Final

from coach.i18n import Language, translate
from coach.sound.backends import Notify
from coach.sound.process_slot import ProcessSlot

# espeak-ng's voices for coach's languages; `say` voices are looked up by locale instead.
_ESPEAK_VOICES: Final[dict[Language, str]] = {"en": "en", "nb": "nb"}
# A little slower than espeak-ng's 175 words a minute: the listener is busy exercising.
_ESPEAK_WPM: Final = 150


class Voice:
    """Says phrases in one language; `record_to` writes each phrase to a WAV file instead."""

    def __init__(
        self,
        program: str,
        lang: Language,
        *,
        say_voice: str | None = None,
        record_to: Path | None = None,
    ) -> None:
        self._program = program
        self._lang: Language = lang
        self._say_voice = say_voice
        self._record_to = record_to
        self._numbers = count(1)
        self._speech = ProcessSlot()
        self.recordings: list[Path] = []  # files written so far when recording

    @classmethod
    def find(
        cls, lang: Language, *, notify: Notify | None = None, record_to: Path | None = None
    ) -> Voice | None:
        """The voice of this machine, or None (and one notice) if it has no speech program."""
        espeak = shutil.which("espeak-ng")
        if espeak is not None:
            return cls(espeak, lang, record_to=record_to)
        say = shutil.which("say")
        if say is not None:
            return cls(say, lang, say_voice=_say_voice_for(say, lang), record_to=record_to)
        if notify is not None:
            notify(translate("sound.voice.missing", lang))
        return None

    @property
    def name(self) -> str:
        """The speech program's name."""
        return Path(self._program).name

    @property
    def lang(self) -> Language:
        """The language spoken."""
        return self._lang

    @lang.setter
    def lang(self, lang: Language) -> None:
        if lang != self._lang and self.name == "say":
            self._say_voice = _say_voice_for(self._program, lang)
        self._lang = lang

    def command(self, text: str, *, volume: int = 100, out: Path | None = None) -> list[str]:
        """The command line that says `text` at `volume` (0–100), or writes it to `out`."""
        if self.name == "say":
            argv = [self._program]
            if self._say_voice:
                argv += ["-v", self._say_voice]
            if out is not None:
                argv += ["-o", str(out), "--data-format=LEI16@22050"]
            # say has no volume option, but reads an embedded volume command; a phrase must not
            # start with "-", or say would take it for an option.
            return [*argv, f"[[volm {volume / 100:.2f}]] {text.lstrip('-')}"]
        # espeak-ng's amplitude runs 0–200 with 100 as its normal loudness.
        argv = [self._program, "-v", _ESPEAK_VOICES[self.lang], "-s", str(_ESPEAK_WPM)]
        argv += ["-a", str(max(0, min(volume, 100)))]
        if out is not None:
            argv += ["-w", str(out)]
        return [*argv, "--", text]

    def say(self, text: str, *, volume: int = 100, delay: float = 0.0) -> None:
        """Start saying `text` after `delay` seconds (to let a tone finish); returns at once."""
        self.stop()
        out = None
        if self._record_to is not None:
            out = self._record_to / f"{next(self._numbers):04d}.wav"
            self.recordings.append(out)
        argv = self.command(text, volume=volume, out=out)
        if delay > 0:
            # The shell waits, then becomes the speech program (same process, so killing it
            # stops either); the phrase is passed as arguments, never through the shell's parser.
            argv = ["/bin/sh", "-c", 'sleep "$0" && exec "$@"', f"{delay:.3f}", *argv]
        # If the program vanished, the tones go on without it: speech is an extra. (The slot
        # sends its output, espeak-ng's own audio errors too, nowhere near the screen.)
        with contextlib.suppress(OSError):
            self._speech.start(argv)

    def stop(self) -> None:
        """Cut off the phrase being said."""
        self._speech.stop()

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The process saying the current (or last) phrase."""
        return self._speech.process

    def wait(self, timeout: float) -> bool:
        """Wait until the phrase has been said; False on timeout."""
        return self._speech.wait(timeout)

    def close(self) -> None:
        """Stop speaking and reap the processes."""
        self._speech.close()


def _say_voice_for(say: str, lang: Language) -> str | None:
    # `say -v '?'` lists "Name   nb_NO   # sample sentence"; take the first of the language.
    try:
        listing = subprocess.run(
            [say, "-v", "?"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    prefixes = ("nb", "no") if lang == "nb" else ("en",)
    for line in listing.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 2 and fields[-1].lower().startswith(prefixes):
            return " ".join(fields[:-1])
    return None
