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
        "Otherwise coach starts afresh for the next person in\u00a0{seconds}\u00a0s.",
        "nb": "Trykk på en tast eller på skjermen for å fortsette.\n"
        "Ellers starter coach på nytt for nestemann om\u00a0{seconds}\u00a0s.",
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
    # `coach serve`.
    "serve.page_title": {"en": "coach", "nb": "coach"},
    "serve.cli.help": {
        "en": "serve coach to web browsers (touch screens, or a browser at home)",
        "nb": "vis coach i nettlesere (berøringsskjermer, eller en nettleser hjemme)",
    },
    "serve.cli.description": {
        "en": "Serve coach as a web page. Every browser that opens it gets its own coach. "
        "It listens on this computer's loopback address only, unless --host says otherwise. "
        "Only pages from this server's own address may open a coach (see --allow-origin), at "
        "most --max-sessions at once, each within 10 to 500 columns and 5 to 200 rows "
        "whatever its browser asks.",
        "nb": "Vis coach som en nettside. Hver nettleser som åpner den, får sin egen coach. "
        "Den lytter bare på denne datamaskinens loopback-adresse, med mindre --host sier noe "
        "annet. Bare sider fra serverens egen adresse kan åpne en coach (se --allow-origin), "
        "høyst --max-sessions samtidig, hver innenfor 10 til 500 kolonner og 5 til 200 rader "
        "uansett hva nettleseren ber om.",
    },
    "serve.cli.paths_help": {
        "en": "routine files or folders to list (with --kiosk: to offer)",
        "nb": "programfiler eller mapper som skal vises (med --kiosk: som skal tilbys)",
    },
    "serve.cli.kiosk": {
        "en": "serve the kiosk (see coach kiosk --help) instead of the routine picker",
        "nb": "vis kiosken (se coach kiosk --help) i stedet for programvelgeren",
    },
    "serve.cli.host": {
        "en": "the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: every "
        "network this computer is on)",
        "nb": "adressen det skal lyttes på (standard 127.0.0.1: bare denne datamaskinen; "
        "0.0.0.0: alle nettverk datamaskinen er koblet til)",
    },
    "serve.cli.port": {"en": "the port (default 8000)", "nb": "porten (standard 8000)"},
    "serve.cli.public_url": {
        "en": "the address browsers use to reach this server, if not http://HOST:PORT "
        "(behind a proxy, or with --host 0.0.0.0)",
        "nb": "adressen nettleserne bruker for å nå denne serveren, hvis ikke http://HOST:PORT "
        "(bak en mellomtjener, eller med --host 0.0.0.0)",
    },
    "serve.cli.allow_origin": {
        "en": "also let pages from ORIGIN (scheme://host:port, as a browser sends it) open a "
        "coach; by default only pages of this server's own address may (repeatable)",
        "nb": "la også sider fra ORIGIN (skjema://vert:port, slik nettleseren sender den) åpne "
        "en coach; som standard kan bare sider fra denne serverens egen adresse det (kan "
        "gjentas)",
    },
    "serve.cli.bad_origin": {
        "en": "'{value}' is not an origin: write it as http://HOST:PORT or https://HOST",
        "nb": "'{value}' er ikke en opprinnelse: skriv den som http://VERT:PORT eller https://VERT",
    },
    "serve.cli.max_sessions": {
        "en": "at most N browsers at once, each with its own coach (default {default}); the "
        "next one is told to try again later",
        "nb": "høyst N nettlesere samtidig, hver med sin egen coach (standard {default}); den "
        "neste får beskjed om å prøve igjen senere",
    },
    "serve.cli.bad_max_sessions": {
        "en": "'{value}' is not a number of sessions (1 or more)",
        "nb": "'{value}' er ikke et antall økter (1 eller flere)",
    },
    "serve.full": {
        "en": "coach is already open in as many browsers as this server allows ({count}). "
        "Try again in a little while, or close coach in another browser.",
        "nb": "coach er allerede åpen i så mange nettlesere som denne serveren tillater "
        "({count}). Prøv igjen om litt, eller lukk coach i en annen nettleser.",
    },
    "serve.full_short": {
        "en": "coach is already open in as many browsers as allowed ({count}). Try again soon.",
        "nb": "coach er allerede åpen i så mange nettlesere som tillatt ({count}). Prøv igjen "
        "snart.",
    },
    "serve.origin_refused": {
        "en": "coach opens only from its own page, not from another website.",
        "nb": "coach åpnes bare fra sin egen side, ikke fra et annet nettsted.",
    },
    "serve.cli.config": {
        "en": "the kiosk config file (with --kiosk)",
        "nb": "kiosk-oppsettfilen (med --kiosk)",
    },
    "serve.cli.config_needs_kiosk": {
        "en": "--config is the kiosk's config: use it with --kiosk",
        "nb": "--config er kioskens oppsett: bruk det sammen med --kiosk",
    },
    "serve.cli.bad_port": {
        "en": "'{value}' is not a port (1 to 65535)",
        "nb": "'{value}' er ikke en port (1 til 65535)",
    },
    "serve.cli.loopback_only": {
        "en": "coach is served on {url} – on the loopback address, so only this computer can "
        "open it. Press Ctrl+C to stop.",
        "nb": "coach vises på {url} – på loopback-adressen, så bare denne datamaskinen kan "
        "åpne den. Trykk Ctrl+C for å stoppe.",
    },
    "serve.cli.on_network": {
        "en": "coach is served on {url} – listening on {host}, so other computers that can "
        "reach this address can open it too. Press Ctrl+C to stop.",
        "nb": "coach vises på {url} – det lyttes på {host}, så andre datamaskiner som når "
        "denne adressen, kan også åpne den. Trykk Ctrl+C for å stoppe.",
    },
    "serve.cli.cannot_listen": {
        "en": "can't listen there: {reason}",
        "nb": "kan ikke lytte der: {reason}",
    },
    "kiosk.cli.data_dir_help": {
        "en": "the folder for the kiosk config, its log and its anonymous counts (default: "
        "$COACH_DATA_DIR, else your user data folder); no history is kept in a kiosk",
        "nb": "mappen for kiosk-oppsettet, loggen og de anonyme tellingene (standard: "
        "$COACH_DATA_DIR, ellers brukerens datamappe); en kiosk lagrer ingen historikk",
    },
    "serve.cli.no_textual_serve": {
        "en": "coach serve needs the textual-serve package ({reason}): pip install textual-serve",
        "nb": "coach serve trenger pakken textual-serve ({reason}): pip install textual-serve",
    },
}
