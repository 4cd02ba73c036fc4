"""`SoundCues`: listens to the engine's events and makes them heard, with volume, mute and voice.

The UI owns one `SoundCues` and hands it every batch of events the engine returns
(`sound.handle(engine.tick(now))`). Nothing here blocks: clips play on the backend's own thread or
process, speech in its own process.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

from coach.i18n import Language, translate
from coach.resources import sounds_dir
from coach.session.events import Event
from coach.sound.backends import (
    Backend,
    BellBackend,
    Notify,
    SilentBackend,
    SoundUnavailable,
    choose_backend,
)
from coach.sound.clip import Clip, ClipError, read_clip
from coach.sound.cues import choose_cue, phrase_for_batch
from coach.sound.voice import Voice
from coach.sound.wavcheck import CUE_NAMES, CueName

DEFAULT_VOLUME: Final = 80
# Speech waits for the tone it comes with, but never long: the words are the news.
_MAX_SPEECH_DELAY_S: Final = 0.8


class SoundCues:
    """Plays the cue of each batch of engine events, and says its phrase when a voice is given.

    `lang` is the routine's language (the voice speaks it). `overrides` maps cue names to WAV
    files that replace coach's own sounds (a routine's `sounds:`); one that cannot be read is
    reported through `notify` and the built-in sound plays instead.
    """

    def __init__(
        self,
        backend: Backend,
        lang: Language,
        *,
        volume: int = DEFAULT_VOLUME,
        muted: bool = False,
        voice: Voice | None = None,
        overrides: Mapping[str, Path] | None = None,
        notify: Notify | None = None,
        sounds: Path | None = None,
        find_voice: Callable[[Language], Voice | None] | None = None,
    ) -> None:
        self._backend = backend
        self._lang: Language = lang
        self._volume = _clamp(volume)
        self._muted = muted
        self._voice = voice
        self._speaking = voice is not None  # the patient may turn the voice off and on (v)
        # Turning the voice on when coach started without one looks for the speech program then.
        self._find_voice = find_voice or (lambda lang: Voice.find(lang, notify=notify))
        self._notify = notify
        self._sounds = sounds if sounds is not None else sounds_dir()
        self._clips: dict[CueName, Clip | None] = {}
        self._scaled: dict[tuple[CueName, int], Clip] = {}
        self.set_overrides(overrides or {})

    @property
    def lang(self) -> Language:
        """The routine's language: of the voice, and of the notices and status."""
        return self._lang

    @lang.setter
    def lang(self, lang: Language) -> None:
        self._lang = lang
        if self._voice is not None:
            self._voice.lang = lang

    # What the UI shows.
    @property
    def volume(self) -> int:
        """The volume, 0–100."""
        return self._volume

    @property
    def muted(self) -> bool:
        """Whether sound is muted (tones and voice)."""
        return self._muted

    @property
    def backend_name(self) -> str:
        """How sound is played: "simpleaudio", "aplay", "bell", "silent"…"""
        return self._backend.name

    @property
    def silent(self) -> bool:
        """True when nothing can be heard whatever the volume (no device or player)."""
        return isinstance(self._backend, SilentBackend)

    @property
    def volume_heard(self) -> bool:
        """Whether the volume changes anything: not with no device, nor with the bell only."""
        return not isinstance(self._backend, BellBackend | SilentBackend)

    @property
    def voice_enabled(self) -> bool:
        """Whether cues are also spoken."""
        return self._voice is not None and self._speaking

    @property
    def status_text(self) -> str:
        """A short line for the screen: "Sound 80 %", "Sound muted", "No sound" or "Terminal
        bell only" (no volume: the bell has none)."""
        if self.silent:
            return translate("sound.status.silent", self.lang)
        if isinstance(self._backend, BellBackend):
            return translate("sound.status.bell", self.lang)
        if self._muted:
            return translate("sound.status.muted", self.lang)
        return translate("sound.status.volume", self.lang, volume=self._volume)

    # What the UI tells it.
    def handle(self, events: Sequence[Event]) -> None:
        """Sound one batch of events: the most important cue only, and its phrase if speaking."""
        if self._muted or not events:
            return
        tone_seconds = 0.0
        choice = choose_cue(events)
        if choice is not None:
            tone_seconds = self.play_cue(choice[0])
        if self._voice is not None and self._speaking and self._volume > 0:
            phrase = phrase_for_batch(events, self.lang)
            if phrase is not None:
                delay = min(tone_seconds, _MAX_SPEECH_DELAY_S)
                self._voice.say(phrase, volume=self._volume, delay=delay)

    def play_cue(self, cue: CueName) -> float:
        """Play one cue now, cutting off the one playing; returns its length, 0 if unheard."""
        if self._muted or self._volume == 0:
            return 0.0
        clip = self._clip(cue)
        if clip is None:
            return 0.0
        try:
            self._backend.play(clip)
        except SoundUnavailable:
            # The device went away mid-session (a headset unplugged): say so once, go on quietly.
            self._backend.close()
            self._backend = SilentBackend()
            self._tell("sound.backend.lost")
            return 0.0
        # The bell and silence take no time: speech need not wait for them.
        return 0.0 if isinstance(self._backend, BellBackend | SilentBackend) else clip.seconds

    def set_overrides(self, overrides: Mapping[str, Path]) -> None:
        """Use these WAV files instead of coach's own sounds (a new routine's `sounds:`).

        Files are read now, so a bad one is reported at the start of a session, not mid-way.
        """
        for cue in overrides:
            if cue not in CUE_NAMES:
                raise ValueError(f"{cue!r} is not a cue name (one of {', '.join(CUE_NAMES)})")
        self._clips.clear()
        self._scaled.clear()
        for cue, path in overrides.items():
            self._load_override(cue, path)  # type: ignore[arg-type]  # checked above

    def set_voice(self, enabled: bool) -> bool:
        """Speak the cues too, or stop speaking them (cutting off the phrase being said).

        Returns whether they are now spoken: False when no speech program can be found (the
        search tells `notify` so).
        """
        if enabled and self._voice is None:
            self._voice = self._find_voice(self._lang)
        self._speaking = enabled and self._voice is not None
        if not self._speaking and self._voice is not None:
            self._voice.stop()
        return self._speaking

    def set_volume(self, volume: int) -> int:
        """Set the volume (clamped to 0–100); returns the volume now in effect."""
        self._volume = _clamp(volume)
        return self._volume

    def toggle_mute(self) -> bool:
        """Mute or unmute; muting cuts off what is playing. Returns whether it is now muted."""
        self._muted = not self._muted
        if self._muted:
            self.stop()
        return self._muted

    def stop(self) -> None:
        """Cut off the tone and the phrase playing now."""
        self._backend.stop()
        if self._voice is not None:
            self._voice.stop()

    def wait_until_quiet(self, timeout: float) -> bool:
        """Wait (blocking) until the last cue and phrase have finished; False on timeout.

        For the end of a command-line run and for tests, never for the UI's event loop.
        """
        done = self._backend.wait(timeout)
        if self._voice is not None:
            done = self._voice.wait(timeout) and done
        return done

    def close(self) -> None:
        """Stop everything and release the backend and the voice."""
        self._backend.close()
        if self._voice is not None:
            self._voice.close()

    # Clips.
    def _load_override(self, cue: CueName, path: Path) -> None:
        try:
            self._clips[cue] = read_clip(path, name=cue)
        except ClipError:
            self._tell("sound.override.failed", path=path, cue=cue)

    def _clip(self, cue: CueName) -> Clip | None:
        if cue not in self._clips:
            path = self._sounds / f"{cue}.wav"
            try:
                self._clips[cue] = read_clip(path, name=cue)
            except ClipError as error:  # a broken installation: tell, and keep going
                self._clips[cue] = None
                self._tell(error.key, path=path)
        clip = self._clips[cue]
        if clip is None:
            return None
        key = (cue, self._volume)
        scaled = self._scaled.get(key)
        if scaled is None:
            scaled = self._scaled[key] = clip.scaled(self._volume)
        return scaled

    def _tell(self, key: str, **params: object) -> None:
        if self._notify is not None:
            self._notify(translate(key, self.lang, **params))


def make_sound_cues(
    lang: Language,
    *,
    volume: int = DEFAULT_VOLUME,
    muted: bool = False,
    voice: bool = False,
    overrides: Mapping[str, Path] | None = None,
    bell: Callable[[], None] | None = None,
    notify: Notify | None = None,
) -> SoundCues:
    """Everything the UI needs in one call: the backend that works here, the voice if asked for.

    `bell` rings the terminal bell (Textual's `App.bell`), `notify` shows a quiet one-line notice
    (e.g. `lambda text: app.notify(text, timeout=4)`). It is called at most once for the backend,
    once if `voice` is asked for but no speech program is found, once per bad override (all in
    the thread that calls this function), and once later if the device goes away mid-session (in
    the thread that calls `handle`). Choosing the backend may run a player program for a moment,
    so a UI calls this in a worker thread; its `notify` must then work from either thread.
    """
    backend = choose_backend(lang, bell=bell, notify=notify)
    spoken = Voice.find(lang, notify=notify) if voice else None
    return SoundCues(
        backend, lang, volume=volume, muted=muted, voice=spoken, overrides=overrides, notify=notify
    )


def _clamp(volume: int) -> int:
    return max(0, min(100, int(volume)))
