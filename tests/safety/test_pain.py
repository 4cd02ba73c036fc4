"""The 0–10 pain scale and its words."""

from __future__ import annotations

import pytest

from coach.safety import PainBand, pain_band, pain_words


@pytest.mark.parametrize(
    ("pain", "band", "en", "nb"),
    [
        (0, PainBand.NONE, "no pain", "ingen smerte"),
        (1, PainBand.LIGHT, "light pain", "lett smerte"),
        (3, PainBand.LIGHT, "light pain", "lett smerte"),
        (4, PainBand.MODERATE, "moderate pain", "moderat smerte"),
        (6, PainBand.MODERATE, "moderate pain", "moderat smerte"),
        (7, PainBand.SEVERE, "severe pain", "sterk smerte"),
        (9, PainBand.SEVERE, "severe pain", "sterk smerte"),
        (10, PainBand.WORST, "worst pain imaginable", "verst tenkelige smerte"),
    ],
)
def test_each_level_has_its_words(pain: int, band: PainBand, en: str, nb: str) -> None:
    assert pain_band(pain) is band
    assert pain_words(pain, "en") == en
    assert pain_words(pain, "nb") == nb


@pytest.mark.parametrize("pain", [-1, 11, 2.5, True, "3"])
def test_anything_but_a_whole_number_from_0_to_10_is_refused(pain: object) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        pain_band(pain)  # type: ignore[arg-type]
