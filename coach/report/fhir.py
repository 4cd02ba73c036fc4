"""`coach export --format fhir`: the history as one FHIR R4 Bundle a practice system can import.

What goes in (docs/history.md has an example):
- one `Patient`, anonymous unless the physio gives a name or an identifier (FHIR requires a subject
  for a CarePlan and a Procedure, so the resource is there, but it says nothing about anyone);
- per routine a `CarePlan` (its title, exercises and `frequency:` as a Timing);
- per session a `Procedure` (SNOMED CT 229065009 Exercise therapy) with its status, start and
  end, and one note per exercise with the dose and what was done;
- per pain answer an `Observation` (LOINC 72514-3, 0–10), `partOf` its session, saying in its text
  and in a coach extension whether it was asked before the session, after it, or after an exercise;
- per red-flag check a `QuestionnaireResponse`, answering the `Questionnaire` of the questions.

The bundle is written entry by entry, so a long history never sits in memory as one document.
Every `id` is derived from the history (uuid5), so exporting twice gives the same bundle.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, TextIO

from coach.i18n import Language, translate
from coach.routine.model import Routine
from coach.safety.red_flags import builtin_red_flags
from coach.store.history import to_text
from coach.store.records import ExportRow, SessionStatus
from coach.text import inert

Resource = dict[str, Any]

# uuid5 namespace for coach's resource ids (a fixed random UUID: ids are stable across exports).
NAMESPACE: Final = uuid.UUID("7c0ac4b6-64a4-4a36-9d7e-5d1b2f0a9c31")
LOINC: Final = "http://loinc.org"
SNOMED: Final = "http://snomed.info/sct"
PAIN_CODE: Final = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
EXERCISE_THERAPY: Final = {"system": SNOMED, "code": "229065009", "display": "Exercise therapy"}
SURVEY: Final = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
# When a pain answer was given: before the session, after it, or after one exercise.
PAIN_TIMING_URL: Final = "urn:coach:fhir:StructureDefinition:pain-timing"
RED_FLAGS_QUESTIONNAIRE: Final = "urn:coach:fhir:Questionnaire:red-flags"
ALL_CLEAR_LINK: Final = "none-of-these"

# coach's session status -> FHIR Procedure.status
_PROCEDURE_STATUS: Final = {
    SessionStatus.COMPLETED: "completed",
    SessionStatus.ENDED_EARLY: "stopped",
    SessionStatus.INCOMPLETE: "stopped",
    SessionStatus.IN_PROGRESS: "in-progress",
}


@dataclass(frozen=True, slots=True)
class PatientIdentity:
    """Who the bundle is about, only as far as the physio says (`--patient-name/--patient-id`)."""

    name: str | None = None
    identifier: str | None = None


@dataclass(frozen=True, slots=True)
class RedFlagCheck:
    """One time the red-flag questions were answered: all clear, or at least one "yes"."""

    checked_at: datetime
    all_clear: bool


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _ref(resource: Resource) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource['id']}"}


def _number(value: float) -> str:
    return f"{value:g}"


def dose_text(row: ExportRow, lang: Language) -> str:
    """One exercise of one session in words: its dose, then what was done."""
    parts = []
    if row.dose_reps is not None:
        parts.append(translate("report.dose.reps", lang, reps=row.dose_reps))
    if row.dose_hold_s is not None:
        parts.append(translate("report.dose.hold", lang, seconds=_number(row.dose_hold_s)))
    if row.dose_duration_s is not None:
        parts.append(translate("report.dose.duration", lang, seconds=_number(row.dose_duration_s)))
    if row.sets_planned and row.sets_planned > 1:
        parts.append(translate("report.dose.sets", lang, sets=row.sets_planned))
    dose = ", ".join(parts)
    if row.skipped:
        done = translate("report.done.skipped", lang)
    elif row.completed_at is None:
        done = translate("report.done.unfinished", lang)
    elif not row.reps_done:  # a timed exercise
        done = translate("report.done.timed", lang)
    elif (row.sets_done or 0) <= 1:
        done = translate("report.done.reps", lang, reps=row.reps_done)
    else:
        done = translate("report.done.sets", lang, sets=row.sets_done, reps=row.reps_done)
    return f"{row.exercise_name}: {dose} — {done}"


def patient_resource(identity: PatientIdentity) -> Resource:
    """The bundle's subject; empty of identity unless the physio gave one."""
    patient: Resource = {"resourceType": "Patient", "id": _id("patient", identity.identifier)}
    if identity.identifier:
        patient["identifier"] = [{"value": identity.identifier}]
    if identity.name:
        patient["name"] = [{"text": identity.name}]
    return patient


