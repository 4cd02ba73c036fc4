"""The big countdown and phase word: coach's block font, and how much of the screen they take."""

from __future__ import annotations

import pytest

from coach.i18n import LANGUAGES, catalog, translate
from coach.ui.widgets import block_font
from coach.ui.widgets.big_text import BigText
from tests.ui.support import EVERY_STEP, MANUAL_AND_WAIT, advance, coach_app, started

PHASE_WORDS = sorted(
    {translate(key, lang) for key in catalog() if key.startswith("ui.phase.") for lang in LANGUAGES}
)


class TestBlockFont:
    def test_every_phase_word_in_both_languages_has_every_letter(self) -> None:
        for face in block_font.FACES:
            missing = {word: face.covers(word) for word in PHASE_WORDS if not face.covers(word)}
            assert not missing, f"{face.name} lacks letters of {sorted(missing)}"

    def test_norwegian_letters_are_drawn_not_dropped(self) -> None:
        # pyfiglet's fonts silently drop Æ, Ø and Å: "GJØR DEG KLAR" came out "GJR DEG KLAR".
        with_o = block_font.render("GJØR", 200, 4)
        without = block_font.render("GJR", 200, 4)
        assert with_o is not None and without is not None
        assert len(with_o[0]) > len(without[0])
        ring = block_font.render("GÅ", 200, 4)
        plain = block_font.render("GA", 200, 4)
        assert ring != plain

    def test_lines_are_one_width_and_only_blocks(self) -> None:
        lines = block_font.render("1:05", 76, 11)
        assert lines is not None
        assert len({len(line) for line in lines}) == 1
        assert set("".join(lines)) <= set("█▀▄ ")

    def test_the_text_is_as_tall_as_the_box_allows_with_square_pixels(self) -> None:
        found = block_font.fit("12", 100, 11)
        assert found is not None
        _, scale, _ = found
        assert scale.sx == scale.sy
        lines = block_font.render("12", 100, 11)
        assert lines is not None and 10 <= len(lines) <= 11

    def test_a_narrow_box_gets_narrower_pixels_before_smaller_digits(self) -> None:
        wide = block_font.render("1:05", 200, 11)
        narrow = block_font.render("1:05", 50, 11)
        assert wide is not None and narrow is not None
        assert len(narrow) == len(wide) and len(narrow[0]) <= 50 < len(wide[0])

    def test_no_room_or_an_unknown_character_is_none(self) -> None:
        assert block_font.render("59", 80, 2) is None  # even the small face needs 3 rows
        assert block_font.render("59", 5, 10) is None
        assert block_font.render("HOLD!", 200, 10) is None
        assert block_font.render("", 200, 10) is None


def _countdown(app: object) -> BigText:
    from coach.ui.app import CoachApp

    assert isinstance(app, CoachApp)
    return app.screen.query_one("#countdown", BigText)


# (size, the least rows the digits take): 40 % of the height at 120x40 and 80x24; big and
# whole at 60x20; at 40x12 at least as tall as Textual's Digits (3 rows).
SIZES = [((120, 40), 16), ((80, 24), 10), ((60, 20), 5), ((40, 12), 3)]
# Every phase of the session, as the snapshots show them: (routine, clock moves and keys).
PHASES = {
    "get ready": (EVERY_STEP, (1.2,)),
    "hold": (EVERY_STEP, (3, 1.5)),
    "rest": (EVERY_STEP, (3, 3, 0.5)),
    "rest between sets": (EVERY_STEP, (3, 3, 2, 3, 1)),
    "switch sides": (EVERY_STEP, ("right", 3, 2, 1)),
    "timed cue": (EVERY_STEP, ("right", "right", 3, 5)),
    "paused": (EVERY_STEP, (3, 1.5, "space", 10)),
    "manual reps (nb)": (MANUAL_AND_WAIT, (2, "enter")),
}


@pytest.mark.parametrize(("size", "least"), SIZES, ids=[f"{w}x{h}" for (w, h), _ in SIZES])
@pytest.mark.parametrize("phase", PHASES)
async def test_the_countdown_fills_the_room_it_has(
    size: tuple[int, int], least: int, phase: str
) -> None:
    routine, moves = PHASES[phase]
    app = coach_app(routine)
    async with app.run_test(size=size) as pilot:
        await started(pilot)
        for move in moves:
            if isinstance(move, str):
                await pilot.press(move)
                await pilot.pause()
            else:
                await advance(pilot, move)
        countdown = _countdown(app)
        lines = countdown.big_lines
        assert lines is not None, f"{countdown.text!r} is not drawn big at {size}"
        assert len(lines) >= least
        # Whole: every line inside the widget, and the widget inside the screen.
        assert len(lines) <= countdown.content_size.height
        assert app.screen.region.contains_region(countdown.region)


async def test_the_phase_word_is_big_from_80x24_up() -> None:
    app = coach_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await advance(pilot, 3 + 1.5)
        phase = app.screen.query_one("#phase", BigText)
        assert phase.text == "HOLD"
        assert phase.big_lines is not None and len(phase.big_lines) == 3
