"""The app's own name, as its title bar shows it."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "app."

MESSAGES: dict[str, dict[str, str]] = {
    "app.title": {"en": "coach", "nb": "coach"},
}
