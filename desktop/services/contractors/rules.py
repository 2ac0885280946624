"""The rules of contractor supervision (APPI Art. 25; GL 3-4-4; GL 10), one function each.

docs/appi-rules.md ("Contractors") states them in words; tests/unit/
test_contractor_rules.py has a table for each. No database here: the service
modules gather the facts and ask these functions.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date

from ...vault.errors import QT_TRANSLATE_NOOP
from ..errors import ValidationError
from .types import (
    ActionInput,
    ChecklistItemRow,
    Clause,
    ClauseCheck,
    ContractorStatus,
    FollowUp,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
)

#: the default inspection cycle (docs/appi-rules.md: "periodic inspection, every 12 months")
DEFAULT_CYCLE_MONTHS = 12
MIN_CYCLE_MONTHS, MAX_CYCLE_MONTHS = 1, 60
#: the office inspects itself yearly (GL 10, small-business example methods)
SELF_INSPECTION_CYCLE_MONTHS = 12
#: a privacy training older than this is due again (GL 10: "periodically")
TRAINING_VALID_MONTHS = 12


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day where it lacks one."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def next_inspection_due(
    status: ContractorStatus,
    last_approved_on: date | None,
    cycle_months: int,
    contract_starts_on: date | None,
) -> date | None:
    """When the contractor must next be inspected; None when no inspection is due.

    Only an active contractor is inspected. The cycle counts from the date of
    the last APPROVED inspection (one recorded or returned does not count);
    before the first one, from the start of the contract. With neither, None.
    """
    if status is not ContractorStatus.ACTIVE:
        return None
    basis = last_approved_on or contract_starts_on
    return None if basis is None else add_months(basis, cycle_months)


def next_self_inspection_due(last_approved_on: date | None, today: date) -> date:
    """The office's own check: a year after the last approved one; due now if there was none."""
    if last_approved_on is None:
        return today
    return add_months(last_approved_on, SELF_INSPECTION_CYCLE_MONTHS)


def is_overdue(due: date | None, today: date) -> bool:
    """Past its due date; on the due date itself it is due, not yet overdue."""
    return due is not None and today > due


def due_by_month_end(due: date | None, today: date) -> bool:
    """Belongs in the batch "all sheets due this month": due by this month's end (overdue too)."""
    if due is None:
        return False
    return due <= date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])


def missing_clauses(checks: Iterable[ClauseCheck]) -> tuple[Clause, ...]:
    """The required clauses the contract lacks, in the order of the checklist."""
    present = {check.clause for check in checks if check.present}
    return tuple(clause for clause in Clause if clause not in present)


def follow_up(actions: Sequence[ActionInput]) -> FollowUp:
    """Follow-up of an inspection: nothing asked, still open, or every action done."""
    if not actions:
        return FollowUp.NONE
    return FollowUp.DONE if all(a.done_on is not None for a in actions) else FollowUp.OPEN


def may_edit(status: InspectionStatus) -> bool:
    """A recorded or returned inspection may be corrected; an approved one is final."""
    return status is not InspectionStatus.APPROVED


def check_decision(status: InspectionStatus) -> None:
    """The manager decides (approves or returns) only an inspection waiting for a decision."""
    if status is InspectionStatus.APPROVED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This inspection is already approved."))
    if status is InspectionStatus.RETURNED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This inspection was returned; it can be decided once it is corrected "
                "and recorded again.",
            )
        )


def check_answers(
    items: Sequence[ChecklistItemRow], answers: Sequence[ItemAnswer]
) -> tuple[ItemAnswer, ...]:
    """Every item answered once; "does not conform" needs a comment saying what is wrong.

    Returns the answers in the template's order.
    """
    by_item: dict[int, ItemAnswer] = {}
    for answer in answers:
        if answer.item_id in by_item:
            raise ValueError(f"item {answer.item_id} answered twice")
        by_item[answer.item_id] = answer
    known = {item.id for item in items}
    if unknown := set(by_item) - known:
        raise ValueError(f"answers for items not in the template: {sorted(unknown)}")
    ordered = []
    for item in items:
        found = by_item.get(item.id)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give a result for item {number}."),
                f"item:{item.id}",
                number=item.position,
            )
        result = ItemResult(found.result)
        if result is ItemResult.DOES_NOT_CONFORM and not found.comment.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Item {number} does not conform: say in the comment what is wrong.",
                ),
                f"item:{item.id}",
                number=item.position,
            )
        ordered.append(ItemAnswer(item.id, result, found.comment.strip()))
    return tuple(ordered)


def training_outdated(trained_on: date | None, today: date) -> bool:
    """A user needs privacy training: never trained, or the last one is over a year old."""
    return trained_on is None or today > add_months(trained_on, TRAINING_VALID_MONTHS)
