"""When inspections are due: the office's own yearly check and the sheets due this month."""

from __future__ import annotations

from datetime import date

from ...db.models import Contractor
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import listing, rules
from .types import ContractorRow, ContractorStatus, SelfInspectionState


def self_inspection_state(
    ledger: Ledger, actor: Actor, today: date | None = None
) -> SelfInspectionState:
    """Where the office's own yearly check stands (due now if it was never done)."""
    require(actor, Permission.VIEW_CONTRACTORS)
    day = today or date.today()
    with ledger.read() as session:
        last = listing.last_approved(session, None)
    due = rules.next_self_inspection_due(last, day)
    return SelfInspectionState(last, due, rules.is_overdue(due, day))


def due_by_month_end(
    ledger: Ledger, actor: Actor, today: date | None = None
) -> list[ContractorRow]:
    """Active contractors due for inspection by the end of this month (overdue ones too)."""
    require(actor, Permission.VIEW_CONTRACTORS)
    day = today or date.today()
    with ledger.read() as session:
        candidates = listing.rows(
            session, Contractor.status == ContractorStatus.ACTIVE.value, today=day
        )
    return [row for row in candidates if rules.due_by_month_end(row.next_due, day)]
