"""Messages of the progression screen shown before a session (the dose lines themselves and the
physiotherapist advice are in `progression`)."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "ui.progression."

MESSAGES: dict[str, dict[str, str]] = {
    "ui.progression.intro": {
        # The second sentence is the article's (l.65): start low, build up over weeks and months.
        "en": (
            "Your doses follow how your last sessions went. Avoid heavy lifting, explosive"
            " movements or exercises that make the pain worse at the start; increase gradually"
            " over weeks and months."
        ),
        "nb": (
            "Dosene følger hvordan de siste øktene gikk. Unngå tunge løft, eksplosive bevegelser"
            " eller øvelser som forverrer smerten i starten, og øk gradvis over uker og måneder."
        ),
    },
    "ui.progression.bad_day": {
        "en": "Your pain is higher today. You can take a lighter dose (L), or go back.",
        "nb": "Smerten er høyere i dag. Du kan ta en lettere dose (L), eller gå tilbake.",
    },
    "ui.progression.unavailable": {
        "en": "Your history can't be read, so today every exercise starts at the low end of its"
        " range.",
        "nb": "Historikken din kan ikke leses, så i dag begynner hver øvelse nederst i spennet"
        " sitt.",
    },
    "ui.progression.start": {"en": "Start the session", "nb": "Start økten"},
    "ui.progression.back": {"en": "Back", "nb": "Tilbake"},
    "ui.progression.key.start": {"en": "Start", "nb": "Start"},
    "ui.progression.key.stay_all": {"en": "Stay", "nb": "Bli"},
    "ui.progression.key.lighter": {"en": "Lighter", "nb": "Lettere"},
    "ui.progression.lighter_all": {
        "en": "Lighter doses today",
        "nb": "Lettere doser i dag",
    },
    "ui.progression.stay_all": {
        "en": "Stay at last time's doses",
        "nb": "Bli på dosene fra sist",
    },
    "ui.progression.go_up": {"en": "Go up after all", "nb": "Gå likevel opp"},
    "ui.progression.stay_key": {
        "en": "{label} (key {key})",
        "nb": "{label} (tast {key})",
    },
    # Asked once, at the first session: how long the back has hurt (issue 11).
    "ui.progression.onset.title": {
        "en": "How long has your back been hurting this time?",
        "nb": "Hvor lenge har du hatt vondt i ryggen denne gangen?",
    },
    "ui.progression.onset.why": {
        "en": "Asked once. If back pain lasts more than 2–3 weeks without improvement, a"
        " physiotherapist can help: coach counts from when it began.",
        "nb": "Spørres bare én gang. Varer ryggsmertene mer enn 2–3 uker uten bedring, kan en"
        " fysioterapeut hjelpe: coach teller fra da de begynte.",
    },
    "ui.progression.onset.answer": {"en": "{key}  {words}", "nb": "{key}  {words}"},
    "ui.progression.onset.key.not_sure": {"en": "Not sure", "nb": "Vet ikke"},
}
