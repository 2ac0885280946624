"""Rows of the consent register for CSV export: header keys, then rows of plain strings.

The CSV module writes them (encoding, Excel-safe values, the audit event with
the file name); these functions only choose and format the columns. A date
range limits consents by the date given, provisions by the date provided and
receipts by the date received.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute

from ...db.models import Consent, Provision, Receipt
from ...db.models import Recipient as RecipientRecord
from ...vault.errors import QT_TRANSLATE_NOOP
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import listing
from .recipients import recipient_of

Table = tuple[tuple[str, ...], list[tuple[str, ...]]]
ITEM_SEPARATOR = "; "

#: every header key and its label, for Japanese headers when the interface is Japanese
HEADERS = {
    "number": QT_TRANSLATE_NOOP("errors", "Number"),
    "name": QT_TRANSLATE_NOOP("errors", "Name"),
    "kind": QT_TRANSLATE_NOOP("errors", "Kind"),
    "address": QT_TRANSLATE_NOOP("errors", "Address"),
    "representative": QT_TRANSLATE_NOOP("errors", "Representative"),
    "notes": QT_TRANSLATE_NOOP("errors", "Notes"),
    "client_number": QT_TRANSLATE_NOOP("errors", "Client number"),
    "client_name": QT_TRANSLATE_NOOP("errors", "Client name"),
    "recipient": QT_TRANSLATE_NOOP("errors", "Recipient"),
    "purpose": QT_TRANSLATE_NOOP("errors", "Purpose"),
    "items": QT_TRANSLATE_NOOP("errors", "Data items"),
    "obtained_on": QT_TRANSLATE_NOOP("errors", "Date given"),
    "expires_on": QT_TRANSLATE_NOOP("errors", "Expires"),
    "withdrawn_on": QT_TRANSLATE_NOOP("errors", "Withdrawn"),
    "state": QT_TRANSLATE_NOOP("errors", "State"),
    "provided_on": QT_TRANSLATE_NOOP("errors", "Date provided"),
    "consent": QT_TRANSLATE_NOOP("errors", "Consent"),
    "legal_basis": QT_TRANSLATE_NOOP("errors", "Legal basis"),
    "record_exempt": QT_TRANSLATE_NOOP("errors", "Record not required"),
    "retention_end": QT_TRANSLATE_NOOP("errors", "Keep until"),
    "received_on": QT_TRANSLATE_NOOP("errors", "Date received"),
    "provider": QT_TRANSLATE_NOOP("errors", "Provider"),
}


def export_recipients(ledger: Ledger, actor: Actor) -> Table:
    require(actor, Permission.EXPORT)
    keys = ("name", "kind", "address", "representative", "notes")
    with ledger.read() as session:
        records = session.scalars(select(RecipientRecord).order_by(RecipientRecord.id))
        rows: list[tuple[str, ...]] = [
            (r.name, r.kind.value, r.address, r.representative, r.notes)
            for r in map(recipient_of, records)
        ]
    return keys, rows


def export_consents(
    ledger: Ledger, actor: Actor, *, date_from: date | None = None, date_to: date | None = None
) -> Table:
    require(actor, Permission.EXPORT)
    keys = (
        "number", "client_number", "client_name", "recipient", "purpose", "items",
        "obtained_on", "expires_on", "withdrawn_on", "state",
    )  # fmt: skip
    with ledger.read() as session:
        found = listing.consent_rows(session, *_between(Consent.obtained_on, date_from, date_to))
    rows: list[tuple[str, ...]] = [
        (
            r.number,
            r.client_number,
            r.client_name,
            r.recipient_name,
            str(r.purpose_number),
            ITEM_SEPARATOR.join(r.item_names),
            r.obtained_on.isoformat(),
            _day(r.expires_on),
            _day(r.withdrawn_on),
            r.state.value,
        )
        for r in found
    ]
    return keys, rows


def export_provisions(
    ledger: Ledger, actor: Actor, *, date_from: date | None = None, date_to: date | None = None
) -> Table:
    require(actor, Permission.EXPORT)
    keys = (
        "number", "client_number", "client_name", "recipient", "provided_on", "items",
        "consent", "legal_basis", "record_exempt", "retention_end",
    )  # fmt: skip
    with ledger.read() as session:
        found = listing.provision_rows(
            session, *_between(Provision.provided_on, date_from, date_to)
        )
    rows: list[tuple[str, ...]] = [
        (
            r.number,
            r.client_number,
            r.client_name,
            r.recipient_name,
            r.provided_on.isoformat(),
            ITEM_SEPARATOR.join(r.item_names),
            r.consent_number,
            r.legal_basis.value if r.legal_basis else "",
            "yes" if r.exempt else "no",
            _day(r.retention_end),
        )
        for r in found
    ]
    return keys, rows


def export_receipts(
    ledger: Ledger, actor: Actor, *, date_from: date | None = None, date_to: date | None = None
) -> Table:
    require(actor, Permission.EXPORT)
    keys = (
        "number", "client_number", "client_name", "received_on", "provider", "items",
        "retention_end",
    )  # fmt: skip
    with ledger.read() as session:
        found = listing.receipt_rows(session, *_between(Receipt.received_on, date_from, date_to))
    rows: list[tuple[str, ...]] = [
        (
            r.number,
            r.client_number,
            r.client_name,
            r.received_on.isoformat(),
            r.provider_name,
            ITEM_SEPARATOR.join(r.item_names),
            r.retention_end.isoformat(),
        )
        for r in found
    ]
    return keys, rows


def _between(
    column: InstrumentedAttribute[date], first: date | None, last: date | None
) -> list[ColumnElement[bool]]:
    where = []
    if first is not None:
        where.append(column >= first)
    if last is not None:
        where.append(column <= last)
    return where


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""
