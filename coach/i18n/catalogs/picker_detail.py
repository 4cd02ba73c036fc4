"""Messages of the picker's detail area: the highlighted routine's description and credits."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "ui.picker.detail."

MESSAGES: dict[str, dict[str, str]] = {
    "ui.picker.detail.sources.one": {"en": "1 source", "nb": "1 kilde"},
    "ui.picker.detail.sources.other": {"en": "{count} sources", "nb": "{count} kilder"},
    "ui.picker.detail.check": {
        "en": "Read this before you start.",
        "nb": "Les dette før du begynner.",
    },
}
