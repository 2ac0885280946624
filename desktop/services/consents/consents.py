"""Consents to provide a client's data to a third party (APPI Art. 27(1)).

Every change writes a new row to ``consent_versions`` holding the whole
consent as it now is; earlier rows are never changed, so the form can show
the history. Withdrawal is a change like any other and cannot be undone: a
person who agrees again gives a new consent.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import (
    Consent,
    ConsentVersion,
    DataItem,
    Provision,
    User,
    consent_items,
    provision_items,
)
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..counters import CounterName
from ..errors import ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import history, listing, rules, store
from .actions import CONSENT_RECORD, ConsentAction
from .types import (
    ConsentDetail,
    ConsentInput,
    ConsentMethod,
    ConsentRow,
    ConsentVersionRow,
    Withdrawal,
    WithdrawalOutcome,
)

NUMBER_PREFIX = "CS-"


def list_consents(
    ledger: Ledger,
    actor: Actor,
    *,
    client_id: int | None = None,
    recipient_id: int | None = None,
    today: date | None = None,
) -> list[ConsentRow]:
    """Consents by number, with their state today; of one client or recipient if given."""
    require(actor, Permission.VIEW_CLIENTS)
    where = []
    if client_id is not None:
        where.append(Consent.client_id == client_id)
    if recipient_id is not None:
        where.append(Consent.recipient_id == recipient_id)
    with ledger.read() as session:
        return listing.consent_rows(session, *where, today=today)


def get_consent(ledger: Ledger, actor: Actor, consent_id: int) -> ConsentDetail:
    """The whole consent and its history, oldest version first."""
    require(actor, Permission.VIEW_CLIENTS)
    with ledger.read() as session:
        record = _record(session, consent_id)
        versions = session.execute(
            select(ConsentVersion, User.username)
            .outerjoin(User, User.id == ConsentVersion.user_id)
            .where(ConsentVersion.consent_id == consent_id)
            .order_by(ConsentVersion.version)
        ).all()
        history = tuple(
            ConsentVersionRow(
                v.version,
                v.at,
                username or "",
                v.change,
                tuple(f for f in v.changed_fields.split(",") if f),
                json.loads(v.state),
            )
            for v, username in versions
        )
        withdrawal = None
        if record.withdrawn_on is not None:
            withdrawal = Withdrawal(
                record.withdrawn_on, record.withdrawal_how, record.withdrawal_note
            )
        return ConsentDetail(
            record.id,
            record.number,
            _input_of(session, record),
            withdrawal,
            record.version,
            history,
        )


def add_consent(
    ledger: Ledger, actor: Actor, data: ConsentInput, today: date | None = None
) -> ConsentRow:
    require(actor, Permission.EDIT_CLIENTS)
    with ledger.transaction() as session:
        return insert_consents(session, actor, [data], today=today)[0]


def insert_consents(
    session: Session, actor: Actor, inputs: Sequence[ConsentInput], *, today: date | None = None
) -> list[ConsentRow]:
    """Add consents in the caller's transaction (add_consent, import, demo data)."""
    require(actor, Permission.EDIT_CLIENTS)
    day = today or date.today()
    catalog = store.item_catalog(session)
    store.preload(session, {data.client_id for data in inputs})
    checked = [check_consent(session, data, day, catalog=catalog) for data in inputs]
    numbers = store.next_numbers(session, CounterName.CONSENT, NUMBER_PREFIX, len(checked))
    records = []
    for number, data in zip(numbers, checked, strict=True):
        record = Consent(number=number, **history.columns(data), created_by_id=actor.id)
        record.updated_by_id = actor.id
        records.append(record)
    session.add_all(records)
    session.flush()
    store.link_items(
        session,
        consent_items,
        "consent_id",
        [(r.id, d.item_ids) for r, d in zip(records, checked, strict=True)],
    )
    names = {item_id: item.name for item_id, item in catalog.items()}
    for record, data in zip(records, checked, strict=True):
        history.write_version(session, actor, record, "created", (), data, names)
        audit.record(
            session, actor, ConsentAction.CONSENT_ADD, CONSENT_RECORD, record.id, record.number
        )
    ids = [r.id for r in records]
    return listing.consent_rows(session, Consent.id.in_(ids), today=day)


