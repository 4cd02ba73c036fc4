"""`coach report`'s page: one self-contained, printable HTML file for the physiotherapist.

No scripts, no fonts, images or styles from anywhere else: the plots are inline SVG and the style
is in the page, with print rules for A4. Every text from the history or a routine is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape
from typing import Final

from coach import __version__
from coach.i18n import Language, Translator, catalog
from coach.report.data import ReportData, adherence
from coach.report.plots import pain_plot, weeks_plot
from coach.text import inert

# A longer list is pages nobody reads: the last ones, and `--since` chooses another period.
SESSIONS_LISTED: Final = 200
SEVERE: Final = 7  # pain 7-10 after a session: coach's own band for "severe" (docs/safety.md)
STYLE: Final = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.4; color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm 0; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm 0; border-bottom: 1px solid #888; padding-bottom: 1mm;
     break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm 0; break-after: avoid; }
p { margin: 1mm 0 2mm 0; }
.meta { color: #333; }
.note { color: #444; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 9.5pt; }
th, td { text-align: left; border-bottom: 1px solid #ccc; padding: 1mm 2mm 1mm 0;
         vertical-align: top; }
th { border-bottom: 1.5px solid #555; }
td.num, th.num { text-align: right; }
td.day { white-space: nowrap; }
h1, h2, h3, p, li, td, th { overflow-wrap: anywhere; }
tr { break-inside: avoid; }
figure { margin: 1mm 0 3mm 0; break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #444; }
.flag { border-left: 3px solid #a00; padding-left: 3mm; }
@media print { body { padding: 0; max-width: none; } }
"""


def _esc(text: object) -> str:
    """Text for the page: control and bidirectional characters made visible (a title must not
    reorder a line the physio reads), then HTML-escaped."""
    return escape(inert(str(text)), quote=True)


def _day(value: date | datetime) -> str:
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: set[int]) -> str:
    """A table whose first column is a date (kept on one line); `numeric` columns align right."""

    def cls(i: int) -> str:
        return ' class="num"' if i in numeric else ' class="day"' if i == 0 else ""

    head = "".join(f"<th{cls(i)}>{_esc(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{_esc(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def render(data: ReportData, lang: Language, today: date) -> str:
    """The whole page."""
    _ = Translator(lang)
    parts = [
        f"<h1>{_esc(_('report.page.title'))}</h1>",
        f'<p class="meta">{_esc(_period(data, _))}</p>',
        f'<p class="note">{_esc(_("report.page.made", day=_day(today), version=__version__))}</p>',
    ]
    if not data.sessions:
        parts.append(f"<p>{_esc(_('report.page.no_sessions'))}</p>")
    else:
        parts += _summary(data, _)
        parts += _weeks(data, lang, _)
        parts += _pain_section(data, lang, _)
        parts += _doses(data, _)
        parts += _missed(data, _)
    parts += _red_flags(data, _)
    parts += _advice(data, _)
    if data.sessions:
        parts += _sessions(data, _)
    body = "\n".join(parts)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(_('report.page.title'))}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _period(data: ReportData, _: Translator) -> str:
    if data.first is None or data.last is None:
        return _("report.page.period_empty")
    return _("report.page.period", first=_day(data.first), last=_day(data.last))


def _summary(data: ReportData, _: Translator) -> list[str]:
    counts = {status: 0 for status in ("completed", "ended_early", "incomplete", "in_progress")}
    for session in data.sessions:
        counts[session.status.value] += 1
    lines = [
        _(
            "report.page.sessions_line",
            total=len(data.sessions),
            completed=counts["completed"],
            ended_early=counts["ended_early"],
            incomplete=counts["incomplete"],
        )
    ]
    severe = [s for s in data.sessions if s.pain_after is not None and s.pain_after >= SEVERE]
    if severe:
        lines.append(_("report.page.severe", count=len(severe), last=_day(severe[-1].started_at)))
    for weeks in data.weeks:
        met = adherence(weeks.weeks, weeks.per_week)
        if met is None:
            lines.append(_("report.page.no_aim", title=weeks.title))
        else:
            lines.append(
                _(
                    "report.page.aim_met",
                    title=weeks.title,
                    met=met[0],
                    weeks=met[1],
                    aim=weeks.per_week,
                )
            )
    items = "".join(f"<li>{_esc(line)}</li>" for line in lines)
    return [f"<h2>{_esc(_('report.page.summary'))}</h2>", f"<ul>{items}</ul>"]


def _weeks(data: ReportData, lang: Language, _: Translator) -> list[str]:
    parts = [f"<h2>{_esc(_('report.page.weeks'))}</h2>"]
    for weeks in data.weeks:
        if not weeks.weeks:
            continue
        caption = _("report.page.weeks_caption", title=weeks.title)
        parts.append(f"<h3>{_esc(weeks.title)}</h3>")
        parts.append(
            f"<figure>{weeks_plot(weeks.weeks, weeks.per_week, lang)}"
            f"<figcaption>{_esc(caption)}</figcaption></figure>"
        )
    return parts


