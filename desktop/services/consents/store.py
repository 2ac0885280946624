"""Storage helpers shared by the consent register's services: numbers, lookups, item links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import DeclarativeBase, Session

from ...db.models import Client, DataItem, Purpose, Recipient
from ...vault.errors import QT_TRANSLATE_NOOP, Phrase
from .. import counters, policies
from ..counters import CounterName
from ..errors import NotFound, ValidationError
from ..validation import one_line

MAX_NOTE_LENGTH = 2000
MAX_LINE_LENGTH = 200


def next_numbers(session: Session, counter: CounterName, prefix: str, count: int) -> list[str]:
    """``count`` new record numbers ("CS-000042", ...) from the counter; never given twice."""
    if count == 0:
        return []
    first = counters.take(session, counter, count)
    return [f"{prefix}{first + i:06d}" for i in range(count)]


def get(session: Session, model: type[DeclarativeBase], record_id: int, what: str) -> Any:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(what)
    return record


def preload(session: Session, client_ids: Iterable[int]) -> None:
    """Load these clients, and every recipient and purpose, in three queries: records checked
    one by one then find them in the session instead of asking the database each time.

    The session's identity map holds objects weakly, so they are kept in ``session.info``
    until the session ends.
    """
    kept = session.info.setdefault("consents.preloaded", [])
    kept += session.scalars(select(Client).where(Client.id.in_(set(client_ids)))).all()
    kept += session.scalars(select(Recipient)).all()
    kept += session.scalars(select(Purpose)).all()


def client(session: Session, client_id: int) -> Client:
    record: Client = get(session, Client, client_id, QT_TRANSLATE_NOOP("errors", "The client"))
    if record.status == "disposed":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Client {number}'s data was disposed of; nothing more can be recorded."
            ),
            "client_id",
            number=record.number,
        )
    return record


def recipient(session: Session, recipient_id: int) -> Recipient:
    found: Recipient = get(
        session, Recipient, recipient_id, QT_TRANSLATE_NOOP("errors", "The recipient")
    )
    return found


def purpose(session: Session, purpose_id: int) -> Purpose:
    found: Purpose = get(session, Purpose, purpose_id, QT_TRANSLATE_NOOP("errors", "The purpose"))
    return found


def client_name(family: str, given: str) -> str:
    return f"{family} {given}".strip()


def item_names(session: Session) -> dict[int, str]:
    return {row[0]: row[1] for row in session.execute(select(DataItem.id, DataItem.name))}


def item_catalog(session: Session) -> dict[int, DataItem]:
    """Every data item by id (a short list the office keeps), for checking many records."""
    return {row.id: row for row in session.scalars(select(DataItem))}


def check_items(
    session: Session,
    item_ids: Sequence[int],
    already: Iterable[int] = (),
    catalog: dict[int, DataItem] | None = None,
) -> tuple[int, ...]:
    """The chosen items, sorted; at least one, each known, none retired unless already there."""
    chosen = tuple(sorted(set(item_ids)))
    if not chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one data item."), "item_ids"
        )
    known = catalog if catalog is not None else item_catalog(session)
    kept = set(already)
    for item_id in chosen:
        item = known.get(item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The data item"))
        if item.retired and item_id not in kept:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The data item '{name}' is retired; choose another."),
                "item_ids",
                name=item.name,
            )
    return chosen


def linked_items(
    session: Session, table: Table, key: str, ids: Sequence[int] | None = None
) -> dict[int, tuple[int, ...]]:
    """Item ids per record of a link table (``key`` names its record column); all or ``ids``."""
    column = table.c[key]
    query = select(column, table.c.item_id).order_by(column, table.c.item_id)
    if ids is not None:
        query = query.where(column.in_(ids))
    found: defaultdict[int, list[int]] = defaultdict(list)
    for record_id, item_id in session.execute(query):
        found[record_id].append(item_id)
    return {record_id: tuple(items) for record_id, items in found.items()}


def link_items(
    session: Session, table: Table, key: str, pairs: Iterable[tuple[int, Sequence[int]]]
) -> None:
    rows = [{key: record_id, "item_id": item} for record_id, items in pairs for item in items]
    if rows:
        session.execute(insert(table), rows)


def note(value: str, field: str, label: str, max_length: int = MAX_NOTE_LENGTH) -> str:
    """Free text as saved: stripped, at most ``max_length`` characters."""
    text = value.strip()
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label:cap} is too long (at most {max_length})."),
            field,
            label=Phrase(label),
            max_length=max_length,
        )
    return text


def required_note(value: str, field: str, label: str) -> str:
    """Free text that must be given (it may span lines)."""
    text = note(value, field, label)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter {label}."), field, label=Phrase(label)
        )
    return text


def line(value: str, field: str, label: str) -> str:
    """One line of optional text (a reference, a representative's name)."""
    return note(one_line(value), field, label, MAX_LINE_LENGTH)


def not_in_future(day: date, field: str, today: date) -> None:
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {day} is in the future."), field, day=day
        )


def policy_version(session: Session, chosen: int | None, obtained_on: date) -> int | None:
    """The policy version a consent names: the one chosen, else the (Japanese) version in
    force on the day it was given (``policies.in_force``); None before any was recorded."""
    if chosen is not None:
        return chosen
    version = policies.in_force(session, obtained_on)
    return None if version is None else version.id
