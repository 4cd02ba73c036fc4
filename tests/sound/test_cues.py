"""Which cue each moment of a session sounds, and what the voice says, in both languages."""

from __future__ import annotations

import pytest

from coach.session.events import Event, EventKind, RestKind
from coach.sound.cues import CUE_FOR, RANK, choose_cue, phrase_for, phrase_for_batch
from coach.sound.wavcheck import CUE_NAMES
from tests.sound.sessions import back_routine, run_engine

K = EventKind


def cues_of(batches: list[list[Event]]) -> list[str | None]:
    return [None if (c := choose_cue(b)) is None else c[0] for b in batches]


class TestEveryEvent:
    """Every event kind has a decided cue (or none), and every cue is one a routine can replace."""

    def test_every_event_kind_is_mapped(self) -> None:
        assert set(CUE_FOR) == set(EventKind)

    def test_every_cue_has_a_rank_and_a_name(self) -> None:
        cues = {cue for cue in CUE_FOR.values() if cue is not None}
        assert cues <= set(RANK) == set(CUE_NAMES)

    @pytest.mark.parametrize(
        ("kind", "cue"),
        [
            (K.EXERCISE_STARTED, "get_ready"),
            (K.COUNTDOWN_TICK, "tick"),
            (K.HOLD_STARTED, "hold_start"),
            (K.HOLD_ENDED, "release"),
            (K.REST_STARTED, "rest_start"),
            (K.REST_ENDED, "rest_over"),
            (K.SIDE_SWITCHED, "switch_sides"),
            (K.SET_COMPLETED, "set_done"),
            (K.EXERCISE_COMPLETED, "exercise_done"),
            (K.SESSION_COMPLETED, "session_done"),
            (K.WAITING_STARTED, "waiting"),
            (K.TIMED_STARTED, "start"),
            (K.REP_STARTED, "rep"),
            (K.CUE_CHANGED, "cue_change"),
            (K.PAUSED, "paused"),
            (K.RESUMED, "resumed"),
            (K.REP_COUNTED, None),
            (K.SESSION_ENDED_EARLY, None),
        ],
    )
    def test_single_event(self, kind: EventKind, cue: str | None) -> None:
        choice = choose_cue([Event(kind, 0.0)])
        assert (choice[0] if choice else None) == cue


class TestRealSession:
    """A whole session from the real engine, heard with eyes closed."""

    def test_the_cues_tell_the_whole_session(self) -> None:
        heard = cues_of(run_engine(back_routine(wait_between_sets=True)))
        tick3 = ["tick"] * 3
        bridge_set = ["hold_start", *tick3, "release", "tick", "hold_start", *tick3]
        assert heard == [
            "get_ready", "tick", "tick",  # Bridge: get ready
            *bridge_set, "set_done", *tick3, "waiting",
            *bridge_set, "exercise_done", "tick", "tick",  # then Side plank's get-ready
            "hold_start", *tick3, "switch_sides", *tick3,
            "hold_start", *tick3, "exercise_done", "tick",  # then Knee rolls' get-ready
            "start", "rep", "rep", "exercise_done", "tick",  # then Cat-cow's get-ready
            "start", "cue_change", *tick3, "session_done",
        ]  # fmt: skip

    def test_every_hold_and_every_release_is_heard(self) -> None:
        batches = run_engine(back_routine())
        for batch, cue in zip(batches, cues_of(batches), strict=True):
            kinds = {e.kind for e in batch}
            if K.HOLD_STARTED in kinds:
                assert cue == "hold_start"
            if K.HOLD_ENDED in kinds:
                # The release, or a cue that also means "let go" and says what comes next.
                assert cue in {"release", "set_done", "switch_sides", "exercise_done"}
            assert cue is not None or kinds <= {K.SESSION_STARTED}

    def test_the_moments_a_patient_acts_on_sound_different(self) -> None:
        """Hold, release, rest, switch sides and done can be told apart by ear."""
        moments = [
            [Event(K.REST_ENDED, 0), Event(K.HOLD_STARTED, 0, rep=2)],
            [Event(K.HOLD_ENDED, 0), Event(K.REP_COUNTED, 0), Event(K.REST_STARTED, 0)],
            [Event(K.REST_STARTED, 0, rest=RestKind.BETWEEN_SETS)],
            [Event(K.HOLD_ENDED, 0), Event(K.SIDE_SWITCHED, 0, side="left")],
            [Event(K.SET_COMPLETED, 0), Event(K.EXERCISE_COMPLETED, 0)],
            [Event(K.EXERCISE_COMPLETED, 0), Event(K.SESSION_COMPLETED, 0)],
        ]
        heard = cues_of(moments)
        assert len(set(heard)) == len(heard)


