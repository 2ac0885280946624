"""What an inspection sheet prints, gathered for desktop/reports, and the print's audit event.

A sheet is blank (the current checklist, to fill in on site) or filled (a
recorded inspection with the checklist version it used). Printing is
recorded in the audit trail like any other output of the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ...db.models import Contractor, Inspection
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit, settings
from ..errors import NotFound, ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import checklists, inspections, listing, schedule
from .inspections import INSPECTION_RECORD
from .types import ChecklistKind, Clause, ContractorStatus, InspectionDetail, Template


@dataclass(frozen=True)
class SheetSubject:
    """The contractor's details as the sheet shows them."""

    number: str
    name: str
    address: str
    representative: str
    contact_person: str
    phone: str
    email: str
    outsourced_work: str
    data_categories: str
    persons_count: int | None
    sensitive: bool
    handling_location: str
    abroad: bool


@dataclass(frozen=True)
class ContractSummary:
    signed_on: date | None
    starts_on: date | None
    ends_on: date | None
    file_reference: str
    missing: tuple[Clause, ...]


@dataclass(frozen=True)
class InspectionSheet:
    office_name: str
    kind: ChecklistKind
    subject: SheetSubject | None  # None: the office's self-inspection
    contract: ContractSummary | None
    template: Template
    inspection: InspectionDetail | None  # None: a blank sheet
    next_due: date | None

    @property
    def subject_key(self) -> str:
        """The contractor's number, or "office"; names the sheet in the audit trail."""
        return inspections.SELF if self.subject is None else self.subject.number


def inspection_sheet(
    ledger: Ledger,
    actor: Actor,
    contractor_id: int | None,
    inspection_id: int | None = None,
    today: date | None = None,
) -> InspectionSheet:
    """A filled sheet of ``inspection_id``, or a blank one when it is None."""
    require(actor, Permission.PRINT_RECORD)
    with ledger.read() as session:
        return _sheet(session, contractor_id, inspection_id, today or date.today())


def sheets_due_this_month(
    ledger: Ledger, actor: Actor, today: date | None = None
) -> list[InspectionSheet]:
    """Blank sheets of every active contractor due by the end of this month, by due date."""
    require(actor, Permission.PRINT_RECORD)
    day = today or date.today()
    due = sorted(
        schedule.due_by_month_end(ledger, actor, day),
        key=lambda row: (row.next_due or day, row.number),
    )
    with ledger.read() as session:
        return [_sheet(session, row.id, None, day) for row in due]


def record_printed(
    ledger: Ledger, actor: Actor, sheets: Sequence[InspectionSheet], output: str
) -> None:
    """One audit event per printed sheet; ``output`` says where it went ("PDF", "printer")."""
    require(actor, Permission.PRINT_RECORD)
    with ledger.transaction() as session:
        for sheet in sheets:
            form = "blank" if sheet.inspection is None else f"inspection {sheet.inspection.row.id}"
            summary = f"{sheet.subject_key}: {form} sheet to {output}"
            entity_id = "" if sheet.inspection is None else sheet.inspection.row.id
            audit.record(
                session,
                actor,
                inspections.InspectionAction.PRINT,
                INSPECTION_RECORD,
                entity_id,
                summary,
            )


def _sheet(
    session: Session, contractor_id: int | None, inspection_id: int | None, today: date
) -> InspectionSheet:
    office = settings.load(session).office_name
    detail = None
    if inspection_id is not None:
        record = session.get(Inspection, inspection_id)
        if record is None or record.contractor_id != contractor_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The inspection"))
        detail = inspections.detail(session, record)
    if contractor_id is None:
        template = (
            detail.template
            if detail
            else checklists.current_template_in(session, ChecklistKind.SELF)
        )
        return InspectionSheet(office, ChecklistKind.SELF, None, None, template, detail, None)
    contractor = listing.get_record(session, contractor_id)
    if detail is None and contractor.status == ContractorStatus.ENDED.value:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The contract with this contractor has ended; it is not inspected."
            )
        )
    template = (
        detail.template
        if detail
        else checklists.current_template_in(session, ChecklistKind.CONTRACTOR)
    )
    return InspectionSheet(
        office,
        ChecklistKind.CONTRACTOR,
        _subject(contractor),
        _contract(session, contractor.id),
        template,
        detail,
        listing.row(session, contractor, today).next_due,
    )


def _subject(c: Contractor) -> SheetSubject:
    return SheetSubject(
        c.number,
        c.name,
        c.address,
        c.representative,
        c.contact_person,
        c.phone,
        c.email,
        c.outsourced_work,
        c.data_categories,
        c.persons_count,
        c.sensitive,
        c.handling_location,
        c.abroad,
    )


def _contract(session: Session, contractor_id: int) -> ContractSummary | None:
    contract = listing.current_contract(session, contractor_id)
    if contract is None:
        return None
    detail = listing.contract_detail(contract)
    return ContractSummary(
        detail.data.signed_on,
        detail.data.starts_on,
        detail.data.ends_on,
        detail.data.file_reference,
        detail.missing,
    )
