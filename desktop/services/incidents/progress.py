"""An incident's way to closure: stages, the timeline of actions, notices to persons.

Rules (docs/appi-rules.md, "Incidents"; GL 3-5-2; roles in docs/architecture.md):
- each stage is recorded once, with its date and the user; marking a report
  to the PPC as sent, and closing, are a manager's actions;
- no stage is dated before the clock's day 1 or after today;
- "persons notified" needs a notice in the send log;
- closing needs a recurrence-prevention entry in the timeline and, when the
  triage says a report is required, the final report sent and the persons
  notified; while the triage is undecided an incident cannot be closed;
- a closed incident takes no more changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import Incident, IncidentAction, IncidentNotice, IncidentStage
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..errors import ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import clock, records
from .register import refuse_closed
from .triage import Duty
from .types import (
    INCIDENT_RECORD,
    MANAGER_STAGES,
    PREVENTION,
    ActionEntry,
    ActionKind,
    IncidentAuditAction,
    IncidentRow,
    NoticeMethod,
    Stage,
)
from .validation import multiline

MAX_NOTE_LENGTH = 5000


def stage_permission(stage: Stage) -> Permission:
    """Reports to the PPC and closing are a manager's; the other stages anyone's who reports."""
    return Permission.CLOSE_INCIDENT if stage in MANAGER_STAGES else Permission.REPORT_INCIDENT


def record_stage(
    ledger: Ledger,
    actor: Actor,
    incident_id: int,
    stage: Stage,
    reached_on: date | None = None,
    note: str = "",
) -> IncidentRow:
    """Record that the incident reached ``stage`` on ``reached_on`` (today)."""
    stage = Stage(stage)
    require(actor, stage_permission(stage))
    with ledger.transaction() as session:
        reach_stage(session, actor, incident_id, stage, reached_on, note)
        return records.rows(session, date.today(), incident_id)[0]


def reach_stage(
    session: Session,
    actor: Actor,
    incident_id: int,
    stage: Stage,
    reached_on: date | None = None,
    note: str = "",
    *,
    today: date | None = None,
) -> None:
    """Record a stage in the caller's transaction (record_stage, demo data)."""
    require(actor, stage_permission(stage))
    day = today or date.today()
    on = reached_on or day
    incident = records.get_record(session, incident_id)
    refuse_closed(incident)
    reached = records.reached_stages(session, incident.id)
    if stage in reached:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This stage was already recorded on {day}."),
            "stage",
            day=reached[stage].reached_on.isoformat(),
        )
    start = clock.clock_start(incident.known_on, incident.contractor_told_on)
    if not start <= on <= day:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date must lie between the day the office learned of the incident "
                "({start}) and today.",
            ),
            "reached_on",
            start=start.isoformat(),
        )
    if stage is Stage.PERSONS_NOTIFIED and not _has_notices(session, incident.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Record the notices sent to the persons first (the send log is empty)."
            ),
            "stage",
        )
    if stage is Stage.CLOSED:
        _check_can_close(session, incident, set(reached))
        incident.closed_on = on
    session.add(
        IncidentStage(
            incident_id=incident.id,
            stage=stage.value,
            reached_on=on,
            user_id=actor.id,
            note=_text(note),
            recorded_at=utcnow(),
        )
    )
    incident.stage = records.furthest([*reached, stage]).value
    incident.updated_by_id = actor.id
    summary = f"{incident.number}: {stage.value} {on.isoformat()}"
    audit.record(session, actor, IncidentAuditAction.STAGE, INCIDENT_RECORD, incident.id, summary)


def _check_can_close(session: Session, incident: Incident, reached: set[Stage]) -> None:
    prevention = select(IncidentAction.id).where(
        IncidentAction.incident_id == incident.id,
        IncidentAction.kind.in_([kind.value for kind in PREVENTION]),
    )
    if not session.scalar(select(exists(prevention))):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Add a recurrence-prevention entry to the timeline before closing the incident.",
            ),
            "stage",
        )
    count, sensitive = records.links_summary(session, (incident.id,)).get(incident.id, (0, False))
    duty = records.assess(records.input_of(incident, ()), sensitive, count)[0].duty
    if duty is Duty.UNDECIDED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Answer the report questions first: it is not yet decided whether the PPC "
                "must be told.",
            ),
            "stage",
        )
    if duty is Duty.REQUIRED:
        missing = [s for s in (Stage.FINAL_SENT, Stage.PERSONS_NOTIFIED) if s not in reached]
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This incident must be reported to the PPC and notified to the persons: "
                    "record the final report and the notices before closing.",
                ),
                "stage",
            )


