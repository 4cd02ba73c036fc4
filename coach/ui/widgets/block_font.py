"""A block font of coach's own, drawn with █ ▀ ▄ and scaled in whole cells (no Textual here).

Two bitmap faces: LARGE (5×7 pixels a glyph, the classic LCD shapes) and SMALL (mostly 3×5).
Each has a blank accent row above the capitals for Å's ring, so Norwegian words are whole.
A pixel is `sx` columns wide and `sy` half-rows tall; two half-rows share one terminal row
through the half blocks, so a terminal cell (about twice as tall as wide) holds two square
pixels at sx = sy = 1.

Why not pyfiglet (via textual-pyfiglet)? Measured for issue 14: pyfiglet's fonts have no Æ, Ø
or Å (it drops them silently: "GJØR DEG KLAR" came out "GJR DEG KLAR"), each font has one fixed
size (filling a terminal would mean switching between fonts of different styles), importing it
with one font adds about 16 ms to the session screen's start where this font adds about 8 ms
(bench/big_text.py, one run), and textual-pyfiglet 1.1 requires textual < 6. This module is
data and arithmetic, imports nothing but the standard library, draws an 80x24 countdown in
about 0.2 ms (cached after), and the widget's whole render costs 1.5 times Textual's 3-row
Digits' (bench/big_text.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final


@dataclass(frozen=True, slots=True)
class Face:
    """A bitmap font: every glyph has `height` rows of "#" (ink) and "." (paper)."""

    name: str
    height: int  # pixel rows, the accent row included
    glyphs: dict[str, tuple[str, ...]] = field(repr=False)
    accent_rows: int = 1  # rows above the capitals only accents use (Å's ring)

    def covers(self, text: str) -> bool:
        """Whether every character of `text` has a glyph."""
        return all(char in self.glyphs for char in text)


def _face(name: str, rows: int, shapes: dict[str, str]) -> Face:
    """A face from shapes written as `/`-separated rows; glyphs without an accent row get a
    blank one on top."""
    glyphs: dict[str, tuple[str, ...]] = {}
    for char, shape in shapes.items():
        lines = tuple(shape.split("/"))
        if len(lines) == rows:
            lines = ("." * len(lines[0]), *lines)
        if len(lines) != rows + 1 or len({len(line) for line in lines}) != 1:
            raise ValueError(f"glyph {char!r} of {name} is not {rows} rows of one width")
        glyphs[char] = lines
    return Face(name, rows + 1, glyphs)


LARGE: Final = _face(
    "large",
    7,
    {
        "0": ".###./#...#/#...#/#...#/#...#/#...#/.###.",
        "1": "..#../.##../..#../..#../..#../..#../.###.",
        "2": ".###./#...#/....#/...#./..#../.#.../#####",
        "3": ".###./#...#/....#/..##./....#/#...#/.###.",
        "4": "...#./..##./.#.#./#..#./#####/...#./...#.",
        "5": "#####/#..../####./....#/....#/#...#/.###.",
        "6": "..##./.#.../#..../####./#...#/#...#/.###.",
        "7": "#####/....#/...#./..#../.#.../.#.../.#...",
        "8": ".###./#...#/#...#/.###./#...#/#...#/.###.",
        "9": ".###./#...#/#...#/.####/....#/...#./.##..",
        ":": "./././#/./#/.",
        " ": ".../.../.../.../.../.../...",
        "·": "./././#/././.",
        "-": "..../..../..../####/..../..../....",
        "A": ".###./#...#/#...#/#####/#...#/#...#/#...#",
        "B": "####./#...#/#...#/####./#...#/#...#/####.",
        "C": ".###./#...#/#..../#..../#..../#...#/.###.",
        "D": "####./#...#/#...#/#...#/#...#/#...#/####.",
        "E": "#####/#..../#..../####./#..../#..../#####",
        "F": "#####/#..../#..../####./#..../#..../#....",
        "G": ".###./#...#/#..../#.###/#...#/#...#/.####",
        "H": "#...#/#...#/#...#/#####/#...#/#...#/#...#",
        "I": "###/.#./.#./.#./.#./.#./###",
        "J": "..###/...#./...#./...#./...#./#..#./.##..",
        "K": "#...#/#..#./#.#../##.../#.#../#..#./#...#",
        "L": "#..../#..../#..../#..../#..../#..../#####",
        "M": "#...#/##.##/#.#.#/#.#.#/#...#/#...#/#...#",
        "N": "#...#/#...#/##..#/#.#.#/#..##/#...#/#...#",
        "O": ".###./#...#/#...#/#...#/#...#/#...#/.###.",
        "P": "####./#...#/#...#/####./#..../#..../#....",
        "Q": ".###./#...#/#...#/#...#/#.#.#/#..#./.##.#",
        "R": "####./#...#/#...#/####./#.#../#..#./#...#",
        "S": ".####/#..../#..../.###./....#/....#/####.",
        "T": "#####/..#../..#../..#../..#../..#../..#..",
        "U": "#...#/#...#/#...#/#...#/#...#/#...#/.###.",
        "V": "#...#/#...#/#...#/#...#/#...#/.#.#./..#..",
        "W": "#...#/#...#/#...#/#.#.#/#.#.#/#.#.#/.#.#.",
        "X": "#...#/#...#/.#.#./..#../.#.#./#...#/#...#",
        "Y": "#...#/#...#/.#.#./..#../..#../..#../..#..",
        "Z": "#####/....#/...#./..#../.#.../#..../#####",
        "Æ": ".####/#.#../#.#../#####/#.#../#.#../#.###",
        "Ø": ".###./#...#/#..##/#.#.#/##..#/#...#/.###.",
        # The ring takes the accent row and two more; the A below it is five rows tall.
        "Å": "..#../.#.#./..#../.###./#...#/#####/#...#/#...#",
    },
)

SMALL: Final = _face(
    "small",
    5,
    {
        "0": "###/#.#/#.#/#.#/###",
        "1": ".#./##./.#./.#./###",
        "2": "###/..#/###/#../###",
        "3": "###/..#/.##/..#/###",
        "4": "#.#/#.#/###/..#/..#",
        "5": "###/#../###/..#/###",
        "6": "###/#../###/#.#/###",
        "7": "###/..#/..#/.#./.#.",
        "8": "###/#.#/###/#.#/###",
        "9": "###/#.#/###/..#/###",
        ":": "./#/./#/.",
        " ": "../../../../..",
        "·": "../.#/../../..",
        "-": "../../##/../..",
        "A": ".#./#.#/###/#.#/#.#",
        "B": "##./#.#/##./#.#/##.",
        "C": ".##/#../#../#../.##",
        "D": "##./#.#/#.#/#.#/##.",
        "E": "###/#../##./#../###",
        "F": "###/#../##./#../#..",
        "G": ".##/#../#.#/#.#/.##",
        "H": "#.#/#.#/###/#.#/#.#",
        "I": "###/.#./.#./.#./###",
        "J": "..#/..#/..#/#.#/.#.",
        "K": "#.#/#.#/##./#.#/#.#",
        "L": "#../#../#../#../###",
        "M": "#...#/##.##/#.#.#/#...#/#...#",
        "N": "#..#/##.#/#.##/#..#/#..#",
        "O": ".#./#.#/#.#/#.#/.#.",
        "P": "##./#.#/##./#../#..",
        "Q": ".#./#.#/#.#/##./.##",
        "R": "##./#.#/##./#.#/#.#",
        "S": ".##/#../.#./..#/##.",
        "T": "###/.#./.#./.#./.#.",
        "U": "#.#/#.#/#.#/#.#/###",
        "V": "#.#/#.#/#.#/#.#/.#.",
        "W": "#...#/#...#/#.#.#/#.#.#/.#.#.",
        "X": "#.#/#.#/.#./#.#/#.#",
        "Y": "#.#/#.#/.#./.#./.#.",
        "Z": "###/..#/.#./#../###",
        "Æ": ".###/#.#./####/#.#./#.##",
        "Ø": ".###./#..##/#.#.#/##..#/.###.",
        "Å": ".#./.#./#.#/###/#.#/#.#",
    },
)

FACES: Final = (LARGE, SMALL)  # largest first

_BLOCKS: Final = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


@dataclass(frozen=True, slots=True)
class Scale:
    """How one pixel is drawn: `sx` columns wide, `sy` half-rows tall."""

    sx: int
    sy: int


def _pixels(text: str, face: Face, *, accents: bool) -> list[str]:
    """The pixel rows of `text` (glyphs one pixel apart), without the accent row unless
    `accents` (digits have none, and need not give it room)."""
    first = 0 if accents else face.accent_rows
    rows = []
    for row in range(first, face.height):
        rows.append(".".join(face.glyphs[char][row] for char in text))
    return rows


def needs_accents(text: str, face: Face) -> bool:
    """Whether any glyph of `text` inks its accent row (Å)."""
    return any("#" in face.glyphs[char][0] for char in text if char in face.glyphs)


def size_of(text: str, face: Face, scale: Scale, *, accents: bool) -> tuple[int, int]:
    """(columns, rows) `text` takes in `face` at `scale`."""
    pixels = _pixels(text, face, accents=accents)
    width = len(pixels[0]) if pixels else 0
    return width * scale.sx, -(-len(pixels) * scale.sy // 2)


def fit(
    text: str, width: int, height: int, *, max_sy: int = 64, faces: tuple[Face, ...] = FACES
) -> tuple[Face, Scale, bool] | None:
    """The face and scale that draw `text` tallest within `width` × `height` cells, with whether
    the accent row is drawn; None when no face fits even at scale 1 (or a character has no
    glyph). Between two equally tall choices the larger face wins: it has finer shapes.

    Pixels are kept square (sx = sy) when there is room; when the width is short they may get
    narrower, down to half as wide as tall, before the whole text gets smaller.
    """
    best: tuple[int, Face, Scale, bool] | None = None
    for face in faces:
        if not text or not face.covers(text):
            continue
        accents = needs_accents(text, face)
        pixels = _pixels(text, face, accents=accents)
        rows, pixel_width = len(pixels), len(pixels[0])
        for sy in range(min(max_sy, 2 * height // rows), 0, -1):
            sx = min(sy, width // pixel_width)
            if sx >= max(1, (sy + 1) // 2):
                tall = -(-rows * sy // 2)
                if best is None or tall > best[0]:
                    best = (tall, face, Scale(sx, sy), accents)
                break
    return None if best is None else best[1:]


@lru_cache(maxsize=256)
def render(text: str, width: int, height: int, max_sy: int = 64) -> tuple[str, ...] | None:
    """`text` drawn as large as fits `width` × `height` cells: its lines, all of one width;
    None when it cannot be drawn big there (the caller shows plain text instead)."""
    found = fit(text, width, height, max_sy=max_sy)
    if found is None:
        return None
    face, scale, accents = found
    return draw(text, face, scale, accents=accents)


def draw(text: str, face: Face, scale: Scale, *, accents: bool) -> tuple[str, ...]:
    """`text` in `face` at `scale`, as terminal lines of █ ▀ ▄ and spaces."""
    half_rows: list[str] = []
    for row in _pixels(text, face, accents=accents):
        wide = "".join(pixel * scale.sx for pixel in row)
        half_rows.extend([wide] * scale.sy)
    if len(half_rows) % 2:
        half_rows.append("." * len(half_rows[0]))
    lines = []
    for top, bottom in zip(half_rows[::2], half_rows[1::2], strict=True):
        lines.append("".join(_BLOCKS[a == "#", b == "#"] for a, b in zip(top, bottom, strict=True)))
    return tuple(lines)
