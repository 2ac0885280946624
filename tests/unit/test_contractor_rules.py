"""The contractor rules of docs/appi-rules.md ("Contractors"), one table per rule."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.contractors import rules
from desktop.services.contractors.types import (
    ActionInput,
    Category,
    ChecklistItemRow,
    Clause,
    ClauseCheck,
    ContractorStatus,
    FollowUp,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
)
from desktop.services.errors import ValidationError

ACTIVE, CANDIDATE, ENDED = (
    ContractorStatus.ACTIVE,
    ContractorStatus.CANDIDATE,
    ContractorStatus.ENDED,
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 4, 15), 12, date(2026, 4, 15)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # no 31 February: the month's last day
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # leap day, next year has none
        (date(2025, 11, 30), 3, date(2026, 2, 28)),  # across the year end
        (date(2025, 12, 31), 6, date(2026, 6, 30)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert rules.add_months(day, months) == expected


@pytest.mark.parametrize(
    ("status", "last_approved", "cycle", "contract_start", "expected"),
    [
        # cycle counts from the last approved inspection
        (ACTIVE, date(2025, 5, 10), 12, date(2020, 1, 1), date(2026, 5, 10)),
        (ACTIVE, date(2025, 5, 10), 6, None, date(2025, 11, 10)),
        # never inspected: from the start of the contract
        (ACTIVE, None, 12, date(2025, 3, 1), date(2026, 3, 1)),
        # active without a contract start and never inspected: nothing to count from
        (ACTIVE, None, 12, None, None),
        # only active contractors are inspected
        (CANDIDATE, None, 12, date(2025, 3, 1), None),
        (ENDED, date(2024, 5, 10), 12, date(2020, 1, 1), None),
    ],
)
def test_next_inspection_due(
    status: ContractorStatus,
    last_approved: date | None,
    cycle: int,
    contract_start: date | None,
    expected: date | None,
) -> None:
    assert rules.next_inspection_due(status, last_approved, cycle, contract_start) == expected


@pytest.mark.parametrize(
    ("due", "today", "overdue"),
    [
        (date(2026, 3, 1), date(2026, 2, 28), False),
        (date(2026, 3, 1), date(2026, 3, 1), False),  # due today is not yet overdue
        (date(2026, 3, 1), date(2026, 3, 2), True),
        (None, date(2026, 3, 2), False),  # nothing due
    ],
)
def test_is_overdue(due: date | None, today: date, overdue: bool) -> None:
    assert rules.is_overdue(due, today) is overdue


@pytest.mark.parametrize(
    ("due", "today", "in_batch"),
    [
        (date(2026, 3, 31), date(2026, 3, 5), True),  # later this month
        (date(2026, 3, 1), date(2026, 3, 5), True),
        (date(2025, 11, 1), date(2026, 3, 5), True),  # overdue: still to be inspected
        (date(2026, 4, 1), date(2026, 3, 5), False),  # next month
        (None, date(2026, 3, 5), False),
    ],
)
def test_due_by_month_end(due: date | None, today: date, in_batch: bool) -> None:
    assert rules.due_by_month_end(due, today) is in_batch


@pytest.mark.parametrize(
    ("last", "today", "expected"),
    [
        (date(2025, 6, 30), date(2026, 1, 10), date(2026, 6, 30)),
        (None, date(2026, 1, 10), date(2026, 1, 10)),  # never done: due now
    ],
)
def test_next_self_inspection_due(last: date | None, today: date, expected: date) -> None:
    assert rules.next_self_inspection_due(last, today) == expected


def _checks(*present: Clause) -> list[ClauseCheck]:
    return [ClauseCheck(clause, clause in present, "") for clause in Clause]


@pytest.mark.parametrize(
    ("checks", "missing"),
    [
        (_checks(*Clause), ()),
        (_checks(*[c for c in Clause if c is not Clause.REMEDIES]), (Clause.REMEDIES,)),
        ([], tuple(Clause)),  # a clause never ticked counts as missing
        (
            _checks(Clause.CONFIDENTIALITY, Clause.SAFETY_MEASURES, Clause.INSPECTION),
            (
                Clause.SUBCONTRACTING,
                Clause.INCIDENT_REPORTING,
                Clause.RETURN_OR_ERASURE,
                Clause.REMEDIES,
            ),
        ),
    ],
    ids=["all", "no-remedies", "none-given", "three"],
)
def test_missing_clauses(checks: list[ClauseCheck], missing: tuple[Clause, ...]) -> None:
    assert rules.missing_clauses(checks) == missing


def test_the_clause_list_is_the_seven_clauses_of_the_rules() -> None:
    assert len(Clause) == 7


@pytest.mark.parametrize(
    ("done", "expected"),
    [
        ((), FollowUp.NONE),
        ((None,), FollowUp.OPEN),
        ((date(2026, 1, 5), None), FollowUp.OPEN),
        ((date(2026, 1, 5), date(2026, 1, 9)), FollowUp.DONE),
    ],
)
def test_follow_up(done: tuple[date | None, ...], expected: FollowUp) -> None:
    actions = [ActionInput("fix", "Sato", None, day) for day in done]
    assert rules.follow_up(actions) is expected


@pytest.mark.parametrize(
    ("status", "decidable", "editable"),
    [
        (InspectionStatus.RECORDED, True, True),
        (InspectionStatus.RETURNED, False, True),
        (InspectionStatus.APPROVED, False, False),
    ],
)
def test_which_inspections_may_be_decided_and_edited(
    status: InspectionStatus, decidable: bool, editable: bool
) -> None:
    if decidable:
        rules.check_decision(status)
    else:
        with pytest.raises(ValidationError):
            rules.check_decision(status)
    assert rules.may_edit(status) is editable


ITEMS = [
    ChecklistItemRow(11, 1, Category.ORGANIZATIONAL, "Responsible person?"),
    ChecklistItemRow(12, 2, Category.TECHNICAL, "Access control?"),
]
C, D, N = ItemResult.CONFORMS, ItemResult.DOES_NOT_CONFORM, ItemResult.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ([ItemAnswer(11, C), ItemAnswer(12, N)], None),
        ([ItemAnswer(12, D, "no passwords"), ItemAnswer(11, C)], None),  # any order
        ([ItemAnswer(11, C), ItemAnswer(12, D, "  ")], "Item 2 does not conform"),
        ([ItemAnswer(11, D)], "Item 1 does not conform"),
        ([ItemAnswer(11, C)], "Give a result for item 2"),
    ],
)
def test_check_answers(answers: list[ItemAnswer], problem: str | None) -> None:
    if problem is None:
        ordered = rules.check_answers(ITEMS, answers)
        assert [a.item_id for a in ordered] == [11, 12]
    else:
        with pytest.raises(ValidationError) as info:
            rules.check_answers(ITEMS, answers)
        assert problem in str(info.value)


@pytest.mark.parametrize(
    ("trained_on", "today", "due"),
    [
        (None, date(2026, 5, 1), True),
        (date(2025, 5, 1), date(2026, 5, 1), False),  # exactly a year: still valid
        (date(2025, 5, 1), date(2026, 5, 2), True),
        (date(2026, 1, 10), date(2026, 5, 1), False),
    ],
)
def test_training_outdated(trained_on: date | None, today: date, due: bool) -> None:
    assert rules.training_outdated(trained_on, today) is due
