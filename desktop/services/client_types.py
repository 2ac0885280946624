"""The client register's types: statuses, the form's input, rows and details.

Shared by clients.py (the service), client_records.py (storage) and
client_validation.py (the form's rules), which import this module and not
each other, so the imports form no circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .retention import is_due


class ClientStatus(StrEnum):
    ACTIVE = "active"
    DUE_FOR_DISPOSAL = "due_for_disposal"
    DISPOSED = "disposed"


class ClientStanding(StrEnum):
    """What a person is told about a client today: the stored status, and whether the
    retention period is over (computed, never stored: it changes with the calendar)."""

    ACTIVE = "active"
    PAST_RETENTION = "past_retention"  # active, but kept past its keep-until date
    DUE_FOR_DISPOSAL = "due_for_disposal"
    DISPOSED = "disposed"


def standing(status: ClientStatus, retention_end: date | None, today: date) -> ClientStanding:
    """An active client whose keep-until date has passed is past retention, not active."""
    if status is ClientStatus.ACTIVE and is_due(retention_end, today):
        return ClientStanding.PAST_RETENTION
    return ClientStanding(status.value)


class ObtainedHow(StrEnum):
    DIRECT = "direct"  # in person, from the client
    FORM = "form"  # a paper form the client filled in
    WEB = "web"  # the web site's inquiry form
    REFERRAL = "referral"  # introduced by someone, data from the client
    THIRD_PARTY = "third_party"  # received from a third party: Art. 30 check applies


class DisposalMethod(StrEnum):
    SHREDDED = "shredded"
    ERASED = "erased"
    RETURNED = "returned"


@dataclass(frozen=True)
class Purpose:
    id: int
    number: int  # 1..5 for the policy's purposes, then 6, 7, ...
    title: str
    retired: bool


@dataclass(frozen=True)
class ClientRow:
    """A light row for the client table (one query for all rows, no per-row queries)."""

    id: int
    number: str  # "C-000123"
    name: str  # family + " " + given ("" once disposed)
    kana: str  # family kana + " " + given kana
    phone: str
    email: str
    purposes: tuple[int, ...]  # purpose numbers, sorted
    sensitive: bool
    status: ClientStatus
    retention_end: date | None
    search_key: str  # textsearch.row_key(number, name, kana, phone, email)

    def standing(self, today: date) -> ClientStanding:
        """The status shown for the client on ``today`` (past retention is computed)."""
        return standing(self.status, self.retention_end, today)


@dataclass(frozen=True)
class ClientInput:
    """What the client form edits."""

    family_name: str
    given_name: str
    family_kana: str = ""
    given_kana: str = ""
    date_of_birth: date | None = None
    postal_code: str = ""  # "123-4567"
    address: str = ""
    phone: str = ""
    email: str = ""
    obtained_how: ObtainedHow = ObtainedHow.DIRECT
    obtained_on: date | None = None  # required; the form defaults it to today
    # Art. 30: only when obtained_how is THIRD_PARTY (then name, address and how are required)
    provider_name: str = ""
    provider_address: str = ""
    provider_representative: str = ""
    provider_obtained_how: str = ""
    purpose_ids: tuple[int, ...] = ()  # at least one
    sensitive: bool = False
    sensitive_note: str = ""  # what kind (required when sensitive)
    matters: tuple[str, ...] = ()  # matters / services requested, free list
    matter_closed_on: date | None = None  # when the last matter closed
    notes: str = ""
    retention_end: date | None = None  # None: computed by default_retention_end


@dataclass(frozen=True)
class Disposal:
    disposed_on: date
    disposed_by: str  # user display name
    method: DisposalMethod
    reason: str


@dataclass(frozen=True)
class ClientDetail:
    id: int
    number: str
    status: ClientStatus
    data: ClientInput
    created_at: datetime
    updated_at: datetime
    due_reason: str  # why it was marked due for disposal ("" when not)
    disposal: Disposal | None

    def standing(self, today: date) -> ClientStanding:
        """The status shown for the client on ``today`` (past retention is computed)."""
        return standing(self.status, self.data.retention_end, today)
