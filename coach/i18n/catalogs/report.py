"""Messages of what the physiotherapist gets back: the FHIR export, the report, the reminders."""

MESSAGES: dict[str, dict[str, str]] = {
    "report.dose.reps": {"en": "{reps} reps", "nb": "{reps} repetisjoner"},
    "report.dose.hold": {"en": "hold {seconds} s", "nb": "hold i {seconds} s"},
    "report.dose.duration": {"en": "{seconds} s", "nb": "{seconds} s"},
    "report.dose.sets": {"en": "{sets} sets", "nb": "{sets} serier"},
    "report.done.timed": {"en": "done", "nb": "gjort"},
    "report.done.reps": {"en": "done: {reps} reps", "nb": "gjort: {reps} repetisjoner"},
    "report.done.sets": {
        "en": "done: {sets} sets, {reps} reps in all",
        "nb": "gjort: {sets} serier, {reps} repetisjoner i alt",
    },
    "report.done.skipped": {"en": "skipped", "nb": "hoppet over"},
    "report.done.unfinished": {"en": "not finished", "nb": "ikke fullført"},
    "report.status.ended_early": {
        "en": "The patient ended the session early.",
        "nb": "Pasienten avsluttet økten tidlig.",
    },
    "report.status.incomplete": {
        "en": "The session was cut off (coach stopped during it).",
        "nb": "Økten ble avbrutt (coach stoppet underveis).",
    },
    "report.pain.before": {
        "en": "Pain before the session (0–10)",
        "nb": "Smerte før økten (0–10)",
    },
    "report.pain.after": {
        "en": "Pain after the session (0–10)",
        "nb": "Smerte etter økten (0–10)",
    },
    "report.pain.after_exercise": {
        "en": "Pain after the exercise {name} (0–10)",
        "nb": "Smerte etter øvelsen {name} (0–10)",
    },
    "report.red_flags.title": {
        "en": "Red flags before a session (the article's questions)",
        "nb": "Røde flagg før en økt (artikkelens spørsmål)",
    },
    "report.red_flags.none": {
        "en": "None of these apply to me (no: at least one did, and the session did not start)",
        "nb": ("Ingen av disse gjelder meg (nei: minst ett gjaldt, og økten ble ikke startet)"),
    },
    "report.fhir.routine_missing": {
        "en": "The routine file was not found when this was exported: only its title is known.",
        "nb": "Fant ikke programfila da dette ble eksportert: bare tittelen er kjent.",
    },
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
