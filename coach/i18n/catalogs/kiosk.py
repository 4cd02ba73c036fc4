"""Messages of kiosk mode (`coach kiosk`, the attract screen, the staff exit) and `coach serve`."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "kiosk."

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
        "In {seconds} s coach starts afresh for the next person.",
        "nb": "Trykk på en tast eller på skjermen for å fortsette.\n"
        "Om {seconds} s starter coach på nytt for nestemann.",
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
        "en": "a new PIN has 6 to 12 digits",
        "nb": "en ny PIN-kode har 6 til 12 sifre",
    },
    # `coach kiosk`.
    "kiosk.cli.help": {
        "en": "run coach unattended on a waiting-room screen",
        "nb": "kjør coach uten tilsyn på en skjerm i venterommet",
    },
    "kiosk.cli.description": {
        "en": "Run coach as a kiosk: an attract screen with the routines on offer, the red-flag "
        "questions before every session, and a fresh start for every visitor. Nothing is saved "
        "about anyone. Ctrl+C, Ctrl+Q, Ctrl+Z and Ctrl+\\ do nothing; staff leave with the key "
        "chord Ctrl+X then Ctrl+E (the config's staff_exit) followed by the staff PIN. If the "
        "app stops unexpectedly it is started again. The settings are read from kiosk.toml in "
        "coach's data folder, or --config FILE; docs/kiosk.md describes every key.",
        "nb": "Kjør coach som kiosk: en startskjerm med programmene som tilbys, spørsmålene om "
        "røde flagg før hver økt, og en ny start for hver besøkende. Ingenting lagres om noen. "
        "Ctrl+C, Ctrl+Q, Ctrl+Z og Ctrl+\\ gjør ingenting; personalet avslutter med "
        "tastekombinasjonen Ctrl+X og så Ctrl+E (staff_exit i oppsettet) og deretter "
        "personalets PIN-kode. Stopper appen uventet, startes den igjen. Innstillingene leses "
        "fra kiosk.toml i datamappen til coach, eller fra --config FIL; docs/kiosk.md beskriver "
        "hver nøkkel.",
    },
    "kiosk.cli.routines_help": {
        "en": "routine files or folders to offer (default: the config's routines, else the "
        "bundled routines in the kiosk's language, those done sitting or standing unless the "
        "config says mat_area = true)",
        "nb": "programfiler eller mapper som skal tilbys (standard: programmene i oppsettet, "
        "ellers programmene som følger med, på kioskens språk, de som gjøres sittende eller "
        "stående med mindre oppsettet sier mat_area = true)",
    },
    "kiosk.cli.config_help": {
        "en": "the kiosk config file (TOML; default: kiosk.toml in the data folder)",
        "nb": "kiosk-oppsettfilen (TOML; standard: kiosk.toml i datamappen)",
    },
    "kiosk.cli.contrast_help": {
        "en": "high contrast: white and bright colours on black",
        "nb": "høy kontrast: hvitt og sterke farger på svart",
    },
    "kiosk.cli.hash_pin_help": {
        "en": "make the pin_hash line for the config from a new staff PIN, and stop",
        "nb": "lag pin_hash-linjen til oppsettet fra en ny PIN-kode for personalet, og avslutt",
    },
    "kiosk.cli.pin_prompt": {
        "en": "New staff PIN (6 to 12 digits): ",
        "nb": "Ny PIN-kode for personalet (6 til 12 sifre): ",
    },
    "kiosk.cli.pin_again": {"en": "The same PIN again: ", "nb": "Samme PIN-kode en gang til: "},
    "kiosk.cli.pin_mismatch": {
        "en": "the two PINs differ; nothing was made",
        "nb": "de to PIN-kodene er ulike; ingenting ble laget",
    },
    "kiosk.cli.pin_paste": {
        "en": "Put this line in the kiosk config (it holds a hash, not the PIN):",
        "nb": "Legg denne linjen i kiosk-oppsettet (den inneholder en hash, ikke PIN-koden):",
    },
    "kiosk.cli.log_unwritable": {
        "en": "the kiosk log {path} can't be written ({reason})",
        "nb": "kiosk-loggen {path} kan ikke skrives ({reason})",
    },
    "kiosk.cli.pin_tally_unwritable": {
        "en": "the count of wrong staff PINs {path} can't be written ({reason})",
        "nb": "tellingen av feil PIN-koder {path} kan ikke skrives ({reason})",
    },
    "kiosk.cli.config_readable": {
        "en": "warning: other users can read {path}, which holds the staff PIN's hash; "
        "make it readable by the kiosk's user only (chmod 600)",
        "nb": "advarsel: andre brukere kan lese {path}, som inneholder hashen av PIN-koden; "
        "la bare kioskens bruker lese den (chmod 600)",
    },
    "kiosk.cli.no_such_routine": {
        "en": "no such routine file: {path}",
        "nb": "programfilen finnes ikke: {path}",
    },
    "kiosk.cli.bad_routine": {
        "en": "{where}: {problem} (`coach check` explains every problem)",
        "nb": "{where}: {problem} (`coach check` forklarer hvert problem)",
    },
    "kiosk.cli.no_routines": {
        "en": "no routine to offer: name routine files, or list them in the config",
        "nb": "ingen programmer å tilby: oppgi programfiler, eller list dem i oppsettet",
    },
    "kiosk.cli.restarting": {
        "en": "coach stopped unexpectedly and starts again in {seconds:.0f} s…",
        "nb": "coach stoppet uventet og starter igjen om {seconds:.0f} s …",
    },
    "kiosk.cli.data_dir_help": {
        "en": "the folder for the kiosk config, its log and its anonymous counts (default: "
        "$COACH_DATA_DIR, else your user data folder); no history is kept in a kiosk",
        "nb": "mappen for kiosk-oppsettet, loggen og de anonyme tellingene (standard: "
        "$COACH_DATA_DIR, ellers brukerens datamappe); en kiosk lagrer ingen historikk",
    },
    # Where a kiosk's routines are done (issue 11): a waiting room without a mat area offers no
    # floor exercises.
    "kiosk.place.floor": {
        "en": "{routine}: '{exercise}' is done {posture}, and a waiting room is no place to get"
        " down on the floor: offer routines done sitting or standing (like the bundled"
        " waiting-room routine), or set mat_area = true in the kiosk config if the clinic has a"
        " mat area",
        "nb": "{routine}: «{exercise}» gjøres {posture}, og et venterom er ikke stedet å legge"
        " seg ned på gulvet: tilby programmer som gjøres sittende eller stående (som det"
        " medfølgende venteromsprogrammet), eller sett mat_area = true i kioskoppsettet hvis"
        " klinikken har et område med matter",
    },
    "kiosk.place.unknown": {
        "en": "{routine}: '{exercise}' does not say where it is done: add posture: sitting or"
        " posture: standing to it (a waiting room is no place for floor exercises), or set"
        " mat_area = true in the kiosk config if the clinic has a mat area",
        "nb": "{routine}: «{exercise}» sier ikke hvor øvelsen gjøres: legg til posture: sitting"
        " eller posture: standing (et venterom er ikke stedet for øvelser på gulvet), eller sett"
        " mat_area = true i kioskoppsettet hvis klinikken har et område med matter",
    },
    "kiosk.posture.lying": {"en": "lying down", "nb": "liggende"},
    "kiosk.posture.all_fours": {"en": "on all fours", "nb": "på alle fire"},
}
