"""The list of data items the office may pass on, which it maintains (policy clause 3).

Items keep their number for life; a retired item stays on the consents and
provisions that have it but can no longer be chosen for new ones. Sensitive
items (要配慮個人情報, APPI Art. 2(3)) are marked.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import DEFAULT_DATA_ITEMS
from ...db.models import DataItem as ItemRecord
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..errors import ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from ..validation import required_text
from . import store
from .actions import DATA_ITEM_RECORD, ConsentAction
from .types import DataItem

MAX_NAME_LENGTH = 100


def seed_data_items(session: Session, language: str = "en") -> None:
    """Give a new ledger the default items in its language; nothing if it has items already."""
    if session.scalar(select(func.count()).select_from(ItemRecord)):
        return
    session.add_all(
        ItemRecord(number=number, name=ja if language == "ja" else en, sensitive=sensitive)
        for number, (en, ja, sensitive) in enumerate(DEFAULT_DATA_ITEMS, start=1)
    )


def list_data_items(ledger: Ledger, *, include_retired: bool = True) -> list[DataItem]:
    """Items by number; office policy, not personal data, so anyone may list them."""
    query = select(ItemRecord).order_by(ItemRecord.number)
    if not include_retired:
        query = query.where(ItemRecord.retired.is_(False))
    with ledger.read() as session:
        return [_item(record) for record in session.scalars(query)]


def add_data_item(ledger: Ledger, actor: Actor, name: str, *, sensitive: bool = False) -> DataItem:
    require(actor, Permission.EDIT_SETTINGS)
    text = _name(name)
    with ledger.transaction() as session:
        _refuse_duplicate(session, text, None)
        highest = session.scalar(select(func.max(ItemRecord.number))) or 0
        record = ItemRecord(
            number=highest + 1,
            name=text,
            sensitive=sensitive,
            created_by_id=actor.id,
            updated_by_id=actor.id,
        )
        session.add(record)
        session.flush()
        summary = f"{record.number}: {text}{' (sensitive)' if sensitive else ''}"
        audit.record(session, actor, ConsentAction.ITEM_ADD, DATA_ITEM_RECORD, record.id, summary)
        return _item(record)


def update_data_item(
    ledger: Ledger, actor: Actor, item_id: int, name: str, *, sensitive: bool, retired: bool
) -> DataItem:
    """Reword an item, mark it sensitive or not, retire it or put it back in use."""
    require(actor, Permission.EDIT_SETTINGS)
    text = _name(name)
    with ledger.transaction() as session:
        record: ItemRecord = store.get(
            session, ItemRecord, item_id, QT_TRANSLATE_NOOP("errors", "The data item")
        )
        new = (text, sensitive, retired)
        if (record.name, record.sensitive, record.retired) == new:
            return _item(record)
        if not retired:
            _refuse_duplicate(session, text, record.id)
        changed = [
            field
            for field, old, value in zip(
                ("name", "sensitive", "retired"),
                (record.name, record.sensitive, record.retired),
                new,
                strict=True,
            )
            if old != value
        ]
        record.name, record.sensitive, record.retired = new
        record.updated_by_id = actor.id
        summary = f"{record.number}: {', '.join(changed)}"
        audit.record(session, actor, ConsentAction.ITEM_EDIT, DATA_ITEM_RECORD, record.id, summary)
        return _item(record)


def _item(record: ItemRecord) -> DataItem:
    return DataItem(record.id, record.number, record.name, record.sensitive, record.retired)


def _name(name: str) -> str:
    return required_text(
        " ".join(name.split()),
        "name",
        QT_TRANSLATE_NOOP("errors", "the data item's name"),
        MAX_NAME_LENGTH,
    )


def _refuse_duplicate(session: Session, name: str, item_id: int | None) -> None:
    key = name.casefold()
    query = select(ItemRecord).where(ItemRecord.retired.is_(False))
    for record in session.scalars(query):
        if record.id != item_id and record.name.casefold() == key:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Data item {number} already has this name."),
                "name",
                number=record.number,
            )
