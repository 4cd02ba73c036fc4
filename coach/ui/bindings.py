"""Key bindings whose footer descriptions speak the session's language.

Textual reads `BINDINGS` once per class; coach declares them with a message key as description
(`Binding("space", "toggle_pause", "ui.action.pause")`), and a group's description likewise, and
translates them per instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from coach.i18n import Language, catalog, translate


def translate_bindings(
    node: DOMNode, lang: Language, *, shown: Mapping[str, bool] | None = None, **overrides: str
) -> None:
    """Translate the descriptions of `node`'s bindings; `overrides` maps an action to a key
    to use instead of its declared one (a button whose label changes). `shown` maps an action
    to whether the footer shows its key (a narrow screen keeps the essential keys)."""
    bindings = node._bindings.key_to_bindings
    for key, items in bindings.items():
        bindings[key] = [_translated(b, lang, overrides, shown or {}) for b in items]


def _translated(
    binding: Binding, lang: Language, overrides: dict[str, str], shown: Mapping[str, bool]
) -> Binding:
    if binding.action in shown:
        binding = replace(binding, show=shown[binding.action])
    group = binding.group
    if group is not None and group.description in catalog():
        group = Binding.Group(translate(group.description, lang), compact=group.compact)
        binding = replace(binding, group=group)
    key = overrides.get(binding.action, binding.description)
    if key not in catalog():  # a plain description, not a message key
        return binding
    return replace(binding, description=translate(key, lang))
