"""SVG snapshots of a routine's sources opened from the picker (an nb routine from the English
picker: the dialog speaks the routine's language).

Regenerate on purpose only (`--snapshot-update` on these tests), and look at the new SVGs
(rsvg-convert → PNG) before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import OptionList

from coach.resources import routines_dir
from tests.ui.support import coach_app

SnapCompare = Callable[..., bool]
NB_BASICS = routines_dir() / "rygg-grunnleggende.nb.yaml"


async def open_sources(pilot: Pilot[int]) -> None:
    await pilot.pause()
    routines = pilot.app.screen.query_one("#routines", OptionList)
    prompts = [str(option.prompt) for option in routines.options]
    routines.highlighted = next(i for i, p in enumerate(prompts) if p.startswith("Rygg"))
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()


class TestSources:
    """Ten sources, numbered: the list scrolls, and Back stays in sight at every size."""

    def test_sources_80x24(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(NB_BASICS,))
        assert snap_compare(app, terminal_size=(80, 24), run_before=open_sources)

    def test_sources_40x12(self, snap_compare: SnapCompare) -> None:
        app = coach_app(None, picker_paths=(NB_BASICS,))
        assert snap_compare(app, terminal_size=(40, 12), run_before=open_sources)
