"""A small office for the consent register's tests: one client, two recipients, the items."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop.services import clients, purposes
from desktop.services.clients import ClientInput
from desktop.services.consents import add_recipient, list_data_items
from desktop.services.consents.types import (
    ConsentInput,
    ProvisionInput,
    RecipientInput,
    RecipientKind,
)
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor


@dataclass(frozen=True)
class Office:
    ledger: Ledger
    client: int
    abc: int  # a company
    immigration: int  # a national government body
    purpose: int  # purpose 4 (delegation to partners)
    items: dict[str, int]


def make_office(ledger: Ledger) -> Office:
    """A client with purpose 4, a company and a government recipient, the default items."""
    assert ledger.actor is not None
    actor = ledger.actor
    purpose = next(p.id for p in purposes.list_purposes(ledger) if p.number == 4)
    client = clients.add_client(
        ledger,
        actor,
        ClientInput("山田", "花子", obtained_on=date(2025, 12, 1), purpose_ids=(purpose,)),
    )
    abc = add_recipient(
        ledger,
        actor,
        RecipientInput("ABC Co.", RecipientKind.COMPANY, "東京都港区1-2-3", "代表取締役 青木 一"),
    )
    immigration = add_recipient(
        ledger,
        actor,
        RecipientInput(
            "東京出入国在留管理局", RecipientKind.NATIONAL_GOVERNMENT, "東京都港区港南5-5-30"
        ),
    )
    items = {item.name: item.id for item in list_data_items(ledger)}
    return Office(ledger, client.id, abc.id, immigration.id, purpose, items)


def consent(office: Office, *names: str, **changes: object) -> ConsentInput:
    base = ConsentInput(
        client_id=office.client,
        recipient_id=office.abc,
        purpose_id=office.purpose,
        item_ids=tuple(office.items[n] for n in names),
        obtained_on=date(2026, 1, 10),
        evidence_ref="Cabinet A / 2026-003",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def provision(office: Office, *names: str, **changes: object) -> ProvisionInput:
    base = ProvisionInput(
        client_id=office.client,
        recipient_id=office.abc,
        purpose_id=office.purpose,
        item_ids=tuple(office.items[n] for n in names),
        provided_on=date(2026, 2, 1),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def actor(office: Office) -> Actor:
    assert office.ledger.actor is not None
    return office.ledger.actor