def _timing(routine: Routine | None) -> Resource | None:
    if routine is None or routine.frequency is None:
        return None
    unit = "d" if routine.frequency.period == "day" else "wk"
    return {"repeat": {"frequency": routine.frequency.times, "period": 1, "periodUnit": unit}}


def care_plan(title: str, routine: Routine | None, patient: Resource, lang: Language) -> Resource:
    """The routine as the plan the sessions carry out (`frequency:` as its Timing)."""
    detail: Resource = {
        "kind": "ServiceRequest",
        "code": {"coding": [EXERCISE_THERAPY], "text": title},
        "status": "in-progress",
    }
    timing = _timing(routine)
    if timing is not None:
        detail["scheduledTiming"] = timing
    if routine is not None:
        detail["description"] = "; ".join(e.name for e in routine.exercises)
    plan: Resource = {
        "resourceType": "CarePlan",
        "id": _id("careplan", title),
        "status": "active",
        "intent": "plan",
        "title": title,
        "subject": _ref(patient),
        "activity": [{"detail": detail}],
    }
    if routine is not None and routine.description:
        plan["description"] = routine.description
    if routine is None:
        plan["note"] = [{"text": translate("report.fhir.routine_missing", lang)}]
    return plan


def procedure(rows: list[ExportRow], plan: Resource, patient: Resource, lang: Language) -> Resource:
    """One session as a Procedure, each exercise a note."""
    first = rows[0]
    period = {"start": to_text(first.session_started_at)}
    if first.session_ended_at is not None:
        period["end"] = to_text(first.session_ended_at)
    resource: Resource = {
        "resourceType": "Procedure",
        "id": _id("session", first.session_id, to_text(first.session_started_at)),
        "basedOn": [_ref(plan)],
        "status": _PROCEDURE_STATUS[first.session_status],
        "code": {"coding": [EXERCISE_THERAPY], "text": first.routine_title},
        "subject": _ref(patient),
        "performedPeriod": period,
    }
    if first.session_status in (SessionStatus.ENDED_EARLY, SessionStatus.INCOMPLETE):
        key = f"report.status.{first.session_status.value}"
        resource["statusReason"] = {"text": translate(key, lang)}
    notes = [{"text": dose_text(row, lang)} for row in rows if row.exercise_name is not None]
    if notes:
        resource["note"] = notes
    return resource


def pain_observation(
    session: Resource,
    patient: Resource,
    *,
    timing: str,
    text: str,
    value: int,
    when: datetime,
) -> Resource:
    """One pain answer (0–10), linked to its session and saying when it was asked."""
    return {
        "resourceType": "Observation",
        "id": _id("pain", session["id"], timing),
        "extension": [{"url": PAIN_TIMING_URL, "valueCode": timing}],
        "partOf": [_ref(session)],
        "status": "final",
        "category": [SURVEY],
        "code": {"coding": [PAIN_CODE], "text": text},
        "subject": _ref(patient),
        "effectiveDateTime": to_text(when),
        "valueInteger": value,
    }


def pain_observations(
    rows: list[ExportRow], session: Resource, patient: Resource, lang: Language
) -> Iterator[Resource]:
    """Every pain answer of one session: before, after each exercise asked about, after."""
    first = rows[0]
    if first.pain_before is not None:
        yield pain_observation(
            session,
            patient,
            timing="before-session",
            text=translate("report.pain.before", lang),
            value=first.pain_before,
            when=first.session_started_at,
        )
    for row in rows:
        if row.pain_after_exercise is None or row.exercise_number is None:
            continue
        yield pain_observation(
            session,
            patient,
            timing=f"after-exercise-{row.exercise_number}",
            text=translate("report.pain.after_exercise", lang, name=row.exercise_name),
            value=row.pain_after_exercise,
            when=row.completed_at or first.session_ended_at or first.session_started_at,
        )
    if first.pain_after is not None:
        yield pain_observation(
            session,
            patient,
            timing="after-session",
            text=translate("report.pain.after", lang),
            value=first.pain_after,
            when=first.session_ended_at or first.session_started_at,
        )


