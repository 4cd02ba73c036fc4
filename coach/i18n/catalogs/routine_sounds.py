"""A routine's own sounds (`sounds:`) that won't play: the problem code and its hints.

The message itself is the sound package's `sound.wav.*` key saying why (missing, not a WAV…).
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The code's default message; `coach check` shows the more precise `sound.wav.*` one.
    "routine.bad-sound-file": {
        "en": "the sound file {path} cannot be played",
        "nb": "lydfilen {path} kan ikke spilles av",
    },
    "routine.bad-sound-file.hint": {
        "en": "a sound must be an uncompressed (PCM) WAV file, mono or stereo, 8, 16, 24 or"
        " 32-bit, at a common rate such as 44100 or 48000 Hz; most recording apps can export"
        " one",
        "nb": "en lyd må være en ukomprimert WAV-fil (PCM), mono eller stereo, 8, 16, 24 eller"
        " 32 bit, med en vanlig samplingsfrekvens som 44100 eller 48000 Hz; de fleste"
        " opptaksapper kan eksportere det",
    },
    "routine.bad-sound-file.missing": {
        "en": "the path is read from the routine file's folder, {folder}",
        "nb": "stien leses fra mappen programfilen ligger i, {folder}",
    },
}
