"""From a checked tree to the model: the rules that span keys, the warnings, the defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from coach.i18n import translate
from coach.routine import model, spec
from coach.routine.problems import At, Reporter
from coach.routine.syntax import glued
from coach.routine.validate import INVALID, Checker, Given, declared_language
from coach.routine.wavfile import check_wav
from coach.routine.yamltree import MappingNode, Node, ScalarNode, SequenceNode

LONG_HOLD_S: Final = 60.0
MANY_REPS: Final = 50

# Keys that only mean something for one kind of exercise.
_REP_ONLY: Final = ("hold", "hold_cue", "release_cue", "pace", "rest_between_reps")
_HOLD_ONLY: Final = ("hold_cue", "release_cue")

Fields = dict[str, Given]


def build_routine(root: Node, reporter: Reporter, path: Path | None) -> model.Routine | None:
    """The routine in `root`, or None when `reporter` got an error; warnings don't stop it."""
    if not isinstance(root, MappingNode):
        _not_a_routine(root, reporter)
        return None
    checker = Checker(reporter, declared_language(root))
    fields, _ = checker.mapping(root, spec.Routine)
    defaults = _defaults(fields.get("defaults"))
    progression = _progression_given(fields.get("progression"))
    _check_pain_thresholds(progression, _ProgressionGiven(None, {}), reporter)
    _check_days_between_steps(progression, reporter)
    exercises: list[tuple[MappingNode, Fields]] = []
    names: dict[str, int] = {}  # a name as compared -> the line it was first used on
    given = fields.get("exercises")
    if given is not None and given.value is not INVALID:
        for item in given.value:
            if item is INVALID:
                continue
            node, (exercise_fields, suggested) = item
            _check_name(exercise_fields.get("name"), names, reporter)
            _check_exercise(node, exercise_fields, suggested, reporter)
            _check_progression(exercise_fields, progression, reporter)
            exercises.append((node, exercise_fields))
    sounds = _sounds(fields.get("sounds"), path, reporter)
    red_flags = _red_flags(fields.get("red_flags"), reporter)
    _check_pain_check(fields.get("pain_check"), len(exercises), reporter)
    if reporter.has_errors:
        return None
    return model.Routine(
        title=_get(fields, "title"),
        exercises=tuple(_exercise(f, defaults, progression) for _, f in exercises),
        language=_get(fields, "language", "en"),
        description=_get(fields, "description"),
        author=_get(fields, "author"),
        sources=tuple(_get(fields, "sources", ())),
        frequency=_get(fields, "frequency"),
        sounds=sounds,
        red_flags=red_flags,
        pain_check=_get(fields, "pain_check", "session"),
        flash=_get(fields, "flash", False),
        path=path,
    )


def _not_a_routine(root: Node, reporter: Reporter) -> None:
    if Checker(reporter).missing_colon(root):
        return
    if isinstance(root, ScalarNode) and isinstance(root.value, str):
        found = glued(root.text.split("\n")[0])
        if found is not None:
            column, written = found
            key, _, value = written.partition(":")
            at = At(root.line, root.column + column - 1)
            reporter.error("missing-space-after-colon", at, text=written, key=key, value=value)
            return
    reporter.error("not-a-routine", root)


def _sounds(given: Given | None, path: Path | None, reporter: Reporter) -> Mapping[str, Path]:
    """The routine's own sounds, each resolved against the routine's folder; a file that won't
    play is an error at its value, so `coach check` finds it before a session does."""
    if given is None or given.value is INVALID:
        return MappingProxyType({})
    folder = (path.parent if path is not None else Path()).absolute()
    sounds: dict[str, Path] = {}
    for name, entry in given.value.items():
        if entry.value is INVALID:
            continue
        resolved = folder / entry.value
        problem = check_wav(resolved)
        if problem is None:
            sounds[name] = resolved
            continue
        # A missing file is most often a path written from the wrong folder.
        hint = "routine.bad-sound-file.missing" if problem == "sound.wav.missing" else None
        reporter.error(
            "bad-sound-file",
            entry.node,
            message=problem,
            hint=hint or "routine.bad-sound-file.hint",
            path=entry.value,
            folder=folder,
        )
    return MappingProxyType(sounds)


def _red_flags(given: Given | None, reporter: Reporter) -> tuple[model.RedFlagQuestion, ...]:
    """The routine's own red-flag questions; the same question twice is an error at the second."""
    if given is None or given.value is INVALID:
        return ()
    flags: list[model.RedFlagQuestion] = []
    seen: set[str] = set()
    for item in given.value:
        if item is INVALID:
            continue
        _, (fields, _) = item
        question = _get(fields, "question", INVALID)
        advice = _get(fields, "advice")
        if question is INVALID or advice is INVALID:
            continue
        same = " ".join(question.split()).casefold()
        if same in seen:
            reporter.error("duplicate-red-flag", fields["question"].node, question=question)
            continue
        seen.add(same)
        flags.append(model.RedFlagQuestion(question, advice))
    return tuple(flags)


