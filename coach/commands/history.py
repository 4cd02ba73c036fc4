"""`coach history`: past sessions, sessions per week, and pain before and after over time.

Without options the history screen opens (the same screen as h in the picker): sessions, pain
over time and sessions per week as plots, and each exercise's dose over time. `--list` prints
the sessions, weeks and pain in plain text instead, for a script or a terminal without a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import TextIO

from coach.commands.terminal import no_terminal_message
from coach.i18n import Language, Translator, translate
from coach.store.errors import HistoryUnavailable, exit_code
from coach.store.history import HistoryStore
from coach.store.paths import (
    add_data_dir_option,
    data_dir_location,
    database_path,
    existing_database,
)
from coach.store.records import PainPoint, SessionRecord, WeekCount
from coach.text import inert
from coach.visit.config import AppConfig

WEEKS_SHOWN = 12


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    """Add `coach history` to the command line."""
    help_text = translate("history.cli.help", lang)
    parser = subparsers.add_parser("history", help=help_text, description=help_text)
    parser.add_argument(
        "--list", action="store_true", help=translate("history.cli.list_help", lang)
    )
    parser.add_argument(
        "--plain", action="store_true", help=translate("plain.cli.history_help", lang)
    )
    add_data_dir_option(parser, lang)
    parser.set_defaults(lang=lang)


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def _bar(value: int | None) -> str:
    return "" if value is None else "#" * value


def _session_lines(sessions: list[SessionRecord], _: Translator) -> list[str]:
    titles = [inert(s.routine_title) for s in sessions]  # as written: a title may hold anything
    title_width = max(len(title) for title in titles)
    status_width = max(len(_(f"history.status.{s.status.value}")) for s in sessions)
    lines = []
    for s, title in zip(sessions, titles, strict=True):
        exercises = _(
            "history.list.exercises", done=s.exercises_completed, total=s.exercises_planned
        )
        pain = _("history.list.pain", before=_pain(s.pain_before), after=_pain(s.pain_after))
        status = _(f"history.status.{s.status.value}")
        lines.append(
            f"  {s.started_at:%Y-%m-%d %H:%M}  {title:<{title_width}}"
            f"  {status:<{status_width}}  {exercises}  {pain}"
        )
    return lines


def _week_lines(weeks: list[WeekCount], _: Translator) -> list[str]:
    return [
        f"  {w.label}  {'#' * w.sessions:<7}  "
        + _("history.list.week", sessions=w.sessions, completed=w.completed)
        for w in weeks
    ]


def _pain_lines(points: list[PainPoint], _: Translator) -> list[str]:
    before, after = _("history.list.before"), _("history.list.after")
    width = max(len(before), len(after))
    return [
        f"  {p.started_at:%Y-%m-%d %H:%M}  {before:<{width}} {_pain(p.pain_before):>2}"
        f" {_bar(p.pain_before):<10}  {after:<{width}} {_pain(p.pain_after):>2}"
        f" {_bar(p.pain_after)}".rstrip()
        for p in points
    ]


def _spoken_pain(value: int | None, _: Translator) -> str:
    return _("plain.history.no_answer") if value is None else str(value)


def _session_sentences(sessions: list[SessionRecord], _: Translator) -> list[str]:
    """One sentence per session, for a screen reader: no columns, no arrows."""
    return [
        _(
            "plain.history.session",
            date=f"{s.started_at:%Y-%m-%d}",
            time=f"{s.started_at:%H:%M}",
            title=inert(s.routine_title),
            status=_(f"history.status.{s.status.value}"),
            done=s.exercises_completed,
            total=s.exercises_planned,
            before=_spoken_pain(s.pain_before, _),
            after=_spoken_pain(s.pain_after, _),
        )
        for s in sessions
    ]


def _week_sentences(weeks: list[WeekCount], _: Translator) -> list[str]:
    return [
        _(
            "plain.history.week",
            week=w.week,
            year=w.year,
            sessions=w.sessions,
            completed=w.completed,
        )
        for w in weeks
    ]


def print_history(
    store: HistoryStore, out: TextIO, lang: Language, today: date, *, plain: bool = False
) -> None:
    """Write the plain-text history of `store` to `out`; `plain`: as sentences, one a line,
    for a screen reader or a braille display (no columns, bars or arrows)."""
    _ = Translator(lang)
    print(_("history.list.title", path=store.path), file=out)
    sessions = store.sessions()
    if not sessions:
        print(_("history.list.empty"), file=out)
        return
    if plain:
        weeks = store.sessions_per_week(until=today)[-WEEKS_SHOWN:]
        print(_("history.list.sessions") + ":", file=out)
        print("\n".join(_session_sentences(sessions, _)), file=out)
        print(_("history.list.per_week", weeks=WEEKS_SHOWN) + ":", file=out)
        print("\n".join(_week_sentences(weeks, _)), file=out)
        return
    sections = (
        (_("history.list.sessions"), _session_lines(sessions, _)),
        (
            _("history.list.per_week", weeks=WEEKS_SHOWN),
            _week_lines(store.sessions_per_week(until=today)[-WEEKS_SHOWN:], _),
        ),
        (_("history.list.pain_over_time"), _pain_lines(store.pain_series(), _)),
    )
    for heading, lines in sections:
        if lines:
            print(f"\n{heading}", file=out)
            print("\n".join(lines), file=out)


def run(args: argparse.Namespace) -> int:
    """Open the history screen, or print the history with `--list` (with a clear message when
    it cannot be read: 2 when the path holds something that is not coach's, else 1)."""
    lang: Language = args.lang
    plain = getattr(args, "plain", False) or os.environ.get("TERM") == "dumb"
    if not args.list and not plain:
        return _open_screen(args, lang)
    try:
        path = existing_database(args.data_dir)
        if path is None:
            # Looking must not create anything: no file means no sessions yet.
            where = database_path(data_dir_location(args.data_dir))
            print(translate("history.list.title", lang, path=where))
            print(translate("history.list.empty", lang))
            return 0
        with HistoryStore.open(path, read_only=True) as store:
            print_history(store, sys.stdout, lang, date.today(), plain=plain)
    except HistoryUnavailable as err:
        print(
            f"coach history: {translate('cli.error', lang)}: {err.message(lang)}", file=sys.stderr
        )
        return exit_code(err)
    return 0


def _open_screen(args: argparse.Namespace, lang: Language) -> int:
    """The app, on the history screen; it says itself when the history cannot be read (2
    without a terminal)."""
    if failure := no_terminal_message(lang):
        print(f"coach history: {failure}", file=sys.stderr)
        return 2
    # deferred: Textual only for the screen (the printed history needs none, and `coach --help`
    # imports every command's module)
    from coach.ui.app import make_app

    code = make_app(AppConfig(system_lang=lang, data_dir=args.data_dir, open_history=True)).run()
    return 0 if code is None else code
