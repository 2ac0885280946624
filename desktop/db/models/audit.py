"""The audit trail: append-only events linked in a keyed hash chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"

    #: position in the chain, 1, 2, 3, ... without gaps
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: the user name at the time, so renames do not rewrite history
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    #: HMAC-SHA256 over the previous event's mac and this event's fields, hex
    mac: Mapped[str] = mapped_column(String(64))