def add_action(
    ledger: Ledger,
    actor: Actor,
    incident_id: int,
    kind: ActionKind,
    text: str,
    at: datetime | None = None,
) -> ActionEntry:
    """Add an entry to the timeline: what was done and when (now, unless given)."""
    require(actor, Permission.REPORT_INCIDENT)
    with ledger.transaction() as session:
        return add_action_in(session, actor, incident_id, kind, text, at)


def add_action_in(
    session: Session,
    actor: Actor,
    incident_id: int,
    kind: ActionKind,
    text: str,
    at: datetime | None = None,
) -> ActionEntry:
    """Add a timeline entry in the caller's transaction (add_action, demo data)."""
    require(actor, Permission.REPORT_INCIDENT)
    kind = ActionKind(kind)
    body = _text(text)
    if not body:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what was done."), "text")
    when = (at or utcnow()).astimezone(UTC)
    if when > utcnow():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An action cannot be dated in the future."), "at"
        )
    incident = records.get_record(session, incident_id)
    refuse_closed(incident)
    action = IncidentAction(
        incident_id=incident.id, at=when, kind=kind.value, text=body, user_id=actor.id
    )
    session.add(action)
    incident.updated_by_id = actor.id
    session.flush()
    audit.record(
        session,
        actor,
        IncidentAuditAction.ACTION,
        INCIDENT_RECORD,
        incident.id,
        f"{incident.number}: {kind}",
    )
    return ActionEntry(action.id, when, kind, body, actor.display_name)


def record_notice(
    ledger: Ledger,
    actor: Actor,
    incident_id: int,
    method: NoticeMethod,
    sent_on: date | None = None,
    *,
    client_ids: Sequence[int] = (),
    persons: int | None = None,
    note: str = "",
) -> int:
    """Log notices sent (Rule 10): one per linked client, or one batch of ``persons``.

    Returns how many persons the entries cover.
    """
    require(actor, Permission.REPORT_INCIDENT)
    with ledger.transaction() as session:
        return record_notice_in(
            session,
            actor,
            incident_id,
            method,
            sent_on,
            client_ids=client_ids,
            persons=persons,
            note=note,
        )


def record_notice_in(
    session: Session,
    actor: Actor,
    incident_id: int,
    method: NoticeMethod,
    sent_on: date | None = None,
    *,
    client_ids: Sequence[int] = (),
    persons: int | None = None,
    note: str = "",
    today: date | None = None,
) -> int:
    """Log notices in the caller's transaction (record_notice, demo data)."""
    require(actor, Permission.REPORT_INCIDENT)
    method = NoticeMethod(method)
    day = today or date.today()
    on = sent_on or day
    incident = records.get_record(session, incident_id)
    refuse_closed(incident)
    start = clock.clock_start(incident.known_on, incident.contractor_told_on)
    if not start <= on <= day:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date must lie between the day the office learned of the incident "
                "({start}) and today.",
            ),
            "sent_on",
            start=start.isoformat(),
        )
    linked = set(records.linked_ids(session, incident.id))
    chosen = sorted(set(client_ids))
    if bool(chosen) == (persons is not None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose the linked clients notified, or enter how many persons."
            ),
            "client_ids",
        )
    if any(c not in linked for c in chosen):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only clients linked to this incident can be notified."),
            "client_ids",
        )
    if persons is not None and persons < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter how many persons were notified (1 or more)."),
            "persons",
        )
    text = _text(note)
    entries = [
        IncidentNotice(client_id=c, persons=1, method=method.value, sent_on=on, note=text)
        for c in chosen
    ] or [
        IncidentNotice(client_id=None, persons=persons, method=method.value, sent_on=on, note=text)
    ]
    for entry in entries:
        entry.incident_id = incident.id
        entry.user_id = actor.id
        entry.recorded_at = utcnow()
    session.add_all(entries)
    incident.updated_by_id = actor.id
    covered = sum(entry.persons for entry in entries)
    summary = f"{incident.number}: {method.value}, {covered} person(s), {on.isoformat()}"
    audit.record(session, actor, IncidentAuditAction.NOTICE, INCIDENT_RECORD, incident.id, summary)
    return covered


def _has_notices(session: Session, incident_id: int) -> bool:
    query = select(IncidentNotice.id).where(IncidentNotice.incident_id == incident_id)
    return bool(session.scalar(select(exists(query))))


def _text(text: str) -> str:
    body = multiline(text)
    if len(body) > MAX_NOTE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This is too long (at most {limit} characters)."),
            "text",
            limit=MAX_NOTE_LENGTH,
        )
    return body
