"""The big countdown's cost: coach's block font against Textual's own Digits, in the same run.

Render: a headless app at 80x24 with one widget of the size the session screen gives the
countdown there (76x11); each round sets the next second of a countdown (1:05 down) and times
the widget rendering its lines. Compared: `BigText` (coach's block font, 11 rows tall) and
Textual's `Digits` (3 rows), what the screen had before issue 14. Frames come once a second, so
the target is generous: a BigText render at most 3 times a Digits render.

Start-up: what importing the font adds in a fresh interpreter that has already imported what the
session screen imports anyway; and the same for pyfiglet with one font loaded, when it is
installed (not a dependency: measured for issue 14's choice, see coach/ui/widgets/block_font.py).

    python -m bench.big_text [--smoke]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import statistics
import subprocess
import sys
import time

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Digits

from bench.modes import add_smoke_option, exit_code, verdict
from bench.pty_process import ROOT
from coach.ui.widgets.big_text import BigText
from coach.visit.wording import countdown_text

TARGET_RATIO = 3.0
SIZE = (80, 24)
BOX = (76, 11)  # the countdown's box at 80x24 during a hold


class OneWidget(App[None]):
    CSS = f"#shown {{ width: {BOX[0]}; height: {BOX[1]}; }}"

    def __init__(self, widget: Widget) -> None:
        super().__init__()
        self.widget = widget

    def compose(self) -> ComposeResult:
        yield self.widget


async def render_cost(make: type[Widget], rounds: int) -> float:
    """Median seconds for the widget to render its lines after the next countdown text is set
    (what the compositor asks of it once a second; the rest of the frame is the same for both)."""
    widget = make(id="shown")
    app = OneWidget(widget)
    times: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        crop = Region(0, 0, *BOX)
        for second in range(rounds):
            text = countdown_text(65 - second % 66)
            if isinstance(widget, BigText):
                widget.text = text
            else:
                widget.update(text)  # type: ignore[attr-defined]
            started = time.perf_counter()
            widget.render_lines(crop)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


# What the session screen has imported before its countdown is built: paid either way.
_ALREADY = "import textual.app, textual.widgets, coach.ui.widgets.action_bar"


def import_cost(code: str, runs: int) -> float:
    """Median seconds `code` takes in a fresh interpreter that has imported `_ALREADY`."""
    timed = (
        f"import time; {_ALREADY}; started = time.perf_counter(); {code}; "
        "print(time.perf_counter() - started)"
    )
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", timed], cwd=ROOT, check=True, capture_output=True, text=True
        )
        times.append(float(done.stdout))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_smoke_option(parser)
    args = parser.parse_args()
    rounds, runs = (20, 3) if args.smoke else (300, 15)
    big = asyncio.run(render_cost(BigText, rounds))
    digits = asyncio.run(render_cost(Digits, rounds))
    ratio = big / digits
    print(f"render: a countdown's lines at 80x24 ({rounds} rounds, median)")
    print(f"  BigText, 11 rows        {big * 1000:7.3f} ms")
    print(f"  Textual Digits, 3 rows  {digits * 1000:7.3f} ms")
    print(f"  ratio                   {ratio:7.2f}")
    print(f"start-up: imports added to the session screen's ({runs} fresh interpreters, median)")
    font = import_cost("import coach.ui.widgets.big_text", runs)
    print(f"  coach's block font      {font * 1000:7.1f} ms")
    if importlib.util.find_spec("pyfiglet") is not None:
        figlet = import_cost("import pyfiglet; pyfiglet.Figlet(font='ansi_regular')", runs)
        print(f"  pyfiglet, one font      {figlet * 1000:7.1f} ms")
    else:
        print("  pyfiglet                (not installed: not measured)")
    ok = ratio <= TARGET_RATIO
    print(f"  target: render ratio ≤ {TARGET_RATIO:g}: {verdict(ok, args.smoke)}")
    return exit_code(ok, args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
