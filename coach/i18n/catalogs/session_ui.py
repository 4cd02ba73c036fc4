"""Messages of the session screen's voice switch and its footer (the rest are in ui.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The key and button that turn the spoken cues on and off.
    "ui.action.voice": {"en": "Voice", "nb": "Tale"},
    # The footer's one label for the - and + keys.
    "ui.footer.volume": {"en": "Volume", "nb": "Volum"},
    # After the sound status: "Sound 80 % · Voice on".
    "ui.sound.voice_on": {"en": "Voice on", "nb": "Tale på"},
    "ui.sound.voice_off": {"en": "Voice off", "nb": "Tale av"},
    "ui.sound.with_voice": {"en": "{sound} · {voice}", "nb": "{sound} · {voice}"},
    # The notice after + or -.
    "ui.notice.volume": {"en": "Volume {volume} %", "nb": "Volum {volume} %"},
    "ui.notice.volume_muted": {
        "en": "Volume {volume} % – sound is muted (M turns it on)",
        "nb": "Volum {volume} % – lyden er av (M slår den på)",
    },
    "ui.notice.volume_silent": {
        "en": "No sound device: the volume changes nothing.",
        "nb": "Ingen lydenhet: volumet endrer ingenting.",
    },
    "ui.notice.voice_silent": {
        "en": "No sound device: the voice can't be heard either.",
        "nb": "Ingen lydenhet: talen kan heller ikke høres.",
    },
    "ui.notice.volume_bell": {
        "en": "Volume {volume} % – the terminal bell rings at its own loudness (0 % silences it)",
        "nb": "Volum {volume} % – terminalens pip har sin egen styrke (0 % gjør den stille)",
    },
}
