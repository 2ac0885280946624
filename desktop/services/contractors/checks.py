"""Checks of what the contractor and inspection forms send; each raises ValidationError.

Text is trimmed and one-line fields lose pasted line breaks; the first
problem is raised, naming the field the form shows it next to.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ...vault.errors import QT_TRANSLATE_NOOP
from ..client_validation import normalize_email, normalize_phone
from ..errors import ValidationError
from ..validation import BIDI_CONTROLS, one_line, required_text
from .rules import MAX_CYCLE_MONTHS, MIN_CYCLE_MONTHS
from .types import (
    ActionInput,
    ClauseCheck,
    ContractEnd,
    ContractInput,
    ContractorInput,
    SelectionInput,
    SubcontractorInput,
)

MAX_SHORT = 200
MAX_TEXT = 4000
MAX_PERSONS = 100_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_NOT_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text(value: str, field: str, limit: int = MAX_TEXT) -> str:
    """Several lines of free text: line breaks kept, control characters dropped."""
    cleaned = BIDI_CONTROLS.sub("", _NOT_IN_TEXT.sub("", value)).strip()
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This is too long (at most {limit} characters)."),
            field,
            limit=limit,
        )
    return cleaned


def line(value: str, field: str, limit: int = MAX_SHORT) -> str:
    cleaned = one_line(value)
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This is too long (at most {limit} characters)."),
            field,
            limit=limit,
        )
    return cleaned


def not_future(day: date | None, field: str, today: date) -> None:
    if day is not None and day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This date cannot be in the future."), field
        )


def check_contractor(data: ContractorInput) -> ContractorInput:
    name = required_text(data.name, "name", QT_TRANSLATE_NOOP("errors", "the company name"))
    email = normalize_email(data.email)
    if email and not _EMAIL.match(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This is not an e-mail address (name@example.jp)."),
            "email",
        )
    if data.persons_count is not None and not 0 <= data.persons_count <= MAX_PERSONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a number of persons from 0 upwards."),
            "persons_count",
        )
    if not MIN_CYCLE_MONTHS <= data.inspection_cycle_months <= MAX_CYCLE_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The inspection cycle is {low} to {high} months."),
            "inspection_cycle_months",
            low=MIN_CYCLE_MONTHS,
            high=MAX_CYCLE_MONTHS,
        )
    today = date.today()
    subcontractors = []
    for sub in data.subcontractors:
        sub_name = line(sub.name, "subcontractors")
        if not sub_name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the name of each sub-contractor."),
                "subcontractors",
            )
        not_future(sub.approved_on, "subcontractors", today)
        subcontractors.append(
            SubcontractorInput(sub_name, text(sub.work, "subcontractors"), sub.approved_on)
        )
    return dataclasses.replace(
        data,
        name=name,
        address=line(data.address, "address", 300),
        representative=line(data.representative, "representative"),
        contact_person=line(data.contact_person, "contact_person"),
        phone=line(normalize_phone(data.phone), "phone", 30),
        email=email,
        outsourced_work=text(data.outsourced_work, "outsourced_work"),
        data_categories=text(data.data_categories, "data_categories"),
        handling_location=text(data.handling_location, "handling_location"),
        notes=text(data.notes, "notes"),
        subcontractors=tuple(subcontractors),
    )


def check_selection(data: SelectionInput) -> SelectionInput:
    not_future(data.checked_on, "checked_on", date.today())
    return dataclasses.replace(
        data,
        responsible_person=line(data.responsible_person, "responsible_person"),
        past_incidents=text(data.past_incidents, "past_incidents"),
        note=text(data.note, "selection_note"),
    )


def check_contract(data: ContractInput) -> ContractInput:
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The contract cannot end before it starts."), "ends_on"
        )
    not_future(data.signed_on, "signed_on", date.today())
    seen: dict[str, ClauseCheck] = {}
    for check in data.clauses:
        seen[check.clause] = ClauseCheck(check.clause, check.present, line(check.note, "clauses"))
    return dataclasses.replace(
        data,
        file_reference=line(data.file_reference, "file_reference", 300),
        clauses=tuple(seen.values()),
    )


def check_end(data: ContractEnd) -> ContractEnd:
    not_future(data.handled_on, "handled_on", date.today())
    return dataclasses.replace(
        data,
        certificate_reference=line(data.certificate_reference, "certificate_reference", 300),
    )


def check_actions(actions: tuple[ActionInput, ...]) -> tuple[ActionInput, ...]:
    checked = []
    for action in actions:
        what = text(action.action, "actions", 1000)
        if not what:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say what each corrective action is."), "actions"
            )
        checked.append(
            ActionInput(what, line(action.owner, "actions"), action.due_on, action.done_on)
        )
    return tuple(checked)
