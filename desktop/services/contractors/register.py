"""The contractor register (APPI Art. 25; GL 3-4-4): companies, selection, contract, its end.

Clerks may view; adding and editing contractors, their selection check and
their contract is the manager's (docs/architecture.md, roles and permissions). Each
public function is one unit of work with its audit event; the ``*_in``
functions do the same inside the caller's transaction (demo data).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import Contract, Contractor, Subcontractor, User
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit, counters
from ..audit_actions import AuditAction, RecordKind
from ..counters import CounterName
from ..errors import ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import checks, listing
from .types import (
    ContractEnd,
    ContractInput,
    ContractorDetail,
    ContractorInput,
    ContractorRow,
    ContractorStatus,
    Selection,
    SelectionInput,
    SubcontractorInput,
)


class ContractorAction(AuditAction):
    """The contractor register: companies, their selection check and their contract."""

    ADD = "contractor.add", QT_TRANSLATE_NOOP("AuditNames", "Contractor added")
    EDIT = "contractor.edit", QT_TRANSLATE_NOOP("AuditNames", "Contractor edited")
    SELECTION = "contractor.selection", QT_TRANSLATE_NOOP("AuditNames", "Selection check recorded")
    CONTRACT = "contractor.contract", QT_TRANSLATE_NOOP("AuditNames", "Contract saved")
    CONTRACT_END = "contractor.contract_end", QT_TRANSLATE_NOOP("AuditNames", "Contract ended")


CONTRACTOR_RECORD = RecordKind("contractor", QT_TRANSLATE_NOOP("AuditNames", "Contractor"))

_REGISTER_FIELDS = [
    f.name for f in dataclasses.fields(ContractorInput) if f.name != "subcontractors"
]


def list_contractors(
    ledger: Ledger, actor: Actor, today: date | None = None
) -> list[ContractorRow]:
    """Every contractor by number, with its next inspection date and what is missing."""
    require(actor, Permission.VIEW_CONTRACTORS)
    with ledger.read() as session:
        return listing.rows(session, today=today or date.today())


def get_contractor(
    ledger: Ledger, actor: Actor, contractor_id: int, today: date | None = None
) -> ContractorDetail:
    require(actor, Permission.VIEW_CONTRACTORS)
    with ledger.read() as session:
        return detail(session, listing.get_record(session, contractor_id), today or date.today())


def add_contractor(ledger: Ledger, actor: Actor, data: ContractorInput) -> ContractorRow:
    require(actor, Permission.EDIT_CONTRACT)
    with ledger.transaction() as session:
        return listing.row(session, add_contractor_in(session, actor, data), date.today())


def add_contractor_in(session: Session, actor: Actor, data: ContractorInput) -> Contractor:
    require(actor, Permission.EDIT_CONTRACT)
    checked = checks.check_contractor(data)
    record = Contractor(
        number=listing.contractor_number(counters.take(session, CounterName.CONTRACTOR)),
        created_by_id=actor.id,
        updated_by_id=actor.id,
        **_columns(checked),
    )
    session.add(record)
    session.flush()
    _replace_subcontractors(session, record.id, checked.subcontractors, actor)
    audit.record(session, actor, ContractorAction.ADD, CONTRACTOR_RECORD, record.id, record.number)
    return record


def update_contractor(
    ledger: Ledger, actor: Actor, contractor_id: int, data: ContractorInput
) -> ContractorRow:
    """Save the register fields; the audit event names the fields changed."""
    require(actor, Permission.EDIT_CONTRACT)
    checked = checks.check_contractor(data)
    with ledger.transaction() as session:
        record = listing.get_record(session, contractor_id)
        old = _input_of(session, record)
        changed = [
            f.name
            for f in dataclasses.fields(ContractorInput)
            if getattr(old, f.name) != getattr(checked, f.name)
        ]
        if changed:
            for name, value in _columns(checked).items():
                setattr(record, name, value)
            record.updated_by_id, record.updated_at = actor.id, utcnow()
            if "subcontractors" in changed:
                _replace_subcontractors(session, record.id, checked.subcontractors, actor)
            summary = f"{record.number}: {', '.join(changed)}"
            audit.record(
                session, actor, ContractorAction.EDIT, CONTRACTOR_RECORD, record.id, summary
            )
        return listing.row(session, record, date.today())


def record_selection(
    ledger: Ledger, actor: Actor, contractor_id: int, data: SelectionInput
) -> ContractorDetail:
    """The selection check before entrusting data; the acting user is who checked."""
    require(actor, Permission.EDIT_CONTRACT)
    checked = checks.check_selection(data)
    with ledger.transaction() as session:
        record = listing.get_record(session, contractor_id)
        record_selection_in(session, actor, record, checked)
        return detail(session, record, date.today())


def record_selection_in(
    session: Session, actor: Actor, record: Contractor, data: SelectionInput
) -> None:
    require(actor, Permission.EDIT_CONTRACT)
    record.selection_checked_on = data.checked_on
    record.selection_checked_by_id = actor.id
    record.selection_privacy_mark, record.selection_isms = data.privacy_mark, data.isms
    record.selection_responsible_person = data.responsible_person
    record.selection_has_rules = data.has_rules
    record.selection_past_incidents, record.selection_note = data.past_incidents, data.note
    record.updated_by_id = actor.id
    summary = f"{record.number}: checked {data.checked_on.isoformat()}"
    audit.record(session, actor, ContractorAction.SELECTION, CONTRACTOR_RECORD, record.id, summary)


def save_contract(
    ledger: Ledger, actor: Actor, contractor_id: int, data: ContractInput
) -> ContractorDetail:
    """Save the contract in force (the first save creates it); missing clauses are reported."""
    require(actor, Permission.EDIT_CONTRACT)
    checked = checks.check_contract(data)
    with ledger.transaction() as session:
        record = listing.get_record(session, contractor_id)
        save_contract_in(session, actor, record, checked)
        return detail(session, record, date.today())


def save_contract_in(
    session: Session, actor: Actor, record: Contractor, data: ContractInput
) -> Contract:
    require(actor, Permission.EDIT_CONTRACT)
    contract = listing.current_contract(session, record.id)
    if contract is None:
        contract = Contract(contractor_id=record.id, created_by_id=actor.id)
        session.add(contract)
    contract.signed_on, contract.starts_on = data.signed_on, data.starts_on
    contract.ends_on, contract.renewal_on = data.ends_on, data.renewal_on
    contract.file_reference = data.file_reference
    contract.clauses = listing.clauses_json(data.clauses)
    contract.updated_by_id = actor.id
    session.flush()
    missing = listing.contract_detail(contract).missing
    summary = f"{record.number}: {len(missing)} clause(s) missing"
    audit.record(session, actor, ContractorAction.CONTRACT, CONTRACTOR_RECORD, record.id, summary)
    return contract


def end_contract(
    ledger: Ledger, actor: Actor, contractor_id: int, end: ContractEnd
) -> ContractorRow:
    """Record the return or erasure of the data; the contractor is then ended."""
    require(actor, Permission.EDIT_CONTRACT)
    checked = checks.check_end(end)
    with ledger.transaction() as session:
        record = listing.get_record(session, contractor_id)
        end_contract_in(session, actor, record, checked)
        return listing.row(session, record, date.today())


def end_contract_in(session: Session, actor: Actor, record: Contractor, end: ContractEnd) -> None:
    require(actor, Permission.EDIT_CONTRACT)
    contract = listing.current_contract(session, record.id)
    if contract is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This contractor has no contract to end."), "handling"
        )
    contract.end_handling, contract.end_handled_on = end.handling.value, end.handled_on
    contract.certificate_reference = end.certificate_reference
    contract.updated_by_id = actor.id
    record.status = ContractorStatus.ENDED.value
    record.updated_by_id = actor.id
    summary = f"{record.number}: {end.handling.value} {end.handled_on.isoformat()}"
    audit.record(
        session, actor, ContractorAction.CONTRACT_END, CONTRACTOR_RECORD, record.id, summary
    )


def detail(session: Session, record: Contractor, today: date) -> ContractorDetail:
    contract = listing.current_contract(session, record.id)
    selection = None
    if record.selection_checked_on is not None:
        by = session.get(User, record.selection_checked_by_id or 0)
        selection = Selection(
            SelectionInput(
                checked_on=record.selection_checked_on,
                privacy_mark=record.selection_privacy_mark,
                isms=record.selection_isms,
                responsible_person=record.selection_responsible_person,
                has_rules=record.selection_has_rules,
                past_incidents=record.selection_past_incidents,
                note=record.selection_note,
            ),
            "" if by is None else by.display_name,
        )
    return ContractorDetail(
        row=listing.row(session, record, today),
        data=_input_of(session, record),
        selection=selection,
        contract=None if contract is None else listing.contract_detail(contract),
    )


def _columns(data: ContractorInput) -> dict[str, object]:
    values = {name: getattr(data, name) for name in _REGISTER_FIELDS}
    values["status"] = ContractorStatus(data.status).value
    return values


def _input_of(session: Session, record: Contractor) -> ContractorInput:
    subs = session.scalars(
        select(Subcontractor)
        .where(Subcontractor.contractor_id == record.id)
        .order_by(Subcontractor.id)
    )
    values = {name: getattr(record, name) for name in _REGISTER_FIELDS}
    values["status"] = ContractorStatus(record.status)
    return ContractorInput(
        **values,
        subcontractors=tuple(SubcontractorInput(s.name, s.work, s.approved_on) for s in subs),
    )


def _replace_subcontractors(
    session: Session, contractor_id: int, subs: tuple[SubcontractorInput, ...], actor: Actor
) -> None:
    session.execute(delete(Subcontractor).where(Subcontractor.contractor_id == contractor_id))
    session.add_all(
        Subcontractor(
            contractor_id=contractor_id,
            name=s.name,
            work=s.work,
            approved_on=s.approved_on,
            created_by_id=actor.id,
            updated_by_id=actor.id,
        )
        for s in subs
    )
