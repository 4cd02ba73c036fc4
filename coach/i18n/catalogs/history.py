"""Messages of the session history: why it cannot be used, `coach history` and `coach export`."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "history."

MESSAGES: dict[str, dict[str, str]] = {
    # Why the history cannot be used (coach.store.errors.Problem); the app adds "not saved".
    "history.unavailable.folder": {
        "en": "The history folder {path} cannot be created or used.",
        "nb": "Historikkmappen {path} kan ikke opprettes eller brukes.",
    },
    "history.unavailable.unreadable": {
        "en": "The history file {path} cannot be opened. Check that you may read and write it.",
        "nb": "Historikkfilen {path} kan ikke åpnes. Sjekk at du har lov til å lese og skrive den.",
    },
    "history.unavailable.read_only": {
        "en": (
            "The history file {path} can be read but not written. Check its permissions and the"
            " free space on the disk."
        ),
        "nb": (
            "Historikkfilen {path} kan leses, men ikke skrives til. Sjekk tillatelsene og om det"
            " er ledig plass på disken."
        ),
    },
    "history.unavailable.locked": {
        "en": (
            "The history file {path} is in use by another program. Close other copies of coach"
            " and try again."
        ),
        "nb": (
            "Historikkfilen {path} brukes av et annet program. Lukk andre kopier av coach og"
            " prøv igjen."
        ),
    },
    "history.unavailable.not_a_database": {
        "en": (
            "{path} is not a coach history file. It has been left as it is: move it away, or"
            " choose another folder with --data-dir."
        ),
        "nb": (
            "{path} er ikke en historikkfil fra coach. Filen er ikke endret: flytt den bort,"
            " eller velg en annen mappe med --data-dir."
        ),
    },
    "history.unavailable.corrupt": {
        "en": (
            "The history file {path} is damaged. It has been left as it is: keep a copy and get"
            " help before you change it."
        ),
        "nb": (
            "Historikkfilen {path} er skadet. Filen er ikke endret: ta vare på en kopi og få"
            " hjelp før du endrer den."
        ),
    },
    "history.unavailable.newer": {
        "en": (
            "The history file {path} was written by a newer version of coach (history version"
            " {found}; this version reads up to {supported}). Update coach to use it; the file"
            " has not been changed."
        ),
        "nb": (
            "Historikkfilen {path} er skrevet av en nyere versjon av coach (historikkversjon"
            " {found}; denne versjonen leser opp til {supported}). Oppdater coach for å bruke"
            " den; filen er ikke endret."
        ),
    },
    "history.unavailable.disk_full": {
        "en": (
            "The disk is full: coach cannot save to the history file {path}. Free some space on"
            " the disk and try again."
        ),
        "nb": (
            "Disken er full: coach kan ikke lagre i historikkfilen {path}. Frigjør plass på"
            " disken og prøv igjen."
        ),
    },
    "history.unavailable.write_failed": {
        "en": "Saving to the history file {path} failed.",
        "nb": "Lagringen i historikkfilen {path} mislyktes.",
    },
    "history.unavailable.detail": {"en": "Details: {detail}", "nb": "Detaljer: {detail}"},
    "history.not_saved": {
        "en": "This session will not be saved.",
        "nb": "Denne økten blir ikke lagret.",
    },
    "history.stopped_saving": {
        "en": "The rest of this session will not be saved.",
        "nb": "Resten av denne økten blir ikke lagret.",
    },
    "history.waiting": {
        "en": "Saving waits: another program is using the history file. coach keeps trying.",
        "nb": "Lagringen venter: et annet program bruker historikkfilen. coach prøver igjen.",
    },
    # What of a session is in the history, on the summary (coach.store.recorder.SaveReport).
    "history.saved.all": {"en": "Saved in your history.", "nb": "Lagret i historikken."},
    "history.saved.waiting": {
        "en": (
            "Not saved yet: another program is using the history file. coach keeps trying while"
            " it is open ({saved} of {total} exercises saved so far)."
        ),
        "nb": (
            "Ikke lagret ennå: et annet program bruker historikkfilen. coach prøver igjen så lenge"
            " den er åpen ({saved} av {total} øvelser lagret så langt)."
        ),
    },
    "history.saved.partly": {
        "en": "Only {saved} of {total} exercises were saved. Not saved: {names}.",
        "nb": "Bare {saved} av {total} øvelser ble lagret. Ikke lagret: {names}.",
    },
    "history.saved.end_not_saved": {
        "en": "The exercises are saved, but not how the session ended.",
        "nb": "Øvelsene er lagret, men ikke hvordan økten endte.",
    },
    "history.saved.none": {
        "en": "This session was not saved.",
        "nb": "Denne økten ble ikke lagret.",
    },
    # How a session ended (coach.store.records.SessionStatus).
    "history.status.in_progress": {"en": "in progress", "nb": "pågår"},
    "history.status.completed": {"en": "completed", "nb": "fullført"},
    "history.status.ended_early": {"en": "ended early", "nb": "avsluttet tidlig"},
    "history.status.incomplete": {"en": "incomplete (cut off)", "nb": "ufullstendig (avbrutt)"},
    # The command line.
    "history.cli.data_dir_help": {
        "en": "the folder that holds the history (default: ${env}, else your user data folder)",
        "nb": "mappen som har historikken (standard: ${env}, ellers datamappen din)",
    },
    "history.cli.help": {"en": "show past sessions", "nb": "vis tidligere økter"},
    "history.cli.list_help": {
        "en": "print the history as plain text",
        "nb": "skriv ut historikken som ren tekst",
    },
    "history.list.title": {"en": "History in {path}", "nb": "Historikk i {path}"},
    "history.list.empty": {"en": "No sessions yet.", "nb": "Ingen økter ennå."},
    "history.list.sessions": {"en": "Sessions, newest first", "nb": "Økter, nyeste først"},
    "history.list.exercises": {
        "en": "{done} of {total} exercises",
        "nb": "{done} av {total} øvelser",
    },
    "history.list.pain": {"en": "pain {before} → {after}", "nb": "smerte {before} → {after}"},
    "history.list.per_week": {
        "en": "Sessions per week, the last {weeks} weeks",
        "nb": "Økter per uke, de siste {weeks} ukene",
    },
    "history.list.week": {
        "en": "sessions: {sessions}, completed: {completed}",
        "nb": "økter: {sessions}, fullført: {completed}",
    },
    "history.list.pain_over_time": {
        "en": "Pain before and after, oldest first (0–10)",
        "nb": "Smerte før og etter, eldste først (0–10)",
    },
    "history.list.before": {"en": "before", "nb": "før"},
    "history.list.after": {"en": "after", "nb": "etter"},
    "history.export.help": {
        "en": "write the history for your physiotherapist (CSV, JSON or a FHIR bundle)",
        "nb": "skriv ut historikken til fysioterapeuten din (CSV, JSON eller en FHIR-bundle)",
    },
    "history.export.format_help": {
        "en": "the file format (default: csv; fhir: a FHIR R4 Bundle, see docs/history.md)",
        "nb": "filformatet (standard: csv; fhir: en FHIR R4-bundle, se docs/history.md)",
    },
    "history.export.since_help": {
        "en": "only sessions started on this date or later (YYYY-MM-DD)",
        "nb": "bare økter som startet denne datoen eller senere (ÅÅÅÅ-MM-DD)",
    },
    "history.export.output_help": {
        "en": "write to FILE instead of to the screen",
        "nb": "skriv til FILE i stedet for på skjermen",
    },
    "history.export.bad_date": {
        "en": "'{value}' is not a date: write it as YYYY-MM-DD, for example 2025-03-01",
        "nb": "'{value}' er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2025-03-01",
    },
    "history.export.cannot_write": {
        "en": "cannot write {path}: {detail}",
        "nb": "kan ikke skrive til {path}: {detail}",
    },
    "history.export.written": {
        "en": "{rows} rows written to {path}",
        "nb": "{rows} rader skrevet til {path}",
    },
    # `coach export --format fhir` (the FHIR export itself is in `report`).
    "history.export.fhir_transaction_help": {
        "en": (
            "with --format fhir: a transaction bundle (each entry a POST) to send to a FHIR"
            " server, instead of a collection"
        ),
        "nb": (
            "med --format fhir: en transaksjonsbundle (hver oppføring en POST) for å sende til en"
            " FHIR-server, i stedet for en samling"
        ),
    },
    "history.export.patient_name_help": {
        "en": "with --format fhir: the patient's name to put in the bundle (none by default)",
        "nb": "med --format fhir: pasientens navn i bundlen (ingen som standard)",
    },
    "history.export.patient_id_help": {
        "en": ("with --format fhir: the patient's identifier in your system (none by default)"),
        "nb": "med --format fhir: pasientens ID i deres system (ingen som standard)",
    },
}
