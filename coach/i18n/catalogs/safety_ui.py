"""Messages of the safety screens: red flags, stop, pain check-ins, guidance; their options.

The questions and advice themselves are in `safety.py` (they follow the source article); this
module has the words around them: buttons, keys, titles.
"""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "safety.ui."

MESSAGES: dict[str, dict[str, str]] = {
    # Keys in the footer.
    "safety.ui.key.none": {"en": "None of these", "nb": "Ingen av disse"},
    "safety.ui.key.back": {"en": "Back", "nb": "Tilbake"},
    "safety.ui.key.skip": {"en": "Skip", "nb": "Hopp over"},
    "safety.ui.key.ten": {"en": "10", "nb": "10"},
    "safety.ui.key.continue": {"en": "Continue", "nb": "Fortsett"},
    # The red-flag screen.
    "safety.ui.red_flags.yes": {"en": "{key} Yes", "nb": "{key} Ja"},
    "safety.ui.red_flags.none": {"en": "None of these (N)", "nb": "Ingen av disse (N)"},
    "safety.ui.red_flags.how": {
        "en": "Press the number of anything that applies to you, or N if none of these do.",
        "nb": "Trykk tallet for det som gjelder deg, eller N hvis ingenting av dette gjelder.",
    },
    # The question after a digit or a "yes" button: a digit alone never stops a session.
    "safety.ui.confirm_yes.title": {"en": "You answered yes to:", "nb": "Du svarte ja på:"},
    "safety.ui.confirm_yes.body": {
        "en": "Is that right? Then the session does not start, and coach tells you what to do now.",
        "nb": "Stemmer det? Da starter ikke økten, og coach forteller deg hva du bør gjøre nå.",
    },
    "safety.ui.confirm_yes.yes": {"en": "Yes, that's right (Y)", "nb": "Ja, det stemmer (J)"},
    "safety.ui.confirm_yes.no": {
        "en": "No, I pressed the wrong one (Esc)",
        "nb": "Nei, jeg trykket feil (Esc)",
    },
    "safety.ui.confirm_yes.key_yes": {"en": "Yes, that's right", "nb": "Ja, det stemmer"},
    "safety.ui.confirm_yes.key_no": {
        "en": "No, I pressed the wrong one",
        "nb": "Nei, jeg trykket feil",
    },
    # The stop screen after a "yes".
    "safety.ui.stop.you_said": {"en": "You answered yes to:", "nb": "Du svarte ja på:"},
    "safety.ui.stop.back": {"en": "Back to the routines", "nb": "Tilbake til programmene"},
    # The pain check-ins.
    "safety.ui.pain.title_before": {"en": "Before the session", "nb": "Før økten"},
    "safety.ui.pain.title_after": {"en": "After the session", "nb": "Etter økten"},
    "safety.ui.pain.title_exercise": {"en": "After: {exercise}", "nb": "Etter: {exercise}"},
    "safety.ui.pain.how": {
        "en": "Type 0–10 (T is 10 too). The scale and its bands are coach's own.",
        "nb": "Skriv 0–10 (T er også 10). Skalaen og nivåene er fastsatt av coach.",
    },
    "safety.ui.pain.one_or_ten": {
        "en": "1 – press Enter for 1, or 0 for 10.",
        "nb": "1 – trykk Enter for 1, eller 0 for 10.",
    },
    "safety.ui.pain.skip": {"en": "Skip (S)", "nb": "Hopp over (S)"},
    # After the session.
    "safety.ui.guidance.title": {"en": "How was it?", "nb": "Hvordan gikk det?"},
    "safety.ui.guidance.before": {"en": "Pain before", "nb": "Smerte før"},
    "safety.ui.guidance.after": {"en": "Pain after", "nb": "Smerte etter"},
    "safety.ui.guidance.value": {"en": "{pain} – {words}", "nb": "{pain} – {words}"},
    "safety.ui.guidance.not_answered": {"en": "not answered", "nb": "ikke besvart"},
    "safety.ui.guidance.continue": {"en": "Continue (Enter)", "nb": "Fortsett (Enter)"},
    # Before the session, with severe pain now: the two ways on.
    "safety.ui.before.start": {"en": "Start (Enter)", "nb": "Start (Enter)"},
    "safety.ui.before.back": {"en": "Back (Esc)", "nb": "Tilbake (Esc)"},
    # On the session screen of a preview (--speed other than 1): the history is left alone.
    "safety.ui.preview_not_saved": {
        "en": "Preview: not saved.",
        "nb": "Forhåndsvisning: blir ikke lagret.",
    },
    # `coach run` options.
    "safety.ui.cli.no_checkins_help": {
        "en": (
            "skip the red-flag questions and the pain check-ins: for an author previewing a"
            " routine and for scripted runs, not for training (never skipped in kiosk mode)"
        ),
        "nb": (
            "hopp over spørsmålene om røde flagg og smerte: for en forfatter som prøver et"
            " program og for skriptede kjøringer, ikke for trening (aldri i kioskmodus)"
        ),
    },
    "safety.ui.cli.no_history_help": {
        "en": "save nothing in the history: not the sessions, not the red-flag answers",
        "nb": "lagre ingenting i historikken: verken øktene eller svarene om røde flagg",
    },
    "safety.ui.cli.red_flags_help": {
        "en": (
            "when to ask the red-flag questions: daily (once a day, the default) or every-session"
        ),
        "nb": (
            "når spørsmålene om røde flagg stilles: daily (én gang om dagen, standard) eller"
            " every-session (før hver økt)"
        ),
    },
}
