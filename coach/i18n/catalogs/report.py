"""Messages of what the physiotherapist gets back: the FHIR export, the report, the reminders."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "report."

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
        "nb": "Fant ikke programfilen da dette ble eksportert: bare tittelen er kjent.",
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
        "nb": "kalenderfilen som skal skrives",
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
    "report.remind.wrong_hours.one": {
        "en": "this routine is one session a day: give --at once, or not at all",
        "nb": "dette programmet er én økt om dagen: oppgi --at én gang, eller ikke i det hele tatt",
    },
    "report.remind.wrong_hours.other": {
        "en": "this routine is up to {count} sessions a day: give --at {count} times, or none",
        "nb": (
            "dette programmet er opptil {count} økter om dagen: oppgi --at {count} ganger, eller"
            " ikke i det hele tatt"
        ),
    },
    "report.remind.bad_hour": {
        "en": "{value!r} is not a time of day: write it as HH:MM, e.g. 07:30 or 18:00",
        "nb": "{value!r} er ikke et klokkeslett: skriv det som TT:MM, f.eks. 07:30 eller 18:00",
    },
    "report.remind.until_too_early": {
        "en": "--until must be on or after the first day of the reminders ({first})",
        "nb": "--until må være samme dag som eller etter første dag med påminnelser ({first})",
    },
    "report.remind.written": {
        "en": "Reminders written to {path}: import the file into your calendar.",
        "nb": "Påminnelsene er skrevet til {path}: importer filen i kalenderen din.",
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
            " smertene går ned i beina eller du kjenner nummenhet, hvis du er usikker på hvilke"
            " øvelser som er trygge, eller hvis du ønsker et skreddersydd treningsprogram for"
            " ryggen din."
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
        "nb": "Dagene og klokkeslettene er coachs forslag: flytt dem slik det passer deg.",
    },
    "report.help": {
        "en": (
            "write a printable report of the history for your physiotherapist (.html, or .pdf"
            " where Chromium is installed)"
        ),
        "nb": (
            "skriv en utskriftsvennlig rapport av historikken til fysioterapeuten din (.html,"
            " eller .pdf der Chromium er installert)"
        ),
    },
    "report.output_help": {
        "en": "the file to write: FILE.html, or FILE.pdf (needs Chromium)",
        "nb": "filen som skal skrives: FIL.html, eller FIL.pdf (krever Chromium)",
    },
    "report.since_help": {
        "en": "only sessions from this day on (YYYY-MM-DD)",
        "nb": "bare økter fra og med denne dagen (ÅÅÅÅ-MM-DD)",
    },
    "report.lang_help": {
        "en": "the report's language (default: coach's)",
        "nb": "språket i rapporten (standard: det coach bruker)",
    },
    "report.bad_suffix": {
        "en": "{path}: the report is written as .html or .pdf",
        "nb": "{path}: rapporten skrives som .html eller .pdf",
    },
    "report.no_chromium": {
        "en": (
            "a PDF needs Chromium (chromium or google-chrome), which is not installed: write"
            " .html instead and print it from a browser"
        ),
        "nb": (
            "en PDF krever Chromium (chromium eller google-chrome), som ikke er installert: skriv"
            " .html i stedet og skriv den ut fra en nettleser"
        ),
    },
    "report.pdf_failed": {
        "en": "Chromium could not make the PDF ({detail}): write .html instead",
        "nb": "Chromium klarte ikke å lage PDF-en ({detail}): skriv .html i stedet",
    },
    "report.symlink": {
        "en": (
            "it is a symbolic link: coach writes health data only to the file itself, never"
            " through a link (name the file the link points to, or another name)"
        ),
        "nb": (
            "det er en symbolsk lenke: coach skriver helseopplysninger bare til selve filen, aldri"
            " gjennom en lenke (oppgi filen lenken peker på, eller et annet navn)"
        ),
    },
    "report.written": {
        "en": "Report written to {path}.",
        "nb": "Rapporten er skrevet til {path}.",
    },
    "report.page.title": {
        "en": "Exercise report for the physiotherapist",
        "nb": "Treningsrapport til fysioterapeuten",
    },
    "report.page.period": {"en": "Period: {first} to {last}", "nb": "Periode: {first} til {last}"},
    "report.page.period_empty": {
        "en": "No sessions in the period.",
        "nb": "Ingen økter i perioden.",
    },
    "report.page.made": {
        "en": (
            "Made on {day} by coach {version} from the patient's own history, on the patient's"
            " computer. Nothing was sent anywhere."
        ),
        "nb": (
            "Laget {day} av coach {version} fra pasientens egen historikk, på pasientens"
            " datamaskin. Ingenting er sendt noe sted."
        ),
    },
    "report.page.no_sessions": {
        "en": "There are no sessions in the history for this period.",
        "nb": "Det er ingen økter i historikken for denne perioden.",
    },
    "report.page.summary": {"en": "Summary", "nb": "Sammendrag"},
    "report.page.sessions_line": {
        "en": (
            "{total} sessions: {completed} completed, {ended_early} ended early by the patient,"
            " {incomplete} cut off."
        ),
        "nb": (
            "{total} økter: {completed} fullført, {ended_early} avsluttet tidlig av pasienten,"
            " {incomplete} avbrutt."
        ),
    },
    "report.page.aim_met": {
        "en": "{title}: the aim of {aim} sessions a week was met in {met} of {weeks} weeks.",
        "nb": "{title}: målet om {aim} økter i uken ble nådd i {met} av {weeks} uker.",
    },
    "report.page.no_aim": {
        "en": "{title}: the routine does not say how often it is meant to be done.",
        "nb": "{title}: programmet sier ikke hvor ofte det skal gjøres.",
    },
    "report.page.weeks": {
        "en": "Sessions per week, against the routine's aim",
        "nb": "Økter per uke, mot målet i programmet",
    },
    "report.page.weeks_caption": {
        "en": "Green: sessions started each week ({title}). Dotted line: the routine's aim.",
        "nb": "Grønt: økter startet hver uke ({title}). Prikket linje: målet i programmet.",
    },
    "report.page.sessions": {"en": "sessions", "nb": "økter"},
    "report.page.aim": {"en": "aim: {count} a week", "nb": "mål: {count} i uken"},
    "report.page.per_week_axis": {"en": "sessions a week", "nb": "økter i uken"},
    "report.page.pain": {
        "en": "Pain before and after the sessions (0–10)",
        "nb": "Smerte før og etter øktene (0–10)",
    },
    "report.page.pain_line": {
        "en": "Pain before the first session: {first}; before the last: {last} ({count} answers).",
        "nb": "Smerte før første økt: {first}; før siste: {last} ({count} svar).",
    },
    "report.page.pain_caption": {
        "en": (
            "Solid line: before the session; dashed line: after it (with round dots and squares"
            " when there are few answers)."
        ),
        "nb": (
            "Heltrukket linje: før økten; stiplet linje: etter økten (med runde prikker og"
            " firkanter når det er få svar)."
        ),
    },
    "report.page.pain_before": {"en": "before", "nb": "før"},
    "report.page.pain_after": {"en": "after", "nb": "etter"},
    "report.page.pain_axis": {"en": "pain (0–10)", "nb": "smerte (0–10)"},
    "report.page.no_pain": {
        "en": "The patient gave no pain answers in this period.",
        "nb": "Pasienten ga ingen smertesvar i denne perioden.",
    },
    "report.page.doses": {
        "en": "Dose changes, and why",
        "nb": "Endringer i treningsmengde, og hvorfor",
    },
    "report.page.no_dose_changes": {
        "en": "No exercise's dose changed in this period.",
        "nb": "Treningsmengden ble ikke endret for noen øvelse i denne perioden.",
    },
    "report.page.reason_unknown": {
        "en": "reason unknown: the routine file is no longer where it was",
        "nb": "ukjent grunn: programfilen ligger ikke lenger der den lå",
    },
    "report.page.reason_patient": {
        "en": "the patient's own choice (not coach's rules)",
        "nb": "pasientens eget valg (ikke coachs regler)",
    },
    "report.page.missed": {
        "en": "Skipped and unfinished exercises",
        "nb": "Øvelser som ble hoppet over eller ikke fullført",
    },
    "report.page.none_missed": {
        "en": "Every exercise begun was finished; none was skipped.",
        "nb": "Alle øvelser som ble påbegynt, ble fullført; ingen ble hoppet over.",
    },
    "report.page.red_flags": {
        "en": "Red flags answered yes",
        "nb": "Røde flagg besvart med ja",
    },
    "report.page.no_red_flags": {
        "en": "No red-flag question was answered yes in this period.",
        "nb": "Ingen spørsmål om røde flagg ble besvart med ja i denne perioden.",
    },
    "report.page.red_flag_days": {
        "en": "A red-flag question was answered yes on: {days}. The session did not start.",
        "nb": (
            "Minst ett spørsmål om røde flagg ble besvart med ja disse dagene: {days}. Økten"
            " ble ikke startet."
        ),
    },
    "report.page.red_flag_advice": {
        "en": (
            "The patient was told, depending on the sign (coach does not keep which one): {advice}"
        ),
        "nb": (
            "Pasienten fikk beskjed, avhengig av hvilket tegn det var (coach tar ikke vare på"
            " hvilket): {advice}"
        ),
    },
    "report.page.advice": {
        "en": "When coach advised seeing a physiotherapist",
        "nb": "Når coach rådet pasienten til å oppsøke fysioterapeut",
    },
    "report.page.no_advice": {
        "en": "coach did not advise seeing a physiotherapist in this period.",
        "nb": "coach rådet ikke pasienten til å oppsøke fysioterapeut i denne perioden.",
    },
    "report.advice.rising": {
        "en": "pain before the sessions had been rising",
        "nb": "smerten før øktene hadde økt",
    },
    "report.advice.no_improvement": {
        "en": "no improvement in pain after 2–3 weeks",
        "nb": "ingen bedring i smerten etter 2–3 uker",
    },
    "report.page.all_sessions": {"en": "Every session", "nb": "Alle øktene"},
    "report.page.last_sessions": {
        "en": "The last {shown} sessions (of {total}; --since chooses the period)",
        "nb": "De siste {shown} øktene (av {total}; --since velger perioden)",
    },
    "report.page.col.date": {"en": "Date", "nb": "Dato"},
    "report.page.col.routine": {"en": "Routine", "nb": "Program"},
    "report.page.col.exercise": {"en": "Exercise", "nb": "Øvelse"},
    "report.page.col.from": {"en": "From", "nb": "Fra"},
    "report.page.col.to": {"en": "To", "nb": "Til"},
    "report.page.col.why": {"en": "Why", "nb": "Hvorfor"},
    "report.page.col.what": {"en": "What happened", "nb": "Hva skjedde"},
    "report.page.col.status": {"en": "Status", "nb": "Status"},
    "report.page.col.exercises": {"en": "Exercises done", "nb": "Øvelser gjort"},
    "report.page.col.pain_then": {"en": "Pain before, that day", "nb": "Smerte før, den dagen"},
    "report.page.severe": {
        "en": (
            "Pain was 7 or more (coach's own threshold for severe) after {count} sessions, the"
            " last on {last}: the article says to adjust the training when pain gets worse and"
            " lasts."
        ),
        "nb": (
            "Smerten var 7 eller mer (coachs egen grense for sterk smerte) etter {count} økter,"
            " sist {last}: artikkelen sier at treningen bør justeres når smertene blir sterkere"
            " og varer."
        ),
    },
    "report.page.col.pain": {"en": "Pain before → after", "nb": "Smerte før → etter"},
}
