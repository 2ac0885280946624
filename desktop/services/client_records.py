"""Storage for the clients service: table rows, records to and from the form, purpose links.

Used by clients.py only; the types both use live in client_types.py.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, delete, insert, select
from sqlalchemy.orm import Session

from ..db.models import Client, User, client_purposes
from ..db.models import Purpose as PurposeRecord
from ..vault.errors import QT_TRANSLATE_NOOP
from . import retention
from .client_types import (
    ClientDetail,
    ClientInput,
    ClientRow,
    ClientStatus,
    Disposal,
    DisposalMethod,
    ObtainedHow,
)
from .errors import NotFound, ValidationError
from .permissions import Actor
from .textsearch import row_key

NUMBER_PREFIX = "C-"
#: folded search key by (number, name, kana, phone, e-mail)
SearchKeys = dict[tuple[str, str, str, str, str], str]

# --- rows --------------------------------------------------------------------------------

_ROW_COLUMNS = (
    Client.id,
    Client.number,
    Client.family_name,
    Client.given_name,
    Client.family_kana,
    Client.given_kana,
    Client.phone,
    Client.email,
    Client.sensitive,
    Client.status,
    Client.retention_end,
)


def rows(
    session: Session, *where: ColumnElement[bool], keys: SearchKeys | None = None
) -> list[ClientRow]:
    """Rows in two queries, however many clients: one for the clients, one for their purposes.

    ``keys`` remembers folded search keys between calls (the table reloads after
    every change); it belongs to the open ledger and goes when the ledger closes.
    """
    links = select(client_purposes.c.client_id, PurposeRecord.number).join(
        PurposeRecord, PurposeRecord.id == client_purposes.c.purpose_id
    )
    if where:
        links = links.join(Client, Client.id == client_purposes.c.client_id).where(*where)
    numbers: defaultdict[int, list[int]] = defaultdict(list)
    for client_id, number in session.execute(links.order_by(PurposeRecord.number)):
        numbers[client_id].append(number)
    result = session.execute(select(*_ROW_COLUMNS).where(*where).order_by(Client.id))
    # Unpacked by position: a result row's attributes cost a lookup each, 10,000 times over.
    return [_make_row(*values, tuple(numbers.get(values[0], ())), keys=keys) for values in result]


def row_from_values(client_id: int, values: dict[str, Any], purposes: tuple[int, ...]) -> ClientRow:
    """The table row of a record just inserted from ``values``."""
    return _make_row(
        client_id,
        values["number"],
        values["family_name"],
        values["given_name"],
        values["family_kana"],
        values["given_kana"],
        values["phone"],
        values["email"],
        values["sensitive"],
        values["status"],
        values["retention_end"],
        purposes,
    )


def row_of(client: Client, purposes: tuple[int, ...]) -> ClientRow:
    """The table row of one record (after a save)."""
    return _make_row(
        client.id,
        client.number,
        client.family_name,
        client.given_name,
        client.family_kana,
        client.given_kana,
        client.phone,
        client.email,
        client.sensitive,
        client.status,
        client.retention_end,
        purposes,
    )


def _make_row(
    client_id: int,
    number: str,
    family_name: str,
    given_name: str,
    family_kana: str,
    given_kana: str,
    phone: str,
    email: str,
    sensitive: bool,
    status: str,
    retention_end: date | None,
    purposes: tuple[int, ...],
    *,
    keys: SearchKeys | None = None,
) -> ClientRow:
    name = f"{family_name} {given_name}".strip()
    kana = f"{family_kana} {given_kana}".strip()
    fields = (number, name, kana, phone, email)
    if keys is None:
        search_key = row_key(*fields)
    else:
        search_key = keys.get(fields) or keys.setdefault(fields, row_key(*fields))
    return ClientRow(
        client_id,
        number,
        name,
        kana,
        phone,
        email,
        purposes,
        sensitive,
        ClientStatus(status),
        retention_end,
        search_key,
    )


# --- records -----------------------------------------------------------------------------


#: ClientInput fields that are not stored as they are: a link table, JSON text, an enum
_NOT_PLAIN_COLUMNS = frozenset({"purpose_ids", "matters", "obtained_how"})


def get_record(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The client"))
    return client


def column_values(data: ClientInput, actor: Actor) -> dict[str, Any]:
    """The (checked) input as the column values of its record."""
    values: dict[str, Any] = {
        field.name: getattr(data, field.name)
        for field in dataclasses.fields(ClientInput)
        if field.name not in _NOT_PLAIN_COLUMNS
    }
    if data.retention_end is None:
        values["retention_end"] = retention.default_retention_end(data.matter_closed_on)
    values["obtained_how"] = ObtainedHow(data.obtained_how).value
    values["matters"] = json.dumps(list(data.matters), ensure_ascii=False)
    values["updated_by_id"] = actor.id
    return values


def apply_input(client: Client, data: ClientInput, actor: Actor) -> None:
    """Copy the (checked) input onto the record."""
    for name, value in column_values(data, actor).items():
        setattr(client, name, value)


def insert_records(session: Session, values: list[dict[str, Any]]) -> list[int]:
    """Insert new records in one statement; their ids, in the order given."""
    # The table, not the mapped class: the ORM's bulk path costs about 7x more per row here.
    table = cast(Table, Client.__table__)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, values))


def input_of(client: Client, purpose_ids: Sequence[int]) -> ClientInput:
    """The record as the form edits it."""
    values = {
        field.name: getattr(client, field.name)
        for field in dataclasses.fields(ClientInput)
        if field.name not in _NOT_PLAIN_COLUMNS
    }
    return ClientInput(
        **values,
        obtained_how=ObtainedHow(client.obtained_how),
        purpose_ids=tuple(sorted(purpose_ids)),
        matters=tuple(json.loads(client.matters)),
    )


def detail(session: Session, client: Client) -> ClientDetail:
    disposal = None
    if client.disposed_on is not None and client.disposal_method is not None:
        user = session.get(User, client.disposed_by_id) if client.disposed_by_id else None
        disposal = Disposal(
            disposed_on=client.disposed_on,
            disposed_by="" if user is None else user.display_name,
            method=DisposalMethod(client.disposal_method),
            reason=client.disposal_reason,
        )
    return ClientDetail(
        id=client.id,
        number=client.number,
        status=ClientStatus(client.status),
        data=input_of(client, linked_purpose_ids(session, client.id)),
        created_at=client.created_at,
        updated_at=client.updated_at,
        due_reason=client.due_reason,
        disposal=disposal,
    )


#: what disposal blanks: every field that says something about the person
_PURGED = {
    "family_name": "",
    "given_name": "",
    "family_kana": "",
    "given_kana": "",
    "date_of_birth": None,
    "postal_code": "",
    "address": "",
    "phone": "",
    "email": "",
    "provider_name": "",
    "provider_address": "",
    "provider_representative": "",
    "provider_obtained_how": "",
    "sensitive": False,
    "sensitive_note": "",
    "matters": "[]",
    "notes": "",
    "due_reason": "",
}


def purge(client: Client) -> None:
    """Blank the personal fields in place; secure_delete overwrites the old bytes on commit."""
    for name, blank in _PURGED.items():
        setattr(client, name, blank)


def client_number(n: int) -> str:
    return f"{NUMBER_PREFIX}{n:06d}"


# --- purposes on a record ----------------------------------------------------------------


def purpose_records(session: Session) -> dict[int, PurposeRecord]:
    """Every purpose by id, retired ones too (read once per save, however many clients)."""
    return {p.id: p for p in session.scalars(select(PurposeRecord))}


def check_purposes(
    purposes: dict[int, PurposeRecord], chosen: Sequence[int], *, already: Sequence[int]
) -> None:
    """Chosen purposes exist; a retired one only if the client already had it."""
    for purpose_id in chosen:
        purpose = purposes.get(purpose_id)
        if purpose is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A chosen purpose no longer exists; choose again."),
                "purpose_ids",
            )
        if purpose.retired and purpose_id not in already:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Purpose {number} is retired and can no longer be chosen."
                ),
                "purpose_ids",
                number=purpose.number,
            )


def linked_purpose_ids(session: Session, client_id: int) -> tuple[int, ...]:
    query = select(client_purposes.c.purpose_id).where(client_purposes.c.client_id == client_id)
    return tuple(sorted(session.scalars(query)))


def linked_purpose_numbers(session: Session, client_id: int) -> tuple[int, ...]:
    query = (
        select(PurposeRecord.number)
        .join(client_purposes, client_purposes.c.purpose_id == PurposeRecord.id)
        .where(client_purposes.c.client_id == client_id)
        .order_by(PurposeRecord.number)
    )
    return tuple(session.scalars(query))


def relink(session: Session, client_id: int, old: Sequence[int], new: Sequence[int]) -> None:
    gone, added = set(old) - set(new), set(new) - set(old)
    if gone:
        session.execute(
            delete(client_purposes).where(
                client_purposes.c.client_id == client_id, client_purposes.c.purpose_id.in_(gone)
            )
        )
    if added:
        links = [{"client_id": client_id, "purpose_id": p} for p in sorted(added)]
        session.execute(insert(client_purposes), links)
