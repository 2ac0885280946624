"""Provisions to third parties and their records (APPI Art. 27, 29; Rules 19-21).

A provision is recorded only when :func:`rules.cover` finds the consent or the
legal basis that allows it. Its Rule 20 record is generated from it in the
same transaction (never typed twice), with the recipient and the person as
they are that day; the record's retention end follows Rules 21 and 25.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...db.models import (
    DataItem,
    Provision,
    ProvisionRecord,
    Receipt,
    provision_items,
)
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit, retention
from ..counters import CounterName
from ..errors import NotFound
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import consents, listing, rules, store
from .actions import PROVISION_RECORD, RECORDS_RECORD, ConsentAction
from .types import (
    DeliveryMethod,
    LegalBasis,
    ProvisionInput,
    ProvisionRecordView,
    ProvisionRow,
    PurgeOutcome,
    RecipientKind,
    RecordMethod,
)

NUMBER_PREFIX = "PV-"


def list_provisions(
    ledger: Ledger,
    actor: Actor,
    *,
    client_id: int | None = None,
    recipient_id: int | None = None,
) -> list[ProvisionRow]:
    require(actor, Permission.VIEW_CLIENTS)
    where = []
    if client_id is not None:
        where.append(Provision.client_id == client_id)
    if recipient_id is not None:
        where.append(Provision.recipient_id == recipient_id)
    with ledger.read() as session:
        return listing.provision_rows(session, *where)


def add_provision(ledger: Ledger, actor: Actor, data: ProvisionInput) -> ProvisionRow:
    """Record a provision and its Rule 20 record; refused with the reason when nothing allows it."""
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        return insert_provisions(session, actor, [data])[0]


def insert_provisions(
    session: Session, actor: Actor, inputs: Sequence[ProvisionInput]
) -> list[ProvisionRow]:
    """Add provisions in the caller's transaction (add_provision, import, demo data).

    Every provision is checked on its own; the lookups and the inserts are done
    once for all of them.
    """
    require(actor, Permission.EDIT_CLIENTS)
    numbers = store.next_numbers(session, CounterName.PROVISION, NUMBER_PREFIX, len(inputs))
    catalog = store.item_catalog(session)
    store.preload(session, {data.client_id for data in inputs})
    # Read once: the provisions of one call add no consents.
    given = consents.consent_facts(session, {data.client_id for data in inputs})
    planned = [
        _plan(session, actor, number, data, catalog, given.get(data.client_id, []))
        for number, data in zip(numbers, inputs, strict=True)
    ]
    session.add_all(provision for provision, _, _ in planned)
    session.flush()
    pairs = [(provision.id, items) for provision, items, _ in planned]
    store.link_items(session, provision_items, "provision_id", pairs)
    for provision, _, record in planned:
        record.provision_id = provision.id
        session.add(record)
        summary = f"{provision.number}: {provision.legal_basis or 'consent'}"
        audit.record(
            session, actor, ConsentAction.PROVISION_ADD, PROVISION_RECORD, provision.id, summary
        )
    session.flush()
    for provision, _, _ in planned:
        if provision.record_method != RecordMethod.EACH:
            _follow_last_provision(session, provision, RecordMethod(provision.record_method))
    return listing.provision_rows(session, Provision.id.in_([p.id for p, _, _ in planned]))


def get_provision_record(ledger: Ledger, actor: Actor, provision_id: int) -> ProvisionRecordView:
    """The Rule 20 record of a provision, as generated when it was recorded."""
    require(actor, Permission.VIEW_CLIENTS)
    with ledger.read() as session:
        provision: Provision = store.get(
            session, Provision, provision_id, QT_TRANSLATE_NOOP("errors", "The provision")
        )
        record = session.scalar(
            select(ProvisionRecord).where(ProvisionRecord.provision_id == provision_id)
        )
        if record is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The provision record"))
        return ProvisionRecordView(
            provision.number,
            record.made_on,
            provision.provided_on,
            record.consent_obtained,
            record.legal_basis,
            record.recipient_name,
            record.recipient_address,
            record.recipient_representative,
            record.person,
            tuple(record.items.split("\n")),
            record.exempt,
            record.retention_end,
        )


def purge_expired_records(ledger: Ledger, actor: Actor, today: date | None = None) -> PurgeOutcome:
    """Delete provisions and receipts whose records are past retention (Rules 21, 25).

    A manager's action, with one audit event naming how many went.
    """
    require(actor, Permission.DISPOSE_CLIENT)
    day = today or date.today()
    with ledger.transaction() as session:
        candidates = session.execute(
            select(ProvisionRecord.provision_id, ProvisionRecord.retention_end)
        ).all()
        gone = [pid for pid, end in candidates if retention.is_due(end, day)]
        receipts = [
            rid
            for rid, end in session.execute(select(Receipt.id, Receipt.retention_end))
            if retention.is_due(end, day)
        ]
        for chunk in _chunks(gone):
            session.execute(delete(Provision).where(Provision.id.in_(chunk)))
        for chunk in _chunks(receipts):
            session.execute(delete(Receipt).where(Receipt.id.in_(chunk)))
        if gone or receipts:
            summary = f"provisions {len(gone)}, receipts {len(receipts)}, past retention on {day}"
            audit.record(session, actor, ConsentAction.RECORDS_PURGE, RECORDS_RECORD, "", summary)
        return PurgeOutcome(len(gone), len(receipts))


def _plan(
    session: Session,
    actor: Actor,
    number: str,
    data: ProvisionInput,
    catalog: dict[int, DataItem],
    given: list[rules.ConsentFacts],
) -> tuple[Provision, tuple[int, ...], ProvisionRecord]:
    """The provision and its Rule 20 record, once the coverage rule allows it (not yet added)."""
    client = store.client(session, data.client_id)
    recipient = store.recipient(session, data.recipient_id)
    purpose = store.purpose(session, data.purpose_id)
    items = store.check_items(session, data.item_ids, catalog=catalog)
    names = {item_id: item.name for item_id, item in catalog.items()}
    basis = LegalBasis(data.legal_basis) if data.legal_basis else None
    method = RecordMethod(data.record_method)
    facts = rules.ProvisionFacts(
        recipient.id,
        purpose.id,
        frozenset(items),
        data.provided_on,
        recipient.name,
        RecipientKind(recipient.kind),
        purpose.number,
        data.consent_id,
        basis,
        data.basis_note,
    )
    coverage = rules.cover(facts, given, names)
    provision = Provision(
        number=number,
        client_id=client.id,
        recipient_id=recipient.id,
        purpose_id=purpose.id,
        provided_on=data.provided_on,
        delivery_method=DeliveryMethod(data.delivery_method).value,
        consent_id=coverage.consent_id,
        legal_basis=coverage.legal_basis.value if coverage.legal_basis else None,
        basis_note=store.note(
            data.basis_note, "basis_note", QT_TRANSLATE_NOOP("errors", "the legal basis")
        ),
        record_method=method.value,
        notes=store.note(data.notes, "notes", QT_TRANSLATE_NOOP("errors", "the notes")),
        created_by_id=actor.id,
        updated_by_id=actor.id,
    )
    record = ProvisionRecord(
        made_on=data.provided_on,
        consent_obtained=coverage.consent_id is not None,
        legal_basis=provision.legal_basis or "",
        recipient_name=recipient.name,
        recipient_address=recipient.address,
        recipient_representative=recipient.representative,
        person=f"{client.number} {store.client_name(client.family_name, client.given_name)}",
        items="\n".join(names[i] for i in items),
        exempt=coverage.record_exempt,
        retention_end=rules.record_retention_end(method, data.provided_on, data.provided_on),
    )
    return provision, items, record


def _follow_last_provision(session: Session, provision: Provision, method: RecordMethod) -> None:
    """Bulk and contract records run from the last provision of the client to the recipient."""
    group = (
        Provision.client_id == provision.client_id,
        Provision.recipient_id == provision.recipient_id,
        Provision.record_method == method.value,
    )
    last = session.scalar(select(func.max(Provision.provided_on)).where(*group))
    assert last is not None
    end = rules.record_retention_end(method, last, last)
    ids = select(Provision.id).where(*group)
    for record in session.scalars(
        select(ProvisionRecord).where(ProvisionRecord.provision_id.in_(ids))
    ):
        record.retention_end = end


def _chunks(ids: list[int], size: int = 5000) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
