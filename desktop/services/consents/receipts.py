"""Receipts of personal data from third parties, with the confirmation of Art. 30.

The office confirms and records the provider's name, address and (for a
company) representative, and how the provider obtained the data. The record
is kept as Rule 25 says (the same periods as provision records, rules.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Receipt, receipt_items
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..counters import CounterName
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from ..validation import required_text
from . import listing, rules, store
from .actions import RECEIPT_RECORD, ConsentAction
from .types import ReceiptInput, ReceiptRow, RecordMethod

NUMBER_PREFIX = "RC-"


def list_receipts(
    ledger: Ledger, actor: Actor, *, client_id: int | None = None
) -> list[ReceiptRow]:
    require(actor, Permission.VIEW_CLIENTS)
    where = [] if client_id is None else [Receipt.client_id == client_id]
    with ledger.read() as session:
        return listing.receipt_rows(session, *where)


def add_receipt(
    ledger: Ledger, actor: Actor, data: ReceiptInput, today: date | None = None
) -> ReceiptRow:
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        return insert_receipts(session, actor, [data], today=today)[0]


def insert_receipts(
    session: Session, actor: Actor, inputs: Sequence[ReceiptInput], *, today: date | None = None
) -> list[ReceiptRow]:
    """Add receipts in the caller's transaction (add_receipt, demo data)."""
    require(actor, Permission.EDIT_CLIENTS)
    day = today or date.today()
    numbers = store.next_numbers(session, CounterName.RECEIPT, NUMBER_PREFIX, len(inputs))
    catalog = store.item_catalog(session)
    ids = []
    for number, data in zip(numbers, inputs, strict=True):
        client = store.client(session, data.client_id)
        items = store.check_items(session, data.item_ids, catalog=catalog)
        store.not_in_future(data.received_on, "received_on", day)
        method = RecordMethod(data.record_method)
        record = Receipt(
            number=number,
            client_id=client.id,
            received_on=data.received_on,
            provider_name=required_text(
                data.provider_name,
                "provider_name",
                QT_TRANSLATE_NOOP("errors", "the provider's name"),
            ),
            provider_address=required_text(
                data.provider_address,
                "provider_address",
                QT_TRANSLATE_NOOP("errors", "the provider's address"),
                300,
            ),
            provider_representative=store.line(
                data.provider_representative,
                "provider_representative",
                QT_TRANSLATE_NOOP("errors", "the provider's representative"),
            ),
            provider_obtained_how=store.required_note(
                data.provider_obtained_how,
                "provider_obtained_how",
                QT_TRANSLATE_NOOP("errors", "how the provider obtained the data"),
            ),
            record_method=method.value,
            retention_end=rules.record_retention_end(method, data.received_on, data.received_on),
            notes=store.note(data.notes, "notes", QT_TRANSLATE_NOOP("errors", "the notes")),
            created_by_id=actor.id,
            updated_by_id=actor.id,
        )
        session.add(record)
        session.flush()
        store.link_items(session, receipt_items, "receipt_id", [(record.id, items)])
        if method is not RecordMethod.EACH:
            _follow_last_receipt(session, record, method)
        audit.record(session, actor, ConsentAction.RECEIPT_ADD, RECEIPT_RECORD, record.id, number)
        ids.append(record.id)
    return listing.receipt_rows(session, Receipt.id.in_(ids))


def _follow_last_receipt(session: Session, receipt: Receipt, method: RecordMethod) -> None:
    """Bulk and contract records run from the last receipt from the same provider."""
    group = (
        Receipt.client_id == receipt.client_id,
        Receipt.provider_name == receipt.provider_name,
        Receipt.record_method == method.value,
    )
    last = session.scalar(select(func.max(Receipt.received_on)).where(*group))
    assert last is not None
    end = rules.record_retention_end(method, last, last)
    for record in session.scalars(select(Receipt).where(*group)):
        record.retention_end = end
