"""Messages shared by the whole app and the command line."""

MESSAGES: dict[str, dict[str, str]] = {
    "app.title": {"en": "coach", "nb": "coach"},
    "cli.description": {
        "en": "A terminal exercise coach for people with back pain.",
        "nb": "En treningscoach i terminalen for folk med vondt i ryggen.",
    },
    "cli.error": {"en": "error", "nb": "feil"},
    "cli.warning": {"en": "warning", "nb": "advarsel"},
    "cli.hint": {"en": "hint", "nb": "tips"},
}
