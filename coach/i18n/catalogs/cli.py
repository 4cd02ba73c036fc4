"""Messages of the command line shared by every `coach` command."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "cli."

MESSAGES: dict[str, dict[str, str]] = {
    "cli.description": {
        "en": "A terminal exercise coach for people with back pain.",
        "nb": "En treningscoach i terminalen for folk med vondt i ryggen.",
    },
    "cli.error": {"en": "error", "nb": "feil"},
    "cli.hint": {"en": "hint", "nb": "tips"},
    "cli.warning": {"en": "warning", "nb": "advarsel"},
}