def update_consent(
    ledger: Ledger, actor: Actor, consent_id: int, data: ConsentInput, today: date | None = None
) -> ConsentRow:
    """Save the form as a new version; refused when it would uncover a recorded provision."""
    require(actor, Permission.EDIT_CLIENTS)
    day = today or date.today()
    with ledger.transaction() as session:
        record = _record(session, consent_id)
        if record.withdrawn_on is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Consent {number} was withdrawn and cannot be changed; record a new consent.",
                ),
                number=record.number,
            )
        old = _input_of(session, record)
        new = check_consent(session, data, day, already=old)
        changed = [
            f.name
            for f in dataclasses.fields(ConsentInput)
            if getattr(old, f.name) != getattr(new, f.name)
        ]
        if not changed:
            return listing.consent_rows(session, Consent.id == record.id, today=day)[0]
        _refuse_uncovering(session, record, new)
        for key, value in history.columns(new).items():
            setattr(record, key, value)
        record.updated_by_id, record.updated_at = actor.id, utcnow()
        if "item_ids" in changed:
            session.execute(delete(consent_items).where(consent_items.c.consent_id == record.id))
            store.link_items(session, consent_items, "consent_id", [(record.id, new.item_ids)])
        history.write_version(
            session, actor, record, "edited", changed, new, store.item_names(session)
        )
        audit.record(
            session,
            actor,
            ConsentAction.CONSENT_EDIT,
            CONSENT_RECORD,
            record.id,
            f"{record.number}: {', '.join(changed)}",
        )
        return listing.consent_rows(session, Consent.id == record.id, today=day)[0]


def withdraw_consent(
    ledger: Ledger, actor: Actor, consent_id: int, withdrawal: Withdrawal, today: date | None = None
) -> WithdrawalOutcome:
    """Record a withdrawal; returns the recorded provisions from that day it no longer covers."""
    require(actor, Permission.EDIT_CLIENTS)
    day = today or date.today()
    with ledger.transaction() as session:
        return withdraw(session, actor, consent_id, withdrawal, day)


def withdraw(
    session: Session, actor: Actor, consent_id: int, withdrawal: Withdrawal, today: date
) -> WithdrawalOutcome:
    """Withdraw in the caller's transaction (withdraw_consent, demo data)."""
    require(actor, Permission.EDIT_CLIENTS)
    how = store.line(withdrawal.how, "how", QT_TRANSLATE_NOOP("errors", "how it was withdrawn"))
    note = store.note(withdrawal.note, "note", QT_TRANSLATE_NOOP("errors", "the note"))
    record = _record(session, consent_id)
    if record.withdrawn_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Consent {number} was already withdrawn on {day}."),
            number=record.number,
            day=record.withdrawn_on.isoformat(),
        )
    store.not_in_future(withdrawal.withdrawn_on, "withdrawn_on", today)
    if withdrawal.withdrawn_on < record.obtained_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A consent cannot be withdrawn before it was given ({day})."
            ),
            "withdrawn_on",
            day=record.obtained_on.isoformat(),
        )
    record.withdrawn_on, record.withdrawal_how = withdrawal.withdrawn_on, how
    record.withdrawal_note, record.updated_by_id = note, actor.id
    record.updated_at = utcnow()
    state = _input_of(session, record)
    history.write_version(
        session, actor, record, "withdrawn", ("withdrawn_on",), state, store.item_names(session)
    )
    summary = f"{record.number}: {record.withdrawn_on.isoformat()}"
    audit.record(session, actor, ConsentAction.CONSENT_WITHDRAW, CONSENT_RECORD, record.id, summary)
    uncovered = listing.provision_rows(
        session,
        Provision.consent_id == record.id,
        Provision.provided_on >= withdrawal.withdrawn_on,
    )
    row = listing.consent_rows(session, Consent.id == record.id, today=today)[0]
    return WithdrawalOutcome(row, tuple(uncovered))


