"""Messages of the picker's detail area: the highlighted routine's description and credits,
and of the dialog that lists its sources."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "ui.picker.detail."

MESSAGES: dict[str, dict[str, str]] = {
    "ui.picker.detail.sources.one": {"en": "1 source", "nb": "1 kilde"},
    "ui.picker.detail.sources.other": {"en": "{count} sources", "nb": "{count} kilder"},
    # The sources in full: a button under the description, and a key.
    "ui.picker.detail.show_sources": {"en": "Show the sources", "nb": "Vis kildene"},
    "ui.picker.detail.key.sources": {"en": "Sources", "nb": "Kilder"},
    # The sources dialog, in the routine's language.
    "ui.picker.detail.sources_title": {"en": "Sources of “{title}”", "nb": "Kilder for «{title}»"},
    "ui.picker.detail.check": {
        "en": "Read this before you start.",
        "nb": "Les dette før du begynner.",
    },
}
