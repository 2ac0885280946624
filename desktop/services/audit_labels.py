"""The records of the audit log as a person recognises them, looked up when the log is shown.

The audit trail stores a record's kind and internal id only, never a name: a
name written into the hash chain could never be erased when the client's data
is disposed. The log shows what the records are called now: a client by its
number and name ("C-000160 山田 太郎"), by its number alone once disposed
(the name is gone); a user by display and user name; a purpose by number and
title. A record that no longer exists keeps its id.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from ..db.models import Client, User
from ..db.models import Purpose as PurposeRecord
from .audit import AuditRow
from .client_types import ClientStatus
from .clients import CLIENT_RECORD
from .ledger import Ledger
from .permissions import Actor, Permission, require
from .purposes import PURPOSE_RECORD
from .users import USER_RECORD

#: (record kind code, id as stored) → what the record is called now
Labels = dict[tuple[str, str], str]


def record_labels(ledger: Ledger, actor: Actor, rows: Iterable[AuditRow]) -> Labels:
    """What each client, user and purpose named by ``rows`` is called now (a few queries)."""
    require(actor, Permission.VIEW_AUDIT)
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if row.entity_id.isdigit():
            wanted.setdefault(row.entity, set()).add(int(row.entity_id))
    labels: Labels = {}
    with ledger.read() as session:
        if ids := wanted.get(CLIENT_RECORD.code):
            query = select(
                Client.id, Client.number, Client.status, Client.family_name, Client.given_name
            ).where(Client.id.in_(ids))
            for client_id, number, status, family, given in session.execute(query):
                disposed = status == ClientStatus.DISPOSED
                name = "" if disposed else f"{family} {given}".strip()
                labels[CLIENT_RECORD.code, str(client_id)] = f"{number} {name}".strip()
        if ids := wanted.get(USER_RECORD.code):
            query_users = select(User.id, User.display_name, User.username).where(User.id.in_(ids))
            for user_id, display_name, username in session.execute(query_users):
                labels[USER_RECORD.code, str(user_id)] = f"{display_name} ({username})"
        if ids := wanted.get(PURPOSE_RECORD.code):
            query_purposes = select(
                PurposeRecord.id, PurposeRecord.number, PurposeRecord.title
            ).where(PurposeRecord.id.in_(ids))
            for purpose_id, purpose_number, title in session.execute(query_purposes):
                labels[PURPOSE_RECORD.code, str(purpose_id)] = f"{purpose_number} {title}"
    return labels
