"""What the summary says of a visit: how much of it the history holds, and whether the pain
answers call for a calm title instead of a cheer."""

from __future__ import annotations

from coach.i18n import Language, Translator
from coach.visit.state import VisitState


def pain_needs_care(state: VisitState) -> bool:
    """True when the session's pain answers are clearly worse than before or severe: the
    guidance then says to adjust, and the summary does not cheer."""
    # deferred: not needed for the first frame (bench/startup.py)
    from coach.safety.guidance import after_session_guidance

    if state.pain_after is None:
        return False
    return after_session_guidance(state.pain_before, state.pain_after).suggests_adjusting


def saved_text(state: VisitState, lang: Language) -> tuple[str, bool] | None:
    """What of the session is in the history, for the summary, and whether writes still wait
    for the file (so it is worth asking again); None when nothing is to be said (a kiosk,
    `--no-history` or a preview keep nothing, on purpose)."""
    recorder = state.recorder
    report = recorder.report() if recorder is not None else None
    if report is None:
        return None
    _ = Translator(lang)
    total = len(report.saved) + len(report.not_saved)
    if report.all_saved:
        text = _("history.saved.all")
    elif report.waiting:
        text = _("history.saved.waiting", saved=len(report.saved), total=total)
    elif not report.saved and not report.not_saved:
        text = _("history.saved.none")
    elif not report.not_saved:
        text = _("history.saved.end_not_saved")
    else:
        names = ", ".join(report.not_saved)
        text = _("history.saved.partly", saved=len(report.saved), total=total, names=names)
    return text, report.waiting
