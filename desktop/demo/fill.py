"""Filling a ledger with deterministic synthetic office data, in batches (many saves).

The persons come from people.py; what the office did with each (purposes,
matters, how the data came in, sensitive data, retention) is drawn from a
second ``random.Random`` person by person, so the first ten clients of a
hundred are the ten clients asked for alone. Dates are fixed, not relative to
today, so the same call gives the same ledger on any day after 2025.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from ..services import purposes, users
from ..services.clients import ClientInput, ObtainedHow, insert_clients, mark_due
from ..services.ledger import Ledger
from ..services.permissions import Actor, Role
from . import consents as demo_consents
from .people import SyntheticPerson, generate_people

#: the demo's users; --demo shows these on the login screen
DEMO_PASSWORD = "demo-pass-2026"
DEMO_USERS = (
    ("manager", "田中 美咲", Role.MANAGER),
    ("clerk", "鈴木 健太", Role.CLERK),
)

Progress = Callable[[int, int], None]

SEED = 2026
#: matters closed years ago: their two years of retention are over, so they are due
OLD_CLOSED_SHARE, OLD_FIRST, OLD_LAST = 0.08, date(2018, 1, 4), date(2022, 6, 30)
#: matters closed in 2025, still kept; the rest are open matters since 2023
CLOSED_SHARE, CLOSED_FIRST = 0.35, date(2025, 1, 6)
OPEN_FIRST, LAST_DAY = date(2023, 1, 5), date(2025, 12, 26)
SENSITIVE_SHARE = 0.05
DUE_SHARE = 0.01  # marked due for disposal by a clerk
NOTE_SHARE = 0.1

#: weights of how the data came in; about 3% from a third party (APPI Art. 30)
OBTAINED = (
    (ObtainedHow.DIRECT, 45),
    (ObtainedHow.FORM, 25),
    (ObtainedHow.WEB, 17),
    (ObtainedHow.REFERRAL, 10),
    (ObtainedHow.THIRD_PARTY, 3),
)
#: purpose numbers on a record, and how often: many with 1 and 3, some with all five
PURPOSE_SETS = (
    ((1,), 20),
    ((1, 3), 15),
    ((1, 2, 3), 35),
    ((2, 3), 5),
    ((3, 5), 5),
    ((1, 2, 3, 5), 12),
    ((1, 2, 3, 4, 5), 8),
)
MATTERS = (
    "在留期間更新許可申請",
    "在留資格変更許可申請",
    "永住許可申請",
    "帰化許可申請",
    "建設業許可申請",
    "遺産分割協議書作成",
    "自動車登録（車庫証明）",
    "株式会社設立",
    "飲食店営業許可申請",
    "農地転用許可申請",
)
SENSITIVE_NOTES = (
    "診断書（在留手続用）",
    "障害者手帳の写し（介護サービスの許可申請用）",
    "犯罪経歴証明書（在留申請用）",
    "健康診断書（帰化申請用）",
)
#: (name, address, representative, how the provider obtained the data); all invented
PROVIDERS = (
    (
        "株式会社みなと不動産",
        "東京都港区芝浦9-99-1",
        "代表取締役 山本 一郎",
        "賃貸借申込書から取得（当事務所への提供について本人同意あり）",
    ),
    (
        "日本語学校エグザンプル",
        "大阪府大阪市北区梅田9-98-2",
        "校長 中村 直子",
        "入学願書から取得（在留手続のための提供について本人同意あり）",
    ),
    (
        "エグザンプル建設株式会社",
        "埼玉県さいたま市大宮区桜木町9-97-3",
        "代表取締役 小林 誠",
        "従業員名簿から取得（本人の書面による同意あり）",
    ),
)
NOTES = (
    "メール連絡希望",
    "18時以降に連絡",
    "書類は手渡しで返却済み",
    "英語通訳が必要",
)
DUE_REASONS = (
    "案件終了。書類の返却を依頼された。",
    "本人から個人データの消去を求められた（個人情報保護法第35条）。",
)


def ensure_demo_users(ledger: Ledger, actor: Actor) -> None:
    existing = {row.username for row in users.list_users(ledger, actor)}
    for username, display_name, role in DEMO_USERS:
        if username not in existing:
            users.add_user(
                ledger,
                actor,
                username,
                display_name,
                role,
                DEMO_PASSWORD,
                must_change_password=False,  # the password is on the login screen anyway
            )


def fill_ledger(
    ledger: Ledger,
    actor: Actor,
    *,
    clients: int,
    batch: int = 50,
    progress: Progress | None = None,
    demo_users: bool = False,
    consents: bool = True,
) -> str:
    """Add ``clients`` synthetic clients, committing every ``batch`` clients.

    The demo's users (whose password is public) only with ``demo_users``: the
    throw-away ``--demo`` ledger wants them; a real ledger being filled for a test
    of size must not gain a manager account anybody can log in to. ``consents``
    adds about three consents, provisions and receipts per client (demo/consents.py).
    """
    if demo_users:
        ensure_demo_users(ledger, actor)
    purpose_ids = {p.number: p.id for p in purposes.list_purposes(ledger, include_retired=False)}
    rng = random.Random(SEED)
    plans = [_plan(rng, person, purpose_ids) for person in generate_people(clients)]
    done = 0
    with ledger.transaction() as session:
        setting = demo_consents.prepare(session, actor)
    while done < len(plans):
        chunk = plans[done : done + batch]
        with ledger.transaction() as session:
            rows = insert_clients(session, actor, [data for data, _ in chunk])
            if consents:
                pairs = [(row, data) for row, (data, _) in zip(rows, chunk, strict=True)]
                demo_consents.add_for_clients(session, actor, setting, pairs)
            for row, (_, due_reason) in zip(rows, chunk, strict=True):
                if due_reason:
                    mark_due(session, actor, row.id, due_reason)
        done += len(chunk)
        if progress is not None:
            progress(done, len(plans))
    saves = -(-len(plans) // batch)
    if consents:
        return (
            f"Added {len(plans)} synthetic clients with their consents and provisions "
            f"in {saves} saves."
        )
    return f"Added {len(plans)} synthetic clients in {saves} saves."


def _plan(
    rng: random.Random, person: SyntheticPerson, purpose_ids: dict[int, int]
) -> tuple[ClientInput, str]:
    """One client's record, and the reason it was marked due for disposal ("" if not)."""
    how = rng.choices([h for h, _ in OBTAINED], weights=[w for _, w in OBTAINED])[0]
    numbers = rng.choices([s for s, _ in PURPOSE_SETS], weights=[w for _, w in PURPOSE_SETS])[0]
    chosen = tuple(purpose_ids[n] for n in numbers if n in purpose_ids)
    obtained_on, closed_on = _dates(rng)
    sensitive = rng.random() < SENSITIVE_SHARE
    provider = rng.choice(PROVIDERS) if how is ObtainedHow.THIRD_PARTY else ("", "", "", "")
    data = ClientInput(
        family_name=person.family_name,
        given_name=person.given_name,
        family_kana=person.family_kana,
        given_kana=person.given_kana,
        date_of_birth=person.date_of_birth,
        postal_code=person.postal_code,
        address=person.address,
        phone=person.phone or "",
        email=person.email or "",
        obtained_how=how,
        obtained_on=obtained_on,
        provider_name=provider[0],
        provider_address=provider[1],
        provider_representative=provider[2],
        provider_obtained_how=provider[3],
        purpose_ids=chosen or tuple(purpose_ids.values())[:1],
        sensitive=sensitive,
        sensitive_note=rng.choice(SENSITIVE_NOTES) if sensitive else "",
        matters=tuple(rng.sample(MATTERS, rng.choice((1, 1, 1, 2)))),
        matter_closed_on=closed_on,
        notes=rng.choice(NOTES) if rng.random() < NOTE_SHARE else "",
    )
    due_reason = rng.choice(DUE_REASONS) if rng.random() < DUE_SHARE else ""
    return data, due_reason


def _dates(rng: random.Random) -> tuple[date, date | None]:
    """When the data was obtained, and when the matter closed (None: still open)."""
    draw, days = rng.random(), timedelta(days=rng.randint(20, 400))
    if draw < OLD_CLOSED_SHARE:
        obtained_on = _day_between(rng, OLD_FIRST, OLD_LAST)
        return obtained_on, obtained_on + days
    if draw < OLD_CLOSED_SHARE + CLOSED_SHARE:
        closed_on = _day_between(rng, CLOSED_FIRST, LAST_DAY)
        return closed_on - days, closed_on
    return _day_between(rng, OPEN_FIRST, LAST_DAY), None


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))