def _check_pain_check(given: Given | None, exercises: int, reporter: Reporter) -> None:
    """Warn about `after_each_exercise` with a single exercise: the question after it is the
    one after the session, asked anyway."""
    if given is not None and given.value == "after_each_exercise" and exercises == 1:
        reporter.warning("pain-check-one-exercise", given.node)


def _get(fields: Fields, name: str, default: Any = None) -> Any:
    given = fields.get(name)
    return default if given is None else given.value


def _defaults(given: Given | None) -> dict[str, Any]:
    builtin: dict[str, Any] = {
        "prepare": model.BUILTIN_PREPARE_S,
        "rest_between_reps": model.BUILTIN_REST_BETWEEN_REPS_S,
        "rest_between_sets": model.BUILTIN_REST_BETWEEN_SETS_S,
        "wait_between_sets": False,
    }
    if given is None or given.value is INVALID:
        return builtin
    for name, field in given.value.items():
        value = field.value
        builtin[name] = value.low if isinstance(value, model.SecondsRange) else value
    return builtin


def _check_name(given: Given | None, names: dict[str, int], reporter: Reporter) -> None:
    """Two exercises with one name would share a dose and a history (both are remembered by
    name): the second is an error. Case and spacing don't make a name another one."""
    if given is None or given.value is INVALID:
        return
    same = " ".join(given.value.split()).casefold()
    first = names.setdefault(same, given.node.line)
    if first != given.node.line:
        reporter.error("duplicate-exercise", given.node, name=given.value, line=first)


def _check_exercise(
    node: MappingNode, fields: Fields, suggested: set[str], reporter: Reporter
) -> None:
    reps, duration = fields.get("reps"), fields.get("duration")
    if reps is not None and duration is not None:
        later = max(reps, duration, key=lambda g: (g.key.line, g.key.column))
        reporter.error("reps-and-duration", later.key)
    elif reps is None and duration is None and not {"reps", "duration"} & suggested:
        reporter.error("no-reps-or-duration", node)
    if duration is not None and reps is None:
        for name in _REP_ONLY:
            if name in fields:
                reporter.error("needs-reps", fields[name].key, key=name)
    if reps is not None and "cues" in fields:
        reporter.error("needs-duration", fields["cues"].key, key="cues")
    if reps is not None and "hold" not in fields:
        for name in _HOLD_ONLY:
            if name in fields:
                reporter.error("needs-hold", fields[name].key, key=name)
    if reps is not None and "hold" in fields and "pace" in fields:
        reporter.error("hold-and-pace", fields["pace"].key)
    _check_sides(fields.get("sides"), reporter)
    _warn(node, fields, reporter)


def _check_sides(given: Given | None, reporter: Reporter) -> None:
    if given is None or given.value is INVALID or not isinstance(given.node, SequenceNode):
        return
    seen: set[str] = set()
    for side, item in zip(given.value, given.node.items, strict=True):
        if side is INVALID:
            continue
        if side in seen:  # shown in the reader's words: venstre for an nb reader
            reporter.error(
                "duplicate-side", item, side=translate(f"ui.side_word.{side}", reporter.lang)
            )
        seen.add(side)


def _warn(node: MappingNode, fields: Fields, reporter: Reporter) -> None:
    hold = _get(fields, "hold")
    if isinstance(hold, model.SecondsRange) and hold.high > LONG_HOLD_S:
        reporter.warning("long-hold", fields["hold"].node, seconds=f"{hold.high:g}")
    reps = _get(fields, "reps")
    if isinstance(reps, model.IntRange) and reps.high > MANY_REPS:
        reporter.warning("many-reps", fields["reps"].node, reps=reps.high, limit=MANY_REPS)
    if "instructions" not in fields:
        name = _get(fields, "name")
        at = fields["name"].node if "name" in fields else node
        reporter.warning("no-instructions", at, name=name if isinstance(name, str) else "?")


@dataclass(frozen=True, slots=True)
class _ProgressionGiven:
    """What one `progression:` says: on, off or nothing (None), and the keys it sets."""

    enabled: bool | None
    keys: dict[str, Given]
    at: Given | None = None  # the `progression:` key itself

    def values(self) -> dict[str, Any]:
        """The settings it gives that could be read."""
        return {
            name: given.value for name, given in self.keys.items() if given.value is not INVALID
        }


