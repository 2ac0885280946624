"""Table rows of the consent register: a few queries for all rows, however many there are.

Each function takes optional SQL conditions, so the tab, a client's form, the
withdrawal outcome and the CSV export read the same rows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session, aliased

from ...db.models import (
    Client,
    Consent,
    Provision,
    ProvisionRecord,
    Purpose,
    Receipt,
    Recipient,
    consent_items,
    provision_items,
    receipt_items,
)
from . import rules, store
from .types import ConsentRow, ConsentState, LegalBasis, ProvisionRow, ReceiptRow

#: more ids than this are not bound one by one (SQLite's limit on parameters); all links are read
MAX_IN_LIST = 20000


def consent_rows(
    session: Session, *where: ColumnElement[bool], today: date | None = None
) -> list[ConsentRow]:
    day = today or date.today()
    query = (
        select(
            Consent.id,
            Consent.number,
            Consent.client_id,
            Client.number,
            Client.family_name,
            Client.given_name,
            Consent.recipient_id,
            Recipient.name,
            Purpose.number,
            Consent.obtained_on,
            Consent.expires_on,
            Consent.withdrawn_on,
        )
        .join(Client, Client.id == Consent.client_id)
        .join(Recipient, Recipient.id == Consent.recipient_id)
        .join(Purpose, Purpose.id == Consent.purpose_id)
        .where(*where)
        .order_by(Consent.id)
    )
    result = session.execute(query).all()
    items = _items(session, consent_items, "consent_id", [r[0] for r in result], where)
    names = store.item_names(session)
    rows = []
    for (
        cid,
        number,
        client_id,
        client_number,
        family,
        given,
        recipient_id,
        recipient,
        purpose,
        obtained,
        expires,
        withdrawn,
    ) in result:
        facts = rules.ConsentFacts(
            cid, number, recipient_id, 0, frozenset(), obtained, expires, withdrawn
        )
        rows.append(
            ConsentRow(
                cid,
                number,
                client_id,
                client_number,
                store.client_name(family, given),
                recipient_id,
                recipient,
                purpose,
                tuple(names[i] for i in items.get(cid, ())),
                obtained,
                expires,
                withdrawn,
                rules.consent_state(facts, day),
            )
        )
    return rows


def provision_rows(session: Session, *where: ColumnElement[bool]) -> list[ProvisionRow]:
    covering = aliased(Consent)
    query = (
        select(
            Provision.id,
            Provision.number,
            Provision.client_id,
            Client.number,
            Client.family_name,
            Client.given_name,
            Provision.recipient_id,
            Recipient.name,
            Provision.provided_on,
            covering.number,
            covering.obtained_on,
            covering.expires_on,
            covering.withdrawn_on,
            Provision.legal_basis,
            ProvisionRecord.exempt,
            ProvisionRecord.retention_end,
        )
        .join(Client, Client.id == Provision.client_id)
        .join(Recipient, Recipient.id == Provision.recipient_id)
        .outerjoin(covering, covering.id == Provision.consent_id)
        .outerjoin(ProvisionRecord, ProvisionRecord.provision_id == Provision.id)
        .where(*where)
        .order_by(Provision.id)
    )
    result = session.execute(query).all()
    items = _items(session, provision_items, "provision_id", [r[0] for r in result], where)
    names = store.item_names(session)
    rows = []
    for (
        pid,
        number,
        client_id,
        client_number,
        family,
        given,
        recipient_id,
        recipient,
        provided,
        consent_number,
        obtained,
        expires,
        withdrawn,
        basis,
        exempt,
        retention_end,
    ) in result:
        uncovered = False
        if consent_number is not None:
            facts = rules.ConsentFacts(
                0, consent_number, recipient_id, 0, frozenset(), obtained, expires, withdrawn
            )
            uncovered = rules.consent_state(facts, provided) is not ConsentState.ACTIVE
        rows.append(
            ProvisionRow(
                pid,
                number,
                client_id,
                client_number,
                store.client_name(family, given),
                recipient_id,
                recipient,
                provided,
                tuple(names[i] for i in items.get(pid, ())),
                consent_number or "",
                LegalBasis(basis) if basis else None,
                bool(exempt),
                retention_end,
                uncovered,
            )
        )
    return rows


def receipt_rows(session: Session, *where: ColumnElement[bool]) -> list[ReceiptRow]:
    query = (
        select(
            Receipt.id,
            Receipt.number,
            Receipt.client_id,
            Client.number,
            Client.family_name,
            Client.given_name,
            Receipt.received_on,
            Receipt.provider_name,
            Receipt.retention_end,
        )
        .join(Client, Client.id == Receipt.client_id)
        .where(*where)
        .order_by(Receipt.id)
    )
    result = session.execute(query).all()
    items = _items(session, receipt_items, "receipt_id", [r[0] for r in result], where)
    names = store.item_names(session)
    return [
        ReceiptRow(
            rid,
            number,
            client_id,
            client_number,
            store.client_name(family, given),
            received,
            provider,
            tuple(names[i] for i in items.get(rid, ())),
            retention_end,
        )
        for (
            rid,
            number,
            client_id,
            client_number,
            family,
            given,
            received,
            provider,
            retention_end,
        ) in result
    ]


def _items(
    session: Session,
    table: Table,
    key: str,
    ids: list[int],
    where: tuple[ColumnElement[bool], ...],
) -> dict[int, tuple[int, ...]]:
    """Item ids per row: all links when listing everything, else only those of ``ids``."""
    if not where or len(ids) > MAX_IN_LIST:
        return store.linked_items(session, table, key)
    return store.linked_items(session, table, key, ids)
