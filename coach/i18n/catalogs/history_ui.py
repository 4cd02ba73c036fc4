"""Messages of the history screen (`coach history`, and h in the picker). How a session ended
is said with the `history.status.*` messages of the `history` catalog."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "ui.history."

MESSAGES: dict[str, dict[str, str]] = {
    "ui.history.title": {"en": "Your history", "nb": "Historikken din"},
    "ui.history.loading": {"en": "Reading your history…", "nb": "Leser historikken din …"},
    "ui.history.empty": {
        "en": "No sessions yet. After your first session, you will see here how it went.",
        "nb": "Ingen økter ennå. Etter den første økten ser du her hvordan det gikk.",
    },
    "ui.history.unavailable": {
        "en": "Your history can't be shown.",
        "nb": "Historikken din kan ikke vises.",
    },
    # The views (tabs) and their keys.
    "ui.history.tab.sessions": {"en": "Sessions", "nb": "Økter"},
    "ui.history.tab.pain": {"en": "Pain", "nb": "Smerte"},
    "ui.history.tab.weeks": {"en": "Per week", "nb": "Per uke"},
    "ui.history.tab.doses": {"en": "Doses", "nb": "Doser"},
    "ui.history.key.view": {"en": "View", "nb": "Visning"},
    "ui.history.key.previous": {"en": "Previous view", "nb": "Forrige visning"},
    "ui.history.key.next": {"en": "Next view", "nb": "Neste visning"},
    "ui.history.key.routine": {"en": "Routine", "nb": "Program"},
    "ui.history.key.back": {"en": "Back", "nb": "Tilbake"},
    "ui.history.key.report": {"en": "Report", "nb": "Rapport"},
    "ui.history.key.export": {"en": "Export", "nb": "Eksport"},
    "ui.history.writing.report": {
        "en": "Writing the report for your physiotherapist…",
        "nb": "Skriver rapporten til fysioterapeuten …",
    },
    "ui.history.writing.export": {
        "en": "Writing your history as CSV and FHIR…",
        "nb": "Skriver historikken som CSV og FHIR …",
    },
    "ui.history.written.report": {
        "en": "The report for your physiotherapist is in {folder}: {names}",
        "nb": "Rapporten til fysioterapeuten ligger i {folder}: {names}",
    },
    "ui.history.written.export": {
        "en": (
            "Your history is in {folder}: {names} (CSV for a spreadsheet, FHIR for a clinic's"
            " system)"
        ),
        "nb": (
            "Historikken ligger i {folder}: {names} (CSV for regneark, FHIR for klinikkens system)"
        ),
    },
    "ui.history.files_failed": {
        "en": "The file could not be written: {detail}",
        "nb": "Filen kunne ikke skrives: {detail}",
    },
    "ui.history.key.quit": {"en": "Quit", "nb": "Avslutt"},
    "ui.history.open": {"en": "History", "nb": "Historikk"},
    # Dates on the axes and in the table.
    "ui.history.day_month": {"en": "{day} {month}", "nb": "{day}. {month}"},
    "ui.history.month.1": {"en": "Jan", "nb": "jan"},
    "ui.history.month.2": {"en": "Feb", "nb": "feb"},
    "ui.history.month.3": {"en": "Mar", "nb": "mar"},
    "ui.history.month.4": {"en": "Apr", "nb": "apr"},
    "ui.history.month.5": {"en": "May", "nb": "mai"},
    "ui.history.month.6": {"en": "Jun", "nb": "jun"},
    "ui.history.month.7": {"en": "Jul", "nb": "jul"},
    "ui.history.month.8": {"en": "Aug", "nb": "aug"},
    "ui.history.month.9": {"en": "Sep", "nb": "sep"},
    "ui.history.month.10": {"en": "Oct", "nb": "okt"},
    "ui.history.month.11": {"en": "Nov", "nb": "nov"},
    "ui.history.month.12": {"en": "Dec", "nb": "des"},
    # A date not in this year, or among dates of several years: the year too. Norwegian
    # abbreviates a month with a full stop ("1. jan. 2024"), except the short ones.
    "ui.history.day_month_year": {"en": "{day} {month} {year}", "nb": "{day}. {month} {year}"},
    "ui.history.month_in_date.1": {"en": "Jan", "nb": "jan."},
    "ui.history.month_in_date.2": {"en": "Feb", "nb": "feb."},
    "ui.history.month_in_date.3": {"en": "Mar", "nb": "mar."},
    "ui.history.month_in_date.4": {"en": "Apr", "nb": "apr."},
    "ui.history.month_in_date.5": {"en": "May", "nb": "mai"},
    "ui.history.month_in_date.6": {"en": "Jun", "nb": "juni"},
    "ui.history.month_in_date.7": {"en": "Jul", "nb": "juli"},
    "ui.history.month_in_date.8": {"en": "Aug", "nb": "aug."},
    "ui.history.month_in_date.9": {"en": "Sep", "nb": "sep."},
    "ui.history.month_in_date.10": {"en": "Oct", "nb": "okt."},
    "ui.history.month_in_date.11": {"en": "Nov", "nb": "nov."},
    "ui.history.month_in_date.12": {"en": "Dec", "nb": "des."},
    # The sessions table.
    "ui.history.column.when": {"en": "When", "nb": "Når"},
    "ui.history.column.routine": {"en": "Routine", "nb": "Program"},
    "ui.history.column.outcome": {"en": "How it went", "nb": "Hvordan det gikk"},
    "ui.history.column.exercises": {"en": "Exercises", "nb": "Øvelser"},
    "ui.history.column.pain": {"en": "Pain", "nb": "Smerte"},
    "ui.history.exercises": {"en": "{done} of {total}", "nb": "{done} av {total}"},
    "ui.history.sessions_count": {
        "en": "{count} sessions since {first}.",
        "nb": "{count} økter siden {first}.",
    },
    "ui.history.sessions_count.one": {
        "en": "1 session, on {first}.",
        "nb": "1 økt, {first}.",
    },
    # Pain over time.
    "ui.history.pain.intro": {
        "en": "Pain before and after each session:",
        "nb": "Smerte før og etter hver økt:",
    },
    # Too many sessions for the plot's width: each pair of dots is the average of a period's.
    "ui.history.pain.intro.day": {
        "en": "Average pain before and after, per day:",
        "nb": "Gjennomsnittlig smerte før og etter, per dag:",
    },
    "ui.history.pain.intro.week": {
        "en": "Average pain before and after, per week:",
        "nb": "Gjennomsnittlig smerte før og etter, per uke:",
    },
    "ui.history.pain.intro.weeks": {
        "en": "Average pain before and after, per {weeks} weeks:",
        "nb": "Gjennomsnittlig smerte før og etter, per {weeks} uker:",
    },
    # Under an averaged plot: an average can hide one severe answer (a physio must not miss it).
    "ui.history.pain.average_hides": {
        "en": "An average can hide a single high answer: the Sessions view lists each one.",
        "nb": "Et gjennomsnitt kan skjule ett høyt svar: Økter-visningen viser hvert svar.",
    },
    "ui.history.pain.highest": {
        "en": "Highest answer: {pain}, on {day}.",
        "nb": "Høyeste svar: {pain}, {day}.",
    },
    "ui.history.pain.scale": {
        "en": "0 is no pain, 10 the worst imaginable.",
        "nb": "0 er ingen smerte, 10 verst tenkelig.",
    },
    "ui.history.pain.none": {
        "en": "No pain answers yet: they are asked before and after each session.",
        "nb": "Ingen smertesvar ennå: du blir spurt før og etter hver økt.",
    },
    "ui.history.pain.before": {"en": "before", "nb": "før"},
    "ui.history.pain.after": {"en": "after", "nb": "etter"},
    # Sessions per week.
    "ui.history.routine": {"en": "Routine: {title}", "nb": "Program: {title}"},
    "ui.history.routine_of": {
        "en": "Routine: {title} ({number} of {total})",
        "nb": "Program: {title} ({number} av {total})",
    },
    "ui.history.weeks.aim": {
        "en": "Meant for {count} sessions a week. This week: {done} of {count}.",
        "nb": "Programmet er satt opp for {count} økter i uken. Denne uken: {done} av {count}.",
    },
    "ui.history.weeks.aim.one": {
        "en": "Meant for 1 session a week. This week: {done} of 1.",
        "nb": "Programmet er satt opp for 1 økt i uken. Denne uken: {done} av 1.",
    },
    "ui.history.weeks.no_aim": {
        "en": "The routine does not say how often it is meant to be done. This week: {done}.",
        "nb": "Programmet sier ikke hvor ofte det skal gjøres. Denne uken: {done}.",
    },
    "ui.history.weeks.legend": {
        "en": "sessions each week (from Monday)",
        "nb": "økter hver uke (fra mandag)",
    },
    "ui.history.weeks.legend_aim": {"en": "the aim", "nb": "målet"},
    "ui.history.dose.now": {
        "en": "{name}: {dose} last time",
        "nb": "{name}: {dose} sist",
    },
    "ui.history.dose.range": {"en": " (range {range})", "nb": " (spenn {range})"},
    # A dose that has not changed yet: say where it stands, not that it never changes.
    "ui.history.dose.count": {"en": "{count} sessions", "nb": "{count} økter"},
    "ui.history.dose.count.one": {"en": "1 session", "nb": "1 økt"},
    "ui.history.dose.at_start": {
        "en": "At its starting dose so far ({sessions}).",
        "nb": "På startdosen så langt ({sessions}).",
    },
    "ui.history.dose.at_top": {
        "en": (
            "At the top of its range ({sessions}): coach goes no higher. A physiotherapist can"
            " help you plan what comes next."
        ),
        "nb": (
            "Øverst i spennet ({sessions}): coach går ikke høyere. En fysioterapeut kan hjelpe"
            " deg å legge en trygg plan videre."
        ),
    },
    "ui.history.dose.same": {
        "en": "The same dose so far ({sessions}).",
        "nb": "Samme dose så langt ({sessions}).",
    },
    "ui.history.dose.fixed": {
        "en": "The routine gives this exercise one dose.",
        "nb": "Programmet gir denne øvelsen én dose.",
    },
    # The routine turned progression off for this exercise (`progression: off`).
    "ui.history.dose.off": {
        "en": "The routine keeps this exercise at its starting dose.",
        "nb": "Programmet holder denne øvelsen på startdosen.",
    },
    # The article's advice (l.65: "øk gradvis intensiteten over uker og måneder", "Unngå ...
    # øvelser som forverrer smerten"), then how coach steps a dose up, which is coach's own rule
    # (coach/progression/rules.py): `good_sessions` good sessions in a row, a good one being a
    # rise of at most `good_pain_rise` (by default 2 sessions, a rise of at most 1: "a few",
    # "little or not at all"); no step up while pain now, or in a recent session, is 7 or more.
    "ui.history.dose.how_it_grows": {
        "en": (
            "Each dose starts at the low end of its range. The article advises increasing"
            " gradually over weeks and months, and avoiding exercises that make the pain worse;"
            " coach takes one step up only after a few sessions in a row in which the pain rose"
            " little or not at all, and never while pain is 7 or more (coach's own rule)."
        ),
        "nb": (
            "Hver dose begynner nederst i spennet. Artikkelen råder deg til å øke gradvis over"
            " uker og måneder, og til å unngå øvelser som forverrer smerten; coach går bare ett"
            " trinn opp etter noen økter på rad der smerten økte lite eller ikke i det hele tatt,"
            " og aldri så lenge smerten er 7 eller mer (coachs egen regel)."
        ),
    },
    "ui.history.dose.none": {
        "en": "No doses recorded for this routine yet.",
        "nb": "Ingen doser registrert for dette programmet ennå.",
    },
}
