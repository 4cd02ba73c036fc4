"""Messages of kiosk mode (`coach kiosk`, the attract screen, the staff exit) and `coach serve`."""

MESSAGES: dict[str, dict[str, str]] = {
    # The attract screen.
    "kiosk.default_title": {"en": "Take a back break", "nb": "Ta en ryggpause"},
    "kiosk.attract.subtitle": {
        "en": "A few gentle exercises for your back, guided step by step.",
        "nb": "Noen rolige øvelser for ryggen, veiledet steg for steg.",
    },
    "kiosk.attract.routine_details": {
        "en": "{exercises} · {duration}",
        "nb": "{exercises} · {duration}",
    },
    "kiosk.attract.hint": {
        "en": "Press any key or touch a routine to start",
        "nb": "Trykk på en tast eller på et program for å starte",
    },
    "kiosk.attract.none": {
        "en": "No routine is available right now. Please tell the staff.",
        "nb": "Ingen programmer er tilgjengelige akkurat nå. Si gjerne fra til personalet.",
    },
    # Idle during a paused session.
    "kiosk.still_there.title": {"en": "Are you still there?", "nb": "Er du der fortsatt?"},
    "kiosk.still_there.body": {
        "en": "Press any key or touch the screen to carry on.\n"
        "Otherwise coach starts afresh for the next person in {seconds} s.",
        "nb": "Trykk på en tast eller på skjermen for å fortsette.\n"
        "Ellers starter coach på nytt for nestemann om {seconds} s.",
    },
    # The staff exit.
    "kiosk.staff.title": {"en": "Staff exit", "nb": "Avslutning for personalet"},
    "kiosk.staff.body": {
        "en": "Enter the staff PIN and press Enter. Esc goes back.",
        "nb": "Skriv inn personalets PIN-kode og trykk Enter. Esc går tilbake.",
    },
    "kiosk.staff.placeholder": {"en": "PIN", "nb": "PIN-kode"},
    "kiosk.staff.no_pin": {
        "en": "No staff PIN is set in the kiosk config, so the kiosk cannot be ended here.\n"
        "Stop it from the system instead. Esc goes back.",
        "nb": "Kiosk-oppsettet har ingen PIN-kode for personalet, så kiosken kan ikke "
        "avsluttes her.\nStopp den fra systemet i stedet. Esc går tilbake.",
    },
    "kiosk.staff.wrong": {"en": "Wrong PIN.", "nb": "Feil PIN-kode."},
    "kiosk.staff.wrong_wait": {
        "en": "Wrong PIN. Too many wrong PINs: wait {seconds} s before trying again.",
        "nb": "Feil PIN-kode. For mange feil forsøk: vent {seconds} s før du prøver igjen.",
    },
    "kiosk.staff.wait": {
        "en": "Too many wrong PINs: wait {seconds} s before trying again.",
        "nb": "For mange feil forsøk: vent {seconds} s før du prøver igjen.",
    },
    # PINs (`coach kiosk --hash-pin`).
    "kiosk.pin.digits_only": {
        "en": "a PIN is made of digits only",
        "nb": "en PIN-kode består bare av sifre",
    },
    "kiosk.pin.length": {
        "en": "a PIN has 4 to 12 digits",
        "nb": "en PIN-kode har 4 til 12 sifre",
    },
    # The config file.
    "kiosk.config.in_file": {"en": "{path}: {problem}", "nb": "{path}: {problem}"},
    "kiosk.config.missing": {
        "en": "no such kiosk config file",
        "nb": "kiosk-oppsettfilen finnes ikke",
    },
    "kiosk.config.unreadable": {
        "en": "the kiosk config can't be read ({reason})",
        "nb": "kiosk-oppsettet kan ikke leses ({reason})",
    },
    "kiosk.config.not_utf8": {
        "en": "the kiosk config is not UTF-8 text",
        "nb": "kiosk-oppsettet er ikke UTF-8-tekst",
    },
    "kiosk.config.not_toml": {
        "en": "the kiosk config is not valid TOML: {reason}",
        "nb": "kiosk-oppsettet er ikke gyldig TOML: {reason}",
    },
    "kiosk.config.unknown_key": {
        "en": "unknown key '{key}' (the keys are: {known})",
        "nb": "ukjent nøkkel '{key}' (nøklene er: {known})",
    },
    "kiosk.config.bad_choice": {
        "en": "'{key}' must be one of: {choices}",
        "nb": "'{key}' må være en av: {choices}",
    },
    "kiosk.config.bad_chord": {
        "en": '\'staff_exit\' must be 1 to 4 key names such as "ctrl+x ctrl+e", not "{value}"',
        "nb": "'staff_exit' må være 1 til 4 tastenavn, for eksempel \"ctrl+x ctrl+e\", "
        'ikke "{value}"',
    },
    "kiosk.config.bad_pin_hash": {
        "en": "'pin_hash' is not a PIN hash: make one with `coach kiosk --hash-pin`",
        "nb": "'pin_hash' er ikke en PIN-hash: lag en med `coach kiosk --hash-pin`",
    },
    "kiosk.config.empty": {"en": "'{key}' is empty", "nb": "'{key}' er tom"},
    "kiosk.config.expected_text": {
        "en": "'{key}' must be text in quotes",
        "nb": "'{key}' må være tekst i anførselstegn",
    },
    "kiosk.config.expected_bool": {
        "en": "'{key}' must be true or false",
        "nb": "'{key}' må være true eller false",
    },
    "kiosk.config.expected_number": {
        "en": "'{key}' must be a number of seconds",
        "nb": "'{key}' må være et antall sekunder",
    },
    "kiosk.config.expected_paths": {
        "en": "'{key}' must be a list of file names in quotes",
        "nb": "'{key}' må være en liste med filnavn i anførselstegn",
    },
    "kiosk.config.out_of_range": {
        "en": "'{key}' must be between {low} and {high} seconds",
        "nb": "'{key}' må være mellom {low} og {high} sekunder",
    },
}
