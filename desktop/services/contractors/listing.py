"""Rows of the contractor table, built with a few queries for all contractors at once.

Used by the register and inspection services after every change, and by the
export. The rules (next due, overdue, missing clauses) come from rules.py.
"""

from __future__ import annotations

import functools
import json
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ...db.models import Contract, Contractor, Inspection
from ...vault.errors import QT_TRANSLATE_NOOP
from ..errors import NotFound
from . import rules
from .types import (
    Clause,
    ClauseCheck,
    ContractDetail,
    ContractEnd,
    ContractInput,
    ContractorRow,
    ContractorStatus,
    EndHandling,
    InspectionStatus,
)

CONTRACTOR = QT_TRANSLATE_NOOP("errors", "The contractor")


def contractor_number(n: int) -> str:
    return f"CTR-{n:04d}"


def get_record(session: Session, contractor_id: int) -> Contractor:
    record = session.get(Contractor, contractor_id)
    if record is None:
        raise NotFound(CONTRACTOR)
    return record


def current_contract(session: Session, contractor_id: int) -> Contract | None:
    """The contractor's contract in force: the newest one."""
    return session.scalar(
        select(Contract)
        .where(Contract.contractor_id == contractor_id)
        .order_by(Contract.id.desc())
        .limit(1)
    )


_CLAUSES = {clause.value: clause for clause in Clause}


def clause_checks(contract: Contract) -> tuple[ClauseCheck, ...]:
    return _parse_clauses(contract.clauses or "{}")


@functools.lru_cache(maxsize=1024)
def _parse_clauses(text: str) -> tuple[ClauseCheck, ...]:
    """The stored checklist (JSON); parsed once per distinct text, as the table reloads often."""
    stored: dict[str, Any] = json.loads(text)
    return tuple(
        ClauseCheck(_CLAUSES[code], bool(value.get("present")), str(value.get("note", "")))
        for code, value in stored.items()
        if code in _CLAUSES
    )


def clauses_json(checks: tuple[ClauseCheck, ...]) -> str:
    return json.dumps(
        {c.clause.value: {"present": c.present, "note": c.note} for c in checks},
        ensure_ascii=False,
    )


def contract_detail(contract: Contract) -> ContractDetail:
    checks = clause_checks(contract)
    data = ContractInput(
        signed_on=contract.signed_on,
        starts_on=contract.starts_on,
        ends_on=contract.ends_on,
        renewal_on=contract.renewal_on,
        file_reference=contract.file_reference,
        clauses=checks,
    )
    end = None
    if contract.end_handling is not None and contract.end_handled_on is not None:
        end = ContractEnd(
            EndHandling(contract.end_handling),
            contract.end_handled_on,
            contract.certificate_reference,
        )
    return ContractDetail(contract.id, data, rules.missing_clauses(checks), end)


def last_approved(session: Session, contractor_id: int | None) -> date | None:
    """The date of the last approved inspection (of the office itself when the id is None)."""
    subject = (
        Inspection.contractor_id.is_(None)
        if contractor_id is None
        else Inspection.contractor_id == contractor_id
    )
    return session.scalar(
        select(func.max(Inspection.inspected_on)).where(
            subject, Inspection.status == InspectionStatus.APPROVED.value
        )
    )


def rows(session: Session, *where: ColumnElement[bool], today: date) -> list[ContractorRow]:
    """Contractor rows by number; four queries whatever the number of contractors."""
    contractors = session.scalars(select(Contractor).where(*where).order_by(Contractor.number))
    newest = select(func.max(Contract.id)).group_by(Contract.contractor_id).scalar_subquery()
    contracts = {
        c.contractor_id: c for c in session.scalars(select(Contract).where(Contract.id.in_(newest)))
    }
    approved = dict(
        session.execute(
            select(Inspection.contractor_id, func.max(Inspection.inspected_on))
            .where(Inspection.status == InspectionStatus.APPROVED.value)
            .group_by(Inspection.contractor_id)
        ).all()
    )
    waiting = dict(
        session.execute(
            select(Inspection.contractor_id, func.count())
            .where(Inspection.status == InspectionStatus.RECORDED.value)
            .group_by(Inspection.contractor_id)
        ).all()
    )
    return [
        row_of(c, contracts.get(c.id), approved.get(c.id), waiting.get(c.id, 0), today)
        for c in contractors
    ]


def row(session: Session, contractor: Contractor, today: date) -> ContractorRow:
    """One contractor's row (after a change to it)."""
    waiting = session.scalar(
        select(func.count()).where(
            Inspection.contractor_id == contractor.id,
            Inspection.status == InspectionStatus.RECORDED.value,
        )
    )
    return row_of(
        contractor,
        current_contract(session, contractor.id),
        last_approved(session, contractor.id),
        int(waiting or 0),
        today,
    )


def row_of(
    contractor: Contractor,
    contract: Contract | None,
    last_approved_on: date | None,
    waiting: int,
    today: date,
) -> ContractorRow:
    status = ContractorStatus(contractor.status)
    due = rules.next_inspection_due(
        status,
        last_approved_on,
        contractor.inspection_cycle_months,
        None if contract is None else contract.starts_on,
    )
    return ContractorRow(
        id=contractor.id,
        number=contractor.number,
        name=contractor.name,
        status=status,
        outsourced_work=contractor.outsourced_work,
        sensitive=contractor.sensitive,
        abroad=contractor.abroad,
        contract_ends_on=None if contract is None else contract.ends_on,
        missing_clauses=() if contract is None else rules.missing_clauses(clause_checks(contract)),
        has_contract=contract is not None,
        last_inspected_on=last_approved_on,
        next_due=due,
        overdue=rules.is_overdue(due, today),
        awaiting_approval=waiting,
    )
