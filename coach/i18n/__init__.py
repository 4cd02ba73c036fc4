"""Every user-visible string, in English and Norwegian (bokmål).

Messages live in the modules of `coach.i18n.catalogs`, one module per key prefix (its `PREFIX`),
each with a `MESSAGES` dict of `key -> {"en": ..., "nb": ...}`. Keep both languages side by side so
a missing translation shows in review; tests fail on a key missing in either language, on
placeholders that differ between them, on a key the code asks for that no catalog has, on a key
nothing uses, and on a key in the wrong module.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import cache
from typing import Final, Literal, TypeGuard

Language = Literal["en", "nb"]
LANGUAGES: Final[tuple[Language, ...]] = ("en", "nb")
DEFAULT_LANGUAGE: Final[Language] = "en"


def is_language(value: object) -> TypeGuard[Language]:
    """True for a language coach speaks."""
    return value in LANGUAGES


@cache
def catalog() -> Mapping[str, Mapping[str, str]]:
    """All messages of all areas, merged; a key defined twice is a bug."""
    # deferred: the catalogs load at the first translation, not with `import coach.cli`
    from coach.i18n import catalogs

    merged: dict[str, Mapping[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(catalogs.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{catalogs.__name__}.{info.name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} is defined twice (in {info.name})")
            merged[key] = texts
    return merged


def translate(key: str, lang: Language, /, **params: object) -> str:
    """The message `key` in `lang`, with `{placeholders}` filled from `params`."""
    texts = catalog()[key]
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


class Translator:
    """A `translate` bound to one language: `_ = Translator("nb"); _("key", n=3)`."""

    def __init__(self, lang: Language) -> None:
        self.lang: Language = lang

    def __call__(self, key: str, /, **params: object) -> str:
        return translate(key, self.lang, **params)