def _progression_given(given: Given | None) -> _ProgressionGiven:
    if given is None or given.value is INVALID:
        return _ProgressionGiven(None, {}, given)
    if isinstance(given.value, str):
        return _ProgressionGiven(given.value == "on", {}, given)
    return _ProgressionGiven(True, dict(given.value), given)


def _merged_progression(*levels: _ProgressionGiven) -> model.Progression:
    """The built-in progression, changed by each level in turn (the routine's, the exercise's)."""
    settings: dict[str, Any] = {}
    enabled = True
    for level in levels:
        if level.enabled is not None:
            enabled = level.enabled
        for name, value in level.values().items():
            settings[name] = value.low if isinstance(value, model.SecondsRange) else value
    return replace(model.Progression(), enabled=enabled, **settings)


def _check_pain_thresholds(
    outer: _ProgressionGiven, inner: _ProgressionGiven, reporter: Reporter
) -> None:
    """A flare must need a bigger pain rise than a good session allows; reported where the
    innermost level sets a threshold (so a routine-level mistake is reported once)."""
    own = inner if inner.at is not None else outer
    merged = _merged_progression(outer, inner)
    if merged.flare_pain_rise > merged.good_pain_rise:
        return
    at = own.keys.get("flare_pain_rise") or own.keys.get("good_pain_rise")
    if at is not None:
        reporter.error(
            "pain-thresholds",
            at.key,
            good=merged.good_pain_rise,
            flare=merged.flare_pain_rise,
        )


def _check_days_between_steps(level: _ProgressionGiven, reporter: Reporter) -> None:
    """Coach never steps up sooner than every 2 days (48 h): a routine may be more cautious,
    never less."""
    given = level.keys.get("days_between_steps")
    if given is None or given.value is INVALID:
        return
    if given.value < model.MIN_DAYS_BETWEEN_STEPS:
        reporter.error(
            "progression-too-fast",
            given.node,
            value=given.value,
            least=model.MIN_DAYS_BETWEEN_STEPS,
        )


def _check_progression(fields: Fields, routine: _ProgressionGiven, reporter: Reporter) -> None:
    """An exercise's own `progression:`: keys that fit its kind, thresholds in order, and a
    warning when there is no range for it to act on."""
    own = _progression_given(fields.get("progression"))
    if own.at is None:
        return
    _check_pain_thresholds(routine, own, reporter)
    _check_days_between_steps(own, reporter)
    timed = "duration" in fields and "reps" not in fields
    has_hold = "hold" in fields
    for name, given in own.keys.items():
        if name == "reps_step" and timed:
            reporter.error("needs-reps", given.key, key=name)
        elif name == "hold_step" and (timed or not has_hold):
            reporter.error("needs-reps" if timed else "needs-hold", given.key, key=name)
        elif name == "duration_step" and not timed and "reps" in fields:
            reporter.error("needs-duration", given.key, key=name)
    ranges = [_get(fields, name) for name in ("reps", "hold", "duration")]
    if own.enabled and not any(getattr(r, "is_range", False) for r in ranges):
        name = _get(fields, "name")
        reporter.warning(
            "nothing-to-progress", own.at.key, name=name if isinstance(name, str) else "?"
        )


def _exercise(
    fields: Fields, defaults: dict[str, Any], progression: _ProgressionGiven
) -> model.Exercise:
    """The model of an exercise that passed every check, with every default applied."""

    def effective(name: str) -> Any:
        value = _get(fields, name, defaults[name])
        return value.low if isinstance(value, model.SecondsRange) else value

    pace = _get(fields, "pace")
    return model.Exercise(
        name=_get(fields, "name"),
        reps=_get(fields, "reps"),
        duration=_get(fields, "duration"),
        sets=_get(fields, "sets", 1),
        posture=_get(fields, "posture"),
        position=_get(fields, "position"),
        instructions=_get(fields, "instructions"),
        hold=_get(fields, "hold"),
        hold_cue=_get(fields, "hold_cue"),
        release_cue=_get(fields, "release_cue"),
        cues=tuple(
            model.Cue(text=_get(cue, "text"), seconds=_get(cue, "seconds").low)
            for _, (cue, _) in _get(fields, "cues", ())
        ),
        sides=tuple(_get(fields, "sides", ())),
        pace=pace.low if pace is not None else None,
        prepare=effective("prepare"),
        rest_between_reps=effective("rest_between_reps"),
        rest_between_sets=effective("rest_between_sets"),
        wait_between_sets=effective("wait_between_sets"),
        progression=_merged_progression(progression, _progression_given(fields.get("progression"))),
    )
