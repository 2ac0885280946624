"""Clients: register, purposes, disposal (APPI Art. 17, 21, 32; GL 10).

The rules are written out in docs/appi-rules.md, "Clients and retention".

Reading a client's details is itself recorded in the audit trail; summaries
name the client number, never the person. Disposal blanks every personal
field in place, so ``secure_delete`` overwrites the old bytes, and leaves a
tombstone: the number, the dates and the disposal record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import Client, client_purposes
from ..db.models import Purpose as PurposeRecord
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit, counters, retention
from . import client_records as records
from .audit_actions import AuditAction, RecordKind
from .client_types import ClientDetail as ClientDetail
from .client_types import ClientInput as ClientInput
from .client_types import ClientRow as ClientRow
from .client_types import ClientStanding as ClientStanding
from .client_types import ClientStatus as ClientStatus
from .client_types import Disposal as Disposal
from .client_types import DisposalMethod as DisposalMethod
from .client_types import ObtainedHow as ObtainedHow
from .client_types import Purpose as Purpose
from .client_validation import check_client
from .client_validation import normalize_email as normalize_email
from .client_validation import normalize_phone as normalize_phone
from .client_validation import normalize_postal_code as normalize_postal_code
from .client_validation import validate_client as validate_client
from .counters import CounterName
from .errors import ReadCannotBeRecorded, ValidationError
from .ledger import Ledger
from .permissions import Actor, Permission, require
from .validation import required_text


class ClientAction(AuditAction):
    """The client register; a view is recorded because it reads personal data."""

    VIEW = "client.view", QT_TRANSLATE_NOOP("AuditNames", "Client viewed")
    ADD = "client.add", QT_TRANSLATE_NOOP("AuditNames", "Client added")
    EDIT = "client.edit", QT_TRANSLATE_NOOP("AuditNames", "Client edited")
    MARK_DUE = "client.mark_due", QT_TRANSLATE_NOOP("AuditNames", "Marked due for disposal")
    UNMARK_DUE = "client.unmark_due", QT_TRANSLATE_NOOP("AuditNames", "No longer due for disposal")
    DISPOSE = "client.dispose", QT_TRANSLATE_NOOP("AuditNames", "Client disposed of")


CLIENT_RECORD = RecordKind("client", QT_TRANSLATE_NOOP("AuditNames", "Client"))


MAX_REASON_LENGTH = 2000
DISPOSED_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "This client's data was disposed of and cannot be edited."
)


def list_clients(ledger: Ledger, actor: Actor) -> list[ClientRow]:
    """Every client by number, disposed ones included as tombstones (blank personal fields)."""
    require(actor, Permission.VIEW_CLIENTS)
    keys = ledger.memo.setdefault("client_search_keys", {})
    with ledger.read() as session:
        return records.rows(session, keys=keys)


def get_client(ledger: Ledger, actor: Actor, client_id: int) -> ClientDetail:
    """A client's whole record; the read of personal data is recorded in the audit trail."""
    require(actor, Permission.VIEW_CLIENTS)
    if ledger.read_only:
        raise ReadCannotBeRecorded()
    with ledger.transaction() as session:
        client = records.get_record(session, client_id)
        audit.record(session, actor, ClientAction.VIEW, CLIENT_RECORD, client.id, client.number)
        return records.detail(session, client)


def add_client(ledger: Ledger, actor: Actor, data: ClientInput) -> ClientRow:
    """Register a client under the next number; raises the first problem the input has."""
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        return insert_clients(session, actor, [data])[0]


def insert_clients(
    session: Session, actor: Actor, inputs: Sequence[ClientInput]
) -> list[ClientRow]:
    """Add clients in the caller's transaction, one audit event each (add_client, demo data)."""
    require(actor, Permission.EDIT_CLIENTS)
    checked = [check_client(data) for data in inputs]
    if not checked:
        return []
    purposes = records.purpose_records(session)
    for data in checked:
        records.check_purposes(purposes, data.purpose_ids, already=())
    first, now = counters.take(session, CounterName.CLIENT, len(checked)), utcnow()
    values = [
        records.column_values(data, actor)
        | {
            "number": records.client_number(first + i),
            "status": ClientStatus.ACTIVE.value,
            "created_at": now,
            "updated_at": now,
            "created_by_id": actor.id,
        }
        for i, data in enumerate(checked)
    ]
    ids = records.insert_records(session, values)
    links = [
        {"client_id": client_id, "purpose_id": purpose_id}
        for client_id, data in zip(ids, checked, strict=True)
        for purpose_id in data.purpose_ids
    ]
    session.execute(insert(client_purposes), links)
    for client_id, value in zip(ids, values, strict=True):
        audit.record(session, actor, ClientAction.ADD, CLIENT_RECORD, client_id, value["number"])
    return [
        records.row_from_values(client_id, value, _numbers(purposes, data.purpose_ids))
        for client_id, value, data in zip(ids, values, checked, strict=True)
    ]


def update_client(ledger: Ledger, actor: Actor, client_id: int, data: ClientInput) -> ClientRow:
    """Save the form; the audit event names the fields changed, never their values."""
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        client = records.get_record(session, client_id)
        _refuse_disposed(client)
        new = check_client(data)
        old_ids = records.linked_purpose_ids(session, client.id)
        purposes = records.purpose_records(session)
        records.check_purposes(purposes, new.purpose_ids, already=old_ids)
        old = records.input_of(client, old_ids)
        new = _follow_matter(old, new)
        changed = [
            field.name
            for field in dataclasses.fields(ClientInput)
            if getattr(old, field.name) != getattr(new, field.name)
        ]
        if changed:
            records.apply_input(client, new, actor)
            client.updated_at = utcnow()  # also when only the purposes changed
            records.relink(session, client.id, old_ids, new.purpose_ids)
            summary = f"{client.number}: {', '.join(changed)}"
            audit.record(session, actor, ClientAction.EDIT, CLIENT_RECORD, client.id, summary)
        return records.row_of(client, _numbers(purposes, new.purpose_ids))


