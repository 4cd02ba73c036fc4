"""A plain-mode transcript read aloud by espeak-ng, in both languages: every line is real speech
at a speaking pace (nothing spelled out symbol by symbol, nothing silent)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from coach.i18n import Language
from tests.plain.support import session_transcript

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("sox") is None,
    reason="needs espeak-ng and sox",
)

ROUTINES: dict[Language, Path] = {
    "en": Path("tests/data/ui/every-step.en.yaml"),
    "nb": Path("tests/data/ui/manual-and-wait.nb.yaml"),
}


def _measure(wav: Path) -> tuple[float, float]:
    """(seconds, RMS amplitude 0–1), as sox measures them."""
    stat = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True).stderr
    length = re.search(r"Length \(seconds\):\s+([\d.]+)", stat)
    rms = re.search(r"RMS\s+amplitude:\s+([\d.]+)", stat)
    assert length and rms, stat
    return float(length.group(1)), float(rms.group(1))


def _speak(text: str, lang: Language, wav: Path) -> tuple[float, float]:
    subprocess.run(
        ["espeak-ng", "-v", lang, "-s", "150", "-w", str(wav), "--", text],
        check=True,
        capture_output=True,
    )
    return _measure(wav)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_transcript_is_spoken_at_a_speaking_pace(lang: Language, tmp_path: Path) -> None:
    lines = session_transcript(ROUTINES[lang])
    words = sum(len(line.split()) for line in lines)
    seconds, rms = _speak("\n".join(lines), lang, tmp_path / "all.wav")
    assert rms > 0.02, rms
    # espeak-ng at 150 words a minute: 0.4 s a word; symbols spelled out would take far longer.
    assert 0.2 * words < seconds < 0.8 * words, (seconds, words)
    # Every line on its own is speech too (not a sign a voice skips, not silence).
    for number, line in enumerate(lines):
        line_seconds, line_rms = _speak(line, lang, tmp_path / f"{number}.wav")
        assert line_seconds > 0.2 and line_rms > 0.01, (line, line_seconds, line_rms)
