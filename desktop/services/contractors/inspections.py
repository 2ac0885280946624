"""Inspections of contractors and of the office itself (GL 3-4-4 part 3; GL 10).

Anyone may record an inspection (the acting user is the inspector); only the
manager approves or returns it (docs/appi-rules.md, "Contractors"). Approval
is final and moves the next due date; a returned inspection is corrected and
recorded again. Corrective actions are followed up after approval too.
``contractor_id`` None means the office's own self-inspection.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import (
    ChecklistTemplate,
    CorrectiveAction,
    Inspection,
    InspectionResult,
    User,
)
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..audit_actions import AuditAction, RecordKind
from ..errors import NotFound, ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import checklists, checks, listing, rules
from .types import (
    ActionInput,
    ChecklistKind,
    InspectionDetail,
    InspectionInput,
    InspectionMethod,
    InspectionRow,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
    Template,
)


class InspectionAction(AuditAction):
    """Inspections of contractors and of the office itself, and their printed sheets."""

    RECORD = "inspection.record", QT_TRANSLATE_NOOP("AuditNames", "Inspection recorded")
    EDIT = "inspection.edit", QT_TRANSLATE_NOOP("AuditNames", "Inspection corrected")
    APPROVE = "inspection.approve", QT_TRANSLATE_NOOP("AuditNames", "Inspection approved")
    RETURN = "inspection.return", QT_TRANSLATE_NOOP("AuditNames", "Inspection returned")
    FOLLOW_UP = (
        "inspection.follow_up",
        QT_TRANSLATE_NOOP("AuditNames", "Corrective actions updated"),
    )
    PRINT = "inspection.print", QT_TRANSLATE_NOOP("AuditNames", "Inspection sheet printed")


INSPECTION_RECORD = RecordKind("inspection", QT_TRANSLATE_NOOP("AuditNames", "Inspection"))

_INSPECTION = QT_TRANSLATE_NOOP("errors", "The inspection")
SELF = "office"  # the subject named in the audit trail for a self-inspection


def list_inspections(
    ledger: Ledger, actor: Actor, contractor_id: int | None
) -> list[InspectionRow]:
    """A contractor's inspections (the office's own when None), newest first."""
    require(actor, Permission.VIEW_CONTRACTORS)
    with ledger.read() as session:
        return rows(session, contractor_id)


def get_inspection(ledger: Ledger, actor: Actor, inspection_id: int) -> InspectionDetail:
    require(actor, Permission.VIEW_CONTRACTORS)
    with ledger.read() as session:
        return detail(session, _record(session, inspection_id))


def record_inspection(
    ledger: Ledger, actor: Actor, contractor_id: int | None, data: InspectionInput
) -> InspectionRow:
    """Record an inspection against the current checklist; it then waits for approval."""
    require(actor, Permission.RECORD_INSPECTION)
    with ledger.transaction() as session:
        return record_inspection_in(session, actor, contractor_id, data)


def record_inspection_in(
    session: Session,
    actor: Actor,
    contractor_id: int | None,
    data: InspectionInput,
    template: Template | None = None,
) -> InspectionRow:
    require(actor, Permission.RECORD_INSPECTION)
    subject = _subject(session, contractor_id)
    kind = ChecklistKind.SELF if contractor_id is None else ChecklistKind.CONTRACTOR
    template = template or checklists.current_template_in(session, kind)
    answers, actions = _check(data, template)
    record = Inspection(
        contractor_id=contractor_id,
        template_id=template.id,
        inspected_on=data.inspected_on,
        method=InspectionMethod(data.method).value,
        inspector_id=actor.id,
        findings=checks.text(data.findings, "findings"),
        status=InspectionStatus.RECORDED.value,
        created_by_id=actor.id,
        updated_by_id=actor.id,
    )
    session.add(record)
    session.flush()
    _write_answers(session, record.id, answers, actions)
    summary = f"{subject}: {data.inspected_on.isoformat()} (checklist v{template.version})"
    audit.record(session, actor, InspectionAction.RECORD, INSPECTION_RECORD, record.id, summary)
    failed = sum(a.result is ItemResult.DOES_NOT_CONFORM for a in answers)
    return _build_row(record, template.version, failed, actions, {actor.id: actor.display_name})


def update_inspection(
    ledger: Ledger, actor: Actor, inspection_id: int, data: InspectionInput
) -> InspectionRow:
    """Correct an inspection not yet approved; a returned one waits for a decision again."""
    require(actor, Permission.RECORD_INSPECTION)
    with ledger.transaction() as session:
        record = _record(session, inspection_id)
        if not rules.may_edit(InspectionStatus(record.status)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An approved inspection cannot be changed.")
            )
        template = checklists.template_in(session, record.template_id)  # the version it used
        answers, actions = _check(data, template)
        record.inspected_on = data.inspected_on
        record.method = InspectionMethod(data.method).value
        record.findings = checks.text(data.findings, "findings")
        record.status = InspectionStatus.RECORDED.value
        record.updated_by_id, record.updated_at = actor.id, utcnow()
        _write_answers(session, record.id, answers, actions)
        summary = f"{_subject(session, record.contractor_id)}: {data.inspected_on.isoformat()}"
        audit.record(session, actor, InspectionAction.EDIT, INSPECTION_RECORD, record.id, summary)
        return _row(session, record)


def approve_inspection(ledger: Ledger, actor: Actor, inspection_id: int) -> InspectionRow:
    """The manager approves: the inspection is final and the next due date follows it."""
    require(actor, Permission.APPROVE_INSPECTION)
    with ledger.transaction() as session:
        return decide_in(session, actor, inspection_id, InspectionStatus.APPROVED)


def return_inspection(
    ledger: Ledger, actor: Actor, inspection_id: int, reason: str
) -> InspectionRow:
    """The manager sends an inspection back to be corrected, saying why."""
    require(actor, Permission.APPROVE_INSPECTION)
    why = checks.text(reason, "reason", 2000)
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the inspection is returned."), "reason"
        )
    with ledger.transaction() as session:
        return decide_in(session, actor, inspection_id, InspectionStatus.RETURNED, why)


def decide_in(
    session: Session,
    actor: Actor,
    inspection_id: int,
    decision: InspectionStatus,
    reason: str = "",
) -> InspectionRow:
    require(actor, Permission.APPROVE_INSPECTION)
    record = _record(session, inspection_id)
    rules.check_decision(InspectionStatus(record.status))
    record.status = decision.value
    record.decided_by_id, record.decided_at = actor.id, utcnow()
    record.return_reason = reason
    record.updated_by_id = actor.id
    approved = decision is InspectionStatus.APPROVED
    action = InspectionAction.APPROVE if approved else InspectionAction.RETURN
    summary = f"{_subject(session, record.contractor_id)}: {record.inspected_on.isoformat()}"
    audit.record(session, actor, action, INSPECTION_RECORD, record.id, summary)
    return _row(session, record)


def update_actions(
    ledger: Ledger, actor: Actor, inspection_id: int, actions: Sequence[ActionInput]
) -> InspectionRow:
    """Follow-up: change the corrective actions (mark them done), also after approval."""
    require(actor, Permission.RECORD_INSPECTION)
    checked = checks.check_actions(tuple(actions))
    with ledger.transaction() as session:
        record = _record(session, inspection_id)
        session.execute(delete(CorrectiveAction).where(CorrectiveAction.inspection_id == record.id))
        _write_actions(session, record.id, checked)
        record.updated_by_id = actor.id
        state = rules.follow_up(checked).value
        summary = f"{_subject(session, record.contractor_id)}: follow-up {state}"
        audit.record(
            session, actor, InspectionAction.FOLLOW_UP, INSPECTION_RECORD, record.id, summary
        )
        return _row(session, record)


def rows(session: Session, contractor_id: int | None) -> list[InspectionRow]:
    """Inspection rows, newest first, with a fixed number of queries however many there are."""
    subject = (
        Inspection.contractor_id.is_(None)
        if contractor_id is None
        else Inspection.contractor_id == contractor_id
    )
    records = session.scalars(
        select(Inspection)
        .where(subject)
        .order_by(Inspection.inspected_on.desc(), Inspection.id.desc())
    ).all()
    ids = [r.id for r in records]
    versions = dict(session.execute(select(ChecklistTemplate.id, ChecklistTemplate.version)).all())
    names = dict(session.execute(select(User.id, User.display_name)).all())
    failed = dict(
        session.execute(
            select(InspectionResult.inspection_id, func.count())
            .where(
                InspectionResult.inspection_id.in_(ids),
                InspectionResult.result == ItemResult.DOES_NOT_CONFORM.value,
            )
            .group_by(InspectionResult.inspection_id)
        ).all()
    )
    actions: dict[int, list[ActionInput]] = {}
    for a in session.scalars(
        select(CorrectiveAction)
        .where(CorrectiveAction.inspection_id.in_(ids))
        .order_by(CorrectiveAction.position)
    ):
        actions.setdefault(a.inspection_id, []).append(
            ActionInput(a.action, a.owner, a.due_on, a.done_on)
        )
    return [
        _build_row(r, versions[r.template_id], failed.get(r.id, 0), actions.get(r.id, []), names)
        for r in records
    ]


def detail(session: Session, record: Inspection) -> InspectionDetail:
    template = checklists.template_in(session, record.template_id)
    results = session.scalars(
        select(InspectionResult).where(InspectionResult.inspection_id == record.id)
    )
    by_item = {r.item_id: r for r in results}
    answers = tuple(
        ItemAnswer(item.id, ItemResult(by_item[item.id].result), by_item[item.id].comment)
        for item in template.items
        if item.id in by_item
    )
    data = InspectionInput(
        inspected_on=record.inspected_on,
        method=InspectionMethod(record.method),
        answers=answers,
        findings=record.findings,
        actions=_actions(session, record.id),
    )
    return InspectionDetail(
        _row(session, record), data, template, record.return_reason, record.decided_at
    )


def _row(session: Session, record: Inspection) -> InspectionRow:
    failed = session.scalar(
        select(func.count()).where(
            InspectionResult.inspection_id == record.id,
            InspectionResult.result == ItemResult.DOES_NOT_CONFORM.value,
        )
    )
    template = session.get(ChecklistTemplate, record.template_id)
    assert template is not None  # a foreign key
    names = dict(session.execute(select(User.id, User.display_name)).all())
    actions = _actions(session, record.id)
    return _build_row(record, template.version, int(failed or 0), actions, names)


def _build_row(
    record: Inspection,
    version: int,
    failed: int,
    actions: Sequence[ActionInput],
    names: dict[int, str],
) -> InspectionRow:
    return InspectionRow(
        id=record.id,
        contractor_id=record.contractor_id,
        inspected_on=record.inspected_on,
        method=InspectionMethod(record.method),
        inspector=names.get(record.inspector_id, ""),
        status=InspectionStatus(record.status),
        template_version=version,
        nonconformities=failed,
        follow_up=rules.follow_up(actions),
        decided_by=names.get(record.decided_by_id or 0, ""),
    )


def _actions(session: Session, inspection_id: int) -> tuple[ActionInput, ...]:
    records = session.scalars(
        select(CorrectiveAction)
        .where(CorrectiveAction.inspection_id == inspection_id)
        .order_by(CorrectiveAction.position)
    )
    return tuple(ActionInput(a.action, a.owner, a.due_on, a.done_on) for a in records)


def _check(
    data: InspectionInput, template: Template
) -> tuple[tuple[ItemAnswer, ...], tuple[ActionInput, ...]]:
    checks.not_future(data.inspected_on, "inspected_on", date.today())
    answers = rules.check_answers(template.items, data.answers)
    for answer in answers:
        checks.text(answer.comment, f"item:{answer.item_id}", 1000)
    return answers, checks.check_actions(data.actions)


def _write_answers(
    session: Session,
    inspection_id: int,
    answers: tuple[ItemAnswer, ...],
    actions: tuple[ActionInput, ...],
) -> None:
    session.execute(delete(InspectionResult).where(InspectionResult.inspection_id == inspection_id))
    session.execute(delete(CorrectiveAction).where(CorrectiveAction.inspection_id == inspection_id))
    # Core inserts: thirty-odd result rows per inspection need no ORM objects.
    session.execute(
        insert(InspectionResult),
        [
            {
                "inspection_id": inspection_id,
                "item_id": a.item_id,
                "result": a.result.value,
                "comment": a.comment,
            }
            for a in answers
        ],
    )
    _write_actions(session, inspection_id, actions)


def _write_actions(session: Session, inspection_id: int, actions: tuple[ActionInput, ...]) -> None:
    if not actions:
        return
    session.execute(
        insert(CorrectiveAction),
        [
            {
                "inspection_id": inspection_id,
                "position": n,
                "action": a.action,
                "owner": a.owner,
                "due_on": a.due_on,
                "done_on": a.done_on,
            }
            for n, a in enumerate(actions, start=1)
        ],
    )


def _record(session: Session, inspection_id: int) -> Inspection:
    record = session.get(Inspection, inspection_id)
    if record is None:
        raise NotFound(_INSPECTION)
    return record


def _subject(session: Session, contractor_id: int | None) -> str:
    """The contractor's number for the audit trail, or "office" for a self-inspection."""
    if contractor_id is None:
        return SELF
    return listing.get_record(session, contractor_id).number
