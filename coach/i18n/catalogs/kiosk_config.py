"""The kiosk config's messages and hints (`kiosk.config.*`): what is wrong in the file and what to
write instead, for whoever sets the kiosk up, shown with the line it is about."""

PREFIX = "kiosk.config."

MESSAGES: dict[str, dict[str, str]] = {
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
    "kiosk.config.directory": {
        "en": "this is a folder, not a kiosk config file",
        "nb": "dette er en mappe, ikke en kiosk-oppsettfil",
    },
    "kiosk.config.directory.hint": {
        "en": "give the path of the kiosk config file itself, for example {example}",
        "nb": "oppgi stien til selve kiosk-oppsettfilen, for eksempel {example}",
    },
    "kiosk.config.not_regular": {
        "en": "this is not a regular file (a pipe or a device, perhaps); it is not read",
        "nb": "dette er ikke en vanlig fil (kanskje et rør eller en enhet); den leses ikke",
    },
    "kiosk.config.not_regular.hint": {
        "en": "write the settings in a text file (kiosk.toml) and give its path",
        "nb": "skriv innstillingene i en tekstfil (kiosk.toml) og oppgi stien til den",
    },
    "kiosk.config.too_large": {
        "en": "the kiosk config is too large (more than {limit} bytes); it is not read",
        "nb": "kiosk-oppsettet er for stort (mer enn {limit} byte); det leses ikke",
    },
    "kiosk.config.too_large.hint": {
        "en": "a kiosk config is a few lines of settings: check that this is the right file",
        "nb": "et kiosk-oppsett er noen få linjer med innstillinger: sjekk at dette er riktig fil",
    },
    "kiosk.config.more": {
        "en": "… and {count} more problems",
        "nb": "… og {count} problemer til",
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
    "kiosk.config.unknown_key_name": {
        "en": "'staff_exit': no key is called \"{name}\"",
        "nb": "'staff_exit': ingen tast heter \"{name}\"",
    },
    "kiosk.config.unknown_key_name.hint": {
        "en": (
            "key names are letters, digits, f1 to f24, escape, tab, enter, space, home, end,"
            ' up, down, left, right…, with ctrl+, alt+ or shift+ before them: "ctrl+x ctrl+e"'
        ),
        "nb": (
            "tastenavn er bokstaver, sifre, f1 til f24, escape, tab, enter, space, home, end,"
            ' up, down, left, right …, med ctrl+, alt+ eller shift+ foran: "ctrl+x ctrl+e"'
        ),
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
    "kiosk.config.did_you_mean": {
        "en": "did you mean '{suggestion}'?",
        "nb": "mente du '{suggestion}'?",
    },
    "kiosk.config.no_tables": {
        "en": "the kiosk config has no [sections]: write every key at the top of the file",
        "nb": "kiosk-oppsettet har ingen [seksjoner]: skriv alle nøklene øverst i filen",
    },
    "kiosk.config.unknown_key.hint": {
        "en": "docs/kiosk.md describes every key",
        "nb": "docs/kiosk.md beskriver alle nøklene",
    },
    "kiosk.config.not_utf8.hint": {
        "en": "save the file as UTF-8 text in the editor",
        "nb": "lagre filen som UTF-8-tekst i redigeringsprogrammet",
    },
    "kiosk.config.not_toml.hint": {
        "en": "TOML writes text in double quotes, numbers and true/false without them: "
        'title = "Back clinic", idle_timeout = 90, high_contrast = true',
        "nb": "TOML skriver tekst i doble anførselstegn, tall og true/false uten: "
        'title = "Ryggklinikken", idle_timeout = 90, high_contrast = true',
    },
    "kiosk.config.expected_text.hint": {
        "en": 'write the text in double quotes: {key} = "…"',
        "nb": 'skriv teksten i doble anførselstegn: {key} = "…"',
    },
    "kiosk.config.expected_bool.hint": {
        "en": "write true or false in small letters, without quotes: {key} = true",
        "nb": "skriv true eller false med små bokstaver, uten anførselstegn: {key} = true",
    },
    "kiosk.config.expected_number.hint": {
        "en": "write the seconds as a number, without quotes or a unit: {key} = {default}",
        "nb": "skriv sekundene som et tall, uten anførselstegn eller enhet: {key} = {default}",
    },
    "kiosk.config.out_of_range.hint": {
        "en": "leave the line out for the default, {default} seconds",
        "nb": "utelat linjen for standardverdien, {default} sekunder",
    },
    "kiosk.config.expected_paths.hint": {
        "en": "routine files in quotes, found beside the config unless they start with /: "
        '{key} = ["back.en.yaml", "/srv/routines/neck.en.yaml"]',
        "nb": "programfiler i anførselstegn, som ligger ved siden av oppsettet om de ikke "
        'begynner med /: {key} = ["rygg.nb.yaml", "/srv/routines/nakke.nb.yaml"]',
    },
    "kiosk.config.bad_choice.hint": {
        "en": 'write one of them in double quotes: {key} = "{example}"',
        "nb": 'skriv en av dem i doble anførselstegn: {key} = "{example}"',
    },
    "kiosk.config.bad_chord.hint": {
        "en": "key names are written like ctrl+x, f12 or escape, separated by spaces",
        "nb": "tastenavn skrives som ctrl+x, f12 eller escape, med mellomrom mellom",
    },
    "kiosk.config.bad_pin_hash.hint": {
        "en": "run `coach kiosk --hash-pin`, type the PIN, and paste the whole line it prints",
        "nb": "kjør `coach kiosk --hash-pin`, skriv PIN-koden, og lim inn hele linjen den skriver",
    },
    "kiosk.config.empty.hint": {
        "en": "write something in the quotes, or leave the line out for the default",
        "nb": "skriv noe mellom anførselstegnene, eller utelat linjen for standardverdien",
    },
}
