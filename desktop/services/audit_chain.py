"""The audit chain: appending an event and checking the whole chain.

This module knows sessions only, not the open ledger, so the ledger can use
it; audit.py lists events for a person.

Events form a chain: each event's MAC is HMAC-SHA256, under a random audit key
kept inside the encrypted database, over the previous MAC and the event's own
fields. The key is not derived from the data key, so it survives key rotation.
A changed, missing or reordered event breaks the chain at that event.

Opening the ledger checks the chain from a checkpoint (``check_from_checkpoint``):
a (seq, MAC) pair kept in the settings table and itself MACed with the audit
key, so only the events since the last open are walked. The full walk
(``verify_chain``) stays in ``privacy-ledger verify``, which alone notices an
event changed before the checkpoint by someone who can also recompute MACs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import AuditEvent, Setting
from ..vault.errors import QT_TRANSLATE_NOOP, Phrase
from .audit_actions import AuditAction, RecordKind
from .permissions import Actor

#: the fields an event's MAC covers, in this order
_CHAINED = (
    AuditEvent.seq,
    AuditEvent.at,
    AuditEvent.user_id,
    AuditEvent.username,
    AuditEvent.action,
    AuditEvent.entity,
    AuditEvent.entity_id,
    AuditEvent.summary,
)
AUDIT_KEY = "audit_key"
AUDIT_HEAD = "audit_head"
AUDIT_CHECKPOINT = "audit_checkpoint"
GENESIS = "0" * 64
#: what ChainReport.problem says, translatable in the UI
_MISSING = Phrase(QT_TRANSLATE_NOOP("errors", "this event is missing"))
_CHANGED = Phrase(QT_TRANSLATE_NOOP("errors", "this event was changed"))
_REMOVED = Phrase(QT_TRANSLATE_NOOP("errors", "this event and any after it were removed"))


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_broken: int | None = None
    problem: str = ""
    #: the MAC of the last event checked (the head when ``ok``), for the next checkpoint
    head: str = GENESIS

    def describe(self) -> Phrase:
        """One line for a person; a Phrase, so the UI can translate it."""
        if self.ok:
            return Phrase(
                QT_TRANSLATE_NOOP("errors", "audit trail intact ({events} events)"),
                events=self.events,
            )
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "audit trail broken at event {event}: {problem}"),
            event=self.first_broken,
            problem=self.problem,
        )


def init_chain(session: Session) -> None:
    """Give a new ledger its random audit key and an empty chain."""
    session.add(Setting(key=AUDIT_KEY, value=secrets.token_hex(32)))
    session.add(Setting(key=AUDIT_HEAD, value=json.dumps([0, GENESIS])))


def record(
    session: Session,
    actor: Actor | None,
    action: AuditAction,
    entity: RecordKind | None = None,
    entity_id: object = "",
    summary: str = "",
) -> None:
    """Append one event to the chain, in the caller's transaction.

    The head is read under a row lock (``SELECT ... FOR UPDATE`` on a server
    database; SQLite, one writer at a time anyway, ignores it), so two writers
    can never both extend the same head and fork the chain.
    """
    key = _audit_key(session)
    head = session.get(Setting, AUDIT_HEAD, with_for_update=True)
    assert head is not None, "ledger without audit chain"
    seq, previous = json.loads(head.value)
    event = AuditEvent(
        seq=seq + 1,
        at=utcnow(),
        user_id=None if actor is None else actor.id,
        username="" if actor is None else actor.username,
        action=action.value,
        entity="" if entity is None else entity.code,
        entity_id=str(entity_id),
        summary=summary,
    )
    event.mac = _mac(key, previous, [getattr(event, column.key) for column in _CHAINED])
    session.add(event)
    head.value = json.dumps([event.seq, event.mac])


def record_many(
    session: Session,
    actor: Actor | None,
    events: Iterable[tuple[AuditAction, RecordKind | None, object, str]],
) -> int:
    """Append many events (action, entity, id, summary) at once: demo data of office size.

    The same chain as ``record`` builds, inserted in bulk instead of one ORM object each.
    """
    key = _audit_key(session)
    head = session.get(Setting, AUDIT_HEAD, with_for_update=True)
    assert head is not None, "ledger without audit chain"
    seq, previous = json.loads(head.value)
    at = utcnow()
    user_id, username = (None, "") if actor is None else (actor.id, actor.username)
    rows = []
    for action, entity, entity_id, summary in events:
        seq += 1
        fields = [seq, at, user_id, username, action.value, entity.code if entity else ""]
        fields += [str(entity_id), summary]
        previous = _mac(key, previous, fields)
        rows.append(dict(zip([c.key for c in _CHAINED], fields, strict=True), mac=previous))
    for start in range(0, len(rows), 10_000):
        session.execute(insert(AuditEvent), rows[start : start + 10_000])
    head.value = json.dumps([seq, previous])
    return len(rows)


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; report the first event that was changed, removed or added."""
    return _walk(session, 0, GENESIS)


