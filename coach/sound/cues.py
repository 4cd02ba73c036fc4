"""Which cue a batch of engine events sounds, and what a voice says for it. Pure: no audio here.

The engine reports events that happen at the same moment together (the end of one phase, then
`set_completed`/`exercise_completed`, then the start of the next phase), and a late tick may
deliver several moments at once. Playing every cue of a batch would blast them over each other,
so a batch sounds exactly one cue: the most important one (`RANK`). A voice may say a little more,
because words can carry two or three things in a row ("Release. Set 1 done. Rest.").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from coach.i18n import Language, translate
from coach.session.events import Event, EventKind, RestKind
from coach.sound.wavcheck import CueName

# The cue of every event kind; None for events nobody must act on (they are either the patient's
# own doing, like counting a rep by key, or always come with a more telling event).
CUE_FOR: Final[Mapping[EventKind, CueName | None]] = {
    EventKind.SESSION_STARTED: None,  # always with the first exercise_started
    EventKind.EXERCISE_STARTED: "get_ready",
    EventKind.PREPARE_ENDED: "start",
    EventKind.HOLD_STARTED: "hold_start",
    EventKind.HOLD_ENDED: "release",
    EventKind.REP_STARTED: "rep",
    EventKind.REP_COUNTED: None,
    EventKind.REST_STARTED: "rest_start",
    EventKind.REST_ENDED: "rest_over",
    EventKind.WAITING_STARTED: "waiting",
    EventKind.SIDE_SWITCHED: "switch_sides",
    EventKind.SET_COMPLETED: "set_done",
    EventKind.CUE_CHANGED: "cue_change",
    EventKind.TIMED_STARTED: "start",
    EventKind.TIMED_ENDED: None,  # always with the next phase or the exercise's end
    EventKind.COUNTDOWN_TICK: "tick",
    EventKind.EXERCISE_COMPLETED: "exercise_done",
    EventKind.PAUSED: "paused",
    EventKind.RESUMED: "resumed",
    EventKind.SKIPPED: None,  # the next exercise_started follows in the same batch
    EventKind.WENT_BACK: None,  # likewise
    EventKind.SESSION_COMPLETED: "session_done",
    EventKind.SESSION_ENDED_EARLY: None,  # the patient ended it: nothing left to do
}

# Higher wins when a batch holds several cues. The end of the session, a change of side and the
# end of an exercise or set outrank the hold and the release they come with: each of those already
# tells the patient to let go. A hold outranks the rest_over it comes with, and so on down to the
# ticks, which yield to everything.
RANK: Final[Mapping[CueName, int]] = {
    "session_done": 100,
    "switch_sides": 90,
    "exercise_done": 80,
    "get_ready": 75,
    "set_done": 70,
    "hold_start": 60,
    "release": 55,
    "start": 50,
    "rep": 45,
    "waiting": 40,
    "rest_start": 35,
    "rest_over": 30,
    "cue_change": 25,
    "paused": 20,
    "resumed": 20,
    "tick": 10,
}

# A voice says at most this many phrases for one batch: the last ones, which are the newest news.
MAX_PHRASES: Final = 3


def choose_cue(events: Sequence[Event]) -> tuple[CueName, Event] | None:
    """The one cue a batch sounds, and the event it is for; None if no event has a cue.

    Of two events with the same rank the later one wins, so a late tick that delivers several
    countdown ticks sounds the newest.
    """
    best: tuple[int, int, CueName, Event] | None = None
    for index, event in enumerate(events):
        cue = CUE_FOR[event.kind]
        if cue is not None and (best is None or (RANK[cue], index) >= best[:2]):
            best = (RANK[cue], index, cue, event)
    return None if best is None else (best[2], best[3])


def phrase_for(event: Event, lang: Language) -> str | None:
    """What a voice says for one event, in `lang`; None for events it keeps quiet about."""
    kind = event.kind
    if kind is EventKind.EXERCISE_STARTED:
        # The starting position, when the routine gives one, so a patient who follows by ear
        # knows how to lie or stand before the exercise begins.
        if event.cue:
            exercise = event.exercise or ""
            position = _sentence(event.cue)
            said = "sound.say.get_ready_position"
            return translate(said, lang, exercise=exercise, position=position)
        return translate("sound.say.get_ready", lang, exercise=event.exercise or "")
    if kind is EventKind.HOLD_STARTED:
        return _with_rep(event, lang, "sound.say.hold", "sound.say.hold_no_rep")
    if kind is EventKind.HOLD_ENDED:
        # The release cue is said without the rep: the hold already said which rep it was.
        return event.cue or translate("sound.say.release", lang)
    if kind is EventKind.REP_COUNTED and event.rep is not None:
        return translate("sound.say.count", lang, rep=event.rep)
    if kind is EventKind.TIMED_STARTED or (kind is EventKind.REP_STARTED and event.rep == 1):
        # The later reps of a paced or manual set are counted when done (REP_COUNTED) instead.
        return translate("sound.say.start", lang)
    if kind is EventKind.CUE_CHANGED:
        return event.cue
    if kind is EventKind.REST_STARTED and event.rest is RestKind.BETWEEN_SETS:
        return translate("sound.say.rest", lang)
    if kind is EventKind.REST_ENDED:
        return translate("sound.say.rest_over", lang)
    if kind is EventKind.WAITING_STARTED:
        return translate("sound.say.waiting", lang)
    if kind is EventKind.SIDE_SWITCHED:
        key = {"left": "sound.say.switch_left", "right": "sound.say.switch_right"}
        return translate(key.get(event.side or "", "sound.say.switch"), lang)
    if kind is EventKind.SET_COMPLETED:
        return translate("sound.say.set_done", lang, set=event.set or "")
    if kind is EventKind.EXERCISE_COMPLETED:
        return translate("sound.say.exercise_done", lang, exercise=event.exercise or "")
    if kind is EventKind.SESSION_COMPLETED:
        return translate("sound.say.session_done", lang)
    if kind is EventKind.PAUSED:
        return translate("sound.say.paused", lang)
    if kind is EventKind.RESUMED:
        return translate("sound.say.resumed", lang)
    return None


def _with_rep(event: Event, lang: Language, key: str, key_no_rep: str) -> str:
    # The routine's own words (a hold cue such as "Press your lower back down") replace the
    # generic "hold"; the rep number stays in front so the patient can count along.
    if event.cue:
        if event.rep is None:
            return event.cue
        return translate("sound.say.with_rep", lang, rep=event.rep, cue=event.cue)
    if event.rep is None:
        return translate(key_no_rep, lang)
    return translate(key, lang, rep=event.rep)


# Phrases that another event of the same batch already says better.
_SAID_BY: Final[Mapping[EventKind, EventKind]] = {
    EventKind.REP_COUNTED: EventKind.HOLD_ENDED,  # the hold said the rep number
    EventKind.SET_COMPLETED: EventKind.EXERCISE_COMPLETED,
    EventKind.EXERCISE_COMPLETED: EventKind.SESSION_COMPLETED,
}


def phrase_for_batch(events: Sequence[Event], lang: Language) -> str | None:
    """What a voice says for a batch: its phrases in order, the redundant ones left out."""
    kinds = {event.kind for event in events}
    said = [
        (event.kind, phrase)
        for event in events
        if _SAID_BY.get(event.kind) not in kinds and (phrase := phrase_for(event, lang)) is not None
    ]
    # "The rest is over" only matters when nothing starts at the same moment.
    if len(said) > 1:
        said = [(kind, phrase) for kind, phrase in said if kind is not EventKind.REST_ENDED]
    phrases = [_sentence(phrase) for _, phrase in said[-MAX_PHRASES:]]
    return " ".join(phrases) or None


def _sentence(phrase: str) -> str:
    # A routine's own cue text may lack a full stop; without one, phrases run into each other.
    phrase = phrase.strip()
    return phrase if phrase.endswith((".", "!", "?", "…")) else f"{phrase}."
