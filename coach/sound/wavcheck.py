"""What a routine's `sounds:` mapping may name, and whether a WAV file will play.

Both live in the routine layer now (`coach.routine.wavfile`: the loader may not import the sound
package); they are re-exported here under the names the sound package has always used.
"""

from __future__ import annotations

from coach.routine.wavfile import CUE_NAMES, WAV_PROBLEM_KEYS, CueName, check_wav

__all__ = ["CUE_NAMES", "WAV_PROBLEM_KEYS", "CueName", "check_wav"]
