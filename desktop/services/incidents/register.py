"""The incident register (APPI Art. 26): report, edit, list and read incidents.

Summaries in the audit trail name the incident number, never a person.
Reading an incident records an "incident.view" event; in a read-only ledger,
where that cannot be recorded, the linked clients show their numbers only.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import Client, Incident, IncidentStage
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..errors import ReadCannotBeRecorded, ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import clock, records
from .triage import Triage
from .types import (
    INCIDENT_RECORD,
    IncidentAuditAction,
    IncidentDetail,
    IncidentInput,
    IncidentRow,
    Stage,
)
from .validation import check_incident

CLOSED_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "This incident is closed and can no longer be changed."
)


def list_incidents(ledger: Ledger, actor: Actor, today: date | None = None) -> list[IncidentRow]:
    """Every incident by number, with its duty and the report it owes next as of ``today``."""
    require(actor, Permission.VIEW_INCIDENTS)
    with ledger.read() as session:
        return records.rows(session, today or date.today())


def recompute_deadlines(rows: list[IncidentRow], today: date) -> list[IncidentRow]:
    """The rows with every open incident's clocks counted again for ``today`` (a new day)."""
    result = []
    for row in rows:
        if row.deadlines is None or row.closed:
            result.append(row)
            continue
        dates = clock.deadlines(
            row.known_on,
            wrongful_purpose=row.deadlines.final_days == clock.FINAL_DAYS_WRONGFUL,
            contractor_told_on=row.deadlines.start,
        )
        upcoming = (
            None
            if row.final_sent
            else clock.next_deadline(
                dates, preliminary_sent=row.preliminary_sent, final_sent=False, today=today
            )
        )
        result.append(dataclasses.replace(row, deadlines=dates, next_deadline=upcoming))
    return result


def get_incident(
    ledger: Ledger, actor: Actor, incident_id: int, today: date | None = None
) -> IncidentDetail:
    """The whole record with its stages, timeline and notices; the read is audited."""
    require(actor, Permission.VIEW_INCIDENTS)
    day = today or date.today()
    if ledger.read_only:
        with ledger.read() as session:
            return records.detail(
                session, records.get_record(session, incident_id), day, names=False
            )
    with ledger.transaction() as session:
        incident = records.get_record(session, incident_id)
        audit.record(
            session, actor, IncidentAuditAction.VIEW, INCIDENT_RECORD, incident.id, incident.number
        )
        return records.detail(session, incident, day, names=True)


def assess(
    ledger: Ledger, actor: Actor, data: IncidentInput
) -> tuple[Triage, clock.Deadlines | None]:
    """The plain answer of the questionnaire and the clocks, for a form not saved yet.

    Reads the linked clients' sensitive flags (not their names), so the
    answer the form shows is the one the register will show after saving.
    """
    require(actor, Permission.VIEW_INCIDENTS)
    ids = tuple(set(data.client_ids))
    with ledger.read() as session:
        flags = list(session.scalars(select(Client.sensitive).where(Client.id.in_(ids))))
    return records.assess(data, any(flags), len(flags))


def report_incident(
    ledger: Ledger, actor: Actor, data: IncidentInput, *, reported_on: date | None = None
) -> IncidentRow:
    """Register an incident; it starts as "reported internally" on ``reported_on`` (today)."""
    require(actor, Permission.REPORT_INCIDENT)
    with ledger.transaction() as session:
        return insert_incident(session, actor, data, reported_on=reported_on)


def insert_incident(
    session: Session,
    actor: Actor,
    data: IncidentInput,
    *,
    reported_on: date | None = None,
    today: date | None = None,
) -> IncidentRow:
    """Add an incident in the caller's transaction (report_incident, demo data)."""
    require(actor, Permission.REPORT_INCIDENT)
    day = today or date.today()
    checked = check_incident(data, day)
    assert checked.known_on is not None  # check_incident requires it
    records.check_clients(session, checked.client_ids)
    on = reported_on or day
    if on < clock.clock_start(checked.known_on, checked.contractor_told_on) or on > day:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date of the internal report must lie between the day the office "
                "learned of the incident and today.",
            ),
            "reported_on",
        )
    incident = Incident(
        **records.column_values(checked),
        number=records.next_number(session),
        stage=Stage.REPORTED_INTERNALLY.value,
        created_by_id=actor.id,
        updated_by_id=actor.id,
    )
    session.add(incident)
    session.flush()
    records.relink(session, incident.id, (), checked.client_ids)
    session.execute(
        insert(IncidentStage),
        [
            {
                "incident_id": incident.id,
                "stage": Stage.REPORTED_INTERNALLY.value,
                "reached_on": on,
                "user_id": actor.id,
                "note": "",
                "recorded_at": utcnow(),
            }
        ],
    )
    audit.record(
        session, actor, IncidentAuditAction.ADD, INCIDENT_RECORD, incident.id, incident.number
    )
    return records.rows(session, day, incident.id)[0]


def update_incident(
    ledger: Ledger, actor: Actor, incident_id: int, data: IncidentInput
) -> IncidentRow:
    """Save the form; the audit event names the fields changed, never their values."""
    require(actor, Permission.REPORT_INCIDENT)
    checked = check_incident(data)
    with ledger.transaction() as session:
        incident = records.get_record(session, incident_id)
        refuse_closed(incident)
        _check_stage_dates(session, incident, checked)
        old_ids = records.linked_ids(session, incident.id)
        records.check_clients(session, [c for c in checked.client_ids if c not in old_ids])
        old = records.input_of(incident, old_ids)
        changed = [
            field.name
            for field in dataclasses.fields(IncidentInput)
            if getattr(old, field.name) != getattr(checked, field.name)
        ]
        if changed:
            for name, value in records.column_values(checked).items():
                setattr(incident, name, value)
            incident.updated_by_id = actor.id
            incident.updated_at = utcnow()
            records.relink(session, incident.id, old_ids, checked.client_ids)
            summary = f"{incident.number}: {', '.join(changed)}"
            audit.record(
                session, actor, IncidentAuditAction.EDIT, INCIDENT_RECORD, incident.id, summary
            )
        return records.rows(session, date.today(), incident.id)[0]


def record_print(ledger: Ledger, actor: Actor, incident_id: int, what: str) -> None:
    """Record in the audit trail that a document of the incident was printed (``what``)."""
    require(actor, Permission.PRINT_RECORD)
    if ledger.read_only:
        raise ReadCannotBeRecorded()
    with ledger.transaction() as session:
        incident = records.get_record(session, incident_id)
        audit.record(
            session,
            actor,
            IncidentAuditAction.PRINT,
            INCIDENT_RECORD,
            incident.id,
            f"{incident.number}: {what}",
        )


def refuse_closed(incident: Incident) -> None:
    if incident.stage == Stage.CLOSED:
        raise ValidationError(CLOSED_MESSAGE)


def _check_stage_dates(session: Session, incident: Incident, data: IncidentInput) -> None:
    """A later date of knowing must not leave a stage dated before it."""
    assert data.known_on is not None
    earliest = min(
        entry.reached_on for entry in records.reached_stages(session, incident.id).values()
    )
    start = clock.clock_start(data.known_on, data.contractor_told_on)
    if earliest < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A stage is dated {day}, before the day the office learned of the incident.",
            ),
            "known_on",
            day=earliest.isoformat(),
        )
