"""Routine-format messages of issue 11: Norwegian side names, one name per exercise, and
`3x10` written for sets and reps."""

MESSAGES: dict[str, dict[str, str]] = {
    "routine.hint.norwegian-word": {
        "en": "did you mean {suggestion}? '{value}' is read only in a routine with language: nb",
        "nb": "mente du {suggestion}? «{value}» leses bare i et program med language: nb",
    },
    "routine.duplicate-exercise": {
        "en": "the exercise name '{name}' is already used on line {line}",
        "nb": "øvelsesnavnet «{name}» er allerede brukt på linje {line}",
    },
    "routine.duplicate-exercise.hint": {
        "en": "coach remembers each exercise's dose and history by its name: give this one a"
        " name of its own, like '{name}, round 2'",
        "nb": "coach husker dosen og historikken til hver øvelse etter navnet: gi denne et eget"
        " navn, som «{name}, runde 2»",
    },
    "routine.hint.sets-times-reps": {
        "en": "'{text}' looks like sets × reps: write sets: {sets} and reps: {reps}",
        "nb": "«{text}» ser ut som sett × repetisjoner: skriv sets: {sets} og reps: {reps}",
    },
}
