"""Messages of the picker's detail area: the highlighted routine's description and credits,
and of the dialog that lists its sources."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.picker.detail.sources.one": {"en": "1 source", "nb": "1 kilde"},
    "ui.picker.detail.sources.other": {"en": "{count} sources", "nb": "{count} kilder"},
    # The sources in full: a button under the description, and a key.
    "ui.picker.sources": {"en": "Show the sources", "nb": "Vis kildene"},
    "ui.picker.key.sources": {"en": "Sources", "nb": "Kilder"},
    # The sources dialog, in the routine's language.
    "ui.sources.title": {"en": "Sources of “{title}”", "nb": "Kilder for «{title}»"},
    "ui.picker.detail.check": {
        "en": "Read this before you start.",
        "nb": "Les dette før du begynner.",
    },
}
