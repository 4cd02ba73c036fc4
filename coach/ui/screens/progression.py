"""`ProgressionScreen`: today's dose of each exercise and why, before the session.

One line per exercise ("Bridge: hold 4 s today (up from 3 s: two good sessions)"); a dose that
moved is in bold. A step up can be refused: its button, its number key, or `s` for all of them
keeps last time's dose (and pressing again takes the step after all). On a bad day `l` (or its
button) takes one step below last time's dose for every exercise that has one, and pressing
again takes today's doses as planned. The lowest dose that still hurts is shown in the warning
colour, with the advice to leave the exercise out. The advice to contact a
physiotherapist, when the history calls for it, is shown in a calm panel above the doses. Enter
starts the session with the doses chosen; Escape goes back to the picker. Like the session
screen, it is driven by keys; its buttons never take the focus, so Enter always starts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar, Final

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Static

from coach.i18n import Language
from coach.progression import (
    DoseDecision,
    Reason,
    advice_title,
    decision_text,
    stay_text,
)
from coach.routine.model import Routine
from coach.ui.screens.base import CoachScreen
from coach.ui.widgets.action_bar import Action, ActionBar, ActionButton

if TYPE_CHECKING:
    from coach.visit.progression import TodaysProgression

# Number keys for the steps up a patient may refuse, in routine order (more than nine exercises
# stepping up at once still have their buttons and `s`).
_STAY_KEYS: Final = "123456789"


class ProgressionScreen(CoachScreen[bool]):
    """Dismisses with True to start the session at the doses shown, False to go back."""

    CSS_PATH = "progression.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        # Short words in the footer (40 columns hold all three); the buttons say it in full.
        Binding("enter", "start", "ui.progression.key.start"),
        Binding("s", "stay_all", "ui.progression.key.stay_all"),
        Binding("l", "lighter_all", "ui.progression.key.lighter"),
        Binding("escape", "back", "ui.progression.back"),
        # A number key is on offer only while there is a step up it refuses (`check_action`).
        *(Binding(key, f"stay_key('{key}')", show=False) for key in _STAY_KEYS),
    ]

    def __init__(
        self,
        routine: Routine,
        today: TodaysProgression,
        lang: Language,
        *,
        on_chosen: Callable[[Mapping[int, DoseDecision]], None] | None = None,
        on_advice_shown: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(lang)
        self.routine = routine
        self.today = today
        self.offered: dict[int, DoseDecision] = dict(today.decisions)
        self.decisions: dict[int, DoseDecision] = dict(today.decisions)
        self._on_chosen = on_chosen
        self._on_advice_shown = on_advice_shown
        # The steps up on offer, each with its number key.
        self.stay_keys: dict[int, str] = dict(
            zip((i for i, d in self.offered.items() if d.can_stay), _STAY_KEYS, strict=False)
        )
        self.lighter_indices = [i for i, d in self.offered.items() if d.can_lighten]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="progression"):
            yield Static(self._("progression.title"), id="progression-title")
            yield Static(self.routine.title, id="progression-routine", markup=False)
            failure = self.today.failure
            advice = self.today.advice
            if failure is not None:
                yield Static(self._("ui.progression.unavailable"), id="progression-unavailable")
                yield Static(failure.message(self.lang), id="progression-why", markup=False)
            elif self.today.bad_day and self.lighter_indices:
                yield Static(self._("ui.progression.bad_day"), id="progression-intro")
            elif advice is None:
                yield Static(self._("ui.progression.intro"), id="progression-intro")
            if advice is not None:
                # Above the doses: shown once a day, it must not hide below the fold.
                with Vertical(id="advice") as panel:
                    panel.border_title = advice_title(self.lang)
                    yield Static("\n".join(advice.lines(self.lang)), markup=False)
            with Vertical(id="doses"):
                for index, decision in self.decisions.items():
                    classes = _line_classes(decision)
                    yield Static(
                        decision_text(decision, self.lang),
                        id=f"dose-{index}",
                        classes=classes,
                        markup=False,
                    )
                    if decision.can_stay:
                        yield ActionButton(
                            self._stay_label(index),
                            id=f"stay-{index}",
                            classes="stay",
                            action=f"screen.toggle_stay({index})",
                            compact=True,
                        )
        actions = [Action("start", self._("ui.progression.start"), "primary")]
        if self.stay_keys:
            actions.append(Action("stay_all", self._("ui.progression.stay_all")))
        if self.lighter_indices:
            actions.append(Action("lighter_all", self._("ui.progression.lighter_all")))
        actions.append(Action("back", self._("ui.progression.back")))
        yield ActionBar(actions, id="progression-actions")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.today.advice is not None and self._on_advice_shown is not None:
            self._on_advice_shown()

    def _stay_label(self, index: int) -> str:
        offered = self.offered[index]
        staying = self.decisions[index].reason is Reason.STAYED
        label = self._("ui.progression.go_up") if staying else stay_text(offered, self.lang)
        key = self.stay_keys.get(index)
        return label if key is None else self._("ui.progression.stay_key", label=label, key=key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stay_all":
            return bool(self.stay_keys)  # hidden when no step up is on offer
        if action == "lighter_all":
            return bool(self.lighter_indices)  # hidden when every dose is already the lowest
        if action == "stay_key":
            return parameters[0] in self.stay_keys.values()
        return True

    # --- choosing -------------------------------------------------------------------------

    def action_toggle_stay(self, index: int) -> None:
        """Stay at last time's dose of exercise `index`, or take the step up after all."""
        offered = self.offered[index]
        if not offered.can_stay:
            return
        staying = self.decisions[index].reason is Reason.STAYED
        self.decisions[index] = offered if staying else offered.stay()
        self._show(index)

    def action_stay_key(self, key: str) -> None:
        """A number key: refuse (or take) the step up it was given."""
        for index, stay_key in self.stay_keys.items():
            if stay_key == key:
                self.action_toggle_stay(index)

    def action_stay_all(self) -> None:
        """Stay at last time's doses everywhere; when already staying everywhere, go up."""
        staying = all(self.decisions[i].reason is Reason.STAYED for i in self.stay_keys)
        for index in self.stay_keys:
            offered = self.offered[index]
            self.decisions[index] = offered if staying else offered.stay()
            self._show(index)

    def action_lighter_all(self) -> None:
        """One step below last time's dose for every exercise that has one (a bad day); when
        already lighter everywhere, today's doses as planned."""
        lighter = all(self.decisions[i].reason is Reason.LIGHTER for i in self.lighter_indices)
        for index in self.lighter_indices:
            offered = self.offered[index]
            self.decisions[index] = offered if lighter else offered.lighter()
            self._show(index)

    def _show(self, index: int) -> None:
        decision = self.decisions[index]
        line = self.query_one(f"#dose-{index}", Static)
        line.update(decision_text(decision, self.lang))
        line.set_classes(_line_classes(decision))
        if index not in self.stay_keys and not self.offered[index].can_stay:
            return
        button = self.query_one(f"#stay-{index}", ActionButton)
        button.label = self._stay_label(index)
        button.refresh(layout=True)  # the other label is longer
        self.call_after_refresh(button.scroll_visible, animate=False)  # the change, in sight

    def action_start(self) -> None:
        if self._on_chosen is not None:
            self._on_chosen(self.decisions)
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)


def _line_classes(decision: DoseDecision) -> str:
    """A dose that moved in bold; a step up held back by pain in full colour; the lowest dose
    that still hurts in the warning colour."""
    if decision.reason is Reason.BOTTOM:
        return "dose-line -warning"
    if decision.held:
        return "dose-line -held"
    return "dose-line -changed" if decision.changed else "dose-line"