def check_from_checkpoint(session: Session) -> ChainReport:
    """Check the events after the MACed checkpoint (all of them when there is none).

    The event at the checkpoint must still carry the MAC recorded there and the
    events up to it must all be present; anything else falls back to the full walk,
    which names the first broken event.
    """
    start = _checkpoint(session)
    if start is None:
        return verify_chain(session)
    seq, mac = start
    at_checkpoint = session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == seq))
    up_to = session.scalar(select(func.count()).where(AuditEvent.seq <= seq))
    if at_checkpoint is None or not hmac.compare_digest(at_checkpoint, mac) or up_to != seq:
        return verify_chain(session)
    return _walk(session, seq, mac)


def set_checkpoint(session: Session, report: ChainReport) -> None:
    """Remember a checked chain's head, so the next open walks only what comes after it."""
    if not report.ok:
        return
    value = [report.events, report.head]
    tag = _checkpoint_tag(_audit_key(session), value)
    row = session.get(Setting, AUDIT_CHECKPOINT)
    if row is None:
        session.add(Setting(key=AUDIT_CHECKPOINT, value=json.dumps([*value, tag])))
    else:
        row.value = json.dumps([*value, tag])


def _checkpoint(session: Session) -> tuple[int, str] | None:
    """The checkpoint when present and its tag holds; None when absent or not genuine."""
    row = session.get(Setting, AUDIT_CHECKPOINT)
    if row is None:
        return None
    try:
        seq, mac, tag = json.loads(row.value)
    except (ValueError, TypeError):
        return None
    expected = _checkpoint_tag(_audit_key(session), [seq, mac])
    if not isinstance(tag, str) or not hmac.compare_digest(expected, tag):
        return None
    if not isinstance(seq, int) or not isinstance(mac, str) or seq < 1:
        return None
    return seq, mac


def _checkpoint_tag(key: bytes, value: list[Any]) -> str:
    message = b"checkpoint\x00" + json.dumps(value).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _walk(session: Session, after: int, previous: str) -> ChainReport:
    """Check the events after ``after`` (whose MAC is ``previous``) and the head."""
    key = _audit_key(session)
    expected = after + 1
    # Plain rows, not ORM objects: the chain grows daily.
    columns = (*_CHAINED, AuditEvent.mac)
    query = select(*columns).where(AuditEvent.seq > after).order_by(AuditEvent.seq)
    rows = session.execute(query).yield_per(5000)
    for *fields, mac in rows:
        if fields[0] != expected:
            return ChainReport(False, expected - 1, expected, _MISSING)
        if not hmac.compare_digest(_mac(key, previous, fields), mac):
            return ChainReport(False, expected - 1, fields[0], _CHANGED)
        previous = mac
        expected += 1
    count = expected - 1
    head = session.get(Setting, AUDIT_HEAD)
    head_seq, head_mac = json.loads(head.value) if head else (-1, "")
    if head_seq != count or head_mac != previous:
        return ChainReport(False, count, count + 1, _REMOVED)
    return ChainReport(True, count, head=previous)


def _audit_key(session: Session) -> bytes:
    cache = session.info.get(AUDIT_KEY)
    if cache is None:
        row = session.get(Setting, AUDIT_KEY)
        assert row is not None, "ledger without audit key"
        cache = session.info[AUDIT_KEY] = bytes.fromhex(row.value)
    assert isinstance(cache, bytes)
    return cache


def _mac(key: bytes, previous: str, fields: Sequence[Any]) -> str:
    """HMAC over the previous event's MAC and this event's fields (``_CHAINED`` order)."""
    values = [value.isoformat() if isinstance(value, datetime) else value for value in fields]
    message = previous.encode() + json.dumps(values, ensure_ascii=False).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
