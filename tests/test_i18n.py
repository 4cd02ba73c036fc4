"""Every message exists in both languages with the same placeholders."""

from __future__ import annotations

import string

import pytest

from coach.i18n import LANGUAGES, Translator, catalog


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(catalog()))
def test_message_is_complete_in_every_language(key: str) -> None:
    texts = catalog()[key]
    assert set(texts) == set(LANGUAGES), f"{key} lacks {set(LANGUAGES) - set(texts)}"
    assert all(texts[lang].strip() for lang in LANGUAGES)
    assert _placeholders(texts["en"]) == _placeholders(texts["nb"])


def test_translator_speaks_the_chosen_language() -> None:
    assert Translator("nb")("cli.error") == "feil"
    assert Translator("en")("cli.error") == "error"
