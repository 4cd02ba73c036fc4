"""Key bindings whose footer descriptions speak the session's language.

Textual reads `BINDINGS` once per class; coach declares them with a message key as description
(`Binding("space", "toggle_pause", "ui.action.pause")`) and translates them per instance.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from coach.i18n import Language, catalog, translate


def translate_bindings(node: DOMNode, lang: Language, **overrides: str) -> None:
    """Translate the descriptions of `node`'s bindings; `overrides` maps an action to a key
    to use instead of its declared one (a button whose label changes)."""
    bindings = node._bindings.key_to_bindings
    for key, items in bindings.items():
        bindings[key] = [_translated(b, lang, overrides) for b in items]


def _translated(binding: Binding, lang: Language, overrides: dict[str, str]) -> Binding:
    key = overrides.get(binding.action, binding.description)
    if key not in catalog():  # a plain description, not a message key
        return binding
    return replace(binding, description=translate(key, lang))
