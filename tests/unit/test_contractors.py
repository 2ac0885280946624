"""The contractor register and inspections through the services, as the tab and CLI use them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.services import audit
from desktop.services.contractors import checklists, export, inspections, register, schedule
from desktop.services.contractors.rules import add_months
from desktop.services.contractors.types import (
    ActionInput,
    ChecklistItemInput,
    ChecklistKind,
    Clause,
    ClauseCheck,
    ContractEnd,
    ContractInput,
    ContractorInput,
    ContractorStatus,
    EndHandling,
    FollowUp,
    InspectionInput,
    InspectionMethod,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
    SelectionInput,
    SubcontractorInput,
    Template,
)
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import CLERK, Login

TODAY = date.today()
MINATO = ContractorInput(
    name="株式会社みなと印刷",
    address="東京都港区芝浦9-99-1",
    representative="代表取締役 山本 一郎",
    contact_person="佐藤 花子",
    phone="０３－１２３４－５６７８",
    email="ｓａｔｏ@example.jp",
    outsourced_work="Printing and mailing of client newsletters",
    data_categories="name, address",
    persons_count=800,
    handling_location="Tokyo office; AWS Tokyo region",
    abroad=False,
    status=ContractorStatus.ACTIVE,
    subcontractors=(SubcontractorInput("Example Mail Co.", "envelope stuffing", date(2025, 2, 1)),),
)
ALL_CLAUSES = tuple(ClauseCheck(c, True, "") for c in Clause)


@pytest.fixture
def manager(login: Login) -> Ledger:
    return login()


def answers(template: Template, failing: int | None = None) -> tuple[ItemAnswer, ...]:
    """Every item conforms, except the ``failing``-th (1-based), which does not."""
    return tuple(
        ItemAnswer(item.id, ItemResult.DOES_NOT_CONFORM, "no lock on the cabinet")
        if item.position == failing
        else ItemAnswer(item.id, ItemResult.CONFORMS)
        for item in template.items
    )


def an_inspection(template: Template, day: date, failing: int | None = None) -> InspectionInput:
    actions = (
        (ActionInput("Fit a lock", "Sato Hanako", day + timedelta(days=30)),) if failing else ()
    )
    return InspectionInput(
        inspected_on=day,
        method=InspectionMethod.ON_SITE,
        answers=answers(template, failing),
        findings="Cabinet for client files was unlocked.",
        actions=actions,
    )


def active_with_contract(ledger: Ledger, start: date) -> int:
    assert ledger.actor is not None
    row = register.add_contractor(ledger, ledger.actor, MINATO)
    register.save_contract(
        ledger, ledger.actor, row.id, ContractInput(starts_on=start, clauses=ALL_CLAUSES)
    )
    return row.id


def test_a_contractor_is_saved_cleaned_and_numbered(manager: Ledger) -> None:
    assert manager.actor is not None
    first = register.add_contractor(manager, manager.actor, MINATO)
    second = register.add_contractor(manager, manager.actor, replace(MINATO, name="Example IT"))

    assert (first.number, second.number) == ("CTR-0001", "CTR-0002")
    detail = register.get_contractor(manager, manager.actor, first.id)
    assert detail.data.phone == "03-1234-5678"  # full-width digits typed with the IME on
    assert detail.data.email == "sato@example.jp"
    assert detail.data.subcontractors == MINATO.subcontractors
    assert detail.data == replace(MINATO, phone="03-1234-5678", email="sato@example.jp")
    assert not first.has_contract and first.next_due is None


def test_a_clerk_views_and_inspects_but_does_not_edit_the_register(login: Login) -> None:
    manager = login()
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY - timedelta(days=400))
    manager.close()
    clerk = login(CLERK)
    assert clerk.actor is not None

    assert [row.id for row in register.list_contractors(clerk, clerk.actor)] == [contractor_id]
    with pytest.raises(PermissionDenied):
        register.add_contractor(clerk, clerk.actor, MINATO)
    with pytest.raises(PermissionDenied):
        register.save_contract(clerk, clerk.actor, contractor_id, ContractInput())
    with pytest.raises(PermissionDenied):
        checklists.save_template(clerk, clerk.actor, ChecklistKind.CONTRACTOR, [])
    template = checklists.current_template(clerk, clerk.actor, ChecklistKind.CONTRACTOR)
    row = inspections.record_inspection(
        clerk, clerk.actor, contractor_id, an_inspection(template, TODAY, failing=3)
    )
    assert row.inspector == "Suzuki Kenta" and row.status is InspectionStatus.RECORDED
    with pytest.raises(PermissionDenied) as info:
        inspections.approve_inspection(clerk, clerk.actor, row.id)
    assert "approve an inspection" in str(info.value)
    with pytest.raises(PermissionDenied):
        inspections.return_inspection(clerk, clerk.actor, row.id, "redo")


def test_missing_clauses_are_reported_on_the_row(manager: Ledger) -> None:
    assert manager.actor is not None
    row = register.add_contractor(manager, manager.actor, MINATO)
    some = tuple(ClauseCheck(c, c is not Clause.SUBCONTRACTING, "") for c in Clause)
    detail = register.save_contract(
        manager, manager.actor, row.id, ContractInput(starts_on=TODAY, clauses=some)
    )

    assert detail.contract is not None
    assert detail.contract.missing == (Clause.SUBCONTRACTING,)
    (listed,) = register.list_contractors(manager, manager.actor)
    assert listed.missing_clauses == (Clause.SUBCONTRACTING,)
    assert listed.next_due == add_months(TODAY, 12)


def test_approval_moves_the_next_due_date_and_clears_overdue(manager: Ledger) -> None:
    assert manager.actor is not None
    start = TODAY - timedelta(days=500)
    contractor_id = active_with_contract(manager, start)
    (row,) = register.list_contractors(manager, manager.actor)
    assert row.overdue and row.next_due == add_months(start, 12)

    template = checklists.current_template(manager, manager.actor, ChecklistKind.CONTRACTOR)
    day = TODAY - timedelta(days=3)
    recorded = inspections.record_inspection(
        manager, manager.actor, contractor_id, an_inspection(template, day, failing=2)
    )
    (row,) = register.list_contractors(manager, manager.actor)
    assert row.overdue and row.awaiting_approval == 1  # recording alone moves nothing

    approved = inspections.approve_inspection(manager, manager.actor, recorded.id)
    assert approved.status is InspectionStatus.APPROVED and approved.decided_by == "Yamada Taro"
    (row,) = register.list_contractors(manager, manager.actor)
    assert (row.next_due, row.overdue, row.last_inspected_on) == (add_months(day, 12), False, day)
    assert approved.nonconformities == 1 and approved.follow_up is FollowUp.OPEN

    with pytest.raises(ValidationError, match="already approved"):
        inspections.approve_inspection(manager, manager.actor, recorded.id)
    with pytest.raises(ValidationError, match="cannot be changed"):
        inspections.update_inspection(
            manager, manager.actor, recorded.id, an_inspection(template, day)
        )
    done = (ActionInput("Fit a lock", "Sato Hanako", day + timedelta(days=30), TODAY),)
    followed = inspections.update_actions(manager, manager.actor, recorded.id, done)
    assert followed.follow_up is FollowUp.DONE


def test_a_returned_inspection_is_corrected_then_approved(manager: Ledger) -> None:
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY - timedelta(days=30))
    template = checklists.current_template(manager, manager.actor, ChecklistKind.CONTRACTOR)
    row = inspections.record_inspection(
        manager, manager.actor, contractor_id, an_inspection(template, TODAY)
    )
    with pytest.raises(ValidationError, match="Say why"):
        inspections.return_inspection(manager, manager.actor, row.id, "  ")
    returned = inspections.return_inspection(manager, manager.actor, row.id, "Add the findings")
    assert returned.status is InspectionStatus.RETURNED
    with pytest.raises(ValidationError, match="returned"):
        inspections.approve_inspection(manager, manager.actor, row.id)

    fixed = inspections.update_inspection(
        manager, manager.actor, row.id, an_inspection(template, TODAY, failing=5)
    )
    assert fixed.status is InspectionStatus.RECORDED and fixed.nonconformities == 1
    assert inspections.approve_inspection(manager, manager.actor, row.id).status is (
        InspectionStatus.APPROVED
    )
    detail = inspections.get_inspection(manager, manager.actor, row.id)
    assert detail.return_reason == ""
    assert detail.data.answers[4].comment == "no lock on the cabinet"


def test_a_non_conformity_without_comment_is_refused_and_nothing_saved(manager: Ledger) -> None:
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY)
    template = checklists.current_template(manager, manager.actor, ChecklistKind.CONTRACTOR)
    bad = [
        ItemAnswer(i.id, ItemResult.DOES_NOT_CONFORM if i.position == 7 else ItemResult.CONFORMS)
        for i in template.items
    ]
    with pytest.raises(ValidationError, match="Item 7 does not conform") as info:
        inspections.record_inspection(
            manager,
            manager.actor,
            contractor_id,
            InspectionInput(TODAY, InspectionMethod.QUESTIONNAIRE, tuple(bad)),
        )
    assert info.value.field == f"item:{template.items[6].id}"
    assert inspections.list_inspections(manager, manager.actor, contractor_id) == []


def test_an_inspection_keeps_the_checklist_version_it_was_recorded_with(manager: Ledger) -> None:
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY - timedelta(days=100))
    v1 = checklists.current_template(manager, manager.actor, ChecklistKind.CONTRACTOR)
    assert v1.version == 1 and 25 <= len(v1.items) <= 35
    old = inspections.record_inspection(
        manager, manager.actor, contractor_id, an_inspection(v1, TODAY - timedelta(days=50))
    )

    edited = [ChecklistItemInput(i.category, i.question) for i in v1.items[1:]]
    edited.append(ChecklistItemInput(v1.items[0].category, "Is the USB port policy enforced?"))
    v2 = checklists.save_template(manager, manager.actor, ChecklistKind.CONTRACTOR, edited)
    assert v2.version == 2
    assert "Is the USB port policy enforced?" in [i.question for i in v2.items]
    same = checklists.save_template(manager, manager.actor, ChecklistKind.CONTRACTOR, edited)
    assert same.id == v2.id  # nothing changed: no new version

    kept = inspections.get_inspection(manager, manager.actor, old.id)
    assert kept.template.version == 1 and kept.template.items == v1.items
    assert kept.row.template_version == 1
    with pytest.raises(ValueError):  # answers of one version do not fit the other
        inspections.record_inspection(
            manager, manager.actor, contractor_id, an_inspection(v1, TODAY)
        )
    new = inspections.record_inspection(
        manager, manager.actor, contractor_id, an_inspection(v2, TODAY)
    )
    assert new.template_version == 2
    # the old one can still be corrected against its own version
    inspections.update_inspection(
        manager, manager.actor, old.id, an_inspection(v1, TODAY - timedelta(days=50), failing=1)
    )
    self_template = checklists.current_template(manager, manager.actor, ChecklistKind.SELF)
    assert self_template.version == 1  # the other checklist is untouched


def test_an_ended_contract_records_the_return_and_stops_inspections(manager: Ledger) -> None:
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY - timedelta(days=800))
    end = ContractEnd(EndHandling.ERASED, TODAY, "Certificate 2026-014")
    row = register.end_contract(manager, manager.actor, contractor_id, end)

    assert row.status is ContractorStatus.ENDED and row.next_due is None and not row.overdue
    detail = register.get_contractor(manager, manager.actor, contractor_id)
    assert detail.contract is not None and detail.contract.end == end
    with pytest.raises(ValidationError, match="future"):
        register.end_contract(
            manager, manager.actor, contractor_id, replace(end, handled_on=TODAY + timedelta(1))
        )


def test_the_selection_check_names_who_checked(manager: Ledger) -> None:
    assert manager.actor is not None
    row = register.add_contractor(
        manager, manager.actor, replace(MINATO, status=ContractorStatus.CANDIDATE)
    )
    check = SelectionInput(TODAY, privacy_mark=True, responsible_person="Sato", has_rules=True)
    detail = register.record_selection(manager, manager.actor, row.id, check)
    assert detail.selection is not None
    assert (detail.selection.data, detail.selection.checked_by) == (check, "Yamada Taro")


def test_the_office_inspects_itself_on_the_same_engine(manager: Ledger) -> None:
    assert manager.actor is not None
    state = schedule.self_inspection_state(manager, manager.actor, TODAY)
    assert (state.last_approved_on, state.next_due, state.overdue) == (None, TODAY, False)

    template = checklists.current_template(manager, manager.actor, ChecklistKind.SELF)
    assert {i.category.value for i in template.items} == {
        "organizational",
        "personnel",
        "physical",
        "technical",
        "external",
    }
    row = inspections.record_inspection(
        manager, manager.actor, None, an_inspection(template, TODAY)
    )
    inspections.approve_inspection(manager, manager.actor, row.id)
    state = schedule.self_inspection_state(manager, manager.actor, TODAY)
    assert state.next_due == add_months(TODAY, 12)
    assert register.list_contractors(manager, manager.actor) == []  # no contractor appeared


def test_changes_and_decisions_are_in_the_audit_trail(manager: Ledger) -> None:
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY)
    template = checklists.current_template(manager, manager.actor, ChecklistKind.CONTRACTOR)
    row = inspections.record_inspection(
        manager, manager.actor, contractor_id, an_inspection(template, TODAY)
    )
    inspections.approve_inspection(manager, manager.actor, row.id)

    trail = [(e.action, e.summary) for e in audit.list_events(manager, manager.actor)][:4]
    assert trail == [
        ("inspection.approve", f"CTR-0001: {TODAY.isoformat()}"),
        ("inspection.record", f"CTR-0001: {TODAY.isoformat()} (checklist v1)"),
        ("contractor.contract", "CTR-0001: 0 clause(s) missing"),
        ("contractor.add", "CTR-0001"),
    ]
    assert manager.verify_chain().ok


def test_export_rows_match_their_headers(manager: Ledger) -> None:
    assert manager.actor is not None
    contractor_id = active_with_contract(manager, TODAY - timedelta(days=400))
    template = checklists.current_template(manager, manager.actor, ChecklistKind.CONTRACTOR)
    inspections.record_inspection(
        manager, manager.actor, contractor_id, an_inspection(template, TODAY, failing=1)
    )
    (contractor,) = export.contractor_rows(manager, manager.actor)
    row = dict(zip(export.CONTRACTOR_HEADER, contractor, strict=True))
    assert row["name"] == "株式会社みなと印刷" and row["overdue"] == "yes"
    assert row["missing_clauses"] == "" and row["persons_count"] == "800"
    (inspection,) = export.inspection_rows(manager, manager.actor)
    row = dict(zip(export.INSPECTION_HEADER, inspection, strict=True))
    assert row["contractor_number"] == "CTR-0001" and row["nonconformities"] == "1"
    assert row["status"] == "recorded" and row["inspected_on"] == TODAY.isoformat()


def test_a_clerk_cannot_export(login: Login) -> None:
    clerk = login(CLERK)
    assert clerk.actor is not None
    with pytest.raises(PermissionDenied):
        export.contractor_rows(clerk, clerk.actor)