class TestOneCuePerBatch:
    def test_a_late_tick_sounds_only_the_newest_of_many_ticks(self) -> None:
        ticks = [Event(K.COUNTDOWN_TICK, t, remaining=3 - t) for t in range(3)]
        assert choose_cue(ticks) == ("tick", ticks[-1])

    def test_a_late_tick_over_a_whole_phase_sounds_its_most_important_news(self) -> None:
        batch = [
            Event(K.COUNTDOWN_TICK, 1, remaining=1),
            Event(K.HOLD_ENDED, 2, rep=1),
            Event(K.REST_STARTED, 2),
            Event(K.REST_ENDED, 4),
            Event(K.HOLD_STARTED, 4, rep=2),
        ]
        assert choose_cue(batch) == ("hold_start", batch[-1])

    def test_empty_batch(self) -> None:
        assert choose_cue([]) is None
        assert phrase_for_batch([], "en") is None


class TestVoice:
    """The spoken words, in the routine's language."""

    @pytest.mark.parametrize(
        ("event", "en", "nb"),
        [
            (
                Event(K.EXERCISE_STARTED, 0, exercise="Broen"),
                "Broen. Get ready.",
                "Broen. Gjør deg klar.",
            ),
            (
                Event(K.EXERCISE_STARTED, 0, exercise="Broen", cue="Ligg på ryggen"),
                "Broen. Get ready. Ligg på ryggen.",
                "Broen. Gjør deg klar. Ligg på ryggen.",
            ),
            (Event(K.HOLD_STARTED, 0, rep=3), "3, hold.", "3, hold."),
            (Event(K.HOLD_STARTED, 0, rep=3, cue="Trykk ned"), "3, Trykk ned", "3, Trykk ned"),
            (Event(K.HOLD_ENDED, 0, rep=3), "Release.", "Slipp opp."),
            (Event(K.HOLD_ENDED, 0, rep=3, cue="Slapp av"), "Slapp av", "Slapp av"),
            (Event(K.REP_COUNTED, 0, rep=4), "4.", "4."),
            (
                Event(K.SIDE_SWITCHED, 0, side="left"),
                "Switch to the left side.",
                "Bytt til venstre side.",
            ),
            (
                Event(K.SIDE_SWITCHED, 0, side="right"),
                "Switch to the right side.",
                "Bytt til høyre side.",
            ),
            (Event(K.REST_STARTED, 0, rest=RestKind.BETWEEN_SETS), "Rest.", "Hvil."),
            (Event(K.SET_COMPLETED, 0, set=1), "Set 1 done.", "Sett 1 er ferdig."),
            (Event(K.EXERCISE_COMPLETED, 0, exercise="Broen"), "Broen done.", "Broen er ferdig."),
            (
                Event(K.SESSION_COMPLETED, 0),
                "Well done. The session is complete.",
                "Bra jobbet. Økten er ferdig.",
            ),
            (
                Event(K.WAITING_STARTED, 0),
                "Continue when you are ready.",
                "Gå videre når du er klar.",
            ),
            (Event(K.CUE_CHANGED, 0, cue="Pust inn"), "Pust inn", "Pust inn"),
            (Event(K.PAUSED, 0), "Paused.", "Pause."),
            (Event(K.COUNTDOWN_TICK, 0, remaining=2), None, None),
            (Event(K.REST_STARTED, 0, rest=RestKind.BETWEEN_REPS), None, None),
        ],
    )
    def test_phrase(self, event: Event, en: str | None, nb: str | None) -> None:
        assert phrase_for(event, "en") == en
        assert phrase_for(event, "nb") == nb

    def test_a_batch_says_what_is_new_without_repeating_itself(self) -> None:
        batches = run_engine(back_routine("nb"))
        said = [phrase_for_batch(b, "nb") for b in batches]
        assert "Slipp opp. Sett 1 er ferdig. Hvil." in said
        assert "Slipp opp. Bytt til høyre side." in said
        # The set and the exercise end together: only the exercise is announced, then the next.
        assert "Slipp opp. Bridge er ferdig. Side plank. Gjør deg klar." in said
        assert not any("Sett 2" in p for p in said if p)
        assert "Slipp opp. Side plank er ferdig. Knee rolls. Gjør deg klar." in said
        assert said[-1] == "Bra jobbet. Økten er ferdig."
        # Ticks are heard, never said.
        ticks = [p for b, p in zip(batches, said, strict=True) if b[0].kind is K.COUNTDOWN_TICK]
        assert ticks and all(p is None for p in ticks)

    def test_at_most_three_phrases_for_one_batch(self) -> None:
        batch = [
            Event(K.HOLD_ENDED, 0),
            Event(K.SET_COMPLETED, 0, set=2),
            Event(K.EXERCISE_COMPLETED, 0, exercise="Broen"),
            Event(K.EXERCISE_STARTED, 0, exercise="Katt og ku"),
        ]
        said = "Slipp opp. Broen er ferdig. Katt og ku. Gjør deg klar."
        assert phrase_for_batch(batch, "nb") == said
        batch.insert(0, Event(K.PAUSED, 0))
        assert phrase_for_batch(batch, "en") == "Release. Broen done. Katt og ku. Get ready."

    def test_rest_over_is_said_only_when_nothing_starts_with_it(self) -> None:
        alone = [Event(K.REST_ENDED, 0)]
        with_hold = [Event(K.REST_ENDED, 0), Event(K.HOLD_STARTED, 0, rep=2)]
        assert phrase_for_batch(alone, "en") == "The rest is over."
        assert phrase_for_batch(with_hold, "en") == "2, hold."
