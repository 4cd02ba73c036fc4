"""A routine's sources, listed in full from the picker (s, or the button under the description),
in the routine's language; text from the file is shown inert, never as markup."""

from __future__ import annotations

from textual.widgets import Button, OptionList, Static

from coach.resources import routines_dir
from coach.routine.model import Exercise, IntRange, Routine
from coach.ui.screens.picker import PickerScreen
from coach.ui.screens.sources import SourcesScreen
from tests.ui.support import coach_app

NB_BASICS = routines_dir() / "rygg-grunnleggende.nb.yaml"  # ten sources, Norwegian


def highlight(picker: PickerScreen, title: str) -> None:
    routines = picker.query_one("#routines", OptionList)
    prompts = [str(option.prompt) for option in routines.options]
    routines.highlighted = next(i for i, p in enumerate(prompts) if p.startswith(title))


def sources_shown(screen: SourcesScreen) -> list[str]:
    return [str(s.content) for s in screen.query(".source").results(Static)]


async def test_an_nb_routines_sources_open_from_the_english_picker_in_norwegian() -> None:
    app = coach_app(None, picker_paths=(NB_BASICS,))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        highlight(picker, "Rygg – grunnleggende")
        await pilot.pause()
        button = picker.query_one("#open-sources", Button)
        assert button.display and str(button.label) == "Show the sources"
        await pilot.press("s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SourcesScreen)
        title = str(dialog.query_one("#sources-title", Static).content)
        assert title == "Kilder for «Rygg – grunnleggende kjerneøvelser»"
        shown = sources_shown(dialog)
        assert len(shown) == 10
        assert shown[0] == (
            "1. Kan man trene med vond rygg? Slik anbefaler fysioterapeuter å gjøre det. Fysionytt."
        )
        assert shown[-1].startswith("10. ")
        assert str(dialog.query_one("#close", Button).label) == "Tilbake"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is picker


async def test_the_button_opens_them_and_a_routine_without_sources_offers_none() -> None:
    app = coach_app(None, picker_paths=(NB_BASICS,))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        highlight(picker, "Every kind of step")  # no sources
        await pilot.pause()
        assert not picker.query_one("#open-sources").display
        assert not picker.check_action("sources", ())
        await pilot.press("s")
        await pilot.pause()
        assert app.screen is picker
        highlight(picker, "Rygg – grunnleggende")
        await pilot.pause()
        picker.query_one("#open-sources", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        await pilot.click("#close")
        await pilot.pause()
        assert app.screen is picker


async def test_a_source_is_shown_inert_and_never_as_markup() -> None:
    routine = Routine(
        "Tricky",
        (Exercise("Bridge", reps=IntRange(5, 5)),),
        sources=("\x1b]0;pwned\x07 [bold]Not bold[/bold]", "Fine."),
    )
    app = coach_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(SourcesScreen(routine))
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        assert sources_shown(app.screen) == ["1. ␛]0;pwned␇ [bold]Not bold[/bold]", "2. Fine."]


async def test_s_right_after_moving_opens_the_routine_now_highlighted() -> None:
    """The highlight moves before its message reaches the screen: s must read the list itself."""
    app = coach_app(None, picker_paths=(NB_BASICS,))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        routines = picker.query_one("#routines", OptionList)
        routines.highlighted = next(
            i
            for i, option in enumerate(routines.options)
            if not option.disabled and not str(option.prompt).startswith("Rygg – grunnleggende")
        )
        await pilot.pause()
        highlight(picker, "Rygg – grunnleggende")
        picker.action_sources()  # before the highlight's message has been handled
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SourcesScreen)
        title = str(dialog.query_one("#sources-title", Static).content)
        assert title == "Kilder for «Rygg – grunnleggende kjerneøvelser»"