def _pain_section(data: ReportData, lang: Language, _: Translator) -> list[str]:
    parts = [f"<h2>{_esc(_('report.page.pain'))}</h2>"]
    befores = [p.pain_before for p in data.pain if p.pain_before is not None]
    if not data.pain:
        return [*parts, f"<p>{_esc(_('report.page.no_pain'))}</p>"]
    if befores:
        line = _("report.page.pain_line", first=befores[0], last=befores[-1], count=len(befores))
        parts.append(f"<p>{_esc(line)}</p>")
    parts.append(
        f"<figure>{pain_plot(data.pain, lang)}"
        f"<figcaption>{_esc(_('report.page.pain_caption'))}</figcaption></figure>"
    )
    return parts


def _doses(data: ReportData, _: Translator) -> list[str]:
    parts = [f"<h2>{_esc(_('report.page.doses'))}</h2>"]
    if not data.doses:
        return [*parts, f"<p>{_esc(_('report.page.no_dose_changes'))}</p>"]
    headers = [
        _("report.page.col.date"),
        _("report.page.col.exercise"),
        _("report.page.col.from"),
        _("report.page.col.to"),
        _("report.page.col.why"),
    ]
    rows = [(_day(c.day), c.exercise, c.before, c.after, c.reason) for c in data.doses]
    return [*parts, _table(headers, rows, set())]


def _missed(data: ReportData, _: Translator) -> list[str]:
    parts = [f"<h2>{_esc(_('report.page.missed'))}</h2>"]
    if not data.missed:
        return [*parts, f"<p>{_esc(_('report.page.none_missed'))}</p>"]
    headers = [
        _("report.page.col.date"),
        _("report.page.col.routine"),
        _("report.page.col.exercise"),
        _("report.page.col.what"),
    ]
    rows = [
        (
            _day(m.day),
            m.routine,
            m.exercise,
            _("report.done.skipped") if m.skipped else _("report.done.unfinished"),
        )
        for m in data.missed
    ]
    return [*parts, _table(headers, rows, set())]


def _red_flags(data: ReportData, _: Translator) -> list[str]:
    parts = [f"<h2>{_esc(_('report.page.red_flags'))}</h2>"]
    if not data.red_flag_yes:
        return [*parts, f"<p>{_esc(_('report.page.no_red_flags'))}</p>"]
    days = ", ".join(_day(when) for when in data.red_flag_yes)
    advice = " ".join(
        _(key) for key in ("safety.stop.red_flag", "safety.stop.trauma", "safety.stop.emergency")
    )
    return [
        *parts,
        f'<div class="flag"><p>{_esc(_("report.page.red_flag_days", days=days))}</p>'
        f"<p>{_esc(_('report.page.red_flag_advice', advice=advice))}</p></div>",
    ]


def _advice(data: ReportData, _: Translator) -> list[str]:
    parts = [f"<h2>{_esc(_('report.page.advice'))}</h2>"]
    if not data.advice:
        return [*parts, f"<p>{_esc(_('report.page.no_advice'))}</p>"]
    pain_on = {s.started_at.date(): s.pain_before for s in data.sessions}
    rows = [
        (_day(when), _advice_reason(reason, _), _pain(pain_on.get(when.date())))
        for when, reason in data.advice
    ]
    headers = [_("report.page.col.date"), _("report.page.col.why"), _("report.page.col.pain_then")]
    return [*parts, _table(headers, rows, {2})]


def _advice_reason(reason: str, _: Translator) -> str:
    key = f"report.advice.{reason}"
    return _(key) if key in catalog() else reason


def _sessions(data: ReportData, _: Translator) -> list[str]:
    shown = data.sessions[-SESSIONS_LISTED:]
    headers = [
        _("report.page.col.date"),
        _("report.page.col.routine"),
        _("report.page.col.status"),
        _("report.page.col.exercises"),
        _("report.page.col.pain"),
    ]
    rows = [
        (
            s.started_at.strftime("%Y-%m-%d %H:%M"),
            s.routine_title,
            _(f"history.status.{s.status.value}"),
            f"{s.exercises_completed}/{s.exercises_planned}",
            f"{_pain(s.pain_before)} → {_pain(s.pain_after)}",
        )
        for s in shown
    ]
    if len(shown) == len(data.sessions):
        title = _("report.page.all_sessions")
    else:
        title = _("report.page.last_sessions", shown=len(shown), total=len(data.sessions))
    return [f"<h2>{_esc(title)}</h2>", _table(headers, rows, {3, 4})]
