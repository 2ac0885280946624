"""Recipients: the third parties (and government offices) the office provides data to."""

from __future__ import annotations

from sqlalchemy import select

from ...db.models import Recipient as RecipientRecord
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from ..validation import required_text
from . import store
from .actions import RECIPIENT_RECORD, ConsentAction
from .types import Recipient, RecipientInput, RecipientKind


def list_recipients(ledger: Ledger, actor: Actor) -> list[Recipient]:
    require(actor, Permission.VIEW_CLIENTS)
    with ledger.read() as session:
        query = select(RecipientRecord).order_by(RecipientRecord.name, RecipientRecord.id)
        return [recipient_of(record) for record in session.scalars(query)]


def add_recipient(ledger: Ledger, actor: Actor, data: RecipientInput) -> Recipient:
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        record = RecipientRecord(**_values(data), created_by_id=actor.id, updated_by_id=actor.id)
        session.add(record)
        session.flush()
        audit.record(
            session, actor, ConsentAction.RECIPIENT_ADD, RECIPIENT_RECORD, record.id, record.kind
        )
        return recipient_of(record)


def update_recipient(
    ledger: Ledger, actor: Actor, recipient_id: int, data: RecipientInput
) -> Recipient:
    """Change a recipient; records already made keep the name and address of their day."""
    require(actor, Permission.EDIT_CLIENTS)
    values = _values(data)
    with ledger.transaction() as session:
        record = store.recipient(session, recipient_id)
        changed = [key for key, value in values.items() if getattr(record, key) != value]
        if changed:
            for key in changed:
                setattr(record, key, values[key])
            record.updated_by_id = actor.id
            summary = ", ".join(changed)
            audit.record(
                session, actor, ConsentAction.RECIPIENT_EDIT, RECIPIENT_RECORD, record.id, summary
            )
        return recipient_of(record)


def recipient_of(record: RecipientRecord) -> Recipient:
    return Recipient(
        record.id,
        record.name,
        RecipientKind(record.kind),
        record.address,
        record.representative,
        record.notes,
    )


def _values(data: RecipientInput) -> dict[str, str]:
    """Rule 20(1): a record names the recipient's address and, for a company, its representative."""
    kind = RecipientKind(data.kind)
    values = {
        "name": required_text(
            data.name, "name", QT_TRANSLATE_NOOP("errors", "the recipient's name")
        ),
        "kind": kind.value,
        "address": required_text(
            data.address, "address", QT_TRANSLATE_NOOP("errors", "the address"), 300
        ),
        "representative": store.line(
            data.representative, "representative", QT_TRANSLATE_NOOP("errors", "the representative")
        ),
        "notes": store.note(data.notes, "notes", QT_TRANSLATE_NOOP("errors", "the notes")),
    }
    if kind is RecipientKind.COMPANY and not values["representative"]:
        required_text(
            "", "representative", QT_TRANSLATE_NOOP("errors", "the company's representative")
        )
    return values
