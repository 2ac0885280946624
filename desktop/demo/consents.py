"""Demo recipients, consents, provisions and receipts: about three records per client.

Each client's records are drawn from a ``random.Random`` seeded with the
client's number, so the records of a client do not depend on how many clients
were asked for, and the work per client is the same however many there are.
Everything goes through the consent services (the coverage rule included),
in the caller's transaction. Dates follow the client's own dates, which are
fixed, so the same call gives the same ledger on any day after 2025.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import DataItem, Purpose, Recipient
from ..services import audit
from ..services.clients import ClientInput, ClientRow, ObtainedHow
from ..services.consents.actions import RECIPIENT_RECORD, ConsentAction
from ..services.consents.consents import insert_consents, withdraw
from ..services.consents.provisions import insert_provisions
from ..services.consents.receipts import insert_receipts
from ..services.consents.types import (
    ConsentInput,
    ConsentMethod,
    DeliveryMethod,
    LegalBasis,
    ProvisionInput,
    ReceiptInput,
    RecipientKind,
    Withdrawal,
)
from ..services.permissions import Actor

SEED = 2026
#: consents and withdrawals are dated 2025 at the latest, so that they are in the past on
#: any day the demo is made (provisions may be planned later)
LAST_DAY = date(2025, 12, 31)
#: (name, kind, address, representative); all invented
RECIPIENTS = (
    ("株式会社エグザンプル翻訳 / Example Translation Co., Ltd.", RecipientKind.COMPANY,
     "東京都千代田区神田9-90-1", "代表取締役 佐々木 真"),
    ("エグザンプル社労士事務所 / Example Labour Consultants", RecipientKind.ALLIANCE_PARTNER,
     "東京都新宿区西新宿9-91-2", "所長 森 由美"),
    ("株式会社サンプル不動産 / Sample Realty Co., Ltd.", RecipientKind.COMPANY,
     "神奈川県横浜市中区9-92-3", "代表取締役 石井 健"),
    ("エグザンプル司法書士法人 / Example Judicial Scriveners", RecipientKind.ALLIANCE_PARTNER,
     "埼玉県さいたま市浦和区9-93-4", "代表社員 岡田 聡"),
    ("東京出入国在留管理局 / Tokyo Regional Immigration Services Bureau",
     RecipientKind.NATIONAL_GOVERNMENT, "東京都港区港南5-5-30", ""),
    ("エグザンプル市役所 / Example City Hall", RecipientKind.LOCAL_GOVERNMENT,
     "東京都エグザンプル市本町9-94-5", ""),
)  # fmt: skip
PARTNERS = 4  # the first four are third parties that need consent
IMMIGRATION = 4
LAW_NOTE = "出入国管理及び難民認定法 第20条 / Immigration Control Act Art. 20"
#: the items a partner usually gets, by item number (see DEFAULT_DATA_ITEMS)
ITEM_SETS = ((1, 2, 3), (1, 2, 4, 5), (1, 6, 7), (1, 2, 8, 9), (1, 3, 10))
SENSITIVE_ITEMS = (12, 13, 14)
WITHDRAWN_SHARE, EXPIRY_SHARE, SECOND_SHARE, GOVERNMENT_SHARE = 0.08, 0.15, 0.4, 0.5
PURPOSE_NOTES = (
    "在留資格申請書類の翻訳 / translation of visa documents",
    "社会保険手続の依頼 / social insurance procedures",
    "賃貸契約の必要書類 / documents for a tenancy",
    "相続登記の依頼 / inheritance registration",
)


@dataclass(frozen=True)
class DemoSetting:
    recipients: tuple[int, ...]
    items: dict[int, int]  # item number -> id
    delegation: int  # purpose 4's id
    submission: int  # purpose 1's id


def prepare(session: Session, actor: Actor) -> DemoSetting:
    """The demo's recipients (made once) and the ids the plans need."""
    existing = {name: rid for rid, name in session.execute(select(Recipient.id, Recipient.name))}
    ids = []
    for name, kind, address, representative in RECIPIENTS:
        if name not in existing:
            record = Recipient(
                name=name, kind=kind.value, address=address, representative=representative,
                created_by_id=actor.id, updated_by_id=actor.id,
            )  # fmt: skip
            session.add(record)
            session.flush()
            audit.record(
                session,
                actor,
                ConsentAction.RECIPIENT_ADD,
                RECIPIENT_RECORD,
                record.id,
                kind.value,
            )
            existing[name] = record.id
        ids.append(existing[name])
    items = {row[0]: row[1] for row in session.execute(select(DataItem.number, DataItem.id))}
    purposes = {row[0]: row[1] for row in session.execute(select(Purpose.number, Purpose.id))}
    return DemoSetting(tuple(ids), items, purposes[4], purposes[1])


