"""`coach report`: the physio's printable page, checked against the history it was made from.

Eight simulated weeks (steady, improving, flaring patients) are written into real history files;
the page's numbers are read back from its HTML and compared with what the store says. The page is
self-contained: no script, nothing fetched. A PDF is printed by the real headless Chromium.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
import sqlite3
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest

from coach.cli import main
from coach.progression.rules import same_dose
from coach.progression.wording import dose_text
from coach.store.history import HistoryStore
from tests.report.simulated import simulate


class Page(HTMLParser):
    """The page's sections (by their h2), each with its paragraphs' and table cells' text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        # "" holds what comes before the first h2 (the period, how the page was made).
        self.sections: dict[str, dict[str, list[str] | list[list[str]]]] = {
            "": {"p": [], "rows": []}
        }
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._section = ""
        self._text: list[str] = []
        self._row: list[str] | None = None
        self._stack: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._stack.append(tag)
        if tag in ("h1", "h2", "p", "td", "th", "li", "style"):
            self._text = []
        if tag == "tr":
            self._row = []

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()
        text = "".join(self._text).strip()
        if tag == "h2":
            self._section = text
            self.sections[text] = {"p": [], "rows": []}
        elif tag in ("p", "li"):
            self.sections[self._section]["p"].append(text)  # type: ignore[arg-type]
        elif tag == "td" and self._row is not None:
            self._row.append(text)
        elif tag == "tr" and self._row:
            self.sections[self._section]["rows"].append(self._row)  # type: ignore[arg-type]
            self._row = None
        elif tag == "style":
            self.style += text + "\n"

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def paragraphs(self, section: str) -> list[str]:
        return self.sections[section]["p"]  # type: ignore[return-value]

    def rows(self, section: str) -> list[list[str]]:
        return self.sections[section]["rows"]  # type: ignore[return-value]


def _report(tmp_path: Path, pattern: str, *extra: str) -> tuple[Page, Path]:
    data_dir = tmp_path / pattern / "data"
    simulate(data_dir, pattern)
    out = tmp_path / f"{pattern}.html"
    assert main(["report", "--data-dir", str(data_dir), "-o", str(out), *extra]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # health data
    return Page(out.read_text("utf-8")), data_dir / "history.sqlite3"


@pytest.mark.parametrize("pattern", ["steady", "improving", "flaring"])
def test_the_page_is_self_contained_and_has_no_script(tmp_path: Path, pattern: str) -> None:
    page, _ = _report(tmp_path, pattern)
    names = [tag for tag, _ in page.tags]
    assert "script" not in names and "link" not in names and "img" not in names
    assert names.count("svg") == 2  # sessions per week, pain: drawn inline
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)  # no inline event handlers
            if name in ("href", "src", "xlink:href") and value:
                assert value.startswith("#"), (tag, name, value)  # only links inside the page
    assert "url(" not in page.style and "@import" not in page.style
    assert "@page { size: A4" in page.style


@pytest.mark.parametrize("pattern", ["steady", "improving", "flaring"])
def test_the_numbers_are_the_historys(tmp_path: Path, pattern: str) -> None:
    page, database = _report(tmp_path, pattern)
    with HistoryStore.open(database) as store:
        sessions = store.sessions()
        weeks = store.sessions_per_week()
        titles = store.routine_titles()
        changes = []
        for name in store.exercise_names(titles[0]):
            points = store.dose_history(titles[0], name)
            for before, after in itertools.pairwise(points):
                if not same_dose(before.dose, after.dose):
                    changes.append(
                        [
                            after.started_at.date().isoformat(),
                            name,
                            dose_text(before.dose, "en"),
                            dose_text(after.dose, "en"),
                        ]
                    )
        advice = [when.date().isoformat() for when, _ in store.advice_shown()]
        skipped = sum(s.exercises_skipped for s in sessions)
    summary = page.paragraphs("Summary")
    assert summary[0].startswith(f"{len(sessions)} sessions: {len(sessions)} completed")
    met = sum(w.sessions >= 3 for w in weeks)
    (weeks_line,) = [line for line in summary if "was met in" in line]
    assert weeks_line.endswith(f"was met in {met} of {len(weeks)} weeks.")
    dose_rows = page.rows("Dose changes, and why")
    assert sorted(row[:4] for row in dose_rows) == sorted(changes)
    assert all(row[4] for row in dose_rows)  # every change says why
    assert [row[0] for row in page.rows("When coach advised seeing a physiotherapist")] == advice
    assert len(page.rows("Skipped and unfinished exercises")) == skipped
    assert len(page.rows("Every session")) == len(sessions)


def test_steady_progress_says_the_rules_reason(tmp_path: Path) -> None:
    page, _ = _report(tmp_path, "steady")
    reasons = {row[4] for row in page.rows("Dose changes, and why")}
    assert reasons and all("good session" in reason for reason in reasons)


def test_a_red_flag_yes_is_shown_with_its_date_and_the_advice(tmp_path: Path) -> None:
    page, _ = _report(tmp_path, "flaring")
    text = " ".join(page.paragraphs("Red flags answered yes"))
    assert "answered yes on: 2025-01-29" in text
    assert "Contact a doctor immediately" in text
    steady, _ = _report(tmp_path, "steady")
    assert page.paragraphs("Summary") != steady.paragraphs("Summary")
    assert steady.paragraphs("Red flags answered yes") == [
        "No red-flag question was answered yes in this period."
    ]


