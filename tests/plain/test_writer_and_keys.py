"""The line writer (inert, whole lines) and the input (lines, keys, peeking) of plain mode."""

from __future__ import annotations

import asyncio
import io
import os

from coach.plain.keys import Command, Input, command_of_key, command_of_word, unknown_key_text
from coach.plain.writer import LineWriter


def test_lines_are_whole_inert_and_without_blank_lines() -> None:
    out = io.StringIO()
    writer = LineWriter(out)
    writer.say("Bridge\x1b[2J\x1b]0;pwned\x07")
    writer.say("Lift your hips.\n\nSlowly.  ")
    assert out.getvalue() == "Bridge␛[2J␛]0;pwned␇\nLift your hips.\nSlowly.\n"
    assert "\x1b" not in out.getvalue()
    assert writer.transcript == ["Bridge␛[2J␛]0;pwned␇", "Lift your hips.", "Slowly."]


def test_keys_and_words_mean_the_same_commands() -> None:
    for key, word, command in [
        (" ", "pause", Command.PAUSE),
        ("\r", "", Command.CONTINUE),
        ("s", "skip", Command.SKIP),
        ("B", "tilbake", Command.BACK),
        ("q", "avslutt", Command.END),
        ("?", "hjelp", Command.HELP),
    ]:
        assert command_of_key(key) is command
        assert command_of_word(word) is command
    assert command_of_word("3") is None  # an answer, not a command
    assert command_of_key("x") is None


def _piped(data: bytes) -> Input:
    read, write = os.pipe()
    os.write(write, data)
    os.close(write)
    return Input(read)


def test_a_pipe_gives_lines_and_a_peek_leaves_the_line_in_place() -> None:
    async def main() -> list[str | None]:
        keys = _piped(b"no\r\n\n7\nlast")
        assert not keys.keys  # a pipe: every command is a word on a line
        seen = [await keys.line(), await keys.peek_line(), await keys.line()]
        seen += [await keys.peek_line(), await keys.line(), await keys.line(), await keys.line()]
        return seen

    assert asyncio.run(main()) == ["no", "", "", "7", "7", "last", None]


def test_keys_read_escape_sequences_whole_and_end_with_none() -> None:
    async def main() -> list[str | None]:
        keys = _piped(b"s\x1b[A \x1bOP\x1bsq\x1b[15~\x1b")
        return [await keys.key() for _ in range(9)]

    # An arrow, F1, Alt+s and F5 are one key each: Alt+s never acts as s.
    keys = asyncio.run(main())
    assert keys == ["s", "\x1b[A", " ", "\x1bOP", "\x1bs", "q", "\x1b[15~", "\x1b", None]
    assert [command_of_key(k) for k in keys[:-1]] == [
        Command.SKIP, None, Command.PAUSE, None, None, Command.END, None, None
    ]  # fmt: skip


def test_keys_that_do_nothing_are_named_in_words() -> None:
    said = {
        key: unknown_key_text(key, "en")
        for key in ("x", "\x7f", "\x08", "\x1b", "\x04", "\t", "\x1b[A", "\x1bs", "\x1b[15~")
    }
    assert said == {
        "x": "x does nothing. Press question mark for the keys.",
        "\x7f": "Backspace does nothing. Press question mark for the keys.",
        "\x08": "Backspace does nothing. Press question mark for the keys.",
        "\x1b": "Escape does nothing. Press question mark for the keys.",
        "\x04": "Ctrl+D does nothing. Press question mark for the keys.",
        "\t": "Tab does nothing. Press question mark for the keys.",
        "\x1b[A": "That key does nothing here. Press question mark for the keys.",
        "\x1bs": "That key does nothing here. Press question mark for the keys.",
        "\x1b[15~": "That key does nothing here. Press question mark for the keys.",
    }
    assert unknown_key_text("\x7f", "nb") == (
        "Tilbaketasten gjør ingenting. Trykk spørsmålstegn for tastene."
    )
    assert not any("\\x" in text or "'" in text for text in said.values())


def test_single_keys_is_a_no_op_on_a_pipe() -> None:
    keys = _piped(b"")
    with keys.single_keys() as single:
        assert single is False


def test_ranges_and_arrows_are_said_in_words() -> None:
    out = io.StringIO()
    LineWriter(out, "nb").say("Mer enn 2–3 uker (3 → 2), 0 – 10.")
    LineWriter(out, "en").say("2–3 weeks (3 → 2). Bird–dog stays.")
    assert out.getvalue().splitlines() == [
        "Mer enn 2 til 3 uker (3 til 2), 0 til 10.",
        "2 to 3 weeks (3 to 2). Bird–dog stays.",
    ]
