"""Consents, provisions to third parties, their Rule 20 records, and receipts (APPI Art. 27-30).

The values of the enumerated columns are the enums of ``services/consents/types.py``
(a test records one of each). A consent's earlier states are kept in
``consent_versions``, one row per change, never overwritten.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Stamped

#: (English, Japanese, sensitive) — the data items a new ledger starts with. Sensitive
#: ones are 要配慮個人情報 (APPI Art. 2(3)); the manager may add, reword and retire items.
DEFAULT_DATA_ITEMS = (
    ("Name", "氏名", False),
    ("Address", "住所", False),
    ("Date of birth", "生年月日", False),
    ("Phone number", "電話番号", False),
    ("E-mail address", "メールアドレス", False),
    ("Residence card details", "在留カード情報", False),
    ("Passport details", "旅券情報", False),
    ("Family register details", "戸籍情報", False),
    ("Resident record details", "住民票情報", False),
    ("Employer and income", "勤務先・収入", False),
    ("Bank account", "銀行口座", False),
    ("Medical information", "病歴・診断書", True),
    ("Disability", "障害", True),
    ("Criminal record", "犯罪歴", True),
)

RECIPIENT_KINDS = (
    "company",
    "alliance_partner",
    "national_government",
    "local_government",
    "incorporated_administrative_agency",
    "individual",
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class DataItem(Stamped, Base):
    """A kind of personal data the office may pass on (name, residence card details, ...)."""

    __tablename__ = "data_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: 1, 2, ...: the order items are listed in; never reused
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(100))
    sensitive: Mapped[bool] = mapped_column(default=False)
    retired: Mapped[bool] = mapped_column(default=False)


class Recipient(Stamped, Base):
    """A third party data is provided to (or, for government kinds, submitted to)."""

    __tablename__ = "recipients"
    __table_args__ = (CheckConstraint(_one_of("kind", RECIPIENT_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    representative: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")


consent_items = Table(
    "consent_items",
    Base.metadata,
    Column("consent_id", ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("data_items.id"), primary_key=True),
)


class Consent(Stamped, Base):
    """A client's consent to a provision of listed data items to one recipient for one purpose."""

    __tablename__ = "consents"
    __table_args__ = (
        CheckConstraint(_one_of("method", ("signed_form", "email", "oral")), name="method"),
        Index("ix_consents_client_recipient", "client_id", "recipient_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "CS-000001"
    number: Mapped[str] = mapped_column(String(16), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"), index=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    purpose_note: Mapped[str] = mapped_column(Text, default="")
    obtained_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(20))
    method_note: Mapped[str] = mapped_column(Text, default="")
    #: the privacy policy version in force on ``obtained_on`` (policy_versions.id)
    policy_version_id: Mapped[int | None] = mapped_column(ForeignKey("policy_versions.id"))
    #: where the signed form or the e-mail is kept (cabinet / file reference)
    evidence_ref: Mapped[str] = mapped_column(String(200), default="")
    expires_on: Mapped[date | None]
    withdrawn_on: Mapped[date | None]
    withdrawal_how: Mapped[str] = mapped_column(String(200), default="")
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")
    #: the number of the newest row in consent_versions
    version: Mapped[int] = mapped_column(default=1)


class ConsentVersion(Base):
    """One state of a consent, written at each change: the history shown in the form."""

    __tablename__ = "consent_versions"
    __table_args__ = (UniqueConstraint("consent_id", "version", name="consent_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id", ondelete="CASCADE"))
    version: Mapped[int]
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: "created", "edited" or "withdrawn"
    change: Mapped[str] = mapped_column(String(20))
    #: the fields that changed ("" for the first version)
    changed_fields: Mapped[str] = mapped_column(Text, default="")
    #: the whole consent as JSON, item names included
    state: Mapped[str] = mapped_column(Text)


provision_items = Table(
    "provision_items",
    Base.metadata,
    Column("provision_id", ForeignKey("provisions.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("data_items.id"), primary_key=True),
)

LEGAL_BASES = ("laws_and_regulations", "outsourcing", "business_succession", "joint_use")
RECORD_METHODS = ("each", "bulk", "contract")
DELIVERY_METHODS = ("hand", "mail", "email", "online", "fax", "other")


class Provision(Stamped, Base):
    """One provision of a client's data to a recipient, with the consent or basis that allows it."""

    __tablename__ = "provisions"
    __table_args__ = (
        CheckConstraint(_one_of("legal_basis", LEGAL_BASES), name="legal_basis"),
        CheckConstraint(_one_of("record_method", RECORD_METHODS), name="record_method"),
        CheckConstraint(_one_of("delivery_method", DELIVERY_METHODS), name="delivery_method"),
        CheckConstraint(
            "(consent_id IS NULL) <> (legal_basis IS NULL)", name="consent_or_legal_basis"
        ),
        Index("ix_provisions_client_recipient", "client_id", "recipient_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "PV-000001"
    number: Mapped[str] = mapped_column(String(16), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"), index=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    provided_on: Mapped[date]
    delivery_method: Mapped[str] = mapped_column(String(20))
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"), index=True)
    legal_basis: Mapped[str | None] = mapped_column(String(30))
    basis_note: Mapped[str] = mapped_column(Text, default="")
    record_method: Mapped[str] = mapped_column(String(10), default="each")
    notes: Mapped[str] = mapped_column(Text, default="")


class ProvisionRecord(Base):
    """The APPI Art. 29 / Rule 20 record, generated from its provision, never typed.

    The recipient and the person are copied as they were on the day, so the
    record keeps saying what was true then.
    """

    __tablename__ = "provision_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    provision_id: Mapped[int] = mapped_column(
        ForeignKey("provisions.id", ondelete="CASCADE"), unique=True
    )
    made_on: Mapped[date]
    consent_obtained: Mapped[bool]
    legal_basis: Mapped[str] = mapped_column(String(30), default="")
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_address: Mapped[str] = mapped_column(String(300), default="")
    recipient_representative: Mapped[str] = mapped_column(String(200), default="")
    person: Mapped[str] = mapped_column(String(250))
    items: Mapped[str] = mapped_column(Text)
    #: government recipient: no record is required (Art. 29(1) proviso via Art. 16(2))
    exempt: Mapped[bool] = mapped_column(default=False)
    retention_end: Mapped[date] = mapped_column(index=True)


receipt_items = Table(
    "receipt_items",
    Base.metadata,
    Column("receipt_id", ForeignKey("receipts.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("data_items.id"), primary_key=True),
)


class Receipt(Stamped, Base):
    """Data received from a third party, with the Art. 30 confirmation of where it came from."""

    __tablename__ = "receipts"
    __table_args__ = (
        CheckConstraint(_one_of("record_method", RECORD_METHODS), name="record_method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "RC-000001"
    number: Mapped[str] = mapped_column(String(16), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    received_on: Mapped[date]
    provider_name: Mapped[str] = mapped_column(String(200))
    provider_address: Mapped[str] = mapped_column(String(300))
    provider_representative: Mapped[str] = mapped_column(String(200), default="")
    provider_obtained_how: Mapped[str] = mapped_column(Text)
    record_method: Mapped[str] = mapped_column(String(10), default="each")
    retention_end: Mapped[date] = mapped_column(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
