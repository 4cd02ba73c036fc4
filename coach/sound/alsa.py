"""Keep libasound quiet, and ask it whether a sound device is there.

libasound (ALSA) prints its errors ("ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM
default") straight to the process's stderr, which is the terminal Textual draws on. A process-wide
error handler that does nothing keeps the screen clean. It must be installed before anything in
the process uses ALSA, including simpleaudio's first `play_buffer`.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

# snd_lib_error_handler_t: void (*)(const char *file, int line, const char *function, int err,
# const char *fmt, ...). The variadic tail is never read, so declaring only the fixed arguments is
# safe on the ABIs Linux runs on.
_HANDLER_TYPE: Final = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)

_SND_PCM_STREAM_PLAYBACK: Final = 0
_SND_PCM_NONBLOCK: Final = 1


def _ignore(
    file: bytes | None, line: int, function: bytes | None, err: int, fmt: bytes | None
) -> None:
    return None


# Kept referenced for the life of the process: libasound holds only the C pointer, and a
# collected callback would be a jump into freed memory.
_SILENT_HANDLER: Final = _HANDLER_TYPE(_ignore)

_libasound: ctypes.CDLL | None = None
_silenced = False


def libasound() -> ctypes.CDLL | None:
    """The process's libasound (the same copy simpleaudio links to), or None without ALSA."""
    global _libasound
    if _libasound is None and sys.platform.startswith("linux"):
        try:
            _libasound = ctypes.CDLL("libasound.so.2")
        except OSError:
            return None
    return _libasound


def silence_alsa_errors() -> bool:
    """Install the do-nothing ALSA error handler (once); True if ALSA is there and now silent."""
    global _silenced
    lib = libasound()
    if lib is None:
        return False
    if not _silenced:
        lib.snd_lib_error_set_handler.argtypes = [_HANDLER_TYPE]
        lib.snd_lib_error_set_handler.restype = ctypes.c_int
        _silenced = lib.snd_lib_error_set_handler(_SILENT_HANDLER) == 0
    return _silenced


def can_open_default_pcm() -> bool | None:
    """Whether ALSA's default playback device opens; None where there is no ALSA (macOS).

    Opens without blocking and closes at once: nothing is played, and a device another program
    holds does not hang the caller.
    """
    lib = libasound()
    if lib is None:
        return None
    silence_alsa_errors()
    handle = ctypes.c_void_p()
    lib.snd_pcm_open.argtypes = [
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.snd_pcm_open.restype = ctypes.c_int
    lib.snd_pcm_close.argtypes = [ctypes.c_void_p]
    lib.snd_pcm_close.restype = ctypes.c_int
    result = lib.snd_pcm_open(
        ctypes.byref(handle), b"default", _SND_PCM_STREAM_PLAYBACK, _SND_PCM_NONBLOCK
    )
    if result < 0:
        return False
    lib.snd_pcm_close(handle)
    return True
