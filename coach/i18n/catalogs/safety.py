"""Messages of the safety checks: red flags, stop advice, the pain scale, guidance after a session.

The wording follows the source article; the Norwegian is the article's own where it has a sentence
for it. The emergency number (113, medical emergencies in Norway) is not in the article.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The red-flag screen before a session.
    "safety.red_flags.title": {"en": "Before you start", "nb": "Før du begynner"},
    "safety.red_flags.question": {
        "en": "Do you have any of these right now?",
        "nb": "Har du noe av dette nå?",
    },
    "safety.red_flags.paralysis": {
        "en": "Sudden paralysis or weakness in your legs",
        "nb": "Plutselig lammelse eller kraftsvikt i bena",
    },
    "safety.red_flags.bladder_bowel": {
        "en": "Reduced control over your bladder or bowel",
        "nb": "Nedsatt kontroll over blære eller tarm",
    },
    "safety.red_flags.saddle_numbness": {
        "en": "Widespread numbness in your groin (the area you sit on in a saddle)",
        "nb": "Utbredt nummenhet i skrittet (området du sitter på i en sal)",
    },
    "safety.red_flags.trauma": {
        "en": "A recent fall or other injury (trauma), or a suspected fracture or prolapse",
        "nb": "Et nylig fall eller en annen skade (traume), eller mistanke om brudd eller prolaps",
    },
    "safety.red_flags.none": {"en": "None of these", "nb": "Ingen av disse"},
    # What a "yes" says. The session does not start.
    "safety.stop.title": {"en": "Do not start the session now", "nb": "Ikke start økten nå"},
    "safety.stop.red_flag": {
        "en": "This can be a red flag. Contact a doctor immediately.",
        "nb": "Dette kan være et rødt flagg. Kontakt lege umiddelbart.",
    },
    "safety.stop.trauma": {
        "en": (
            "After trauma, or if you suspect a fracture or prolapse, you need a medical"
            " assessment before you start training. Contact a doctor."
        ),
        "nb": (
            "Ved traume eller mistanke om brudd eller prolaps trenger du en medisinsk vurdering"
            " før du setter i gang med trening. Kontakt lege."
        ),
    },
    "safety.stop.emergency": {
        "en": (
            "If it is urgent, call the medical emergency number: 113 in Norway, or the local"
            " emergency number where you are."
        ),
        "nb": ("Haster det, ring medisinsk nødnummer: 113 i Norge, eller nødnummeret der du er."),
    },
    "safety.stop.not_started": {
        "en": "The session has not started. Come back to it when a doctor has said it is safe.",
        "nb": "Økten er ikke startet. Kom tilbake til den når en lege har sagt at det er trygt.",
    },
    # The pain check-ins.
    "safety.pain.before": {
        "en": "How much does your back hurt right now?",
        "nb": "Hvor vondt har du i ryggen akkurat nå?",
    },
    "safety.pain.after": {
        "en": "How much does your back hurt now, after the session?",
        "nb": "Hvor vondt har du i ryggen nå, etter økten?",
    },
    "safety.pain.after_exercise": {
        "en": "How much does your back hurt after this exercise?",
        "nb": "Hvor vondt har du i ryggen etter denne øvelsen?",
    },
    "safety.pain.scale": {
        "en": "0 = no pain, 10 = worst pain imaginable",
        "nb": "0 = ingen smerte, 10 = verst tenkelige smerte",
    },
    "safety.pain.word.none": {"en": "no pain", "nb": "ingen smerte"},
    "safety.pain.word.light": {"en": "light pain", "nb": "lett smerte"},
    "safety.pain.word.moderate": {"en": "moderate pain", "nb": "moderat smerte"},
    "safety.pain.word.severe": {"en": "severe pain", "nb": "sterk smerte"},
    "safety.pain.word.worst": {"en": "worst pain imaginable", "nb": "verst tenkelige smerte"},
    # After the session: how the pain changed, then the article's guidance.
    "safety.guidance.better": {
        "en": "Your pain is lower than before the session ({before} → {after}).",
        "nb": "Smerten er lavere enn før økten ({before} → {after}).",
    },
    "safety.guidance.same": {
        "en": "Your pain is the same as before the session ({before} → {after}).",
        "nb": "Smerten er den samme som før økten ({before} → {after}).",
    },
    "safety.guidance.a_little_worse": {
        "en": "Your pain is a little higher than before the session ({before} → {after}).",
        "nb": "Smerten er litt høyere enn før økten ({before} → {after}).",
    },
    "safety.guidance.much_worse": {
        "en": "Your pain is clearly higher than before the session ({before} → {after}).",
        "nb": "Smerten er tydelig høyere enn før økten ({before} → {after}).",
    },
    "safety.guidance.discomfort_normal": {
        "en": (
            "It is normal to feel some discomfort when you start moving again. Light to moderate"
            " pain during or after training is usually harmless and expected."
        ),
        "nb": (
            "Det er normalt å kjenne noe ubehag når man begynner å bevege seg igjen. Lett til"
            " moderat smerte under eller etter trening er som regel ufarlig og forventet."
        ),
    },
    "safety.guidance.avoid_increase": {
        "en": "Avoid activities that increase the pain significantly.",
        "nb": "Unngå aktiviteter som øker smerten betydelig.",
    },
    "safety.guidance.adjust": {
        "en": (
            "If the pain gets stronger and lasts for several days afterwards, the training"
            " should be adjusted."
        ),
        "nb": (
            "Hvis smertene blir sterkere og varer i flere dager etterpå, bør treningen justeres."
        ),
    },
    "safety.guidance.physio": {
        "en": (
            "If you have had back pain for more than 2–3 weeks without improvement, it is time"
            " for professional help: contact a physiotherapist."
        ),
        "nb": (
            "Har du hatt ryggsmerter i mer enn 2–3 uker uten bedring, er det tid for profesjonell"
            " hjelp: kontakt en fysioterapeut."
        ),
    },
}