def add_for_clients(
    session: Session,
    actor: Actor,
    setting: DemoSetting,
    clients: Sequence[tuple[ClientRow, ClientInput]],
) -> None:
    """Consents, provisions and receipts for these new clients, in the caller's transaction.

    One call of each service for the whole batch: the rules run per record, the
    queries that set them up once.
    """
    today = date.today()
    rngs = [random.Random(f"{SEED}:{row.number}") for row, _ in clients]
    plans = [
        _consents(rng, setting, row, data) for rng, (row, data) in zip(rngs, clients, strict=True)
    ]
    given = iter(insert_consents(session, actor, [p for plan in plans for p in plan], today=today))
    provisions: list[ProvisionInput] = []
    withdrawals: list[tuple[int, date]] = []
    for rng, (row, data), plan in zip(rngs, clients, plans, strict=True):
        for consent in plan:
            consent_id = next(given).id
            provisions.append(_provision(rng, row, consent, consent_id))
            if rng.random() < WITHDRAWN_SHARE:
                day = consent.obtained_on + timedelta(days=rng.randint(60, 300))
                withdrawals.append((consent_id, min(day, LAST_DAY)))
        if rng.random() < GOVERNMENT_SHARE:
            assert data.obtained_on is not None
            provided_on = data.obtained_on + timedelta(days=rng.randint(10, 60))
            provisions.append(
                ProvisionInput(
                    row.id, setting.recipients[IMMIGRATION], setting.submission,
                    (setting.items[1], setting.items[6]), provided_on, DeliveryMethod.ONLINE,
                    legal_basis=LegalBasis.LAWS_AND_REGULATIONS, basis_note=LAW_NOTE,
                )
            )  # fmt: skip
    insert_provisions(session, actor, provisions)
    for consent_id, day in withdrawals:
        withdrawal = Withdrawal(day, "電話 / by phone", "本人から撤回の申出 / asked to stop")
        withdraw(session, actor, consent_id, withdrawal, today)
    receipts = [
        ReceiptInput(
            row.id, data.obtained_on, data.provider_name, data.provider_address,
            data.provider_obtained_how, (setting.items[1], setting.items[2]),
            provider_representative=data.provider_representative,
        )
        for row, data in clients
        if data.obtained_how is ObtainedHow.THIRD_PARTY and data.obtained_on is not None
    ]  # fmt: skip
    insert_receipts(session, actor, receipts, today=today)


def _consents(
    rng: random.Random, setting: DemoSetting, row: ClientRow, data: ClientInput
) -> list[ConsentInput]:
    """One consent to a partner, sometimes two."""
    assert data.obtained_on is not None
    plans = [_consent(rng, setting, row, data.obtained_on, data.sensitive)]
    if rng.random() < SECOND_SHARE:
        later = data.obtained_on + timedelta(days=3)
        plans.append(_consent(rng, setting, row, later, data.sensitive))
    return plans


def _provision(
    rng: random.Random, row: ClientRow, consent: ConsentInput, consent_id: int
) -> ProvisionInput:
    """A provision the consent covers: some of its items, a few weeks after it was given."""
    provided_on = consent.obtained_on + timedelta(days=rng.randint(5, 40))
    if consent.expires_on is not None:
        provided_on = min(provided_on, consent.expires_on)
    items = tuple(rng.sample(consent.item_ids, rng.randint(1, len(consent.item_ids))))
    return ProvisionInput(
        row.id, consent.recipient_id, consent.purpose_id, items, provided_on,
        rng.choice(list(DeliveryMethod)), consent_id=consent_id,
    )  # fmt: skip


def _consent(
    rng: random.Random, setting: DemoSetting, row: ClientRow, start: date, sensitive: bool
) -> ConsentInput:
    numbers = list(rng.choice(ITEM_SETS))
    if sensitive:
        numbers.append(rng.choice(SENSITIVE_ITEMS))
    partner = rng.randrange(PARTNERS)
    obtained_on = max(start, min(start + timedelta(days=rng.randint(0, 20)), LAST_DAY))
    expires_on = None
    if rng.random() < EXPIRY_SHARE:
        expires_on = obtained_on + timedelta(days=rng.choice((90, 180, 365)))
    return ConsentInput(
        client_id=row.id,
        recipient_id=setting.recipients[partner],
        purpose_id=setting.delegation,
        item_ids=tuple(setting.items[n] for n in numbers),
        obtained_on=obtained_on,
        method=rng.choice(
            (ConsentMethod.SIGNED_FORM, ConsentMethod.SIGNED_FORM, ConsentMethod.EMAIL)
        ),
        purpose_note=PURPOSE_NOTES[partner],
        evidence_ref=f"キャビネットA / Cabinet A, {row.number}",
        expires_on=expires_on,
    )
