"""`coach export --format fhir`: one FHIR R4 bundle that a practice system can import.

Validated by the FHIR R4B models of fhir.resources (every resource parses), checked for references
that resolve inside the bundle, and against the history it came from (one pain Observation per
answer, one Procedure per session, one QuestionnaireResponse per red-flag check).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from coach.cli import main
from coach.routine.loader import load_routine
from coach.session.events import EventKind
from coach.session.plan import Dose
from coach.store.history import HistoryStore
from coach.store.records import SessionStatus
from tests.progression.history import record_session
from tests.report.simulated import set_routine_file
from tests.store.builders import START, Session, back_routine

ROOT = Path(__file__).resolve().parents[2]
PAIN_LOINC = "72514-3"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A history: one scripted session (pain before/after one exercise/after, a skip), two more
    sessions of a routine file with `frequency: 3/week` (one ended early), and three red-flag
    checks (one with a "yes")."""
    folder = tmp_path / "data"
    folder.mkdir()
    routine_file = tmp_path / "back-basics.en.yaml"
    text = (ROOT / "routines" / "back-basics.en.yaml").read_text("utf-8")
    routine_file.write_text(text.replace("language: en\n", "language: en\nfrequency: 3/week\n"))
    weekly = load_routine(routine_file)
    with HistoryStore.open(folder / "history.sqlite3") as store:
        session = Session(store, back_routine(), None, doses={3: Dose(reps=4, hold=4.0)})
        session.recorder.set_pain_before(5)
        session.start()
        session.run_until(lambda e: e.kind is EventKind.EXERCISE_COMPLETED)
        session.recorder.set_exercise_pain(0, 4)
        session.run_until(lambda e: e.kind is EventKind.TIMED_STARTED)
        session.command("skip")
        session.run_until(lambda e: e.kind is EventKind.SESSION_COMPLETED)
        session.recorder.set_pain_after(3)
        session.recorder.flush()  # the recorder writes on its own thread
        weekly_ids = []
        for day, status in ((2, SessionStatus.COMPLETED), (4, SessionStatus.ENDED_EARLY)):
            sid = record_session(
                store,
                weekly,
                START + timedelta(days=day),
                pain_before=6,
                pain_after=5,
                status=status,
            )
            weekly_ids.append(sid)
        for day, clear in ((0, True), (2, True), (3, False)):
            store.record_red_flag_check(START + timedelta(days=day), all_clear=clear)
    set_routine_file(folder / "history.sqlite3", weekly_ids, routine_file)
    return folder


