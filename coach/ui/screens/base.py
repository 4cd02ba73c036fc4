"""`CoachScreen` and `CoachModalScreen`: a screen that speaks one language.

Every coach screen has a `lang`, translates with `self._("key")`, and declares its bindings with
message keys as descriptions (`Binding("space", "toggle_pause", "ui.action.pause")`), and a group's
description likewise. Textual reads `BINDINGS` once per class, and offers no public way to change a
binding's description afterwards (Textual's answer to dynamic bindings is `check_action`, which
shows, hides or greys a binding out: textualize/textual#4180). So the screen translates its
bindings where the footer (and the key panel) read them, its public `active_bindings`; a screen
whose keys change meaning (Pause or Resume) says so in `footer_key`, one that keeps a key out of
the footer while it still works in `footer_shows`, and one whose key does nothing now in
`check_action`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from textual.binding import ActiveBinding, Binding
from textual.screen import ModalScreen, Screen

from coach.i18n import Language, catalog, translate

ResultType = TypeVar("ResultType")


class Speaks:
    """What both kinds of coach screen share: the language, `_` and the footer's words."""

    lang: Language

    def _(self, key: str, /, **params: object) -> str:
        """The message `key` in the screen's language."""
        return translate(key, self.lang, **params)

    def footer_key(self, binding: Binding) -> str:
        """The message key the footer says for one of the screen's own bindings (by default
        its declared description); a screen whose key changes meaning overrides this."""
        return binding.description

    def footer_shows(self, binding: Binding) -> bool:
        """Whether the footer shows one of the screen's own bindings that it would show; the
        key works either way (a narrow screen keeps only the essential keys)."""
        return True

    def in_language(self, bindings: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
        """`bindings` with the screen's own translated, and shown or not as it says."""
        screen: object = self
        return {
            key: active._replace(binding=self._translated(active.binding))
            if active.node is screen
            else active
            for key, active in bindings.items()
        }

    def _translated(self, binding: Binding) -> Binding:
        if binding.show and not self.footer_shows(binding):
            binding = replace(binding, show=False)
        group = binding.group
        if group is not None and group.description in catalog():
            group = Binding.Group(translate(group.description, self.lang), compact=group.compact)
            binding = replace(binding, group=group)
        key = self.footer_key(binding)
        if key not in catalog():  # a plain description, not a message key
            return binding
        return replace(binding, description=translate(key, self.lang))


class CoachScreen(Speaks, Screen[ResultType]):
    """A full screen in the language `lang`."""

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return self.in_language(super().active_bindings)


class CoachModalScreen(Speaks, ModalScreen[ResultType]):
    """A dialog over the screen below, in the language `lang`."""

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return self.in_language(super().active_bindings)
