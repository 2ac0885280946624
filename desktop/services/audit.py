"""The audit trail: every read of personal data, change, export, print and login.

The chain itself (appending, checking) is audit_chain.py; the action codes are
declared by each area next to its service (audit_actions.py has the base).
This module lists the trail for a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent
from .audit_chain import ChainReport as ChainReport
from .audit_chain import check_from_checkpoint as check_from_checkpoint
from .audit_chain import init_chain as init_chain
from .audit_chain import record as record
from .audit_chain import record_many as record_many
from .audit_chain import set_checkpoint as set_checkpoint
from .audit_chain import verify_chain as verify_chain
from .ledger import Ledger
from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str


def list_events(
    ledger: Ledger,
    actor: Actor,
    *,
    text: str = "",
    action: str = "",
    limit: int = 5000,
) -> list[AuditRow]:
    """Newest first; ``text`` filters user, entity and summary."""
    require(actor, Permission.VIEW_AUDIT)
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if action:
        query = query.where(AuditEvent.action == action)
    if text:
        pattern = f"%{text}%"
        query = query.where(
            AuditEvent.username.ilike(pattern)
            | AuditEvent.summary.ilike(pattern)
            | AuditEvent.entity_id.ilike(pattern)
            | AuditEvent.entity.ilike(pattern)
        )
    with ledger.read() as session:
        return [
            AuditRow(e.seq, e.at, e.username, e.action, e.entity, e.entity_id, e.summary)
            for e in session.scalars(query)
        ]


def count_events(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
