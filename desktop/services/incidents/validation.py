"""The incident form's rules: the input tidied, and every problem found at once.

Each problem names its ``IncidentInput`` field so the form shows it next to
that field; the UI may call ``validate_incident`` while a person types.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time
from typing import Any

from ...vault.errors import QT_TRANSLATE_NOOP
from ..errors import ValidationError
from ..validation import BIDI_CONTROLS, one_line
from .types import SUB_KINDS, Certainty, IncidentInput, Kind, Medium, SubKind

#: the longest text of each field (the columns in db/models/incidents.py; Text kept sane)
MAX_LENGTHS = {
    "title": 200,
    "found_by": 200,
    "description": 10000,
    "data_items": 5000,
    "cause": 10000,
    "secondary_harm": 5000,
    "response_to_persons": 5000,
    "publication": 5000,
    "other_notes": 5000,
}
MULTILINE = (
    "description",
    "data_items",
    "cause",
    "secondary_harm",
    "response_to_persons",
    "publication",
    "other_notes",
)
#: no office has more persons on file than this; a larger number is a typing slip
MAX_PERSONS = 100_000_000
_NOT_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(data: IncidentInput) -> IncidentInput:
    """The input as saved: trimmed, links sorted, the told date only with a contractor."""
    texts = {name: multiline(getattr(data, name)) for name in MULTILINE}
    data = dataclasses.replace(data, **texts)  # type: ignore[arg-type]
    return dataclasses.replace(
        data,
        title=one_line(data.title),
        found_by=one_line(data.found_by),
        media=tuple(m for m in Medium if m in set(data.media)),
        client_ids=tuple(sorted(set(data.client_ids))),
        occurred_time=_minute(data.occurred_time),
        known_time=_minute(data.known_time),
        contractor_told_on=data.contractor_told_on if data.contractor_id is not None else None,
    )


def check_incident(data: IncidentInput, today: date | None = None) -> IncidentInput:
    """The cleaned input, or the first problem it has raised (for the services that save)."""
    cleaned = clean(data)
    problems = _problems(cleaned, today or date.today())
    if problems:
        raise problems[0]
    return cleaned


def validate_incident(data: IncidentInput, *, today: date | None = None) -> list[ValidationError]:
    """Every rule the input breaks once cleaned, in the order of the form (lengths last)."""
    return _problems(clean(data), today or date.today())


def _problems(data: IncidentInput, today: date) -> list[ValidationError]:
    problems: list[ValidationError] = []

    def problem(field: str, template: str, **params: Any) -> None:
        problems.append(ValidationError(template, field, **params))

    if not data.title:
        problem("title", QT_TRANSLATE_NOOP("errors", "Enter a short title for the incident."))
    _check_choices(data, problem)
    if data.occurred_on is None and data.occurred_time is not None:
        problem(
            "occurred_on",
            QT_TRANSLATE_NOOP("errors", "Enter the date it occurred, or leave the time empty."),
        )
    if data.occurred_on is not None and data.occurred_on > today:
        problem(
            "occurred_on",
            QT_TRANSLATE_NOOP("errors", "The date it occurred cannot be in the future."),
        )
    if data.known_on is None:
        problem(
            "known_on",
            QT_TRANSLATE_NOOP("errors", "Enter the date the office learned of the incident."),
        )
    elif data.known_on > today:
        problem(
            "known_on",
            QT_TRANSLATE_NOOP(
                "errors", "The date the office learned of it cannot be in the future."
            ),
        )
    elif _known_before_occurred(data):
        problem(
            "known_on",
            QT_TRANSLATE_NOOP(
                "errors", "The office cannot have learned of the incident before it occurred."
            ),
        )
    _check_contractor(data, today, problem)
    _check_persons(data, problem)
    for field, limit in MAX_LENGTHS.items():
        if len(getattr(data, field)) > limit:
            problem(
                field,
                QT_TRANSLATE_NOOP("errors", "This is too long (at most {limit} characters)."),
                limit=limit,
            )
    return problems


def _check_choices(data: IncidentInput, problem: Any) -> None:
    try:
        kind, sub_kind = Kind(data.kind), SubKind(data.sub_kind)
        Certainty(data.certainty)
    except ValueError:
        problem("kind", QT_TRANSLATE_NOOP("errors", "Choose the kind of incident from the list."))
        return
    if sub_kind not in SUB_KINDS[kind]:
        problem(
            "sub_kind",
            QT_TRANSLATE_NOOP(
                "errors", "This detail does not go with the kind of incident chosen."
            ),
        )


def _known_before_occurred(data: IncidentInput) -> bool:
    if data.occurred_on is None or data.known_on is None:
        return False
    occurred = datetime.combine(data.occurred_on, data.occurred_time or time.min)
    # An unknown time of knowing is taken as the end of that day: only the date can be wrong.
    known = datetime.combine(data.known_on, data.known_time or time.max)
    return known < occurred


def _check_contractor(data: IncidentInput, today: date, problem: Any) -> None:
    told = data.contractor_told_on
    if told is None:
        return
    if told > today:
        problem(
            "contractor_told_on",
            QT_TRANSLATE_NOOP(
                "errors", "The date the contractor told the office cannot be in the future."
            ),
        )
    elif data.occurred_on is not None and told < data.occurred_on:
        problem(
            "contractor_told_on",
            QT_TRANSLATE_NOOP(
                "errors", "The contractor cannot have told the office before the incident occurred."
            ),
        )


def _check_persons(data: IncidentInput, problem: Any) -> None:
    for field in ("persons_count", "persons_max"):
        value = getattr(data, field)
        if value is not None and not 0 <= value <= MAX_PERSONS:
            problem(
                field,
                QT_TRANSLATE_NOOP("errors", "Enter a number of persons from 0 to {limit}."),
                limit=MAX_PERSONS,
            )
            return
    count, most = data.persons_count, data.persons_max
    if count is not None and most is not None and most < count:
        problem(
            "persons_max",
            QT_TRANSLATE_NOOP(
                "errors", "The maximum possible number cannot be below the number known."
            ),
        )


def multiline(text: str) -> str:
    """Line breaks and tabs belong in these texts; other control characters do not."""
    return BIDI_CONTROLS.sub("", _NOT_IN_TEXT.sub("", text)).strip()


def _minute(value: time | None) -> time | None:
    return None if value is None else value.replace(second=0, microsecond=0, tzinfo=None)
