"""The session screen: what to do now, how long is left, what comes next.

It shows the engine's state and sends the patient's commands to the `SessionRunner`; it owns no
timer (the app wakes the runner, and the runner posts a `SessionUpdate` here after every change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Final

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Footer, Static

from coach.i18n import Language
from coach.session.events import EventKind
from coach.session.plan import Plan, Step, StepKind
from coach.ui.messages import (
    ChangeVolume,
    SessionUpdate,
    SoundAsked,
    SoundChanged,
    ToggleMute,
)
from coach.ui.screens.base import CoachScreen
from coach.ui.screens.confirm_end import ConfirmEndScreen
from coach.ui.widgets.action_bar import Action, ActionBar
from coach.ui.widgets.big_text import BigText
from coach.ui.widgets.line import Line
from coach.ui.widgets.paused_banner import PausedBanner
from coach.ui.widgets.session_progress import SessionProgress
from coach.visit import wording
from coach.visit.runner import SessionRunner

if TYPE_CHECKING:
    from coach.sound.player import SoundCues

# Steps whose big number is the rep rather than a countdown: their rhythm is the patient's own
# (manual) or a few seconds per rep (paced), where a countdown would only flicker.
_REP_NUMBER = frozenset({StepKind.MANUAL_REP, StepKind.PACED_REP})
# The footer keeps the keys that steer the session when it cannot show every key: below 100
# columns the flash key goes (the README lists it), below 80 the sound keys (the buttons still
# have them), below 60 going back and skipping too.
_SOUND_KEYS = frozenset({"toggle_mute", "volume_down", "volume_up", "toggle_voice"})
_HIDEABLE = _SOUND_KEYS | {"skip", "back", "toggle_flash"}
_FOOTER_HIDDEN: tuple[tuple[int, frozenset[str]], ...] = (
    (100, frozenset()),
    (80, frozenset({"toggle_flash"})),
    (60, _SOUND_KEYS | {"toggle_flash"}),
    (0, _HIDEABLE),
)
# How long the screen stays flashed at the end of a hold (one flash: far from the rates that
# trouble people with photosensitive epilepsy, three or more a second).
FLASH_S: Final = 0.5
_VOLUME = Binding.Group("ui.footer.volume", compact=True)


class SessionScreen(CoachScreen[None]):
    """Guides the patient through one session."""

    CSS_PATH = "session.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_pause", "ui.action.pause"),
        Binding("enter", "proceed", "ui.action.continue"),
        Binding("right", "skip", "ui.action.skip", key_display="→"),
        Binding("left", "back", "ui.action.back", key_display="←"),
        Binding("q", "end", "ui.action.end"),
        Binding("m", "toggle_mute", "ui.action.mute"),
        Binding("v", "toggle_voice", "ui.action.voice"),
        Binding("f", "toggle_flash", "ui.action.flash"),
        Binding("minus", "volume_down", "ui.action.volume_down", key_display="-", group=_VOLUME),
        Binding(
            "plus,equals_sign", "volume_up", "ui.action.volume_up", key_display="+", group=_VOLUME
        ),
    ]

    # What Space and Enter do now (Pause or Resume; Continue or Count rep), whether Enter does
    # anything, and the keys the footer leaves out at this width.
    pause_key: reactive[str] = reactive("ui.action.pause", init=False)
    proceed_key: reactive[str] = reactive("ui.action.continue", init=False)
    proceed_enabled: reactive[bool] = reactive(True, init=False)
    footer_hidden: reactive[frozenset[str]] = reactive(frozenset[str](), init=False)

    def __init__(self, runner: SessionRunner, lang: Language, *, flash: bool = False) -> None:
        super().__init__(lang)
        self.runner = runner
        # Flash the screen when a hold ends (noisy rooms, hard of hearing); f turns it on or off.
        self.flash = flash
        self._flash_timer: Timer | None = None
        self.plan: Plan = runner.engine.plan
        self._phase_class = ""
        # Whether the sound is muted, as the app last said (before the sound itself is ready,
        # the app's setting is all there is).
        self._muted_setting = False
        self._volume_asked = False  # + or - was pressed: its answer brings a notice

    class Opened(SoundAsked):
        """The session screen is up: the app answers with the sound's state (`SoundChanged`)."""

    def footer_key(self, binding: Binding) -> str:
        keys = {"toggle_pause": self.pause_key, "proceed": self.proceed_key}
        return keys.get(binding.action, binding.description)

    def footer_shows(self, binding: Binding) -> bool:
        return binding.action not in self.footer_hidden

    def compose(self) -> ComposeResult:
        routine = self.plan.routine
        # Over the middle of the screen while paused (the `-paused` class shows it).
        yield PausedBanner(self._("ui.phase.paused"), self._("ui.hint.paused"), id="paused")
        with Horizontal(id="topbar"):
            yield Static(routine.title, id="routine-title", markup=False)
            yield Line("", id="exercise-of", markup=False)
            yield Static("", id="preview", markup=False)
        # Says for the whole session that it is not being saved (empty, and hidden, otherwise).
        yield Line("", id="notice", classes="-empty", markup=False)
        yield BigText(id="phase")
        with Vertical(id="body"):
            yield Line("", id="exercise-name", markup=False)
            yield BigText(id="countdown")
            yield Line("", id="counters", markup=False)
            yield Line("", id="cue", markup=False)
            yield Line("", id="hint", markup=False)
            yield Line("", id="details", markup=False)
            yield Line("", id="next", markup=False)
        yield SessionProgress(id="progress")
        yield ActionBar(
            [
                Action("toggle_pause", self._("ui.action.pause"), "primary"),
                Action("proceed", self._("ui.action.continue"), "success"),
                Action("back", self._("ui.action.back")),
                Action("skip", self._("ui.action.skip")),
                Action("toggle_mute", self._("ui.action.mute")),
                Action("toggle_voice", self._("ui.action.voice")),
                Action("volume_down", "−"),
                Action("volume_up", "+"),
                Action("end", self._("ui.action.end"), "error"),
            ],
            id="actions",
        )
        yield Line("", id="sound-status", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        speed = self.runner.speed
        preview = self.query_one("#preview", Static)
        if speed != 1:
            preview.update(self._("ui.preview", speed=wording.number(speed, self.lang)))
        else:
            preview.display = False
        self.show_state(self.runner.now())
        self.refresh_bindings()  # the footer, in the screen's language
        self.post_message(self.Opened(self))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # While paused Enter does nothing: the footer does not offer it (Space resumes).
        return not (action == "proceed" and self.runner.engine.paused)

    def on_resize(self, event: events.Resize) -> None:
        hidden = next(keys for width, keys in _FOOTER_HIDDEN if event.size.width >= width)
        self.footer_hidden = hidden

    def on_session_update(self, message: SessionUpdate) -> None:
        self.show_state(message.now)
        if self.flash and any(e.kind is EventKind.HOLD_ENDED for e in message.events):
            self._flash_once()

    def _flash_once(self) -> None:
        """Turn the screen light for a moment (the sound says the same; so do the words)."""
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self.add_class("-flash")
        self._flash_timer = self.set_timer(FLASH_S, self._flash_over)

    def _flash_over(self) -> None:
        self._flash_timer = None
        self.remove_class("-flash")

    def on_sound_changed(self, message: SoundChanged) -> None:
        self._muted_setting = message.muted
        self.show_sound()
        if self._volume_asked:  # the answer to + or -
            self._volume_asked = False
            self._volume_changed()

    # --- drawing ------------------------------------------------------------------------------

    def _set(self, widget_id: str, text: str) -> None:
        """Show `text` in a line or a big text (an empty one takes no room: a hold has no hint,
        a rest may have no cue); each redraws only when its text changed."""
        self.query_one(f"#{widget_id}", Line).text = text

    def show_state(self, now: float) -> None:
        """Draw the engine's state at `now`."""
        engine = self.runner.engine
        started = engine.started
        step = engine.current if started else self.plan.steps[0]
        index = engine.step_index if started else 0
        waiting = engine.waiting and step is not None
        phase = wording.phase_of(step, paused=engine.paused, waiting=waiting)
        paused_in = wording.phase_of(step, waiting=waiting) if engine.paused else None
        self._set_phase(phase, paused_in)
        self.set_class(engine.paused, "-paused")
        if step is None:  # the session is over; the app moves on to the summary
            self._set("countdown", "0")
            self._set("hint", "")
            return
        exercises = len(self.plan.routine.exercises)
        self._set(
            "exercise-of",
            self._("ui.exercise_of", number=step.exercise_index + 1, total=exercises),
        )
        self._set("exercise-name", step.exercise.name)
        self._set("countdown", self._big_number(step, now if started else None))
        self.query_one("#countdown", BigText).caption = self._caption(now if started else None)
        self._set("counters", "   ".join(wording.counters(step, self.lang)))
        self._set("cue", self._cue(step))
        self._set("hint", self._hint(step, paused=engine.paused, waiting=engine.waiting))
        self._set("details", self._details(step))
        self.query_one("#details").set_class(step.kind is not StepKind.PREPARE, "-secondary")
        self._set("next", wording.next_text(self.plan, index, self.lang))
        self._show_progress(now)
        self._label_actions(
            pause="ui.action.resume" if engine.paused else "ui.action.pause",
            proceed="ui.action.count" if step.kind is StepKind.MANUAL_REP else "ui.action.continue",
            proceed_enabled=engine.can_proceed(),
        )
        self.show_sound()

    def _label_actions(self, *, pause: str, proceed: str, proceed_enabled: bool) -> None:
        """Name the Space and Enter actions for what they do now, on the buttons and in the
        footer (Pause or Resume; Continue or Count rep), and grey out Continue when Enter does
        nothing (during a hold)."""
        self.pause_key = pause
        self.proceed_key = proceed
        self.proceed_enabled = proceed_enabled

    def watch_pause_key(self, key: str) -> None:
        self.query_one(ActionBar).set_label("toggle_pause", self._(key))
        self.refresh_bindings()

    def watch_proceed_key(self, key: str) -> None:
        self.query_one(ActionBar).set_label("proceed", self._(key))
        self.refresh_bindings()

    def watch_proceed_enabled(self, enabled: bool) -> None:
        self.query_one(ActionBar).set_enabled("proceed", enabled)

    def watch_footer_hidden(self) -> None:
        self.refresh_bindings()

    def show_notice(self, text: str) -> None:
        """A line that stays for the rest of the session ("this session will not be saved")."""
        self._set("notice", text)

    def _sound(self) -> SoundCues | None:
        """The session's sound: the app hands it to the runner as a listener once it is ready
        (a moment after the first frame)."""
        if not self.runner.listeners:  # not yet: and the first frame must not import the sound
            return None
        # deferred: the session screen's first frame must not import the sound
        from coach.sound.player import SoundCues

        for listener in self.runner.listeners:
            owner = getattr(listener, "__self__", None)
            if isinstance(owner, SoundCues):
                return owner
        return None

    def show_sound(self) -> None:
        """Draw the sound status (with the voice's) and the mute button's label."""
        sound = self._sound()
        status = ""
        if sound is not None:
            heard = sound.voice_enabled and not sound.silent  # no device: no voice either
            voice = self._("ui.sound.voice_on" if heard else "ui.sound.voice_off")
            status = self._("ui.sound.with_voice", sound=sound.status_text, voice=voice)
        self._set("sound-status", status)
        muted = sound.muted if sound is not None else self._muted_setting
        self.query_one(ActionBar).set_label(
            "toggle_mute", self._("ui.action.unmute" if muted else "ui.action.mute")
        )

    def _set_phase(self, phase: wording.Phase, paused_in: wording.Phase | None = None) -> None:
        label = wording.phase_label(phase, self.lang)
        if paused_in is not None:  # "PAUSED · HOLD": what the patient comes back to
            label = f"{label} · {wording.phase_label(paused_in, self.lang)}"
        self._set("phase", label)
        css_class = f"-phase-{phase.value}"
        if css_class != self._phase_class:
            if self._phase_class:
                self.remove_class(self._phase_class)
            self.add_class(css_class)
            self._phase_class = css_class

    def _big_number(self, step: Step, now: float | None) -> str:
        if step.kind in _REP_NUMBER:
            return str(step.rep or 0)
        if now is None:
            return wording.countdown_text(step.estimate)
        engine = self.runner.engine
        # A timed exercise with breathing cues counts the current breath (4 s in, 4 s out).
        breath = engine.cue_remaining(now)
        remaining = engine.remaining(now) if breath is None else breath
        if remaining is None:  # waiting for the patient: a big 0 would say time is up
            return ""
        return wording.countdown_text(remaining)

    def _caption(self, now: float | None) -> str:
        """Under a breath's countdown, smaller: how long the whole exercise has left."""
        engine = self.runner.engine
        if now is None or engine.cue_remaining(now) is None:
            return ""
        left = wording.clock_text(engine.remaining(now) or 0.0)
        return self._("ui.exercise_left", time=left)

    def _cue(self, step: Step) -> str:
        match step.kind:
            case StepKind.PREPARE:
                position = step.exercise.position
                return position or ""
            case StepKind.SWITCH_SIDES:
                side = wording.side_word(step.side, self.lang) if step.side else ""
                return self._("ui.switch_to", side=side)
            case StepKind.SET_BREAK:
                return wording.set_done_text(step, self.lang)
            case _:
                return self.runner.engine.cue or ""

    def _hint(self, step: Step, *, paused: bool, waiting: bool) -> str:
        if paused:
            return self._("ui.hint.paused")
        if step.kind is StepKind.MANUAL_REP:
            return self._("ui.hint.count")
        if waiting:
            return self._("ui.hint.wait")
        if self.runner.engine.can_proceed():  # Enter ends a get-ready, rest or side switch
            return self._("ui.hint.continue")
        return ""

    def _details(self, step: Step) -> str:
        exercise = step.exercise
        parts = []
        if exercise.position and step.kind is not StepKind.PREPARE:
            parts.append(self._("ui.position", text=exercise.position))
        if exercise.instructions:
            parts.append(exercise.instructions)
        return "\n".join(parts)

    def _show_progress(self, now: float) -> None:
        engine = self.runner.engine
        total = self.plan.total_duration
        left = engine.time_left(now) if engine.started else total
        label = self._("ui.time_left", time=wording.clock_text(left))
        self.query_one(SessionProgress).show(1 - left / total if total else 1.0, label)

    # --- actions ------------------------------------------------------------------------------

    def action_toggle_pause(self) -> None:
        self.runner.toggle_pause()

    def action_proceed(self) -> None:
        self.runner.proceed()

    def action_skip(self) -> None:
        self.runner.skip()

    def action_back(self) -> None:
        self.runner.back()

    def action_end(self) -> None:
        """Ask first; the session waits (paused) while the patient decides."""
        if self.runner.finished:  # over: the next screen is on its way, nothing to end
            return
        was_paused = self.runner.engine.paused
        self.runner.pause()

        def decided(end: bool | None) -> None:
            if end:
                self.runner.end()
            elif not was_paused:
                self.runner.resume()

        self.app.push_screen(ConfirmEndScreen(self.lang), decided)

    def action_toggle_mute(self) -> None:
        """Mute or unmute (m): the app owns the setting, and answers with `SoundChanged`."""
        self.post_message(ToggleMute(self))

    def action_toggle_voice(self) -> None:
        """Speak the cues, or stop speaking them (v); nothing until the sound is ready."""
        sound = self._sound()
        if sound is not None and sound.silent:
            # No device: the speech program has none either, and the screen must not say
            # "Voice on" for a voice nobody hears.
            sound.set_voice(False)
            self.app.notify(self._("ui.notice.voice_silent"), timeout=4)
        elif sound is not None:
            sound.set_voice(not sound.voice_enabled)
        self.show_sound()

    def action_toggle_flash(self) -> None:
        """Flash the screen when a hold ends, or stop (f)."""
        self.flash = not self.flash
        self.notify(self._("ui.flash.on" if self.flash else "ui.flash.off"), timeout=3)

    def action_volume_down(self) -> None:
        self._volume_asked = True
        self.post_message(ChangeVolume(self, -10))

    def action_volume_up(self) -> None:
        self._volume_asked = True
        self.post_message(ChangeVolume(self, +10))

    def _volume_changed(self) -> None:
        """Say the new level at once, where the patient looks (or that it changes nothing)."""
        sound = self._sound()
        if sound is None:  # not ready yet: the status line says the level once it is
            return
        if sound.silent:
            notice = self._("ui.notice.volume_silent")
        elif not sound.volume_heard:
            notice = self._("ui.notice.volume_bell", volume=sound.volume)
        elif sound.muted:
            notice = self._("ui.notice.volume_muted", volume=sound.volume)
        else:
            notice = self._("ui.notice.volume", volume=sound.volume)
        self.app.clear_notifications()  # one notice, the latest level, not a stack of them
        self.app.notify(notice, timeout=2)
