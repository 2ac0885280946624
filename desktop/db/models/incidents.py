"""Incidents (APPI Art. 26; Rules 7-10): the register, its stages, actions and notices.

The values of the enum-like columns are the enums of ``services/incidents/types.py``
(a test records an incident with each). ``contractor_id`` names a contractor of the
contractor register; it has no foreign key until both registers live in one schema.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Stamped, utcnow

incident_clients = Table(
    "incident_clients",
    Base.metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("client_id", ForeignKey("clients.id"), primary_key=True),
)


class Incident(Stamped, Base):
    """One incident: what happened, to whose data, the Rule 7 triage and where it stands."""

    __tablename__ = "incidents"
    __table_args__ = (
        CheckConstraint("kind IN ('leakage', 'loss', 'damage')", name="kind"),
        CheckConstraint("certainty IN ('suspected', 'confirmed')", name="certainty"),
        CheckConstraint(
            "stage IN ('reported_internally', 'contained', 'investigated', 'preliminary_sent', "
            "'final_sent', 'persons_notified', 'closed')",
            name="stage",
        ),
        CheckConstraint("persons_count IS NULL OR persons_count >= 0", name="persons_count"),
        CheckConstraint("persons_max IS NULL OR persons_max >= 0", name="persons_max"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "I-000001"; shown to people and used in the audit trail
    number: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    sub_kind: Mapped[str] = mapped_column(String(30))
    certainty: Mapped[str] = mapped_column(String(10))
    occurred_on: Mapped[date | None]  # None: not known (yet)
    occurred_time: Mapped[time | None]
    known_on: Mapped[date]
    known_time: Mapped[time | None]
    found_by: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    data_items: Mapped[str] = mapped_column(Text, default="")
    #: the media concerned, a JSON list of "paper", "email", "pc", "cloud"
    media: Mapped[str] = mapped_column(Text, default="[]")
    persons_count: Mapped[int | None]
    persons_max: Mapped[int | None]  # the maximum possible number (Rule 7 item 4 counts this)
    #: the contractor register's id; no foreign key yet (see the module docstring)
    contractor_id: Mapped[int | None]
    contractor_told_on: Mapped[date | None]
    cause: Mapped[str] = mapped_column(Text, default="")
    secondary_harm: Mapped[str] = mapped_column(Text, default="")
    response_to_persons: Mapped[str] = mapped_column(Text, default="")
    publication: Mapped[str] = mapped_column(Text, default="")
    other_notes: Mapped[str] = mapped_column(Text, default="")
    # Rule 7 triage: None while a question is not answered yet
    type_sensitive: Mapped[bool | None]
    type_financial: Mapped[bool | None]
    type_wrongful: Mapped[bool | None]
    strongly_encrypted: Mapped[bool] = mapped_column(default=False)
    #: the furthest stage reached (kept with the stage rows, for the table)
    stage: Mapped[str] = mapped_column(String(30), default="reported_internally")
    closed_on: Mapped[date | None]


class IncidentStage(Base):
    """A stage reached: when, and who recorded it."""

    __tablename__ = "incident_stages"
    __table_args__ = (UniqueConstraint("incident_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(30))
    reached_on: Mapped[date]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class IncidentAction(Base):
    """An entry of the timeline: what was done, when, by whom."""

    __tablename__ = "incident_actions"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('action', 'containment', 'investigation', 'prevention_done', "
            "'prevention_planned')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class IncidentNotice(Base):
    """One sending of the notice to persons (Rule 10): to a linked client, or a batch by count."""

    __tablename__ = "incident_notices"
    __table_args__ = (
        CheckConstraint(
            "method IN ('letter', 'email', 'publication', 'inquiry_desk')", name="method"
        ),
        CheckConstraint("persons >= 1", name="persons"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    persons: Mapped[int] = mapped_column(default=1)
    method: Mapped[str] = mapped_column(String(20))
    sent_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
