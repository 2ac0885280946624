"""Versions of the office's privacy policy, each with its text, language and effective date.

Rows are never changed or deleted: a consent names the version the person
agreed to (its id), so that text must stay as it was.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow


class PolicyVersion(Base):
    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("version", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the label people use: "1.0", "2.0", ...
    version: Mapped[str] = mapped_column(String(20))
    #: "ja" or "en"; one row per language of the same version
    language: Mapped[str] = mapped_column(String(8))
    #: the policy as published (Markdown)
    text: Mapped[str] = mapped_column(Text)
    #: the first day the version is in force
    effective_on: Mapped[date]
    #: who recorded it; none for the version the program seeded
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
