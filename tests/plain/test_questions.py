"""The visit's questions in plain mode, answered from a pipe (as a script or a patient would)."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Awaitable, Callable
from typing import TypeVar

from coach.plain.keys import Input
from coach.plain.questions import Questions, Reply
from coach.plain.writer import LineWriter
from coach.progression.guidance import PainDuration
from coach.safety.red_flags import red_flags_for

T = TypeVar("T")


def _ask(
    data: bytes, ask: Callable[[Questions], Awaitable[T]], lang: str = "en"
) -> tuple[T, list[str]]:
    read, write = os.pipe()
    os.write(write, data)
    os.close(write)
    writer = LineWriter(io.StringIO())
    questions = Questions(writer, Input(read), lang)  # type: ignore[arg-type]
    return asyncio.run(ask(questions)), writer.transcript  # type: ignore[arg-type]


def test_red_flags_one_per_line_all_no_is_all_clear() -> None:
    flags = red_flags_for("en")
    result, lines = _ask(b"no\n" * len(flags), lambda q: q.red_flags(flags, kiosk=False))
    assert result is True
    assert lines[3] == f"Question 1 of {len(flags)}: {flags[0].text}"
    assert lines[-1] == "None of these: the session may start."


def test_a_yes_is_asked_once_more_and_a_confirmed_yes_stops() -> None:
    flags = red_flags_for("en")
    result, lines = _ask(b"maybe\nyes\nno\nyes\nyes\n", lambda q: q.red_flags(flags, kiosk=False))
    assert result is False
    assert "Please answer yes or no (or back)." in lines
    assert "Then the question once more." in lines  # the first yes was taken back
    assert lines.count(f"Question 1 of {len(flags)}: {flags[0].text}") == 3
    assert "Do not start the session now." in lines
    assert lines[-1].startswith("The session has not started.")


def test_red_flags_go_back_at_the_end_of_the_input() -> None:
    flags = red_flags_for("nb")
    result, lines = _ask(b"nei\n", lambda q: q.red_flags(flags, kiosk=False), "nb")
    assert result is None
    assert lines[-1] == "Tilbake til programmene."


def test_pain_takes_0_to_10_t_skip_and_back() -> None:
    def ask(can_go_back: bool) -> Callable[[Questions], Awaitable[int | Reply]]:
        return lambda q: q.pain("How much does your back hurt right now?", can_go_back=can_go_back)

    assert _ask(b"11\nx\n 7 \n", ask(True))[0] == 7
    result, lines = _ask(b"t\n", ask(False))
    assert result == 10 and lines[-1] == "Pain 10: worst pain imaginable."
    assert _ask(b"s\n", ask(True))[0] is Reply.SKIPPED
    assert _ask(b"b\n", ask(True))[0] is Reply.BACK
    assert _ask(b"b\n3\n", ask(False))[0] == 3  # after the session there is no going back
    assert _ask(b"", ask(False))[0] is Reply.SKIPPED


def test_pain_duration_by_number() -> None:
    result, lines = _ask(b"9\n2\n", lambda q: q.pain_duration())
    assert result is PainDuration.ONE_TO_TWO_WEEKS
    assert "5. Not sure." in lines and lines[-1] == "You chose: 1 to 2 weeks."


def test_start_or_back() -> None:
    def ask(q: Questions) -> Awaitable[bool]:
        return q.start_or_back("Before you start", ["Severe pain."], "Your own numbers.")

    assert _ask(b"\n", ask)[0] is True
    assert _ask(b"huh\nb\n", ask)[0] is False
    assert _ask(b"", ask)[0] is False


def test_todays_doses_are_read_out_and_a_step_up_can_be_refused() -> None:
    from coach.progression.rules import DoseDecision, Reason
    from coach.session.plan import Dose
    from coach.visit.progression import TodaysProgression
    from tests.session.builders import hold_exercise

    bridge = hold_exercise("Bridge", reps=10, hold=5.0)
    up = DoseDecision(bridge, Dose(reps=11, hold=5.0), Reason.UP, previous=Dose(reps=10, hold=5.0))
    today = TodaysProgression({0: up})
    shown: list[str] = []

    def ask(q: Questions) -> Awaitable[object]:
        return q.progression("Back basics", today, lambda: shown.append("advice"))

    chosen, lines = _ask(b"1\n\n", ask)
    assert isinstance(chosen, dict) and chosen[0].reason is Reason.STAYED
    assert chosen[0].dose == Dose(reps=10, hold=5.0)
    assert lines[0] == "Today's doses: Back basics."
    doses = [line for line in lines if line.startswith("1. ")]
    assert len(doses) == 2 and doses[0] != doses[1]  # said again after the change
    assert any("the number (1 to 1)" in line for line in lines)
    assert _ask(b"", ask)[0] == {0: up}  # the end of the input: as offered
    assert _ask(b"b\n", ask)[0] is None


def test_the_second_asking_says_what_a_yes_leads_to() -> None:
    for lang, answers, said in (
        ("en", b"yes\nno\n", "If yes, the session does not start and coach tells you what to do."),
        ("nb", b"ja\nnei\n", "Svarer du ja, starter ikke økten, og coach forteller deg hva"),
    ):
        flags = red_flags_for(lang)  # type: ignore[arg-type]
        _, lines = _ask(answers, lambda q, f=flags: q.red_flags(f, kiosk=False), lang)
        assert any(said in line for line in lines), lang


def test_the_pain_question_says_the_scale_is_coachs_own() -> None:
    for lang, can_go_back, said in (
        ("en", False, "or s to skip. The scale and its bands are coach's own."),
        ("en", True, "or b to go back. The scale and its bands are coach's own."),
        ("nb", False, "for å hoppe over. Skalaen og nivåene er fastsatt av coach."),
        ("nb", True, "for å gå tilbake. Skalaen og nivåene er fastsatt av coach."),
    ):
        _, lines = _ask(b"3\n", lambda q, back=can_go_back: q.pain("Pain?", can_go_back=back), lang)
        assert any(line.endswith(said) for line in lines), (lang, can_go_back, lines)


def test_the_norwegian_plain_wording() -> None:
    from coach.i18n import translate

    assert translate("plain.dose.reps_hold", "nb", reps="10 repetisjoner", hold="5 s") == (
        "10 repetisjoner, hold i 5 s hver gang"
    )
    assert "i 2 ganger vanlig tempo" in translate("plain.session.preview", "nb", speed=2)
    assert "v: opplesning av eller på." in translate("plain.keys", "nb")
    for key in ("plain.session.start", "plain.picker.row"):
        assert "omtrent" in translate(
            key,
            "nb",
            **dict.fromkeys(("number", "title", "exercises", "duration", "language"), "x"),
        )
    assert translate("ui.notice.volume_bell", "nb", volume=0).endswith("(0 % slår det av)")
