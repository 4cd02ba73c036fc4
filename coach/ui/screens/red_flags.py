"""`RedFlagScreen`: the article's red flags before a session; `RedFlagStopScreen` after a "yes".

Every question has its own number key and button ("1 Yes"); N (or the big button) answers
"none of these" for all of them at once. Any "yes", once confirmed (a digit alone never stops:
the pain screen after this one uses the same keys), stops: the stop screen says to contact a
doctor, and the session does not start.

"None of these" is only accepted once every question has been on screen: when the list is
taller than the room there is, the button says "Scroll to read all the questions" (pressing it
scrolls a page) until every line of the list has been in sight.

No button has the focus at first: an Enter still held from the picker must not answer for the
patient.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Static

from coach.i18n import Language, translate
from coach.safety.red_flags import RedFlag, stop_advice
from coach.ui.screens.base import CoachScreen
from coach.ui.screens.confirm_red_flag import ConfirmRedFlagScreen

# One number key per question: the article's four and at most five of the routine's own.
MAX_FLAGS = 9
# How long an N pressed before the first layout waits for it (seconds; a layout takes far less).
_FIRST_LAYOUT_WAIT = 2.0


class RedFlagScreen(CoachScreen[bool]):
    """Dismisses with True after "none of these", False after a "yes" (and its stop screen) or
    Escape. `on_answer(all_clear)` is told the answer first (the history remembers it)."""

    CSS_PATH = "safety.tcss"
    AUTO_FOCUS = ""  # nothing focused: Enter must not answer for the patient

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "none", "safety.ui.key.none"),
        Binding("down", "more", "safety.screens.key.more"),
        Binding("up", "scroll_flags(-1)", show=False),
        Binding("pagedown,space", "more('page')", show=False),
        Binding("pageup", "scroll_flags(-5)", show=False),
        Binding("escape", "back", "safety.ui.key.back"),
        *(Binding(str(n), f"yes({n - 1})", show=False) for n in range(1, MAX_FLAGS + 1)),
    ]

    def __init__(
        self,
        flags: Sequence[RedFlag],
        lang: Language,
        *,
        on_answer: Callable[[bool], None] | None = None,
        kiosk: bool = False,
    ) -> None:
        if not 0 < len(flags) <= MAX_FLAGS:
            raise ValueError(f"between 1 and {MAX_FLAGS} red flags, not {len(flags)}")
        super().__init__(lang)
        self.flags = tuple(flags)
        self._on_answer = on_answer
        self._kiosk = kiosk  # a "yes" then also says to tell the staff at the reception
        self._answered = False
        # The lines of the list that have been in sight, until every one has.
        self._seen_lines: set[int] = set()
        self._read_all = False
        self._laid_out = False
        self._first_layout = asyncio.Event()

    def compose(self) -> ComposeResult:
        with Vertical(id="safety-panel"):
            yield Static(self._("safety.red_flags.title"), id="safety-title")
            yield Static(self._("safety.red_flags.question"), id="safety-question")
            with VerticalScroll(id="flag-list"):
                for i, flag in enumerate(self.flags):
                    with Horizontal(classes="flag-row"):
                        yield Button(
                            self._("safety.ui.red_flags.yes", key=i + 1),
                            id=f"yes-{i}",
                            classes="yes",
                            compact=True,
                        )
                        yield Static(flag.text, classes="flag-text", markup=False)
            yield Static(self._("safety.ui.red_flags.how"), id="safety-hint")
            yield Button(
                self._("safety.screens.red_flags.scroll"),
                id="red-flags-none",
                classes="-unread",
                compact=True,
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        flag_list = self.query_one("#flag-list", VerticalScroll)
        self.watch(flag_list, "scroll_y", self._note_seen, init=False)
        self.watch(flag_list, "virtual_size", self._after_layout, init=False)
        self._after_layout()

    def on_resize(self, _: events.Resize) -> None:
        self._after_layout()

    def _after_layout(self) -> None:
        # The list's sizes are all known only once the new layout is done.
        self.call_after_refresh(self._layout_changed)

    def _layout_changed(self) -> None:
        # Another width wraps the questions differently: lines seen before may not be the same
        # lines now, so what counts is only what is in sight from here on.
        if not self._read_all:
            self._seen_lines.clear()
            self._note_seen()

    def _note_seen(self) -> None:
        """Remember the lines in sight; when every line has been, accept "none of these"."""
        if self._read_all:
            return
        flag_list = self.query_one("#flag-list", VerticalScroll)
        height = flag_list.container_size.height
        total = flag_list.virtual_size.height
        if height <= 0 or total <= 0:
            return  # not laid out yet
        self._laid_out = True
        self._first_layout.set()
        top = round(flag_list.scroll_y)
        self._seen_lines.update(range(top, top + height))
        if self._seen_lines.issuperset(range(total)):
            self._read_all = True
            button = self.query_one("#red-flags-none", Button)
            button.label = self._("safety.ui.red_flags.none")
            button.variant = "success"
            button.remove_class("-unread")
            button.refresh(layout=True)  # the shorter label: a narrower button
        self.refresh_bindings()

    @property
    def read_all(self) -> bool:
        """True once every question has been on screen."""
        return self._read_all

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "More" is in the footer only while there are questions left to read, and "none of
        # these" is greyed out until then.
        if action == "more":
            return not self._read_all
        if action == "none":
            # (Before the first layout N waits for it, so it must reach the action.)
            return True if self._read_all or not self._laid_out else None
        return True

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id == "red-flags-none":
            if self._read_all:
                await self.action_none()
            else:
                self.action_more("page")
        elif button_id.startswith("yes-"):
            self.action_yes(int(button_id.removeprefix("yes-")))

    async def action_none(self) -> None:
        """None of these: the session may start, once every question has been on screen."""
        if not self._laid_out:
            # Pressed before the first layout: wait for it (this holds the keys after this one
            # back), so the answer is decided with the questions on screen.
            with suppress(TimeoutError):
                await asyncio.wait_for(self._first_layout.wait(), _FIRST_LAYOUT_WAIT)
        self._note_seen()  # the layout may be done while its after-refresh call waits
        if not self._read_all:
            self.app.bell()
            return
        if self._answer(all_clear=True):
            self.dismiss(True)

    def action_more(self, amount: str = "line") -> None:
        """Scroll the questions down (a line, or a page), towards the ones not read yet."""
        flag_list = self.query_one("#flag-list", VerticalScroll)
        if amount == "page":
            flag_list.scroll_page_down(animate=False)
        else:
            flag_list.scroll_down(animate=False)

    def action_scroll_flags(self, lines: int) -> None:
        """Scroll the questions by `lines` (up when negative)."""
        flag_list = self.query_one("#flag-list", VerticalScroll)
        flag_list.scroll_to(y=flag_list.scroll_y + lines, animate=False)

    def action_yes(self, index: int) -> None:
        """The patient says yes to red flag `index`: once confirmed, stop, and say what to do.

        A digit alone never stops: the pain screen after this one uses the same keys."""
        if index >= len(self.flags) or self._answered:
            return
        flag = self.flags[index]

        def stopped(_: None) -> None:
            self.dismiss(False)  # not awaited: this runs in this screen's own handler

        def confirmed(yes: bool | None) -> None:
            if yes and self._answer(all_clear=False):
                stop = RedFlagStopScreen((flag,), self.lang, kiosk=self._kiosk)
                self.app.push_screen(stop, stopped)

        self.app.push_screen(ConfirmRedFlagScreen(flag, self.lang), confirmed)

    def action_back(self) -> None:
        """Back to the routines without answering."""
        if not self._answered:
            self.dismiss(False)

    def _answer(self, *, all_clear: bool) -> bool:
        """Tell `on_answer` once; False when the screen was already answered."""
        if self._answered:
            return False
        self._answered = True
        if self._on_answer is not None:
            self._on_answer(all_clear)
        return True


class RedFlagStopScreen(CoachScreen[None]):
    """The session does not start: what the patient said yes to, and what to do now."""

    CSS_PATH = "safety.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "safety.ui.key.back"),
    ]

    def __init__(
        self, answered_yes: Sequence[RedFlag], lang: Language, *, kiosk: bool = False
    ) -> None:
        super().__init__(lang)
        self.answered_yes = tuple(answered_yes)
        self.advice = stop_advice(self.answered_yes, lang, kiosk=kiosk)

    def compose(self) -> ComposeResult:
        lang = self.lang
        advice = self.advice
        with VerticalScroll(id="stop-panel"):
            yield Static(advice.title, id="stop-title")
            yield Static(translate("safety.ui.stop.you_said", lang), id="stop-said")
            for flag in self.answered_yes:
                yield Static(f"• {flag.text}", classes="stop-flag", markup=False)
            for line in advice.advice:
                yield Static(line, classes="stop-advice", markup=False)
            yield Static(advice.emergency, id="stop-emergency")
            yield Static(advice.not_started, id="stop-not-started")
            yield Button(translate("safety.ui.stop.back", lang), id="stop-back", variant="primary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Focused for Enter, without scrolling: the advice at the top must be read first.
        self.query_one("#stop-back", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)
