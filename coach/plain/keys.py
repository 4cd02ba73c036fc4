"""What the patient types: answers on a line, and during the session single keys or words.

On a terminal the session reads single keys without Enter (the terminal in cbreak mode: no echo,
no line editing; Ctrl+C still interrupts). Anywhere else (a pipe, a file of scripted answers, a
terminal without termios) every command is a word on its own line, the same words the keys stand
for. Standard input is read on a thread and handed to the event loop, so a pipe, a file and a
terminal all work the same way (the loop cannot watch a regular file).
"""

from __future__ import annotations

import asyncio
import codecs
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any, Final

from coach.i18n import Language, translate

if sys.platform != "win32":  # Windows has neither: there every command is a word on a line
    import termios
    import tty


class Command(StrEnum):
    """What a key (or its word) asks the session to do."""

    PAUSE = "pause"  # pause, or go on when paused
    CONTINUE = "continue"  # Enter: go on now, or count a manual rep
    SKIP = "skip"
    BACK = "back"
    END = "end"  # asks first
    HELP = "help"
    MUTE = "mute"  # sound off, or on again
    LOUDER = "louder"
    QUIETER = "quieter"
    VOICE = "voice"  # the spoken cues on or off


KEY_COMMANDS: Final[dict[str, Command]] = {
    " ": Command.PAUSE,
    "p": Command.PAUSE,
    "\n": Command.CONTINUE,
    "\r": Command.CONTINUE,
    "s": Command.SKIP,
    "b": Command.BACK,
    "q": Command.END,
    "?": Command.HELP,
    "h": Command.HELP,
    "m": Command.MUTE,
    "+": Command.LOUDER,
    "=": Command.LOUDER,  # + without Shift on many keyboards
    "-": Command.QUIETER,
    "v": Command.VOICE,
}

# The same commands as words on a line, in both languages (an empty line is Enter).
WORD_COMMANDS: Final[dict[str, Command]] = {
    "": Command.CONTINUE,
    "continue": Command.CONTINUE,
    "c": Command.CONTINUE,
    "enter": Command.CONTINUE,
    "fortsett": Command.CONTINUE,
    "videre": Command.CONTINUE,
    "pause": Command.PAUSE,
    "p": Command.PAUSE,
    "space": Command.PAUSE,
    "resume": Command.PAUSE,
    "skip": Command.SKIP,
    "s": Command.SKIP,
    "hopp": Command.SKIP,
    "back": Command.BACK,
    "b": Command.BACK,
    "tilbake": Command.BACK,
    "end": Command.END,
    "q": Command.END,
    "quit": Command.END,
    "avslutt": Command.END,
    "?": Command.HELP,
    "h": Command.HELP,
    "help": Command.HELP,
    "hjelp": Command.HELP,
    "mute": Command.MUTE,
    "m": Command.MUTE,
    "demp": Command.MUTE,
    "louder": Command.LOUDER,
    "+": Command.LOUDER,
    "høyere": Command.LOUDER,
    "quieter": Command.QUIETER,
    "-": Command.QUIETER,
    "lavere": Command.QUIETER,
    "voice": Command.VOICE,
    "v": Command.VOICE,
    "tale": Command.VOICE,
}

# "Yes" to "end the session now?" and to the other yes/no questions.
YES_WORDS: Final = frozenset({"y", "yes", "j", "ja"})
NO_WORDS: Final = frozenset({"n", "no", "nei"})


def command_of_key(key: str) -> Command | None:
    """The command of a single key, or None."""
    return KEY_COMMANDS.get(key if key in ("\n", "\r", " ") else key.lower())


def command_of_word(line: str) -> Command | None:
    """The command of a typed line, or None when the line is no command (an answer)."""
    return WORD_COMMANDS.get(line.strip().lower())


_KEY_NAMES: Final[dict[str, str]] = {
    "\t": "plain.key.name.tab",
    "\x7f": "plain.key.name.backspace",
    "\x08": "plain.key.name.backspace",
    "\x1b": "plain.key.name.escape",
}


def unknown_key_text(key: str, lang: Language) -> str:
    """What to say about a key (or an escape sequence) that does nothing, in words: "Backspace
    does nothing", "Ctrl+D does nothing"; an arrow, a function key or Alt+letter is "that key"."""
    if key in _KEY_NAMES:
        name = translate(_KEY_NAMES[key], lang)
    elif len(key) == 1 and "\x01" <= key <= "\x1a":
        name = translate("plain.key.name.ctrl", lang, letter=chr(ord(key) + 64))
    elif len(key) == 1 and key.isprintable():
        name = key
    else:
        return translate("plain.key.unknown.other", lang)
    return translate("plain.key.unknown", lang, key=name)


