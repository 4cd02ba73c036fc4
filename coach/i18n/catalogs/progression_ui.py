"""Messages of the progression screen shown before a session (the dose lines themselves and the
physiotherapist advice are in `progression`)."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.progression.intro": {
        "en": "Your doses follow how your last sessions went.",
        "nb": "Dosene følger hvordan de siste øktene gikk.",
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
}
