"""Sound: each engine event's cue, played through whatever works on this machine.

Import from the modules: `coach.sound.player` (`SoundCues`, `make_sound_cues`) for the UI,
`coach.sound.wavcheck` (`CUE_NAMES`, `check_wav`) for the routine loader. This package module
imports nothing, so the loader's light imports stay light.
"""
