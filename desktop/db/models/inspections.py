"""Inspection checklists (versioned templates) and inspections with their results and actions.

A template version is never changed once saved: an edit makes the next
version, and every inspection keeps the version it was recorded with. The
office's own yearly self-inspection uses the same tables with ``kind``
"self" and no contractor.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Stamped


class ChecklistTemplate(Stamped, Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (
        CheckConstraint("kind IN ('contractor', 'self')", name="kind"),
        UniqueConstraint("kind", "version", name="kind_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        CheckConstraint(
            "category IN ('organizational', 'personnel', 'physical', 'technical', "
            "'external', 'contract')",
            name="category",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE")
    )
    position: Mapped[int]
    category: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(Text)


class Inspection(Stamped, Base):
    """One inspection of a contractor (or of the office itself when ``contractor_id`` is None)."""

    __tablename__ = "inspections"
    __table_args__ = (
        CheckConstraint("method IN ('on_site', 'questionnaire', 'documents')", name="method"),
        CheckConstraint("status IN ('recorded', 'returned', 'approved')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contractor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contractors.id", ondelete="CASCADE"), index=True
    )
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"))
    inspected_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(20))
    inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    findings: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="recorded")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    return_reason: Mapped[str] = mapped_column(Text, default="")


class InspectionResult(Base):
    __tablename__ = "inspection_results"
    __table_args__ = (
        CheckConstraint(
            "result IN ('conforms', 'does_not_conform', 'not_applicable')", name="result"
        ),
    )

    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_items.id"), primary_key=True)
    result: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")


class CorrectiveAction(Base):
    """What the contractor must put right after an inspection, by whom and when."""

    __tablename__ = "corrective_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    action: Mapped[str] = mapped_column(Text)
    #: the person at the contractor who is responsible for it
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
