"""Outsourcing companies (contractors), their sub-contractors and contracts (APPI Art. 25).

The register follows the three parts of supervision in docs/appi-rules.md
("Contractors"): selection (the questionnaire columns on the contractor),
contract (the contract with its clause checklist) and oversight (inspections,
in inspections.py). Rows are never deleted; an ended contractor keeps its
history.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Stamped

#: months between inspections unless the contractor's own cycle says otherwise
DEFAULT_INSPECTION_CYCLE_MONTHS = 12


class Contractor(Stamped, Base):
    """One outsourcing company: who it is, what it handles, and the selection check."""

    __tablename__ = "contractors"
    # The same values as the enums in services/contractors/types.py.
    __table_args__ = (
        CheckConstraint("status IN ('candidate', 'active', 'ended')", name="status"),
        CheckConstraint("inspection_cycle_months BETWEEN 1 AND 60", name="cycle"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "K-0001"; shown to people and used in the audit trail
    number: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="candidate")
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    representative: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    #: what is outsourced, in the office's words
    outsourced_work: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[str] = mapped_column(Text, default="")
    #: roughly how many persons' data are entrusted (None: not known yet)
    persons_count: Mapped[int | None]
    sensitive: Mapped[bool] = mapped_column(default=False)
    #: where the data is handled: places, servers, cloud services
    handling_location: Mapped[str] = mapped_column(Text, default="")
    #: handled abroad or on a foreign cloud (the external environment must be understood)
    abroad: Mapped[bool] = mapped_column(default=False)
    inspection_cycle_months: Mapped[int] = mapped_column(default=DEFAULT_INSPECTION_CYCLE_MONTHS)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Selection check before entrusting (GL 3-4-4, part 1)
    selection_checked_on: Mapped[date | None]
    selection_checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    selection_privacy_mark: Mapped[bool] = mapped_column(default=False)
    selection_isms: Mapped[bool] = mapped_column(default=False)
    selection_responsible_person: Mapped[str] = mapped_column(String(200), default="")
    selection_has_rules: Mapped[bool] = mapped_column(default=False)
    selection_past_incidents: Mapped[str] = mapped_column(Text, default="")
    selection_note: Mapped[str] = mapped_column(Text, default="")


class Subcontractor(Stamped, Base):
    """A company the contractor re-outsources to; allowed only with the office's prior approval."""

    __tablename__ = "subcontractors"

    id: Mapped[int] = mapped_column(primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    work: Mapped[str] = mapped_column(Text, default="")
    #: the date the office approved it in advance (None: not approved)
    approved_on: Mapped[date | None]


class Contract(Stamped, Base):
    """A contract with a contractor: dates, the clause checklist, and how it ended."""

    __tablename__ = "contracts"
    __table_args__ = (
        CheckConstraint("end_handling IN ('returned', 'erased')", name="end_handling"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    signed_on: Mapped[date | None]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    renewal_on: Mapped[date | None]
    #: where the signed contract is kept (a file path or a binder number)
    file_reference: Mapped[str] = mapped_column(String(300), default="")
    #: the clause checklist, JSON: {"clause code": {"present": bool, "note": str}}
    clauses: Mapped[str] = mapped_column(Text, default="{}")
    # End of the contract: the data returned or erased, with the disposal certificate
    end_handling: Mapped[str | None] = mapped_column(String(20))
    end_handled_on: Mapped[date | None]
    certificate_reference: Mapped[str] = mapped_column(String(300), default="")
