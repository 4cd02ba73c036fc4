"""A routine's own sounds (`sounds:`): read into the model against the routine's folder, every
file checked before a session, every mistake located; the schema tells editors the cue names."""

from __future__ import annotations

import os
import struct
import wave
from pathlib import Path

import jsonschema
import pytest

from coach.i18n import translate
from coach.routine.loader import check_routine
from coach.routine.schema import routine_schema
from coach.routine.wavfile import CUE_NAMES
from tests.routine.helpers import codes, write

EXERCISES = """\
exercises:
  - name: Bridge
    instructions: Lift your hips, hold, lower slowly.
    reps: 10
    hold: 3s
"""


def wav(path: Path, samples: tuple[int, ...] = (0, 900, -900, 0)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def routine_with(tmp_path: Path, sounds: str, *, language: str = "en") -> Path:
    text = f"title: Own sounds\nlanguage: {language}\nsounds:\n{sounds}{EXERCISES}"
    return write(tmp_path, text)


class TestReading:
    def test_paths_are_read_from_the_routines_folder_not_the_working_one(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        folder = tmp_path / "physio"
        hold = wav(folder / "lyd" / "hold.wav")
        release = wav(folder / "slipp.wav")
        folder.mkdir(exist_ok=True)
        path = routine_with(folder, "  hold_start: lyd/hold.wav\n  release: slipp.wav\n")
        monkeypatch.chdir(tmp_path)  # somewhere else: lyd/hold.wav does not exist here
        routine, problems = check_routine(Path("physio") / path.name)
        assert problems == []
        assert routine is not None
        assert dict(routine.sounds) == {"hold_start": hold, "release": release}
        assert all(p.is_absolute() for p in routine.sounds.values())

    def test_without_sounds_a_routine_has_none_and_stays_hashable(self, tmp_path: Path) -> None:
        routine, _ = check_routine(write(tmp_path, "title: Plain\n" + EXERCISES))
        assert routine is not None
        assert dict(routine.sounds) == {}
        assert isinstance(hash(routine), int)

    def test_the_sounds_are_read_only_and_part_of_equality(self, tmp_path: Path) -> None:
        wav(tmp_path / "a.wav")
        wav(tmp_path / "b.wav")
        with_a, _ = check_routine(routine_with(tmp_path, "  tick: a.wav\n"))
        with_b, _ = check_routine(routine_with(tmp_path, "  tick: b.wav\n"))
        assert with_a is not None and with_b is not None
        assert with_a != with_b
        assert hash(with_a) == hash(with_b)  # sounds are left out of the hash, not equality
        with pytest.raises(TypeError):
            with_a.sounds["tick"] = Path("c.wav")  # type: ignore[index]

    def test_every_cue_can_be_replaced(self, tmp_path: Path) -> None:
        wav(tmp_path / "own.wav")
        lines = "".join(f"  {cue}: own.wav\n" for cue in CUE_NAMES)
        routine, problems = check_routine(routine_with(tmp_path, lines))
        assert problems == []
        assert routine is not None
        assert set(routine.sounds) == set(CUE_NAMES)


class TestMistakes:
    def test_a_misspelt_cue_name_is_reported_at_the_key_with_the_name_meant(
        self, tmp_path: Path
    ) -> None:
        wav(tmp_path / "x.wav")
        path = routine_with(tmp_path, "  relase: x.wav\n  hold: x.wav\n  switch: x.wav\n")
        routine, problems = check_routine(path)
        assert routine is None
        assert codes(problems) == [
            (4, 3, "unknown-key"),
            (5, 3, "unknown-key"),
            (6, 3, "unknown-key"),
        ]
        assert [p.hint for p in problems] == [
            "did you mean 'release'?",
            "did you mean 'hold_start'?",
            "did you mean 'switch_sides'?",
        ]

    def test_a_name_like_none_of_them_lists_the_names(self, tmp_path: Path) -> None:
        wav(tmp_path / "x.wav")
        _, problems = check_routine(routine_with(tmp_path, "  tick: x.wav\n  beep: x.wav\n"))
        (problem,) = problems
        assert problem.message == "unknown key 'beep'"
        assert problem.hint is not None
        assert "get_ready" in problem.hint and "session_done" in problem.hint
        assert "tick" not in problem.hint.split(": ", 1)[1].split(", ")  # already given

    @pytest.mark.parametrize(
        ("name", "content", "key"),
        [
            ("gone.wav", None, "sound.wav.missing"),
            ("notes.wav", b"Hold for five seconds.\n", "sound.wav.not_wav"),
            ("voice.mp3", b"ID3\x04\x00" + bytes(64), "sound.wav.not_wav"),
            ("cut.wav", b"RIFF\x24\x00\x00\x00WAVEfmt ", "sound.wav.unreadable"),
            ("folder", "dir", "sound.wav.unreadable"),
        ],
    )
    @pytest.mark.parametrize("language", ["en", "nb"])
    def test_a_file_that_will_not_play_is_an_error_at_its_value(
        self, tmp_path: Path, name: str, content: bytes | str | None, key: str, language: str
    ) -> None:
        if content == "dir":
            (tmp_path / "lyd" / name).mkdir(parents=True)
        elif isinstance(content, bytes):
            (tmp_path / "lyd").mkdir()
            (tmp_path / "lyd" / name).write_bytes(content)
        path = routine_with(tmp_path, f"  hold_start: lyd/{name}\n", language=language)
        routine, problems = check_routine(path)
        assert routine is None
        (problem,) = problems
        assert (problem.line, problem.column, problem.code) == (4, 15, "bad-sound-file")
        # The path as the author wrote it, in the routine's language.
        assert problem.message == translate(key, language, path=f"lyd/{name}")  # type: ignore[arg-type]
        assert problem.hint

    def test_a_missing_file_hints_where_it_was_looked_for(self, tmp_path: Path) -> None:
        (problem,) = check_routine(routine_with(tmp_path, "  tick: lyd/tick.wav\n"))[1]
        assert problem.hint == f"the path is read from the routine file's folder, {tmp_path}"

    def test_a_file_in_a_format_coach_cannot_play_says_what_a_wav_must_be(
        self, tmp_path: Path
    ) -> None:
        with wave.open(str(tmp_path / "odd.wav"), "wb") as out:  # a rate nothing plays
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(12345)
            out.writeframes(bytes(8))
        (problem,) = check_routine(routine_with(tmp_path, "  tick: odd.wav\n", language="nb"))[1]
        assert problem.code == "bad-sound-file"
        assert problem.message.startswith("odd.wav er en type WAV-fil coach ikke kan spille av")
        assert (
            problem.hint is not None and "PCM" in problem.hint and "16, 24 eller 32" in problem.hint
        )

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
    def test_an_unreadable_file(self, tmp_path: Path) -> None:
        wav(tmp_path / "locked.wav").chmod(0)
        (problem,) = check_routine(routine_with(tmp_path, "  tick: locked.wav\n"))[1]
        assert problem.message == "the sound file locked.wav cannot be read"

    def test_sounds_must_be_a_mapping_of_text(self, tmp_path: Path) -> None:
        path = write(tmp_path, "title: T\nsounds: lyd/hold.wav\n" + EXERCISES)
        (problem,) = check_routine(path)[1]
        assert (problem.line, problem.column, problem.code) == (2, 9, "wrong-type")
        path = write(tmp_path, "title: T\nsounds:\n  tick: [a.wav]\n  rep:\n" + EXERCISES)
        assert codes(check_routine(path)[1]) == [(3, 9, "wrong-type"), (4, 3, "empty-value")]
        assert check_routine(path)[1][0].message == "'tick' must be text, not a list"

    def test_every_mistake_of_a_file_is_reported_at_once(self, tmp_path: Path) -> None:
        path = routine_with(tmp_path, "  tick: a.wav\n  rep: b.wav\n  hold_strat: c.wav\n")
        assert codes(check_routine(path)[1]) == [
            (4, 9, "bad-sound-file"),
            (5, 8, "bad-sound-file"),
            (6, 3, "unknown-key"),
        ]


class TestSchema:
    def test_editors_complete_the_cue_names_and_flag_others(self) -> None:
        sounds = routine_schema()["properties"]["sounds"]
        assert sounds["propertyNames"] == {"enum": list(CUE_NAMES)}
        assert sounds["additionalProperties"]["type"] == "string"
        validator = jsonschema.Draft7Validator(routine_schema())
        base = {"title": "T", "exercises": [{"name": "B", "reps": 3}]}
        assert validator.is_valid({**base, "sounds": {"hold_start": "lyd/hold.wav"}})
        assert not validator.is_valid({**base, "sounds": {"hold": "lyd/hold.wav"}})
        assert not validator.is_valid({**base, "sounds": {"tick": ""}})
        assert not validator.is_valid({**base, "sounds": ["lyd/hold.wav"]})