class Input:
    """Standard input (or `fd`), read on a thread; `line()` and `key()` await what comes.

    `keys` is True when single keys can be read without Enter (a terminal with termios).
    """

    def __init__(self, fd: int | None = None) -> None:
        self.fd: Final = sys.stdin.fileno() if fd is None else fd
        self.keys: Final = _single_keys_possible(self.fd)
        self._buffer = ""
        self._eof = False
        self._changed: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._line_settings: list[Any] | None = None  # the terminal's, while in single keys
        self._in_lines = False  # inside `lines()`: a question is typed as a line

    def start(self) -> None:
        """Start reading (on the running loop); calling it again does nothing."""
        if self._thread is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._changed = asyncio.Event()
        self._thread = threading.Thread(target=self._read, name="plain-input", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        loop = self._loop
        assert loop is not None
        while True:
            try:
                chunk = os.read(self.fd, 1024)
            except OSError:
                chunk = b""
            text = decoder.decode(chunk, final=not chunk)
            try:
                loop.call_soon_threadsafe(self._feed, text, not chunk)
            except RuntimeError:  # the loop has closed: nobody is listening any more
                return
            if not chunk:
                return

    def _feed(self, text: str, eof: bool) -> None:
        self._buffer += text
        self._eof = self._eof or eof
        if self._changed is not None:
            self._changed.set()

    async def _wait(self) -> None:
        self.start()
        assert self._changed is not None
        self._changed.clear()
        await self._changed.wait()

    @property
    def at_end(self) -> bool:
        """True once everything was read and nothing is left."""
        return self._eof and not self._buffer

    async def line(self) -> str | None:
        """The next line, without its line end; None at the end of the input."""
        while "\n" not in self._buffer and not self._eof:
            await self._wait()
        if not self._buffer:
            return None
        line, _sep, rest = self._buffer.partition("\n")
        self._buffer = rest
        return line.rstrip("\r")

    async def peek_line(self) -> str | None:
        """The next line without taking it (None at the end); `line()` then returns it."""
        while "\n" not in self._buffer and not self._eof:
            await self._wait()
        if not self._buffer:
            return None
        return self._buffer.partition("\n")[0].rstrip("\r")

    async def key(self) -> str | None:
        """The next key: a character, or a whole escape sequence (an arrow, a function key,
        Alt+letter) as one string, so that its last letter never acts as a key of its own;
        None at the end of the input."""
        while not self._buffer and not self._eof:
            await self._wait()
        if not self._buffer:
            return None
        end = _escape_sequence_end(self._buffer) if self._buffer[0] == "\x1b" else 1
        key, self._buffer = self._buffer[:end], self._buffer[end:]
        return key

    @contextmanager
    def single_keys(self) -> Iterator[bool]:
        """While inside, keys arrive one by one without Enter and without echo (a terminal);
        yields whether that is so. The terminal's settings come back on the way out, always."""
        if not self.keys or sys.platform == "win32":
            yield False
            return
        saved = termios.tcgetattr(self.fd)
        try:
            tty.setcbreak(self.fd, termios.TCSANOW)
            self._line_settings = saved
            yield True
        finally:
            self._line_settings = None
            termios.tcsetattr(self.fd, termios.TCSANOW, saved)

    @contextmanager
    def lines(self) -> Iterator[None]:
        """Inside `single_keys`: the terminal's own line editing and echo back for a while (a
        question in the middle of the session), single keys again on the way out."""
        saved = self._line_settings
        if saved is None or sys.platform == "win32":
            yield
            return
        keys = termios.tcgetattr(self.fd)
        termios.tcsetattr(self.fd, termios.TCSANOW, saved)
        self._in_lines = True
        try:
            yield
        finally:
            self._in_lines = False
            termios.tcsetattr(self.fd, termios.TCSANOW, keys)

    def give_terminal_back(self) -> None:
        """Ctrl+Z: the terminal's own settings for the shell while the program is stopped."""
        if self._line_settings is not None and sys.platform != "win32":
            termios.tcsetattr(self.fd, termios.TCSANOW, self._line_settings)

    def take_terminal_again(self) -> None:
        """`fg`: single keys again (the shell gave the terminal back in line mode)."""
        if self._line_settings is not None and not self._in_lines and sys.platform != "win32":
            tty.setcbreak(self.fd, termios.TCSANOW)


def _escape_sequence_end(text: str) -> int:
    """Where the escape sequence at the start of `text` ends: ESC [ … final (arrows, F5 and up),
    ESC O letter (F1 to F4), ESC and one character (Alt+letter), or ESC alone."""
    if len(text) < 2:
        return 1
    if text[1] in ("[", "O"):
        for i, char in enumerate(text[2:], start=2):
            if "@" <= char <= "~" and not (text[1] == "[" and char == "[" and i == 2):
                return i + 1
        return len(text)
    return 2


def _single_keys_possible(fd: int) -> bool:
    if sys.platform == "win32":  # no termios: every command is a word on a line
        return False
    try:
        return os.isatty(fd)
    except OSError:
        return False