def _bundle(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> dict[str, Any]:
    assert main(["export", "--format", "fhir", "--data-dir", str(data_dir), *extra]) == 0
    return json.loads(capsys.readouterr().out)


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _references(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                yield item
            else:
                yield from _references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _references(item)


def test_every_resource_is_valid_fhir_r4(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    bundle = _bundle(capsys, data_dir)
    parsed = Bundle.model_validate(bundle)  # raises on the first invalid field, with its path
    assert parsed.type == "collection"
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {
        "Patient",
        "CarePlan",
        "Procedure",
        "Observation",
        "Questionnaire",
        "QuestionnaireResponse",
    }


def test_every_reference_resolves_inside_the_bundle(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    bundle = _bundle(capsys, data_dir)
    full_urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(full_urls) == len(set(full_urls))
    references = list(_references(bundle["entry"]))
    assert references and set(references) <= set(full_urls)
    urls = {q["url"] for q in _resources(bundle, "Questionnaire")}
    for response in _resources(bundle, "QuestionnaireResponse"):
        assert response["questionnaire"] in urls


def test_exactly_one_pain_observation_per_answer(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    bundle = _bundle(capsys, data_dir)
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        expected = []
        for summary in reversed(store.sessions()):
            expected.append(("before-session", summary.pain_before))
            for exercise in store.exercises(summary.id):
                if exercise.pain_after_exercise is not None:
                    timing = f"after-exercise-{exercise.index + 1}"
                    expected.append((timing, exercise.pain_after_exercise))
            expected.append(("after-session", summary.pain_after))
    observations = _resources(bundle, "Observation")
    found = [(o["extension"][0]["valueCode"], o["valueInteger"]) for o in observations]
    assert (
        found
        == expected
        == [
            ("before-session", 5),
            ("after-exercise-1", 4),
            ("after-session", 3),
            ("before-session", 6),
            ("after-session", 5),
            ("before-session", 6),
            ("after-session", 5),
        ]
    )
    for observation in observations:
        assert observation["code"]["coding"][0]["code"] == PAIN_LOINC
        assert observation["partOf"][0]["reference"].startswith("urn:uuid:")


def test_each_session_is_an_exercise_therapy_procedure_with_its_doses(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    procedures = _resources(_bundle(capsys, data_dir), "Procedure")
    assert [p["status"] for p in procedures] == ["completed", "completed", "stopped"]
    assert {p["code"]["coding"][0]["code"] for p in procedures} == {"229065009"}
    first = [n["text"] for n in procedures[0]["note"]]
    assert first[1] == "Katte-ku: 6 s — skipped"
    assert first[3] == "Broen: 4 reps, hold 4 s, 2 sets — done: 2 sets, 8 reps in all"
    assert first[0] == "Bekkentilt: 3 reps, hold 2 s — done: 3 reps"
    assert procedures[2]["statusReason"]["text"] == "The patient ended the session early."
    assert procedures[0]["performedPeriod"]["start"] == START.isoformat()


def test_the_routine_is_a_care_plan_with_its_frequency(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    plans = {p["title"]: p for p in _resources(_bundle(capsys, data_dir), "CarePlan")}
    weekly = plans["Back basics – core exercises"]["activity"][0]["detail"]
    assert weekly["scheduledTiming"]["repeat"] == {"frequency": 3, "period": 1, "periodUnit": "wk"}
    assert "Bridge" in weekly["description"]
    unknown = plans["Back basics"]  # no file recorded: only its title is known, and said so
    assert "scheduledTiming" not in unknown["activity"][0]["detail"]
    assert "only its title is known" in unknown["note"][0]["text"]


def test_each_red_flag_check_is_a_questionnaire_response(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    bundle = _bundle(capsys, data_dir)
    answers = [
        r["item"][0]["answer"][0]["valueBoolean"]
        for r in _resources(bundle, "QuestionnaireResponse")
    ]
    assert answers == [True, True, False]
    (questionnaire,) = _resources(bundle, "Questionnaire")
    texts = " ".join(item["text"] for item in questionnaire["item"])
    assert "bladder" in texts


def test_no_patient_identity_unless_the_physio_gives_one(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (anonymous,) = _resources(_bundle(capsys, data_dir), "Patient")
    assert set(anonymous) == {"resourceType", "id"}
    named = _bundle(capsys, data_dir, "--patient-name", "Kari Nordmann", "--patient-id", "12345")
    (patient,) = _resources(named, "Patient")
    assert patient["name"] == [{"text": "Kari Nordmann"}]
    assert patient["identifier"] == [{"value": "12345"}]
    Bundle.model_validate(named)


def test_a_transaction_bundle_posts_every_entry(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    bundle = _bundle(capsys, data_dir, "--fhir-transaction")
    assert Bundle.model_validate(bundle).type == "transaction"
    for entry in bundle["entry"]:
        assert entry["request"] == {"method": "POST", "url": entry["resource"]["resourceType"]}


def test_exporting_twice_gives_the_same_bundle(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert _bundle(capsys, data_dir) == _bundle(capsys, data_dir)


def test_since_keeps_later_sessions_and_checks(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    since = (START + timedelta(days=3)).date().isoformat()
    bundle = _bundle(capsys, data_dir, "--since", since)
    assert len(_resources(bundle, "Procedure")) == 1
    assert len(_resources(bundle, "QuestionnaireResponse")) == 1


def test_norwegian_texts(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_LANG", "nb")
    bundle = _bundle(capsys, data_dir)
    texts = [o["code"]["text"] for o in _resources(bundle, "Observation")]
    assert texts[0] == "Smerte før økten (0–10)"
    assert texts[1] == "Smerte etter øvelsen Bekkentilt (0–10)"


def test_without_a_history_only_the_anonymous_patient_and_nothing_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "empty"
    bundle = _bundle(capsys, folder)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient"]
    assert not folder.exists()


def test_control_characters_from_the_history_never_reach_the_bundle(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    import sqlite3

    hostile = "\x1b]0;pwned\x07\x9b31m\x7f\u202eevil"
    with sqlite3.connect(data_dir / "history.sqlite3") as conn:
        conn.execute("UPDATE sessions SET routine_title = ?", (hostile,))
        conn.execute("UPDATE session_exercises SET name = ?", (hostile,))
    conn.close()
    text = json.dumps(_bundle(capsys, data_dir), ensure_ascii=False)
    for raw in ("\x1b", "\x07", "\x9b", "\x7f", "\u202e"):
        assert raw not in text
    assert "␛]0;pwned␇\\\\x9b31m␡\\\\u202eevil" in text
