"""Demo contractors: sixty companies with contracts and years of inspections, some overdue."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from desktop.demo.contractors import fill_contractors
from desktop.services.contractors import inspections, register, schedule
from desktop.services.contractors.types import ContractorStatus, InspectionStatus
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import LedgerTemplate, Login

TODAY = date(2026, 6, 15)


def summary(ledger: Ledger) -> list[tuple[object, ...]]:
    assert ledger.actor is not None
    return [
        (r.number, r.name, r.status, r.next_due, r.overdue, r.missing_clauses, r.awaiting_approval)
        for r in register.list_contractors(ledger, ledger.actor, TODAY)
    ]


def test_demo_contractors_look_like_an_office_and_are_the_same_every_time(
    login: Login, ledger_template: LedgerTemplate, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    assert fill_contractors(ledger, ledger.actor, count=60, today=TODAY) == (
        "Added 60 synthetic contractors with inspections."
    )
    rows = register.list_contractors(ledger, ledger.actor, TODAY)
    assert len(rows) == 60
    statuses = {status: sum(r.status is status for r in rows) for status in ContractorStatus}
    assert statuses[ContractorStatus.ACTIVE] >= 45
    assert statuses[ContractorStatus.CANDIDATE] and statuses[ContractorStatus.ENDED]
    active = [r for r in rows if r.status is ContractorStatus.ACTIVE]
    assert 2 <= sum(r.overdue for r in active) <= 15
    assert all(r.next_due is not None for r in active)
    assert any(r.missing_clauses for r in rows)
    assert any(r.awaiting_approval for r in rows)
    history = [i for r in rows for i in inspections.list_inspections(ledger, ledger.actor, r.id)]
    assert len(history) >= 120  # several years of inspections
    assert all(i.inspected_on <= TODAY for i in history)
    assert any(i.nonconformities for i in history)
    own = inspections.list_inspections(ledger, ledger.actor, None)
    assert own and all(i.status is InspectionStatus.APPROVED for i in own)
    assert not schedule.self_inspection_state(ledger, ledger.actor, TODAY).overdue
    first = summary(ledger)

    other = tmp_path / "other.pldb"
    shutil.copyfile(ledger_template.path, other)
    other.chmod(0o600)
    again = login(path=other)
    assert again.actor is not None
    fill_contractors(again, again.actor, count=60, today=TODAY)
    assert summary(again) == first
