"""Recording a session in the history while it runs, and telling the patient when it is not
being saved (a lasting line on the session's view, and the reason as a notice, through the
visit's UI: never a screen or the app)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coach.i18n import translate
from coach.session.events import EventKind

if TYPE_CHECKING:
    from coach.session.events import Event
    from coach.store.errors import HistoryUnavailable
    from coach.store.recorder import SessionRecorder
    from coach.visit.flow import Visit


class RecordingListener:
    """Hands the events to the recorder, and closes it once the session has ended.

    When the app closes mid-session, the session's cleanups run before the app ends the
    session; that ending is still worth writing, so the recorder then stays open for it.
    """

    def __init__(self, recorder: SessionRecorder, notice: NotSavedNotice) -> None:
        self._recorder = recorder
        self._notice = notice
        self._running = False
        self._closing = False
        self._closed = False

    def handle(self, events: Sequence[Event]) -> None:
        """Record `events`; the first ones come when the session screen is up."""
        if self._closed:
            return
        self._notice.show()
        self._recorder.handle(events)
        for event in events:
            if event.kind is EventKind.SESSION_STARTED:
                self._running = True
            elif event.kind in (EventKind.SESSION_COMPLETED, EventKind.SESSION_ENDED_EARLY):
                self._running = False
        if self._closing and not self._running:
            self._close_now()

    def close(self) -> None:
        """Close the recorder now, or as soon as the running session has ended."""
        self._closing = True
        if not self._running:
            self._close_now()

    def _close_now(self) -> None:
        if not self._closed:
            self._closed = True
            self._recorder.close()


class NotSavedNotice:
    """Tells the patient the session is not (or no longer) being saved: a line on the session
    screen for the rest of the session, and the reason as a notification."""

    def __init__(self, visit: Visit) -> None:
        self._visit = visit
        self._pending: tuple[str, str | None] | None = None  # the line, and the reason

    def not_saved(self, failure: HistoryUnavailable, *, reason_said: bool = False) -> None:
        """The history could not be opened: said when the session screen is up (the reason
        too, unless an earlier screen said it)."""
        self._pending = (
            translate("history.not_saved", self._visit.lang),
            None if reason_said else failure.message(self._visit.lang),
        )

    def preview(self) -> None:
        """A preview is never saved: said when the session screen is up."""
        self._pending = (translate("safety.ui.preview_not_saved", self._visit.lang), None)

    def stopped_saving(self, failure: HistoryUnavailable) -> None:
        """A write failed during the session: said now."""
        self._pending = (
            translate("history.stopped_saving", self._visit.lang),
            failure.message(self._visit.lang),
        )
        self.show()

    def waiting(self, now_waiting: bool) -> None:
        """Another program holds the history file (the writes wait for it), or no longer."""
        self._pending = (
            translate("history.waiting", self._visit.lang) if now_waiting else "",
            None,
        )
        self.show()

    def show(self) -> None:
        """Show what is pending on the session's view, if it is shown."""
        visit = self._visit
        ui = visit.ui
        if self._pending is None or ui is None or not visit.session_shown:
            return
        line, reason = self._pending
        self._pending = None
        ui.session_line(line)
        if reason is not None:  # why, and what to do: for a while, beside the lasting line
            ui.notice(reason, warning=True)