def red_flag_questionnaire(lang: Language) -> Resource:
    """The article's red-flag questions, and the one answer coach keeps: none of these, or not."""
    items: list[Resource] = [
        {"linkId": f"flag-{flag.key}", "text": flag.text, "type": "display"}
        for flag in builtin_red_flags(lang)
    ]
    items.append(
        {
            "linkId": ALL_CLEAR_LINK,
            "text": translate("report.red_flags.none", lang),
            "type": "boolean",
        }
    )
    return {
        "resourceType": "Questionnaire",
        "id": _id("questionnaire", "red-flags", lang),
        "url": RED_FLAGS_QUESTIONNAIRE,
        "status": "active",
        "title": translate("report.red_flags.title", lang),
        "item": items,
    }


def red_flag_response(check: RedFlagCheck, patient: Resource, lang: Language) -> Resource:
    """One red-flag check: "none of these" answered yes (all clear) or no (a red flag: stopped)."""
    return {
        "resourceType": "QuestionnaireResponse",
        "id": _id("red-flags", to_text(check.checked_at)),
        "questionnaire": RED_FLAGS_QUESTIONNAIRE,
        "status": "completed",
        "subject": _ref(patient),
        "authored": to_text(check.checked_at),
        "item": [
            {
                "linkId": ALL_CLEAR_LINK,
                "text": translate("report.red_flags.none", lang),
                "answer": [{"valueBoolean": check.all_clear}],
            }
        ],
    }


def _sessions(rows: Iterable[ExportRow]) -> Iterator[list[ExportRow]]:
    """The export's rows grouped by session (they come ordered by session)."""
    group: list[ExportRow] = []
    for row in rows:
        if group and row.session_id != group[0].session_id:
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def bundle_resources(
    rows: Iterable[ExportRow],
    checks: Iterable[RedFlagCheck],
    routine_of: Callable[[ExportRow], Routine | None],
    lang: Language,
    identity: PatientIdentity | None = None,
) -> Iterator[Resource]:
    """Every resource of the bundle, each before the first resource that refers to it."""
    patient = patient_resource(identity or PatientIdentity())
    yield patient
    plans: dict[str, Resource] = {}
    for session_rows in _sessions(rows):
        first = session_rows[0]
        plan = plans.get(first.routine_title)
        if plan is None:
            plan = care_plan(first.routine_title, routine_of(first), patient, lang)
            plans[first.routine_title] = plan
            yield plan
        session = procedure(session_rows, plan, patient, lang)
        yield session
        yield from pain_observations(session_rows, session, patient, lang)
    questionnaire: Resource | None = None
    for check in checks:
        if questionnaire is None:
            questionnaire = red_flag_questionnaire(lang)
            yield questionnaire
        yield red_flag_response(check, patient, lang)


def _inert_strings(value: Any) -> Any:
    """`value` with `inert` applied to every string inside it."""
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, dict):
        return {key: _inert_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_inert_strings(item) for item in value]
    return value


def write_bundle(
    resources: Iterable[Resource],
    out: TextIO,
    *,
    transaction: bool = False,
    timestamp: datetime | None = None,
) -> int:
    """Write one Bundle (`collection`, or `transaction` to POST to a server), an entry at a time.

    Returns the number of entries written.
    """
    head: Resource = {
        "resourceType": "Bundle",
        "id": _id("bundle", transaction),
        "type": "transaction" if transaction else "collection",
    }
    if timestamp is not None:
        head["timestamp"] = to_text(timestamp)
    opening = json.dumps(head, ensure_ascii=False, indent=2)
    out.write(opening[: opening.rindex("}")].rstrip() + ',\n  "entry": [')
    count = 0
    for resource in resources:
        # Text from the history or a routine file reaches a clinic's system as the patient's
        # record: control and bidirectional characters are made visible, as in every export.
        resource = _inert_strings(resource)
        entry: Resource = {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
        if transaction:
            entry["request"] = {"method": "POST", "url": resource["resourceType"]}
        out.write(("\n" if count == 0 else ",\n") + json.dumps(entry, ensure_ascii=False))
        count += 1
    out.write("\n  ]\n}\n")
    return count