def mark_due_for_disposal(ledger: Ledger, actor: Actor, client_id: int, reason: str) -> ClientRow:
    """Put a client on the list a manager works through to dispose of data."""
    require(actor, Permission.EDIT_CLIENTS)
    text = required_text(
        reason, "reason", QT_TRANSLATE_NOOP("errors", "the reason"), MAX_REASON_LENGTH
    )
    with ledger.transaction() as session:
        return mark_due(session, actor, client_id, text)


def mark_due(session: Session, actor: Actor, client_id: int, reason: str) -> ClientRow:
    """Mark a client due in the caller's transaction (mark_due_for_disposal, demo data)."""
    require(actor, Permission.EDIT_CLIENTS)
    client = records.get_record(session, client_id)
    _refuse_disposed(client)
    client.status = ClientStatus.DUE_FOR_DISPOSAL.value
    client.due_reason = reason
    client.updated_by_id = actor.id
    audit.record(session, actor, ClientAction.MARK_DUE, CLIENT_RECORD, client.id, client.number)
    return records.row_of(client, records.linked_purpose_numbers(session, client.id))


def unmark_due_for_disposal(ledger: Ledger, actor: Actor, client_id: int) -> ClientRow:
    """Keep the client after all: back to active."""
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        client = records.get_record(session, client_id)
        _refuse_disposed(client)
        if client.status == ClientStatus.DUE_FOR_DISPOSAL:
            client.status = ClientStatus.ACTIVE.value
            client.due_reason = ""
            client.updated_by_id = actor.id
            audit.record(
                session, actor, ClientAction.UNMARK_DUE, CLIENT_RECORD, client.id, client.number
            )
        return records.row_of(client, records.linked_purpose_numbers(session, client.id))


def dispose_client(
    ledger: Ledger,
    actor: Actor,
    client_id: int,
    method: DisposalMethod,
    reason: str,
    *,
    disposed_on: date | None = None,
) -> ClientRow:
    """Purge the client's personal data for good, keeping a tombstone and the disposal record."""
    require(actor, Permission.DISPOSE_CLIENT)
    method = DisposalMethod(method)
    text = required_text(
        reason,
        "reason",
        QT_TRANSLATE_NOOP("errors", "the reason for the disposal"),
        MAX_REASON_LENGTH,
    )
    day = disposed_on or date.today()
    if day > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The disposal date cannot be in the future."), "disposed_on"
        )
    with ledger.transaction() as session:
        client = records.get_record(session, client_id)
        if client.status == ClientStatus.DISPOSED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This client's data was already disposed of.")
            )
        records.purge(client)
        session.execute(delete(client_purposes).where(client_purposes.c.client_id == client.id))
        client.status = ClientStatus.DISPOSED.value
        client.disposed_on, client.disposed_by_id = day, actor.id
        client.disposal_method, client.disposal_reason = method.value, text
        client.updated_by_id = actor.id
        summary = f"{client.number}: {method.value}"
        audit.record(session, actor, ClientAction.DISPOSE, CLIENT_RECORD, client.id, summary)
        return records.row_of(client, ())


def clients_for_purpose(ledger: Ledger, actor: Actor, purpose_number: int) -> list[ClientRow]:
    """The clients whose data may be used for this purpose: those whose record has it."""
    require(actor, Permission.VIEW_CLIENTS)
    having = (
        select(client_purposes.c.client_id)
        .join(PurposeRecord, PurposeRecord.id == client_purposes.c.purpose_id)
        .where(PurposeRecord.number == purpose_number)
    )
    with ledger.read() as session:
        return records.rows(session, Client.status != ClientStatus.DISPOSED, Client.id.in_(having))


def due_for_disposal(ledger: Ledger, actor: Actor, today: date | None = None) -> list[ClientRow]:
    """Clients marked due, or whose retention period is over, and not yet disposed of."""
    require(actor, Permission.VIEW_CLIENTS)
    day = today or date.today()
    # SQL narrows to the candidates; the rule itself is retention.is_due, in one place.
    candidates = or_(
        Client.status == ClientStatus.DUE_FOR_DISPOSAL,
        (Client.status == ClientStatus.ACTIVE) & Client.retention_end.is_not(None),
    )
    with ledger.read() as session:
        rows = records.rows(session, candidates)
    return [
        row
        for row in rows
        if row.status is ClientStatus.DUE_FOR_DISPOSAL or retention.is_due(row.retention_end, day)
    ]


def _refuse_disposed(client: Client) -> None:
    if client.status == ClientStatus.DISPOSED:
        raise ValidationError(DISPOSED_MESSAGE)


def _follow_matter(old: ClientInput, new: ClientInput) -> ClientInput:
    """Fill in the default retention end; a default one follows a changed closing date."""
    end = new.retention_end
    was_default = old.retention_end == retention.default_retention_end(old.matter_closed_on)
    if end is None or (was_default and end == old.retention_end):
        end = retention.default_retention_end(new.matter_closed_on)
    return dataclasses.replace(new, retention_end=end)


def _numbers(purposes: dict[int, PurposeRecord], purpose_ids: Sequence[int]) -> tuple[int, ...]:
    return tuple(sorted(purposes[purpose_id].number for purpose_id in purpose_ids))