def test_since_limits_the_period(tmp_path: Path) -> None:
    page, _ = _report(tmp_path, "steady", "--since", "2025-02-03")
    assert page.paragraphs("")[0] == "Period: 2025-02-03 to 2025-02-28"
    assert all(row[0] >= "2025-02-03" for row in page.rows("Every session"))
    assert len(page.rows("Every session")) == 12


def test_in_norwegian(tmp_path: Path) -> None:
    page, _ = _report(tmp_path, "flaring", "--lang", "nb")
    assert "Sammendrag" in page.sections
    assert "Endringer i treningsmengde, og hvorfor" in page.sections
    assert "Røde flagg besvart med ja" in page.sections
    red_flags = " ".join(page.paragraphs("Røde flagg besvart med ja"))
    assert (
        "Minst ett spørsmål om røde flagg ble besvart med ja disse dagene: 2025-01-29. Økten ble"
        " ikke startet."
    ) in red_flags
    summary = " ".join(page.paragraphs("Sammendrag"))
    assert "(coachs egen grense for sterk smerte)" in summary
    assert " i uken " in summary and " i uka " not in summary


def test_without_a_history_the_page_says_so_and_nothing_is_created(tmp_path: Path) -> None:
    data_dir = tmp_path / "none"
    out = tmp_path / "r.html"
    assert main(["report", "--data-dir", str(data_dir), "-o", str(out)]) == 0
    assert "There are no sessions in the history" in out.read_text("utf-8")
    assert not data_dir.exists()


def test_an_unknown_file_type_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--data-dir", str(tmp_path), "-o", str(tmp_path / "r.docx")]) == 2
    assert ".html or .pdf" in capsys.readouterr().err


@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_a_pdf_is_printed_by_chromium(tmp_path: Path) -> None:
    data_dir = tmp_path / "steady" / "data"
    simulate(data_dir, "steady")
    out = tmp_path / "report.pdf"
    assert main(["report", "--data-dir", str(data_dir), "-o", str(out), "--lang", "nb"]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 20_000  # text, tables and two plots
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_long_history_lists_the_last_sessions_and_says_so(tmp_path: Path) -> None:
    from bench.export_memory import make_history

    make_history(tmp_path / "data", 260)
    out = tmp_path / "r.html"
    assert main(["report", "--data-dir", str(tmp_path / "data"), "-o", str(out)]) == 0
    page = Page(out.read_text("utf-8"))
    title = "The last 200 sessions (of 260; --since chooses the period)"
    assert len(page.rows(title)) == 200
    assert page.paragraphs("Summary")[0].startswith("260 sessions")


def _retitle(database: Path, title: str) -> None:
    with contextlib.closing(sqlite3.connect(database)) as conn, conn:
        conn.execute("UPDATE sessions SET routine_title = ?", (title,))
        conn.execute("UPDATE session_exercises SET name = ? WHERE exercise_index = 0", (title,))


def test_hostile_text_in_the_history_is_inert_on_the_page(tmp_path: Path) -> None:
    data_dir = tmp_path / "steady" / "data"
    simulate(data_dir, "steady")
    hostile = "\x1b]0;pwned\x07<script>alert(1)</script>\u202eevil[/]"
    _retitle(data_dir / "history.sqlite3", hostile)
    out = tmp_path / "r.html"
    assert main(["report", "--data-dir", str(data_dir), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    for raw in ("\x1b", "\x07", "\u202e", "<script>"):
        assert raw not in html
    assert "␛]0;pwned␇&lt;script&gt;alert(1)&lt;/script&gt;\\u202eevil[/]" in html


def test_since_counts_only_whole_weeks_inside_the_period(tmp_path: Path) -> None:
    page, _ = _report(tmp_path, "steady", "--since", "2025-02-19")  # a Wednesday
    (weeks_line,) = [line for line in page.paragraphs("Summary") if "was met in" in line]
    assert weeks_line.endswith("was met in 1 of 1 weeks.")  # the week of 24 Feb only
    assert page.paragraphs("Summary")[0].startswith("5 sessions")  # 19, 21, 24, 26, 28 Feb


def test_severe_pain_after_sessions_is_said_in_the_summary(tmp_path: Path) -> None:
    page, database = _report(tmp_path, "flaring")
    with HistoryStore.open(database, read_only=True) as store:
        severe = [s for s in store.sessions() if s.pain_after is not None and s.pain_after >= 7]
    line = page.paragraphs("Summary")[1]
    # The threshold is coach's own, and the physio reading the page is told so.
    assert line.startswith(
        f"Pain was 7 or more (coach's own threshold for severe) after {len(severe)} sessions"
    )
    steady, _ = _report(tmp_path, "steady")
    assert not any("severe" in p for p in steady.paragraphs("Summary"))


def test_the_report_never_goes_through_a_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("precious\n")
    link = tmp_path / "r.html"
    link.symlink_to(target)
    assert main(["report", "--data-dir", str(tmp_path / "none"), "-o", str(link)]) == 2
    assert "symbolic link" in capsys.readouterr().err
    assert target.read_text() == "precious\n"


@pytest.mark.parametrize("under", ["", "sub"])
def test_a_data_folder_that_is_a_file_is_said_and_no_report_is_written(
    tmp_path: Path, under: str, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "history-folder"
    not_a_folder.write_text("a file\n")
    data_dir = not_a_folder / under if under else not_a_folder
    out = tmp_path / "r.html"
    assert main(["report", "--data-dir", str(data_dir), "-o", str(out)]) == 2
    assert "cannot be created or used" in capsys.readouterr().err
    assert not out.exists()
    assert main(["history", "--list", "--data-dir", str(data_dir)]) == 2
