"""The `coach check` and `coach schema` commands."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "check."

MESSAGES: dict[str, dict[str, str]] = {
    "check.help": {
        "en": "check routine files and explain every mistake",
        "nb": "sjekk programfiler og forklar hver feil",
    },
    "check.description": {
        "en": "Check routine files and explain every mistake with its line and column.",
        "nb": "Sjekk programfiler og forklar hver feil med linje og kolonne.",
    },
    "check.paths-help": {
        "en": "routine files, or folders to search for *.yaml and *.yml files",
        "nb": "programfiler, eller mapper å lete etter *.yaml- og *.yml-filer i",
    },
    "check.format-help": {
        "en": "print problems as text (the default) or as a JSON list",
        "nb": "skriv ut problemene som tekst (standard) eller som en JSON-liste",
    },
    "check.strict-help": {
        "en": "treat warnings as errors",
        "nb": "behandle advarsler som feil",
    },
    "check.lang-help": {
        "en": "the language of the messages (default: each routine's own language)",
        "nb": "språket i meldingene (standard: språket i hvert program)",
    },
    "check.no-such-path": {
        "en": "no such file or folder: {path}",
        "nb": "finner ingen fil eller mappe som heter {path}",
    },
    "check.unreadable-path": {
        "en": "can't read a path: {reason}",
        "nb": "kan ikke lese en sti: {reason}",
    },
    "check.no-routines": {
        "en": "no routine files (*.yaml, *.yml) in {path}",
        "nb": "ingen programfiler (*.yaml, *.yml) i {path}",
    },
    "check.summary": {
        "en": "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
        "nb": "{files} fil(er) sjekket: {errors} feil, {warnings} advarsel(er)",
    },
    "check.schema-help": {
        "en": "print the JSON Schema of routine files, for editors",
        "nb": "skriv ut JSON-skjemaet for programfiler, til bruk i redigeringsprogrammer",
    },
}
