"""Sound: each engine event's cue, played through whatever works on this machine.

Import from the modules: `coach.sound.player` (`SoundCues`, `make_sound_cues`) for the UI,
`coach.sound.wavcheck` (`CUE_NAMES`, `check_wav`; they live in `coach.routine.wavfile`, which the
loader uses). This package module imports nothing, so importing one of them stays light.
"""
