"""Clients, the purposes of use their data was collected for, and the links between them.

Personal fields are plain columns so that disposal can blank them in place
(``secure_delete`` then overwrites the old bytes); a disposed client stays as
a tombstone row: number, dates and the disposal record.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Stamped

#: The office's policy, clause 1: the default purposes of use, numbered 1..5 in this
#: order, as a new ledger is seeded with them (docs/appi-rules.md, "Purposes of use").
#: Migrations keep their own frozen copy.
DEFAULT_PURPOSE_TITLES = (
    "Submission of documents to government offices relating to services requested",
    "Confirmation of identity, invoices for fees and expenses, services from the web site",
    "Answering questions, consultations and inquiries",
    "Delegation to outsourcing companies or alliance partners",
    "Information and services by telephone, e-mail, mail and other media",
)
#: the same five purposes as the office's Japanese policy words them, for a ledger set up
#: in Japanese (same order and numbers)
DEFAULT_PURPOSE_TITLES_JA = (
    "ご依頼業務に関する官公署への書類の提出",
    "ご本人確認、報酬・費用の請求、ウェブサイトからのサービスのご提供",
    "ご質問・ご相談・お問い合わせへの回答",
    "業務委託先・提携先への委託",
    "電話・電子メール・郵便その他の媒体による情報・サービスのご案内",
)


class Purpose(Stamped, Base):
    """A purpose of use; retired ones stay on the records that have them."""

    __tablename__ = "purposes"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: 1..5 for the policy's purposes, then 6, 7, ...; never reused
    number: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(String(200))
    retired: Mapped[bool] = mapped_column(default=False)


client_purposes = Table(
    "client_purposes",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("purpose_id", ForeignKey("purposes.id"), primary_key=True),
)


class Client(Stamped, Base):
    """One client's identifying data, how it was obtained, and its retention and disposal."""

    __tablename__ = "clients"
    # The same values as the enums in services/clients.py (a test adds and disposes with each).
    __table_args__ = (
        CheckConstraint("status IN ('active', 'due_for_disposal', 'disposed')", name="status"),
        CheckConstraint(
            "obtained_how IN ('direct', 'form', 'web', 'referral', 'third_party')",
            name="obtained_how",
        ),
        CheckConstraint(
            "disposal_method IN ('shredded', 'erased', 'returned')", name="disposal_method"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "C-000001"; shown to people and used in the audit trail instead of the name
    number: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_kana: Mapped[str] = mapped_column(String(100), default="")
    given_kana: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None]
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    obtained_how: Mapped[str] = mapped_column(String(20))
    obtained_on: Mapped[date]
    # APPI Art. 30: who provided the data when it came from a third party
    provider_name: Mapped[str] = mapped_column(String(200), default="")
    provider_address: Mapped[str] = mapped_column(String(300), default="")
    provider_representative: Mapped[str] = mapped_column(String(200), default="")
    provider_obtained_how: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(default=False)
    sensitive_note: Mapped[str] = mapped_column(Text, default="")
    #: the matters (services requested), a JSON list of strings
    matters: Mapped[str] = mapped_column(Text, default="[]")
    matter_closed_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    retention_end: Mapped[date | None]
    due_reason: Mapped[str] = mapped_column(Text, default="")
    disposed_on: Mapped[date | None]
    disposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    disposal_method: Mapped[str | None] = mapped_column(String(20))
    disposal_reason: Mapped[str] = mapped_column(Text, default="")
