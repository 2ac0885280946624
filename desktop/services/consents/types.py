"""The consent register's vocabulary: enums, form inputs and the rows services return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RecipientKind(StrEnum):
    COMPANY = "company"
    ALLIANCE_PARTNER = "alliance_partner"
    NATIONAL_GOVERNMENT = "national_government"
    LOCAL_GOVERNMENT = "local_government"
    INCORPORATED_ADMINISTRATIVE_AGENCY = "incorporated_administrative_agency"
    INDIVIDUAL = "individual"


class ConsentMethod(StrEnum):
    SIGNED_FORM = "signed_form"
    EMAIL = "email"
    ORAL = "oral"  # needs a note: who heard it, when, what was said


class ConsentState(StrEnum):
    """A consent's state on a given day (see rules.consent_state)."""

    NOT_YET = "not_yet"  # obtained later than that day
    ACTIVE = "active"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


class LegalBasis(StrEnum):
    """Provisions that need no consent: Art. 27(1) (laws) and Art. 27(5) (not a third party)."""

    LAWS_AND_REGULATIONS = "laws_and_regulations"
    OUTSOURCING = "outsourcing"
    BUSINESS_SUCCESSION = "business_succession"
    JOINT_USE = "joint_use"


class DeliveryMethod(StrEnum):
    HAND = "hand"
    MAIL = "mail"
    EMAIL = "email"
    ONLINE = "online"  # an online application system (e-Gov, immigration online)
    FAX = "fax"
    OTHER = "other"


class RecordMethod(StrEnum):
    """How the Rule 19 record is kept; it sets the retention (Rules 21, 25)."""

    EACH = "each"  # one record per provision: 3 years from the record
    BULK = "bulk"  # one record for continuing provisions: 3 years from the last one
    CONTRACT = "contract"  # a contract with the person stands in: 1 year after the last one


@dataclass(frozen=True)
class DataItem:
    id: int
    number: int
    name: str
    sensitive: bool
    retired: bool


@dataclass(frozen=True)
class RecipientInput:
    name: str
    kind: RecipientKind
    address: str = ""
    representative: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Recipient:
    id: int
    name: str
    kind: RecipientKind
    address: str
    representative: str
    notes: str


@dataclass(frozen=True)
class ConsentInput:
    """What the consent form edits."""

    client_id: int
    recipient_id: int
    purpose_id: int
    item_ids: tuple[int, ...]
    obtained_on: date
    method: ConsentMethod = ConsentMethod.SIGNED_FORM
    method_note: str = ""
    purpose_note: str = ""
    evidence_ref: str = ""
    expires_on: date | None = None
    #: None: the policy version in force on ``obtained_on``
    policy_version_id: int | None = None


@dataclass(frozen=True)
class Withdrawal:
    withdrawn_on: date
    how: str
    note: str


@dataclass(frozen=True)
class ConsentRow:
    """A light row for the consents table."""

    id: int
    number: str
    client_id: int
    client_number: str
    client_name: str
    recipient_id: int
    recipient_name: str
    purpose_number: int
    item_names: tuple[str, ...]
    obtained_on: date
    expires_on: date | None
    withdrawn_on: date | None
    state: ConsentState  # on the day the row was listed


@dataclass(frozen=True)
class ConsentVersionRow:
    version: int
    at: datetime
    username: str
    change: str  # "created", "edited", "withdrawn"
    changed_fields: tuple[str, ...]
    state: dict[str, object]


@dataclass(frozen=True)
class ConsentDetail:
    id: int
    number: str
    data: ConsentInput
    withdrawal: Withdrawal | None
    version: int
    history: tuple[ConsentVersionRow, ...]  # oldest first


@dataclass(frozen=True)
class ProvisionInput:
    """What the provision form edits: a covering consent is found, or a legal basis given."""

    client_id: int
    recipient_id: int
    purpose_id: int
    item_ids: tuple[int, ...]
    provided_on: date
    delivery_method: DeliveryMethod = DeliveryMethod.HAND
    #: the consent chosen when several cover the provision (None: the one that covers it)
    consent_id: int | None = None
    legal_basis: LegalBasis | None = None
    basis_note: str = ""
    record_method: RecordMethod = RecordMethod.EACH
    notes: str = ""


@dataclass(frozen=True)
class ProvisionRow:
    id: int
    number: str
    client_id: int
    client_number: str
    client_name: str
    recipient_id: int
    recipient_name: str
    provided_on: date
    item_names: tuple[str, ...]
    consent_number: str  # "" when a legal basis allows it
    legal_basis: LegalBasis | None
    exempt: bool  # government recipient: no Rule 20 record required
    retention_end: date | None  # None once the record was purged
    #: the consent was withdrawn or expired by the provision date (after a later withdrawal)
    uncovered: bool


@dataclass(frozen=True)
class ProvisionRecordView:
    """The Rule 20 record as generated from the provision."""

    provision_number: str
    made_on: date
    provided_on: date
    consent_obtained: bool
    legal_basis: str
    recipient_name: str
    recipient_address: str
    recipient_representative: str
    person: str
    items: tuple[str, ...]
    exempt: bool
    retention_end: date


@dataclass(frozen=True)
class ReceiptInput:
    """Art. 30: data received from a third party, and the confirmation of its provider."""

    client_id: int
    received_on: date
    provider_name: str
    provider_address: str
    provider_obtained_how: str
    item_ids: tuple[int, ...]
    provider_representative: str = ""
    record_method: RecordMethod = RecordMethod.EACH
    notes: str = ""


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str
    client_id: int
    client_number: str
    client_name: str
    received_on: date
    provider_name: str
    item_names: tuple[str, ...]
    retention_end: date


@dataclass(frozen=True)
class WithdrawalOutcome:
    consent: ConsentRow
    #: recorded provisions on or after the withdrawal date that the consent covered
    uncovered: tuple[ProvisionRow, ...]


@dataclass(frozen=True)
class PurgeOutcome:
    provisions: int
    receipts: int
