"""Messages of the safety screens' layout: reading every red-flag question before "none of
these", and the calm summary title after a session that made the pain clearly worse."""

from __future__ import annotations

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "safety.screens."

MESSAGES: dict[str, dict[str, str]] = {
    # The "none of these" button while some question has not been on screen yet.
    "safety.screens.red_flags.scroll": {
        "en": "↓ Scroll to read all the questions",
        "nb": "↓ Rull ned og les alle spørsmålene",
    },
    "safety.screens.key.more": {"en": "More", "nb": "Mer"},
    # The summary's title when the pain rose clearly or is severe: no cheering.
    "safety.screens.summary.title_pain": {
        "en": "The session is over",
        "nb": "Økten er over",
    },
}
