"""Problems in routine files: what is wrong (`routine.<code>`) and how to fix it (`….hint`)."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "routine."

MESSAGES: dict[str, dict[str, str]] = {
    # Reading the file
    "routine.unreadable": {
        "en": "can't read this file: {reason}",
        "nb": "kan ikke lese denne filen: {reason}",
    },
    "routine.not-a-file": {
        "en": "this is not a regular file",
        "nb": "dette er ikke en vanlig fil",
    },
    "routine.file-too-large": {
        "en": "the file is too large ({size} bytes; a routine file has at most {limit})",
        "nb": "filen er for stor ({size} byte; en programfil kan ha høyst {limit})",
    },
    "routine.bad-encoding": {
        "en": "the file is not UTF-8 text",
        "nb": "filen er ikke UTF-8-tekst",
    },
    "routine.bad-encoding.hint": {
        "en": "save it as UTF-8 (most editors offer this under Save as… or Encoding)",
        "nb": "lagre den som UTF-8 (de fleste redigeringsprogrammer har dette under Lagre som …"
        " eller Tegnkoding)",
    },
    "routine.nul-byte": {
        "en": "the file contains a NUL byte: it looks like a binary file, not YAML text",
        "nb": "filen inneholder en NUL-byte: den ser ut som en binærfil, ikke YAML-tekst",
    },
    "routine.control-character": {
        "en": "the invisible control character {codepoint} is not allowed in YAML",
        "nb": "det usynlige kontrolltegnet {codepoint} er ikke tillatt i YAML",
    },
    "routine.control-character.hint": {
        "en": "delete it; it often comes along when text is copied from a PDF or a word processor",
        "nb": "slett det; det følger ofte med når tekst kopieres fra en PDF eller et"
        " tekstbehandlingsprogram",
    },
    "routine.control-escape": {
        "en": "this quoted text makes the control character {codepoint} with an escape (such as"
        " \\e, \\a or \\x1b): a terminal would take it as a command instead of showing it",
        "nb": "denne teksten i anførselstegn lager kontrolltegnet {codepoint} med en escape-sekvens"
        " (som \\e, \\a eller \\x1b): en terminal ville tatt det som en kommando i stedet for å"
        " vise det",
    },
    "routine.bidi-control": {
        "en": "this text holds the direction control {codepoint}: it makes the text around it read"
        " in another order than it is written",
        "nb": "denne teksten inneholder retningstegnet {codepoint}: det får teksten rundt til å"
        " leses i en annen rekkefølge enn den er skrevet",
    },
    "routine.bidi-control.hint": {
        "en": "remove the invisible character (an editor that shows hidden characters finds it);"
        " routine text needs no direction marks",
        "nb": "fjern det usynlige tegnet (en editor som viser skjulte tegn finner det);"
        " tekst i et program trenger ingen retningstegn",
    },
    "routine.control-escape.hint": {
        "en": "remove the escape; routine text may break a line (\\n) or hold a tab (\\t), but"
        " not set colours, clear the screen or rename the window",
        "nb": "fjern escape-sekvensen; tekst i et program kan bryte linjen (\\n) eller ha en"
        " tabulator (\\t), men ikke sette farger, tømme skjermen eller gi vinduet nytt navn",
    },
    # YAML syntax
    "routine.yaml-syntax": {
        "en": "this is not valid YAML: {detail}",
        "nb": "dette er ikke gyldig YAML: {detail}",
    },
    "routine.syntax.no-colon": {
        "en": "this line doesn't fit after the line above",
        "nb": "denne linjen passer ikke etter linjen over",
    },
    "routine.syntax.no-colon.hint": {
        "en": "a value needs a space after the colon — check the line above",
        "nb": "en verdi trenger et mellomrom etter kolon – sjekk linjen over",
    },
    "routine.syntax.colon-in-value": {
        "en": "a value can't contain ': ' unless it is in quotes",
        "nb": "en verdi kan ikke inneholde «: » uten å stå i anførselstegn",
    },
    "routine.syntax.colon-in-value.hint": {
        "en": 'put the whole value in quotes, e.g. instructions: "Tip: breathe out"',
        "nb": 'sett hele verdien i anførselstegn, for eksempel instructions: "Tips: pust ut"',
    },
    "routine.syntax.indent": {
        "en": "the indentation of this line doesn't fit the lines above",
        "nb": "innrykket på denne linjen passer ikke med linjene over",
    },
    "routine.syntax.indent.hint": {
        "en": "keys that belong together start in the same column: an exercise's keys line up"
        " under its name",
        "nb": "nøkler som hører sammen, starter i samme kolonne: nøklene til en øvelse står rett"
        " under navnet",
    },
    "routine.syntax.unclosed-quote": {
        "en": "this quote is never closed",
        "nb": "dette anførselstegnet blir aldri lukket",
    },
    "routine.syntax.unclosed-quote.hint": {
        "en": "end the text with the same quote mark it starts with",
        "nb": "avslutt teksten med samme anførselstegn som den begynner med",
    },
    "routine.syntax.escape": {
        "en": "a backslash in double quotes starts an escape sequence this one is not",
        "nb": "en omvendt skråstrek i doble anførselstegn starter en escape-sekvens, men ikke"
        " denne",
    },
    "routine.syntax.escape.hint": {
        "en": "use single quotes instead, or write \\\\ for a backslash",
        "nb": "bruk enkle anførselstegn i stedet, eller skriv \\\\ for en omvendt skråstrek",
    },
    "routine.syntax.unclosed-bracket": {
        "en": "this bracket is never closed",
        "nb": "denne klammeparentesen blir aldri lukket",
    },
    "routine.syntax.unclosed-bracket.hint": {
        "en": "close it with the matching bracket, and separate the items inside with commas",
        "nb": "lukk den med tilsvarende klammeparentes, og skill elementene inni med komma",
    },
    "routine.tab": {
        "en": "a tab character is used for indentation",
        "nb": "et tabulatortegn er brukt til innrykk",
    },
    "routine.tab.hint": {
        "en": "tabs can't indent YAML: use spaces",
        "nb": "tabulator kan ikke brukes til innrykk i YAML: bruk mellomrom",
    },
    "routine.missing-space-after-colon": {
        "en": "'{text}' needs a space after the colon",
        "nb": "«{text}» trenger et mellomrom etter kolon",
    },
    "routine.missing-space-after-colon.hint": {
        "en": "write '{key}: {value}': a value needs a space after the colon",
        "nb": "skriv «{key}: {value}»: en verdi trenger et mellomrom etter kolon",
    },
    "routine.missing-colon": {
        "en": "the key '{key}' has no colon after it",
        "nb": "nøkkelen «{key}» mangler kolon etter seg",
    },
    "routine.missing-colon.hint": {
        "en": "a key needs a colon and a space before its value: write '{key}: {value}'",
        "nb": "en nøkkel trenger kolon og mellomrom før verdien: skriv «{key}: {value}»",
    },
    "routine.empty-file": {
        "en": "the file has no routine in it",
        "nb": "filen inneholder ikke noe treningsprogram",
    },
    "routine.empty-file.hint": {
        "en": "a routine needs at least 'title:' and 'exercises:' (see docs/routine-format.md)",
        "nb": "et program trenger minst «title:» og «exercises:» (se docs/routine-format.md)",
    },
    "routine.multiple-documents": {
        "en": "the file holds more than one YAML document",
        "nb": "filen inneholder mer enn ett YAML-dokument",
    },
    "routine.multiple-documents.hint": {
        "en": "one routine per file: remove this '---' line, or move what follows to its own file",
        "nb": "ett program per fil: fjern denne «---»-linjen, eller flytt resten til en egen fil",
    },
    "routine.anchor": {
        "en": "anchors (&{name}) are not allowed in routine files",
        "nb": "ankre (&{name}) er ikke tillatt i programfiler",
    },
    "routine.anchor.hint": {
        "en": "write the value out in full where it is needed",
        "nb": "skriv verdien helt ut der den trengs",
    },
    "routine.alias": {
        "en": "aliases (*{name}) are not allowed in routine files",
        "nb": "aliaser (*{name}) er ikke tillatt i programfiler",
    },
    "routine.alias.hint": {
        "en": "write the value out in full where it is needed",
        "nb": "skriv verdien helt ut der den trengs",
    },
    "routine.unknown-tag": {
        "en": "the tag {tag} is not allowed in routine files",
        "nb": "taggen {tag} er ikke tillatt i programfiler",
    },
    "routine.unknown-tag.hint": {
        "en": "remove it; to make a value text, put it in quotes",
        "nb": "fjern den; sett verdien i anførselstegn hvis den skal leses som tekst",
    },
    "routine.bad-tag": {
        "en": "'{text}' can't be read as {tag}",
        "nb": "«{text}» kan ikke leses som {tag}",
    },
    "routine.bad-tag.hint": {
        "en": "remove the tag",
        "nb": "fjern taggen",
    },
    "routine.complex-key": {
        "en": "a key must be a name, not a list or a mapping",
        "nb": "en nøkkel må være et navn, ikke en liste eller en samling nøkler",
    },
    "routine.duplicate-key": {
        "en": "'{key}' appears twice here",
        "nb": "«{key}» står to ganger her",
    },
    "routine.duplicate-key.hint": {
        "en": "the first '{key}' is on line {first_line}: keep only one",
        "nb": "den første «{key}» står på linje {first_line}: behold bare én",
    },
    "routine.too-deep": {
        "en": "values are nested more than {limit} levels deep here",
        "nb": "verdiene er nøstet mer enn {limit} nivåer dypt her",
    },
    "routine.too-many-values": {
        "en": "the file has more than {limit} values",
        "nb": "filen har mer enn {limit} verdier",
    },
    "routine.value-too-long": {
        "en": "this value is too long (at most {limit} characters)",
        "nb": "denne verdien er for lang (høyst {limit} tegn)",
    },
    "routine.number-too-large": {
        "en": "this number has too many digits (at most {limit})",
        "nb": "dette tallet har for mange sifre (høyst {limit})",
    },
    # The format
    "routine.not-a-routine": {
        "en": "a routine file is a set of 'key: value' lines, starting with 'title:'",
        "nb": "en programfil består av «nøkkel: verdi»-linjer og begynner med «title:»",
    },
    "routine.not-a-routine.hint": {
        "en": "see docs/routine-format.md for a complete example",
        "nb": "se docs/routine-format.md for et fullstendig eksempel",
    },
    "routine.unknown-key": {
        "en": "unknown key '{key}'",
        "nb": "ukjent nøkkel «{key}»",
    },
    "routine.hint.did-you-mean": {
        "en": "did you mean '{suggestion}'?",
        "nb": "mente du «{suggestion}»?",
    },
    "routine.hint.allowed-keys": {
        "en": "the keys allowed here are: {keys}",
        "nb": "disse nøklene kan brukes her: {keys}",
    },
    "routine.missing-key": {
        "en": "the required key '{key}' is missing",
        "nb": "den påkrevde nøkkelen «{key}» mangler",
    },
    # What each required key is, when it is missing.
    "routine.missing-key.title.hint": {
        "en": "give the routine a title, for example title: Back basics",
        "nb": "gi programmet en tittel, for eksempel title: Grunnøvelser for ryggen",
    },
    "routine.missing-key.exercises.hint": {
        "en": "list the exercises under exercises:, each starting with '- name: …'",
        "nb": "list øvelsene under exercises:, hver med «- name: …» først",
    },
    "routine.missing-key.name.hint": {
        "en": "every exercise needs a name, for example - name: Pelvic tilt",
        "nb": "hver øvelse trenger et navn, for eksempel - name: Bekkentilt",
    },
    "routine.missing-key.text.hint": {
        "en": "a cue needs the words to show, for example - text: Breathe in, seconds: 4",
        "nb": (
            "en beskjed trenger teksten som skal vises, for eksempel - text: Pust inn, seconds: 4"
        ),
    },
    "routine.missing-key.seconds.hint": {
        "en": "say how long the cue lasts, for example seconds: 4 (or 4s)",
        "nb": "si hvor lenge beskjeden varer, for eksempel seconds: 4 (eller 4s)",
    },
    "routine.missing-key.question.hint": {
        "en": "a red flag needs its yes/no question, for example - question: Do you have a fever?",
        "nb": "et rødt flagg trenger et ja/nei-spørsmål, for eksempel - question: Har du feber?",
    },
    "routine.empty-value": {
        "en": "'{key}' has no value",
        "nb": "«{key}» har ingen verdi",
    },
    "routine.empty-value.hint": {
        "en": "write a value after the colon, or remove the line",
        "nb": "skriv en verdi etter kolon, eller fjern linjen",
    },
    "routine.wrong-type": {
        "en": "'{key}' must be {expected}, not {got}",
        "nb": "«{key}» må være {expected}, ikke {got}",
    },
    "routine.expect.text": {"en": "text", "nb": "tekst"},
    "routine.expect.int": {
        "en": "a whole number from {low} to {high}",
        "nb": "et heltall fra {low} til {high}",
    },
    "routine.expect.bool": {"en": "true or false", "nb": "true eller false"},
    "routine.expect.choice": {"en": "one of {choices}", "nb": "en av {choices}"},
    "routine.expect.list": {"en": "a list", "nb": "en liste"},
    "routine.expect.mapping": {
        "en": "a set of 'key: value' lines",
        "nb": "en samling «nøkkel: verdi»-linjer",
    },
    "routine.expect.duration": {
        "en": "a duration such as 5s, 90s or 1:30",
        "nb": "en varighet som 5 sek, 90 s eller 1:30",
    },
    "routine.expect.count": {
        "en": "a count such as 10, or a range such as 10-15",
        "nb": "et antall som 10, eller et spenn som 10–15",
    },
    "routine.expect.frequency": {
        "en": "how often, such as 3/week, daily or 2/day",
        "nb": "hvor ofte, som 3/uke, daglig eller 2/dag",
    },
    "routine.got.text": {"en": "the text '{text}'", "nb": "teksten «{text}»"},
    "routine.got.number": {"en": "the number {text}", "nb": "tallet {text}"},
    "routine.got.bool": {"en": "the value {text}", "nb": "verdien {text}"},
    "routine.got.list": {"en": "a list", "nb": "en liste"},
    "routine.got.mapping": {
        "en": "a set of 'key: value' lines",
        "nb": "en samling «nøkkel: verdi»-linjer",
    },
    "routine.got.nothing": {"en": "nothing", "nb": "ingenting"},
    "routine.hint.bool-words": {
        "en": "only true and false are yes/no values (YAML 1.2): write true or false",
        "nb": "bare true og false er ja/nei-verdier (YAML 1.2): skriv true eller false",
    },
    "routine.hint.list": {
        "en": "write each item on its own line starting with '- ', or as [a, b]",
        "nb": "skriv hvert element på en egen linje som begynner med «- », eller som [a, b]",
    },
    "routine.empty-list": {
        "en": "'{key}' needs at least one item",
        "nb": "«{key}» må ha minst ett element",
    },
    "routine.too-many-items": {
        "en": "'{key}' takes at most {limit} items",
        "nb": "«{key}» kan ha høyst {limit} elementer",
    },
    "routine.out-of-range": {
        "en": "'{key}' must be from {low} to {high}, not {value}",
        "nb": "«{key}» må være fra {low} til {high}, ikke {value}",
    },
    "routine.bad-choice": {
        "en": "'{value}' is not a valid '{key}': use one of {choices}",
        "nb": "«{value}» er ikke en gyldig verdi for «{key}»: bruk en av {choices}",
    },
    "routine.hint.did-you-mean-value": {
        "en": "did you mean {suggestion}?",
        "nb": "mente du {suggestion}?",
    },
    "routine.bad-duration": {
        "en": "'{text}' is not a duration",
        "nb": "«{text}» er ikke en varighet",
    },
    "routine.bad-duration.hint": {
        "en": "write it like 5s, 5 sek, 90s, 1min, 1m30s, 1:30 or 2 min, or a range like 3-5s",
        "nb": "skriv den som 5 sek, 5s, 90 s, 1 min, 1m30s, 1:30 eller 2 minutter, eller som et"
        " spenn som 3–5 sek",
    },
    "routine.bad-count": {
        "en": "'{text}' is not a count",
        "nb": "«{text}» er ikke et antall",
    },
    "routine.bad-count.hint": {
        "en": "write a whole number like 10, or a range like 10-15",
        "nb": "skriv et heltall som 10, eller et spenn som 10–15",
    },
    "routine.range-order": {
        "en": "in the range '{text}' the low end must come first and be below the high end",
        "nb": "i spennet «{text}» må den laveste verdien stå først og være lavere enn den høyeste",
    },
    "routine.range-order.hint": {
        "en": "write it from low to high, like 10-15; for a single value write just that value",
        "nb": "skriv det fra lav til høy, som 10–15; for én verdi skriver du bare den",
    },
    "routine.duration-too-long": {
        "en": "'{text}' is longer than {limit} hours",
        "nb": "«{text}» er lengre enn {limit} timer",
    },
    "routine.duration-too-long.hint": {
        "en": "check the unit: s is seconds, min is minutes",
        "nb": "sjekk enheten: sek er sekunder, min er minutter",
    },
    "routine.count-too-large": {
        "en": "'{text}' is more than {limit}",
        "nb": "«{text}» er mer enn {limit}",
    },
    "routine.count-too-small": {
        "en": "'{text}' must be at least 1",
        "nb": "«{text}» må være minst 1",
    },
    "routine.range-not-allowed": {
        "en": "'{key}' takes a single duration, not a range",
        "nb": "«{key}» tar én varighet, ikke et spenn",
    },
    "routine.range-not-allowed.hint": {
        "en": "only 'duration' and 'hold' take ranges; write one value here",
        "nb": "bare «duration» og «hold» kan ha spenn; skriv én verdi her",
    },
    "routine.bad-frequency": {
        "en": "'{text}' does not say how often",
        "nb": "«{text}» sier ikke hvor ofte",
    },
    "routine.bad-frequency.hint": {
        "en": "write it like 3/week, 3 times a week, daily or 2/day",
        "nb": "skriv det som 3/uke, 3 per uke, daglig eller 2/dag",
    },
    "routine.frequency-too-high": {
        "en": "'{text}' is more often than a routine is done: at most {day_limit} a day or"
        " {week_limit} a week",
        "nb": "«{text}» er oftere enn et program gjøres: høyst {day_limit} om dagen eller"
        " {week_limit} i uken",
    },
    "routine.frequency-too-high.hint": {
        "en": "check the unit: 3/week is three times a week, 3/day three times a day",
        "nb": "sjekk enheten: 3/uke er tre ganger i uken, 3/dag tre ganger om dagen",
    },
    "routine.progression-too-fast": {
        "en": "days_between_steps can't be less than {least}: coach never steps a dose up"
        " more often than every {least} days (48 h), not {value}",
        "nb": "days_between_steps kan ikke være mindre enn {least}: coach øker aldri en dose"
        " oftere enn hver {least}. dag (48 t), ikke {value}",
    },
    "routine.progression-too-fast.hint": {
        "en": "write days_between_steps: {least} or more (a routine may be more cautious than"
        " coach, never less), or leave it out",
        "nb": "skriv days_between_steps: {least} eller mer (et program kan være forsiktigere enn"
        " coach, aldri mindre), eller ta den bort",
    },
    "routine.pain-thresholds": {
        "en": "a flare (pain up by {flare} or more) must need a bigger rise than a good session"
        " allows (up by {good} at most)",
        "nb": "en oppblussing (smerten opp med {flare} eller mer) må kreve en større økning enn"
        " en god økt tillater (opp med høyst {good})",
    },
    "routine.pain-thresholds.hint": {
        "en": "make flare_pain_rise larger than good_pain_rise, e.g. good_pain_rise: 1 and"
        " flare_pain_rise: 2",
        "nb": "gjør flare_pain_rise større enn good_pain_rise, for eksempel good_pain_rise: 1 og"
        " flare_pain_rise: 2",
    },
    "routine.not-positive": {
        "en": "'{key}' must be longer than zero",
        "nb": "«{key}» må være lengre enn null",
    },
    "routine.reps-and-duration": {
        "en": "an exercise has 'reps' or 'duration', not both",
        "nb": "en øvelse har «reps» eller «duration», ikke begge",
    },
    "routine.reps-and-duration.hint": {
        "en": "use reps for an exercise you count, duration for one you time",
        "nb": "bruk reps for en øvelse som telles, og duration for en som tas på tid",
    },
    "routine.no-reps-or-duration": {
        "en": "this exercise needs 'reps' (to count it) or 'duration' (to time it)",
        "nb": "denne øvelsen trenger «reps» (for å telle den) eller «duration» (for å ta tiden)",
    },
    "routine.no-reps-or-duration.hint": {
        "en": "for example reps: 10-15, or duration: 1-2min",
        "nb": "for eksempel reps: 10-15 eller duration: 1-2 min",
    },
    "routine.needs-reps": {
        "en": "'{key}' only applies to exercises with 'reps'",
        "nb": "«{key}» gjelder bare øvelser med «reps»",
    },
    "routine.needs-reps.hint": {
        "en": "this exercise is timed (it has 'duration'): remove '{key}'",
        "nb": "denne øvelsen tas på tid (den har «duration»): fjern «{key}»",
    },
    "routine.needs-duration": {
        "en": "'{key}' only applies to timed exercises (with 'duration')",
        "nb": "«{key}» gjelder bare øvelser på tid (med «duration»)",
    },
    "routine.needs-duration.hint": {
        "en": "this exercise counts reps: remove '{key}', or use 'duration' instead of 'reps'",
        "nb": "denne øvelsen teller repetisjoner: fjern «{key}», eller bruk «duration» i stedet"
        " for «reps»",
    },
    "routine.needs-hold": {
        "en": "'{key}' only applies to exercises with a 'hold'",
        "nb": "«{key}» gjelder bare øvelser med «hold»",
    },
    "routine.needs-hold.hint": {
        "en": "add a hold (for example hold: 5s), or remove '{key}'",
        "nb": "legg til et hold (for eksempel hold: 5 sek), eller fjern «{key}»",
    },
    "routine.hold-and-pace": {
        "en": "an exercise with a 'hold' is timed by the hold, so 'pace' would be ignored",
        "nb": "en øvelse med «hold» styres av holdet, så «pace» ville blitt oversett",
    },
    "routine.hold-and-pace.hint": {
        "en": "remove 'pace', or remove 'hold' to count reps at that pace",
        "nb": "fjern «pace», eller fjern «hold» for å telle repetisjoner i det tempoet",
    },
    "routine.duplicate-side": {
        "en": "the side '{side}' is listed twice",
        "nb": "siden «{side}» står to ganger",
    },
    # Warnings: legal, but probably not what the author meant
    "routine.long-hold": {
        "en": "a hold of {seconds} seconds is over a minute",
        "nb": "et hold på {seconds} sekunder er over ett minutt",
    },
    "routine.long-hold.hint": {
        "en": "check the unit: 5 or 5s is five seconds, 5min is five minutes",
        "nb": "sjekk enheten: 5 eller 5 sek er fem sekunder, 5 min er fem minutter",
    },
    "routine.many-reps": {
        "en": "{reps} reps in a set is a lot (more than {limit})",
        "nb": "{reps} repetisjoner i ett sett er mye (mer enn {limit})",
    },
    "routine.many-reps.hint": {
        "en": "is that what you meant? Several sets (sets: 3) give the patient rests",
        "nb": "var det det du mente? Flere sett (sets: 3) gir pasienten pauser",
    },
    "routine.nothing-to-progress": {
        "en": "'progression' has no effect: '{name}' has no range to grow through",
        "nb": "«progression» har ingen virkning: «{name}» har ikke noe spenn å vokse gjennom",
    },
    "routine.nothing-to-progress.hint": {
        "en": "give a range, like reps: 10-15, hold: 3-5s or duration: 1-2min, or remove"
        " 'progression'",
        "nb": "skriv et spenn, som reps: 10-15, hold: 3-5s eller duration: 1-2min, eller fjern"
        " «progression»",
    },
    "routine.no-instructions": {
        "en": "the exercise '{name}' has no instructions",
        "nb": "øvelsen «{name}» har ingen instruksjoner",
    },
    "routine.no-instructions.hint": {
        "en": "add 'instructions:' so the patient knows what to do",
        "nb": "legg til «instructions:» så pasienten vet hva som skal gjøres",
    },
    # Routine-format messages of issue 11: Norwegian side names, one name per exercise, and `3x10`
    # written for sets and reps.
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
    # `coach check` messages about a routine's safety keys: `red_flags:` and `pain_check:`.
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
    # A routine's own sounds (`sounds:`) that won't play: the problem code and its hints.
    # The code's default message; `coach check` shows the more precise `sound.wav.*` one.
    "routine.bad-sound-file": {
        "en": "the sound file {path} cannot be played",
        "nb": "lydfilen {path} kan ikke spilles av",
    },
    "routine.bad-sound-file.hint": {
        "en": "a sound must be an uncompressed (PCM) WAV file, mono or stereo, 8, 16, 24 or"
        " 32-bit, at a common rate such as 44100 or 48000 Hz; most recording apps can export"
        " one",
        "nb": "en lyd må være en ukomprimert WAV-fil (PCM), mono eller stereo, 8, 16, 24 eller"
        " 32 bit, med en vanlig samplingsfrekvens som 44100 eller 48000 Hz; de fleste"
        " opptaksapper kan eksportere det",
    },
    "routine.bad-sound-file.missing": {
        "en": "the path is read from the routine file's folder, {folder}",
        "nb": "stien leses fra mappen programfilen ligger i, {folder}",
    },
}
