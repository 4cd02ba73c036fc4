"""Messages of progression: today's dose and why, and the advice to see a physiotherapist.

The advice quotes the source article where it has a sentence for it (the Norwegian is the
article's own; the English follows it).
"""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "progression."

MESSAGES: dict[str, dict[str, str]] = {
    # Doses in words.
    "progression.seconds": {"en": "{seconds} s", "nb": "{seconds} s"},
    "progression.minutes": {"en": "{minutes} min", "nb": "{minutes} min"},
    "progression.minutes_seconds": {
        "en": "{minutes} min {seconds} s",
        "nb": "{minutes} min {seconds} s",
    },
    "progression.range.seconds": {"en": "{low}–{high} s", "nb": "{low}–{high} s"},
    "progression.range.minutes": {"en": "{low}–{high} min", "nb": "{low}–{high} min"},
    "progression.range": {"en": "{low} to {high}", "nb": "{low} til {high}"},
    "progression.reps.one": {"en": "{count} rep", "nb": "{count} repetisjon"},
    "progression.reps.other": {"en": "{count} reps", "nb": "{count} repetisjoner"},
    "progression.reps.range": {"en": "{low}–{high} reps", "nb": "{low}–{high} repetisjoner"},
    "progression.hold": {"en": "hold {hold}", "nb": "hold i {hold}"},
    "progression.and": {"en": ", ", "nb": ", "},
    "progression.number.1": {"en": "one", "nb": "én"},
    "progression.number.2": {"en": "two", "nb": "to"},
    "progression.number.3": {"en": "three", "nb": "tre"},
    "progression.number.4": {"en": "four", "nb": "fire"},
    "progression.number.5": {"en": "five", "nb": "fem"},
    "progression.number.6": {"en": "six", "nb": "seks"},
    "progression.number.7": {"en": "seven", "nb": "sju"},
    "progression.number.8": {"en": "eight", "nb": "åtte"},
    "progression.number.9": {"en": "nine", "nb": "ni"},
    "progression.number.10": {"en": "ten", "nb": "ti"},
    "progression.number.11": {"en": "eleven", "nb": "elleve"},
    "progression.number.12": {"en": "twelve", "nb": "tolv"},
    # One line per exercise before a session.
    "progression.title": {"en": "Today's doses", "nb": "Dagens treningsmengde"},
    "progression.line.up": {
        "en": "{name}: {dose} today (up from {previous}: {why})",
        "nb": "{name}: {dose} i dag (opp fra {previous}: {why})",
    },
    "progression.line.down": {
        "en": "{name}: {dose} today (down from {previous}: {why})",
        "nb": "{name}: {dose} i dag (ned fra {previous}: {why})",
    },
    "progression.line.changed": {
        "en": "{name}: {dose} today (changed from {previous}: {why})",
        "nb": "{name}: {dose} i dag (endret fra {previous}: {why})",
    },
    "progression.line.same": {
        "en": "{name}: {dose} today (same as last time: {why})",
        "nb": "{name}: {dose} i dag (som sist: {why})",
    },
    # A step up held back while pain before sessions has been rising.
    "progression.line.held": {
        "en": "{name}: stays at {dose} today ({why})",
        "nb": "{name}: blir på {dose} i dag ({why})",
    },
    # The lowest dose still hurts: stop the exercise and see a physiotherapist (coach's own
    # advice where the article is silent; it follows "kontakt en fysioterapeut").
    "progression.line.bottom": {
        "en": "{name}: {dose} ({why}). Leave this exercise out: skip it with → in the session,"
        " and contact a physiotherapist before you do it again; coach's own rule.",
        "nb": "{name}: {dose} ({why}). Hopp over denne øvelsen: trykk → i økten, og kontakt en"
        " fysioterapeut før du gjør den igjen; coachs egen regel.",
    },
    "progression.line.plain": {
        "en": "{name}: {dose} today ({why})",
        "nb": "{name}: {dose} i dag ({why})",
    },
    "progression.stay": {"en": "Stay at {dose}", "nb": "Bli på {dose}"},
    # Why: inside the brackets of a line.
    "progression.why.start": {
        "en": "starting at the low end of {range}",
        "nb": "du begynner nederst i {range}",
    },
    "progression.why.up.one": {"en": "{count} good session", "nb": "{count} god økt"},
    "progression.why.up.other": {"en": "{count} good sessions", "nb": "{count} gode økter"},
    "progression.why.down": {
        "en": "pain rose after two sessions in a row",
        "nb": "smerten økte etter to økter på rad",
    },
    "progression.why.lasted.0": {
        "en": "pain rose after the last session and was still higher later that day"
        "; coach's own rule",
        "nb": "smerten økte etter forrige økt og var fortsatt høyere senere samme dag"
        "; coachs egen regel",
    },
    "progression.why.lasted.1": {
        "en": "pain rose after the last session and was still higher the next day"
        "; coach's own rule",
        "nb": "smerten økte etter forrige økt og var fortsatt høyere dagen etter"
        "; coachs egen regel",
    },
    "progression.why.lasted.other": {
        "en": "pain rose after the last session and was still higher {days} days later"
        "; coach's own rule",
        "nb": "smerten økte etter forrige økt og var fortsatt høyere {days} dager etter"
        "; coachs egen regel",
    },
    "progression.why.lasted.unknown": {
        "en": "pain rose after the last session and was still higher at the next one"
        "; coach's own rule",
        "nb": "smerten økte etter forrige økt og var fortsatt høyere ved neste økt"
        "; coachs egen regel",
    },
    "progression.why.lighter": {
        "en": "you chose a lighter dose today",
        "nb": "du valgte en lettere dose i dag",
    },
    "progression.why.severe": {
        "en": "your pain reached {pain} of 10 in the last session; coach's own rule: no step up"
        " while pain is 7 or more",
        "nb": "smerten var {pain} av 10 i forrige økt; coachs egen regel: ingen økning så lenge"
        " smerten er 7 eller mer",
    },
    "progression.why.severe_now": {
        "en": "your pain now is {pain} of 10; coach's own rule: no step up while pain is 7 or more",
        "nb": "smerten er {pain} av 10 nå; coachs egen regel: ingen økning så lenge smerten er"
        " 7 eller mer",
    },
    "progression.why.clamp_held": {
        "en": (
            "the routine now starts higher, but your pain is {pain} of 10; coach's own rule: no"
            " step up while pain is 7 or more. Ask your physiotherapist"
        ),
        "nb": (
            "programmet starter nå høyere, men smerten er {pain} av 10; coachs egen regel: ingen"
            " økning så lenge smerten er 7 eller mer. Spør fysioterapeuten din"
        ),
    },
    "progression.why.no_pain_now": {
        "en": "you did not say how much it hurts now; coach's own rule: no step up today",
        "nb": "du svarte ikke på hvor vondt du har nå; coachs egen regel: du går ikke opp i dag",
    },
    "progression.why.pain_higher": {
        "en": "your pain now ({pain}) is higher than before the last session ({earlier});"
        " no step up today; coach's own rule",
        "nb": "smerten nå ({pain}) er høyere enn før forrige økt ({earlier}); du går ikke opp"
        " i dag; coachs egen regel",
    },
    "progression.why.too_soon": {
        "en": "coach's own rule: at most one step up every {days} days",
        "nb": "coachs egen regel: høyst ett steg opp hver {days}. dag",
    },
    "progression.why.clamped": {
        "en": "the routine now says {range}",
        "nb": "programmet sier nå {range}",
    },
    "progression.why.stayed": {
        "en": "you chose to stay; the step up is offered again next time",
        "nb": "du valgte å bli på samme dose; neste gang får du tilbud om å gå opp igjen",
    },
    "progression.why.rising_pain": {
        "en": "your pain before the sessions has been rising; no step up until it settles;"
        " coach's own rule",
        "nb": "smerten før øktene har økt; du går ikke opp før den har roet seg; coachs egen regel",
    },
    "progression.why.building": {
        "en": "{count} of {needed} good sessions so far",
        "nb": "{count} av {needed} gode økter så langt",
    },
    "progression.why.flare": {
        "en": "pain rose after the last session",
        "nb": "smerten økte etter forrige økt",
    },
    "progression.why.in_between": {
        "en": "pain rose a little more than a good session allows",
        "nb": "smerten økte litt mer enn en god økt tillater",
    },
    "progression.why.unanswered": {
        "en": "the dose grows when you answer the pain questions before and after",
        "nb": "dosen øker når du svarer på smertespørsmålene før og etter",
    },
    "progression.why.top": {"en": "the top of the range", "nb": "toppen av spennet"},
    "progression.why.bottom": {
        "en": "it still hurts, and this is already the lowest dose",
        "nb": "det gjør fortsatt vondt, og dette er allerede den laveste dosen",
    },
    "progression.why.off": {"en": "set by the routine", "nb": "fastsatt i programmet"},
    "progression.why.fixed": {"en": "set by the routine", "nb": "fastsatt i programmet"},
    # The advice to see a physiotherapist, from the history.
    "progression.advice.title": {
        "en": "A suggestion from your history",
        "nb": "Et råd ut fra historikken din",
    },
    "progression.advice.rising": {
        "en": "Your pain before the sessions has gone up over the last {sessions} sessions,"
        " from {first} to {last}.",
        "nb": "Smerten før øktene har økt de siste {sessions} øktene, fra {first} til {last}.",
    },
    "progression.advice.adjust": {
        "en": "If the pain gets stronger and lasts for several days afterwards, the training"
        " should be adjusted.",
        "nb": "Hvis smertene blir sterkere og varer i flere dager etterpå, bør treningen justeres.",
    },
    "progression.advice.comfort": {
        "en": "Movement within your comfort zone is important, but avoid activities that"
        " increase the pain significantly.",
        "nb": "Bevegelse i komfortsonen er viktig, men unngå aktiviteter som øker smerten"
        " betydelig.",
    },
    "progression.advice.plan": {
        "en": "Contact a physiotherapist. A physiotherapist can help you set up a safe"
        " progression plan.",
        "nb": "Ta kontakt med en fysioterapeut. En fysioterapeut kan hjelpe deg å sette opp en"
        " trygg progresjonsplan.",
    },
    "progression.advice.no_improvement": {
        "en": "You have trained for {weeks} weeks, and your pain before the sessions has not"
        " improved ({first} at the start, {last} now).",
        "nb": "Du har trent i {weeks} uker, og smerten før øktene har ikke blitt bedre"
        " ({first} i starten, {last} nå).",
    },
    "progression.advice.no_improvement_since": {
        "en": "Counting the time before you started, your back has hurt for about {weeks} weeks,"
        " and your pain before the sessions has not improved ({first} at the start, {last} now).",
        "nb": "Regnet med tiden før du begynte har du hatt vondt i ryggen i omtrent {weeks} uker,"
        " og smerten før øktene har ikke blitt bedre ({first} i starten, {last} nå).",
    },
    "progression.advice.physio": {
        "en": "If you have had back pain for more than 2–3 weeks without improvement, it is time"
        " for professional help: contact a physiotherapist.",
        "nb": "Har du hatt ryggsmerter i mer enn 2–3 uker uten bedring, er det tid for"
        " profesjonell hjelp: kontakt en fysioterapeut.",
    },
    "progression.advice.physio_helps": {
        "en": "Physiotherapists can examine you thoroughly, guide you in the right way to train,"
        " and help keep the pain from becoming long-lasting.",
        "nb": "Fysioterapeuter kan gjøre grundige undersøkelser, veilede deg i riktig"
        " treningsmetode, og bidra til å forhindre at smertene blir langvarige.",
    },
    # How long the back had hurt at the first session.
    "progression.onset.under_1_week": {"en": "Less than a week", "nb": "Mindre enn en uke"},
    "progression.onset.1_to_2_weeks": {"en": "1–2 weeks", "nb": "1–2 uker"},
    "progression.onset.2_to_3_weeks": {"en": "2–3 weeks", "nb": "2–3 uker"},
    "progression.onset.over_3_weeks": {"en": "More than 3 weeks", "nb": "Mer enn 3 uker"},
    "progression.onset.not_sure": {"en": "Not sure", "nb": "Vet ikke"},
    # Said after what the history shows: when the advice comes is coach's own rule (the
    # article gives no numbers for it; docs/safety.md lists them).
    "progression.advice.own_rule": {
        "en": "(Coach's own rule.)",
        "nb": "(Coachs egen regel.)",
    },
}
