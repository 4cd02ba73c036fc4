"""Messages of the safety checks: red flags, stop advice, the pain scale, guidance after a session.

The wording follows the source article; the Norwegian is the article's own where it has a sentence
for it. The emergency numbers (113 and the out-of-hours service 116 117 in Norway) are not in the
article, and neither is the 0–10 scale with its bands: those are coach's own (docs/safety.md).
"""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "safety."

MESSAGES: dict[str, dict[str, str]] = {
    # The red-flag screen before a session.
    "safety.red_flags.title": {"en": "Before you start", "nb": "Før du begynner"},
    "safety.red_flags.question": {
        # Shorter than the reviewer's wording ("…that are new, getting worse, or…"), which took
        # a third line at 40x12, where every question must stay in sight.
        "en": "Do you have any of these, new, getting worse or not yet examined by a doctor?",
        "nb": "Har du noe av dette som er nytt, blir verre eller ikke er undersøkt av lege?",
    },
    "safety.red_flags.paralysis": {
        "en": "Sudden paralysis or weakness in your legs",
        "nb": "Plutselig lammelse eller kraftsvikt i beina",
    },
    "safety.red_flags.bladder_bowel": {
        "en": "Reduced control over your bladder or bowel",
        "nb": "Nedsatt kontroll over blære eller tarm",
    },
    "safety.red_flags.saddle_numbness": {
        "en": "Widespread numbness between the legs or in the buttocks",
        "nb": "Utbredt nummenhet i skrittet eller setet",
    },
    "safety.red_flags.trauma": {
        "en": "A recent fall or other injury (trauma), or a suspected fracture or prolapse",
        "nb": "Et nylig fall eller en annen skade (traume), eller mistanke om brudd eller prolaps",
    },
    "safety.red_flags.none": {"en": "None of these", "nb": "Ingen av disse"},
    # What a "yes" says. The session does not start.
    "safety.stop.title": {"en": "Do not start the session now", "nb": "Ikke start økten nå"},
    "safety.stop.red_flag": {
        "en": "This is a red flag. Contact a doctor immediately.",
        "nb": "Dette er et rødt flagg. Kontakt lege umiddelbart.",
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
            "In Norway, call 113 for medical emergencies, or the out-of-hours doctor"
            " (legevakten) on 116 117."
        ),
        "nb": "Haster det, ring medisinsk nødtelefon 113, eller legevakten 116 117.",
    },
    # In a kiosk the visitor is at the clinic: the staff are a few steps away (coach's own).
    "safety.stop.kiosk": {
        "en": "Tell the staff at the reception now.",
        "nb": "Si fra til personalet i resepsjonen nå.",
    },
    "safety.stop.not_started": {
        "en": "The session has not started. Come back to it when a doctor has said it is safe.",
        "nb": "Økten har ikke startet. Kom tilbake til den når en lege har sagt at det er trygt.",
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
        "nb": "Du har mindre vondt enn før økten ({before} → {after}).",
    },
    "safety.guidance.same": {
        "en": "Your pain is the same as before the session ({before} → {after}).",
        "nb": "Du har like vondt som før økten ({before} → {after}).",
    },
    "safety.guidance.a_little_worse": {
        "en": "Your pain is a little higher than before the session ({before} → {after}).",
        "nb": "Du har litt mer vondt enn før økten ({before} → {after}).",
    },
    "safety.guidance.much_worse": {
        "en": "Your pain is clearly higher than before the session ({before} → {after}).",
        "nb": "Du har tydelig mer vondt enn før økten ({before} → {after}).",
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
    # The article's four reasons to see a physiotherapist ("Når bør du oppsøke fysioterapeut?"),
    # shown after every session, and its advice for pain radiating down the leg.
    "safety.guidance.physio": {
        "en": (
            "It is time for professional help from a physiotherapist if you:\n"
            "• have had back pain for more than 2–3 weeks without improvement\n"
            "• have pain going down your legs, or numbness\n"
            "• are unsure which exercises are safe\n"
            "• want a training programme tailored to your back"
        ),
        "nb": (
            "Det er tid for profesjonell hjelp fra en fysioterapeut hvis du:\n"
            "• har hatt ryggsmerter i mer enn 2–3 uker uten bedring\n"
            "• opplever smerter som går ned i beina eller nummenhet\n"
            "• er usikker på hvilke øvelser som er trygge\n"
            "• ønsker et skreddersydd treningsprogram for ryggen din"
        ),
    },
    # The article's red flags (l.29), as the last words after every session.
    "safety.guidance.red_flags": {
        "en": (
            "If you get sudden paralysis, reduced control of your bladder or bowel, or"
            " widespread numbness between the legs or in the buttocks, contact a doctor"
            " immediately."
        ),
        "nb": (
            "Får du plutselig lammelse, nedsatt kontroll over blære eller tarm, eller utbredt"
            " nummenhet i skrittet eller setet, må du kontakte lege umiddelbart."
        ),
    },
    "safety.guidance.own_numbers": {
        "en": "The 0–10 scale and its thresholds are coach's own, not the article's.",
        "nb": "Skalaen 0–10 og grensene i den er fastsatt av coach, ikke av artikkelen.",
    },
    "safety.guidance.leg_pain": {
        "en": (
            "With pain radiating down a leg (nerve pain): seek guidance, but movement is still"
            " recommended."
        ),
        "nb": (
            "Ved strålesmerter ned i beinet (nervesmerter): søk veiledning, men bevegelse er"
            " fortsatt anbefalt."
        ),
    },
    # Before the session, when the pain now is 7 or more (coach's own threshold: the article
    # has no 0–10 scale), the article's advice for acute pain and the gentle routine.
    "safety.before.title": {"en": "Before you start", "nb": "Før du begynner"},
    "safety.before.severe": {
        "en": "Your back hurts a lot right now ({pain} – {words}).",
        "nb": "Du har mye vondt i ryggen nå ({pain} – {words}).",
    },
    "safety.before.comfort_zone": {
        "en": (
            "With acute pain, movement in the comfort zone is important, but avoid activities"
            " that increase the pain significantly."
        ),
        "nb": (
            "Ved akutte smerter er bevegelse i komfortsonen viktig, men unngå aktiviteter som"
            " øker smerten betydelig."
        ),
    },
    "safety.before.gentle": {
        "en": (
            "The gentle routine “{title}” has fewer repetitions and shorter holds. To choose it,"
            " go back to the routines."
        ),
        "nb": (
            "Programmet «{title}» er skånsommere, med færre repetisjoner og kortere hold. Gå"
            " tilbake til programmene for å velge det."
        ),
    },
    "safety.before.gentle_chosen": {
        "en": (
            "You have chosen the gentle routine for acute pain. Only move as far as is comfortable."
        ),
        "nb": (
            "Du har valgt det skånsomme programmet for akutte smerter. Beveg deg bare så langt"
            " det er komfortabelt."
        ),
    },
    # In a kiosk, instead of the gentle routine (which is done lying on the floor): the staff
    # are there, and the visitor moves only as far as is comfortable. Coach's own advice.
    "safety.before.kiosk": {
        "en": (
            "You are at the clinic: tell the staff how much it hurts before you start. Only"
            " move as far as is comfortable. (coach's own advice)"
        ),
        "nb": (
            "Du er på klinikken: si fra til personalet om hvor vondt du har før du begynner."
            " Beveg deg bare så langt det er komfortabelt. (coachs eget råd)"
        ),
    },
    "safety.before.own_numbers": {
        "en": "The 0–10 scale and severe pain from 7 are coach's own, not the article's.",
        "nb": (
            "Skalaen 0–10 og at sterk smerte begynner ved 7, er fastsatt av coach, ikke av"
            " artikkelen."
        ),
    },
}
