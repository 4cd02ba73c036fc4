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
}