def consent_facts(
    session: Session, client_ids: Iterable[int]
) -> dict[int, list[rules.ConsentFacts]]:
    """The coverage rule's view of every consent these clients gave, by client."""
    query = select(Consent).where(Consent.client_id.in_(set(client_ids)))
    records = list(session.scalars(query))
    items = store.linked_items(session, consent_items, "consent_id", [r.id for r in records])
    found: dict[int, list[rules.ConsentFacts]] = {}
    for record in records:
        found.setdefault(record.client_id, []).append(_facts(record, items.get(record.id, ())))
    return found


def check_consent(
    session: Session,
    data: ConsentInput,
    today: date,
    already: ConsentInput | None = None,
    catalog: dict[int, DataItem] | None = None,
) -> ConsentInput:
    """The input as saved, or the first problem it has."""
    store.client(session, data.client_id)
    store.recipient(session, data.recipient_id)
    purpose = store.purpose(session, data.purpose_id)
    if purpose.retired and (already is None or already.purpose_id != purpose.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Purpose {number} is retired; choose another."),
            "purpose_id",
            number=purpose.number,
        )
    items = store.check_items(session, data.item_ids, already.item_ids if already else (), catalog)
    store.not_in_future(data.obtained_on, "obtained_on", today)
    if data.expires_on is not None and data.expires_on < data.obtained_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The expiry date is before the date the consent was given."
            ),
            "expires_on",
        )
    method = ConsentMethod(data.method)
    method_note = store.note(
        data.method_note, "method_note", QT_TRANSLATE_NOOP("errors", "the note on how it was given")
    )
    if method is ConsentMethod.ORAL and not method_note:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "For an oral consent, note who heard it, when and what was agreed."
            ),
            "method_note",
        )
    return dataclasses.replace(
        data,
        item_ids=items,
        method=method,
        method_note=method_note,
        policy_version_id=store.policy_version(session, data.policy_version_id, data.obtained_on),
        purpose_note=store.note(
            data.purpose_note, "purpose_note", QT_TRANSLATE_NOOP("errors", "the purpose's details")
        ),
        evidence_ref=store.line(
            data.evidence_ref,
            "evidence_ref",
            QT_TRANSLATE_NOOP("errors", "where the evidence is kept"),
        ),
    )


def _refuse_uncovering(session: Session, record: Consent, new: ConsentInput) -> None:
    """An edit may not take away what a recorded provision relies on."""
    facts = rules.ConsentFacts(
        record.id,
        record.number,
        new.recipient_id,
        new.purpose_id,
        frozenset(new.item_ids),
        new.obtained_on,
        new.expires_on,
        record.withdrawn_on,
    )
    linked = session.scalars(select(Provision).where(Provision.consent_id == record.id)).all()
    items = store.linked_items(session, provision_items, "provision_id", [p.id for p in linked])
    lost = [
        provision.number
        for provision in linked
        if rules.why_not_covered(
            rules.ProvisionFacts(
                provision.recipient_id,
                provision.purpose_id,
                frozenset(items.get(provision.id, ())),
                provision.provided_on,
            ),
            facts,
        )
    ]
    if lost:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This change would leave provisions {numbers} without a covering consent.",
            ),
            numbers=", ".join(lost),
        )


def _record(session: Session, consent_id: int) -> Consent:
    found: Consent = store.get(
        session, Consent, consent_id, QT_TRANSLATE_NOOP("errors", "The consent")
    )
    return found


def _facts(record: Consent, item_ids: Sequence[int]) -> rules.ConsentFacts:
    return rules.ConsentFacts(
        record.id,
        record.number,
        record.recipient_id,
        record.purpose_id,
        frozenset(item_ids),
        record.obtained_on,
        record.expires_on,
        record.withdrawn_on,
    )


def _input_of(session: Session, record: Consent) -> ConsentInput:
    items = store.linked_items(session, consent_items, "consent_id", [record.id])
    return ConsentInput(
        client_id=record.client_id,
        recipient_id=record.recipient_id,
        purpose_id=record.purpose_id,
        item_ids=items.get(record.id, ()),
        obtained_on=record.obtained_on,
        method=ConsentMethod(record.method),
        method_note=record.method_note,
        purpose_note=record.purpose_note,
        evidence_ref=record.evidence_ref,
        expires_on=record.expires_on,
        policy_version_id=record.policy_version_id,
    )
