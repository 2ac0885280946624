"""CSV rows of the contractor register and of inspections, for the export command.

Each kind gives its header keys and its rows as plain tuples of text, in the
shape the CSV module registers (``privacy-ledger export FILE contractors|inspections``).
Dates are ISO (YYYY-MM-DD); yes/no as "yes"/"no"; lists joined with "; ".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ...db.models import Contractor, Inspection
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import inspections, listing

CONTRACTOR_HEADER = (
    "number",
    "name",
    "status",
    "address",
    "representative",
    "contact_person",
    "phone",
    "email",
    "outsourced_work",
    "data_categories",
    "persons_count",
    "sensitive",
    "handling_location",
    "abroad",
    "inspection_cycle_months",
    "contract_starts_on",
    "contract_ends_on",
    "missing_clauses",
    "last_inspected_on",
    "next_due",
    "overdue",
)
INSPECTION_HEADER = (
    "contractor_number",
    "contractor_name",
    "inspected_on",
    "method",
    "inspector",
    "status",
    "checklist_version",
    "nonconformities",
    "follow_up",
    "decided_by",
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def contractor_rows(
    ledger: Ledger, actor: Actor, today: date | None = None
) -> list[tuple[str, ...]]:
    require(actor, Permission.EXPORT)
    day = today or date.today()
    with ledger.read() as session:
        rows = {row.id: row for row in listing.rows(session, today=day)}
        out = []
        for c in session.scalars(select(Contractor).order_by(Contractor.number)):
            row = rows[c.id]
            contract = listing.current_contract(session, c.id)
            values: tuple[object, ...] = (
                c.number,
                c.name,
                c.status,
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
                c.inspection_cycle_months,
                None if contract is None else contract.starts_on,
                row.contract_ends_on,
                "; ".join(clause.value for clause in row.missing_clauses),
                row.last_inspected_on,
                row.next_due,
                row.overdue,
            )
            out.append(tuple(_text(v) for v in values))
        return out


def inspection_rows(ledger: Ledger, actor: Actor) -> list[tuple[str, ...]]:
    """Every inspection, by contractor number then date; the office's own as "office"."""
    require(actor, Permission.EXPORT)
    with ledger.read() as session:
        names = {c.id: (c.number, c.name) for c in session.scalars(select(Contractor))}
        subjects = [None, *sorted(names, key=lambda cid: names[cid][0])]
        present = set(session.scalars(select(Inspection.contractor_id).distinct()))
        out = []
        for subject in subjects:
            if subject not in present:
                continue
            number, name = (inspections.SELF, "") if subject is None else names[subject]
            for row in reversed(inspections.rows(session, subject)):
                values: tuple[object, ...] = (
                    number,
                    name,
                    row.inspected_on,
                    row.method.value,
                    row.inspector,
                    row.status.value,
                    row.template_version,
                    row.nonconformities,
                    row.follow_up.value,
                    row.decided_by,
                )
                out.append(tuple(_text(v) for v in values))
        return out
