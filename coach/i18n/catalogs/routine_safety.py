"""`coach check` messages about a routine's safety keys: `red_flags:` and `pain_check:`."""

MESSAGES: dict[str, dict[str, str]] = {
    "routine.duplicate-red-flag": {
        "en": "The red-flag question {question!r} is asked twice.",
        "nb": "Spørsmålet om rødt flagg {question!r} stilles to ganger.",
    },
    "routine.duplicate-red-flag.hint": {
        "en": "Remove one of them; every question is asked once before the session.",
        "nb": "Fjern ett av dem; hvert spørsmål stilles én gang før økten.",
    },
    "routine.pain-check-one-exercise": {
        "en": (
            "pain_check: after_each_exercise asks nothing more in a routine with one exercise:"
            " the pain after it is the pain after the session."
        ),
        "nb": (
            "pain_check: after_each_exercise spør ikke om noe mer i et program med én øvelse:"
            " smerten etter den er smerten etter økten."
        ),
    },
    "routine.pain-check-one-exercise.hint": {
        "en": "Leave pain_check out; pain is asked before and after every session anyway.",
        "nb": "Utelat pain_check; det spørres om smerte før og etter hver økt uansett.",
    },
}
