"""Messages of the sound: which player is used, problems with sound files, and spoken cues."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "sound."

MESSAGES: dict[str, dict[str, str]] = {
    # Which way sound is played, said once when a session starts.
    "sound.backend.simpleaudio": {
        "en": "Sound plays through simpleaudio.",
        "nb": "Lyden spilles av med simpleaudio.",
    },
    "sound.backend.player": {
        "en": "Sound plays through {player}.",
        "nb": "Lyden spilles av med {player}.",
    },
    "sound.backend.bell": {
        "en": "No sound player found: cues use the terminal bell.",
        "nb": "Fant ingen lydavspiller: signalene gis med terminalens varsellyd.",
    },
    "sound.backend.none": {
        "en": "No sound player found: the session runs without sound.",
        "nb": "Fant ingen lydavspiller: økten går uten lyd.",
    },
    "sound.backend.no_device": {
        "en": "No sound device found: the session runs without sound.",
        "nb": "Fant ingen lydenhet: økten går uten lyd.",
    },
    "sound.backend.lost": {
        "en": "The sound device stopped working: the session goes on without sound.",
        "nb": "Lydenheten sluttet å virke: økten fortsetter uten lyd.",
    },
    "sound.voice.missing": {
        "en": "No speech program found (espeak-ng or say): cues play as tones only.",
        "nb": "Fant ikke noe taleprogram (espeak-ng eller say): signalene spilles bare som toner.",
    },
    "sound.override.failed": {
        "en": "Cannot play {path}: using the built-in {cue} sound instead.",
        "nb": "Kan ikke spille av {path}: bruker den innebygde lyden for {cue} i stedet.",
    },
    # What the screen shows about the sound.
    "sound.status.volume": {"en": "Sound {volume} %", "nb": "Lyd {volume} %"},
    "sound.status.muted": {"en": "Sound muted", "nb": "Lyden er av"},
    "sound.status.silent": {"en": "No sound", "nb": "Uten lyd"},
    "sound.status.bell": {"en": "Terminal bell only", "nb": "Bare terminalens pip"},
    # Problems with a sound file named in a routine (`check_wav`); each takes `path`.
    "sound.wav.missing": {
        "en": "the sound file {path} does not exist",
        "nb": "lydfilen {path} finnes ikke",
    },
    "sound.wav.unreadable": {
        "en": "the sound file {path} cannot be read",
        "nb": "lydfilen {path} kan ikke leses",
    },
    "sound.wav.not_wav": {
        "en": "{path} is not a WAV file",
        "nb": "{path} er ikke en WAV-fil",
    },
    "sound.wav.unsupported": {
        "en": (
            "{path} is a kind of WAV file coach cannot play: save it as PCM (16-bit), "
            "mono or stereo, at 44100 or 48000 Hz"
        ),
        "nb": (
            "{path} er en type WAV-fil coach ikke kan spille av: lagre den som PCM (16-bit), "
            "mono eller stereo, med 44100 eller 48000 Hz"
        ),
    },
    "sound.wav.empty": {
        "en": "the sound file {path} contains no sound",
        "nb": "lydfilen {path} inneholder ingen lyd",
    },
    # Spoken cues (`--voice`), in the routine's language.
    "sound.say.get_ready": {"en": "{exercise}. Get ready.", "nb": "{exercise}. Gjør deg klar."},
    "sound.say.get_ready_position": {
        "en": "{exercise}. Get ready. {position}",
        "nb": "{exercise}. Gjør deg klar. {position}",
    },
    "sound.say.start": {"en": "Begin.", "nb": "Begynn."},
    "sound.say.hold": {"en": "{rep}, hold.", "nb": "{rep}, hold."},
    "sound.say.hold_no_rep": {"en": "Hold.", "nb": "Hold."},
    "sound.say.with_rep": {"en": "{rep}, {cue}", "nb": "{rep}, {cue}"},
    "sound.say.release": {"en": "Release.", "nb": "Slipp opp."},
    "sound.say.count": {"en": "{rep}.", "nb": "{rep}."},
    "sound.say.rest": {"en": "Rest.", "nb": "Hvil."},
    "sound.say.rest_over": {"en": "The rest is over.", "nb": "Hvilen er over."},
    "sound.say.waiting": {
        "en": "Continue when you are ready.",
        "nb": "Gå videre når du er klar.",
    },
    "sound.say.switch_left": {
        "en": "Switch to the left side.",
        "nb": "Bytt til venstre side.",
    },
    "sound.say.switch_right": {
        "en": "Switch to the right side.",
        "nb": "Bytt til høyre side.",
    },
    "sound.say.switch": {"en": "Switch sides.", "nb": "Bytt side."},
    "sound.say.set_done": {"en": "Set {set} done.", "nb": "Sett {set} er ferdig."},
    "sound.say.exercise_done": {"en": "{exercise} done.", "nb": "{exercise} er ferdig."},
    "sound.say.session_done": {
        "en": "Well done. The session is complete.",
        "nb": "Bra jobbet. Økten er ferdig.",
    },
    "sound.say.paused": {"en": "Paused.", "nb": "Pause."},
    "sound.say.resumed": {"en": "Continuing.", "nb": "Vi fortsetter."},
}
