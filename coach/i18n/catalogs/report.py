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
    "report.remind.help": {
        "en": (
            "write the routine's frequency as reminders for your calendar (an .ics file that"
            " calendar programs import)"
        ),
        "nb": (
            "skriv hvor ofte programmet skal gjøres som påminnelser til kalenderen din (en"
            " .ics-fil som kalenderprogrammer kan importere)"
        ),
    },
    "report.remind.ics_help": {
        "en": "the calendar file to write",
        "nb": "kalenderfila som skal skrives",
    },
    "report.remind.at_help": {
        "en": (
            "the time of day (HH:MM), once for each session of a day (default, coach's own:"
            " 18:00; 09:00 and 18:00; 09:00, 13:00 and 18:00)"
        ),
        "nb": (
            "klokkeslettet (TT:MM), én gang for hver økt om dagen (standard, valgt av coach:"
            " 18:00; 09:00 og 18:00; 09:00, 13:00 og 18:00)"
        ),
    },
    "report.remind.frequency_help": {
        "en": "how often, when the routine does not say (e.g. 3/week, daily)",
        "nb": "hvor ofte, når programmet ikke sier det (f.eks. 3/uke, daglig)",
    },
    "report.remind.start_help": {
        "en": "the first day (YYYY-MM-DD; default: today)",
        "nb": "første dag (ÅÅÅÅ-MM-DD; standard: i dag)",
    },
    "report.remind.until_help": {
        "en": "the last day (YYYY-MM-DD; default: no end)",
        "nb": "siste dag (ÅÅÅÅ-MM-DD; standard: ingen slutt)",
    },
    "report.remind.lang_help": {
        "en": "the calendar's language (default: the routine's)",
        "nb": "språket i kalenderen (standard: programmets)",
    },
    "report.remind.bad_routine": {
        "en": "{path} cannot be used as a routine: `coach check {path}` says why",
        "nb": "{path} kan ikke brukes som treningsprogram: `coach check {path}` forteller hvorfor",
    },
    "report.remind.no_frequency": {
        "en": (
            "{path} does not say how often it is meant to be done (frequency:); give it with"
            " --frequency, e.g. --frequency 3/week"
        ),
        "nb": (
            "{path} sier ikke hvor ofte programmet skal gjøres (frequency:); oppgi det med"
            " --frequency, f.eks. --frequency 3/uke"
        ),
    },
    "report.remind.bad_frequency": {
        "en": "--frequency {text!r} is not a frequency coach understands (3/week, 2/day, daily)",
        "nb": "--frequency {text!r} er ikke en hyppighet coach forstår (3/uke, 2/dag, daglig)",
    },
    "report.remind.wrong_hours": {
        "en": "this routine is up to {count} sessions a day: give --at {count} times, or none",
        "nb": (
            "dette programmet er opptil {count} økter om dagen: oppgi --at {count} ganger, eller"
            " ikke i det hele tatt"
        ),
    },
    "report.remind.written": {
        "en": "Reminders written to {path}: import the file into your calendar.",
        "nb": "Påminnelsene er skrevet til {path}: importer fila i kalenderen din.",
    },
    "report.remind.calendar": {"en": "coach: {title}", "nb": "coach: {title}"},
    "report.remind.summary": {"en": "Back exercises: {title}", "nb": "Ryggøvelser: {title}"},
    "report.remind.what": {
        "en": "Time for your back exercises: {title}. Open coach and follow the routine.",
        "nb": "Tid for ryggøvelsene: {title}. Åpne coach og følg programmet.",
    },
    "report.remind.stop": {
        "en": (
            "Adjust the training if the pain gets worse and lasts for several days afterwards."
            " See a physiotherapist if you have had back pain for more than 2–3 weeks without"
            " improvement, if pain goes down your legs or you feel numbness, if you are unsure"
            " which exercises are safe, or if you want a programme made for your back."
        ),
        "nb": (
            "Juster treningen hvis smertene blir sterkere og varer i flere dager etterpå. Oppsøk"
            " fysioterapeut hvis du har hatt ryggsmerter i mer enn 2–3 uker uten bedring, hvis"
            " smertene går ned i bena eller du kjenner nummenhet, hvis du er usikker på hvilke"
            " øvelser som er trygge, eller hvis du ønsker et skreddersydd treningsprogram."
        ),
    },
    "report.remind.red_flags": {
        "en": (
            "Contact a doctor immediately if you have sudden paralysis, reduced control of your"
            " bladder or bowel, or widespread numbness in the saddle area (between your legs)."
        ),
        "nb": (
            "Kontakt lege umiddelbart hvis du får plutselig lammelse, nedsatt kontroll over blære"
            " eller tarm, eller utbredt nummenhet i skrittet."
        ),
    },
    "report.remind.coach_own": {
        "en": "The days and times are coach's own suggestion: move them to suit you.",
        "nb": "Dagene og klokkeslettene er coach sitt forslag: flytt dem slik det passer deg.",
    },
}
