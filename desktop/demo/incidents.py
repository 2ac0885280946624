"""Synthetic incidents for the demo: years of them, in every stage, some overdue.

Dates are relative to ``today`` so the demo always shows live clocks: the
older an incident, the further it got (most old ones are closed, a few were
left open and are overdue); the last weeks hold open incidents in each stage.
Everything is drawn from one seeded ``random.Random``: the same call on the
same day gives the same incidents.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Client
from ..services.incidents import (
    ActionKind,
    Certainty,
    Duty,
    IncidentInput,
    Kind,
    Medium,
    NoticeMethod,
    Stage,
    SubKind,
    add_action_in,
    insert_incident,
    reach_stage,
    record_notice_in,
)
from ..services.ledger import Ledger
from ..services.permissions import Actor

SEED = 2609
YEARS = 4
#: share of incidents in the last 70 days (the ones with running clocks)
RECENT_SHARE = 0.25
#: share of old incidents left open (overdue or forgotten), for the demo's red rows
LEFT_OPEN_SHARE = 0.04
#: share of old incidents whose notices were never recorded
FORGOTTEN_NOTICE_SHARE = 0.06


@dataclass(frozen=True)
class Scenario:
    title: str
    kind: Kind
    sub_kind: SubKind
    media: tuple[Medium, ...]
    data_items: str
    cause: str
    prevention: str
    wrongful: bool = False
    financial: bool = False


SCENARIOS = (
    Scenario(
        "書類の誤送付 / Documents posted to the wrong client",
        Kind.LEAKAGE, SubKind.MISDELIVERY, (Medium.PAPER,),
        "氏名、住所、在留カード番号 / name, address, residence card number",
        "封入時の確認不足 / no second check when filling envelopes",
        "封入時のダブルチェックを導入 / two-person check when filling envelopes",
    ),
    Scenario(
        "メール誤送信 / E-mail with attachments sent to the wrong address",
        Kind.LEAKAGE, SubKind.MIS_SENT_EMAIL, (Medium.EMAIL, Medium.PC),
        "氏名、生年月日、旅券番号 / name, date of birth, passport number",
        "宛先のオートコンプリート / address auto-completion",
        "オートコンプリートを無効化し送信前確認を必須化 / auto-completion off, send check",
    ),
    Scenario(
        "ノートPCの盗難 / Office laptop stolen from a car",
        Kind.LEAKAGE, SubKind.THEFT, (Medium.PC,),
        "顧客台帳の写し / copy of the client register",
        "車内への放置 / laptop left in a parked car",
        "持出し規程の改定とディスク暗号化 / new rules for taking devices out, disk encryption",
        wrongful=True,
    ),
    Scenario(
        "ウェブフォームへの不正アクセス / Unauthorized access to the web inquiry form",
        Kind.LEAKAGE, SubKind.UNAUTHORIZED_ACCESS, (Medium.CLOUD,),
        "氏名、電話番号、メールアドレス、相談内容 / name, phone, e-mail, inquiry text",
        "フォームの脆弱性 / a vulnerability in the form software",
        "ソフト更新と脆弱性診断 / software updated, vulnerability scan",
        wrongful=True,
    ),
    Scenario(
        "USBメモリの紛失 / USB memory stick lost",
        Kind.LOSS, SubKind.LOST_DEVICE, (Medium.PC,),
        "申請書類の控え / copies of application forms",
        "私物USBの使用 / a personal USB stick was used",
        "USBメモリの使用禁止 / USB sticks no longer allowed",
    ),
    Scenario(
        "申請書類の紛失 / Application documents lost on the way to the immigration office",
        Kind.LOSS, SubKind.LOST_PAPER, (Medium.PAPER,),
        "申請書、診断書の写し / application form, copy of a medical certificate",
        "書類の持ち運び方法 / how documents were carried",
        "施錠できる書類ケースの使用 / lockable document case",
    ),
    Scenario(
        "ランサムウェアによる暗号化 / Files encrypted by ransomware",
        Kind.DAMAGE, SubKind.RANSOMWARE, (Medium.PC,),
        "共有フォルダ内の顧客ファイル / client files in the shared folder",
        "不審メールの添付ファイル / attachment of a suspicious e-mail",
        "バックアップの分離とメール訓練 / offline backups, e-mail training",
        wrongful=True,
    ),
    Scenario(
        "振込先口座情報の誤送信 / Bank details of clients e-mailed to a supplier",
        Kind.LEAKAGE, SubKind.MIS_SENT_EMAIL, (Medium.EMAIL,),
        "氏名、銀行口座番号 / name, bank account number",
        "ファイルの取り違え / the wrong file was attached",
        "添付ファイルのパスワード保護 / password-protected attachments",
        financial=True,
    ),
)  # fmt: skip


def add_demo_incidents(
    ledger: Ledger, actor: Actor, count: int, *, today: date | None = None
) -> int:
    """Add ``count`` incidents with their stages, timelines and notices; returns how many."""
    day = today or date.today()
    rng = random.Random(SEED)
    with ledger.transaction() as session:
        clients = list(session.scalars(select(Client.id).where(Client.status != "disposed")))
        for _ in range(count):
            _one(session, actor, rng, day, clients)
    return count


def _one(
    session: Session, actor: Actor, rng: random.Random, today: date, clients: list[int]
) -> None:
    scenario = rng.choice(SCENARIOS)
    recent = rng.random() < RECENT_SHARE
    age = rng.randint(0, 70) if recent else rng.randint(71, YEARS * 365)
    known = today - timedelta(days=age)
    linked = tuple(sorted(rng.sample(clients, k=min(len(clients), rng.choice((0, 1, 1, 2, 3))))))
    many = rng.random() < 0.05
    before = rng.choice((0, 0, 1, 2, 5))
    data = IncidentInput(
        title=scenario.title,
        kind=scenario.kind,
        sub_kind=scenario.sub_kind,
        certainty=rng.choice((Certainty.SUSPECTED, Certainty.CONFIRMED)),
        occurred_on=known - timedelta(days=before),
        # the same day: before the office's day began, so it was known after it occurred
        occurred_time=time(rng.randint(6, 8) if before == 0 else rng.randint(8, 19), 30),
        known_on=known,
        known_time=time(rng.randint(9, 18), rng.choice((0, 10, 20, 40))),
        found_by=rng.choice(("鈴木 健太 (clerk)", "田中 美咲 (manager)", "Client / ご本人")),
        description=f"{scenario.title}. 詳細は経緯を参照 / see the timeline.",
        data_items=scenario.data_items,
        media=scenario.media,
        persons_count=len(linked) or rng.randint(1, 40),
        persons_max=rng.randint(1200, 3000) if many else None,
        client_ids=linked,
        cause=scenario.cause if age > 5 else "",
        type_financial=scenario.financial,
        type_wrongful=scenario.wrongful,
        type_sensitive=None if rng.random() < 0.1 and age < 20 else rng.random() < 0.2,
        strongly_encrypted=rng.random() < 0.05,
    )
    row = insert_incident(session, actor, data, reported_on=known, today=today)
    _progress(session, actor, rng, row.id, row.duty, known, today, age, scenario, linked)


def _progress(
    session: Session,
    actor: Actor,
    rng: random.Random,
    incident_id: int,
    duty: Duty,
    known: date,
    today: date,
    age: int,
    scenario: Scenario,
    linked: tuple[int, ...],
) -> None:
    """Walk the incident forward as far as its age allows (a few were left behind)."""

    def when(offset: int) -> date:
        return min(known + timedelta(days=offset), today)

    def act(kind: ActionKind, text: str, offset: int) -> None:
        at = datetime.combine(when(offset), time(10 + offset % 7, 0), tzinfo=UTC)
        at = min(at, datetime.now(UTC) - timedelta(minutes=1))
        add_action_in(session, actor, incident_id, kind, text, at)

    def stage(name: Stage, offset: int) -> None:
        reach_stage(session, actor, incident_id, name, when(offset), today=today)

    left_behind = age > 70 and rng.random() < LEFT_OPEN_SHARE
    reach = rng.randint(0, 3) if left_behind else age
    required = duty is Duty.REQUIRED
    act(ActionKind.CONTAINMENT, "関係者へ削除・返却を依頼 / asked for deletion or return", 0)
    if reach >= 1:
        stage(Stage.CONTAINED, 1)
    if reach >= 3:
        act(ActionKind.INVESTIGATION, "原因と範囲を調査 / cause and scope investigated", 3)
        stage(Stage.INVESTIGATED, 3)
    if required and reach >= 4 and rng.random() < 0.9:
        stage(Stage.PRELIMINARY_SENT, rng.randint(2, 4))
    notify_day = rng.randint(8, 40)  # some offices notify before the final report, some after
    # a few old ones never got their notices recorded: they wait at "final report sent"
    forgotten = age > 70 and rng.random() < FORGOTTEN_NOTICE_SHARE
    notified = required and reach >= notify_day and not forgotten
    if notified and linked:
        record_notice_in(
            session,
            actor,
            incident_id,
            NoticeMethod.LETTER,
            when(notify_day),
            client_ids=linked,
            today=today,
        )
    elif notified:
        record_notice_in(
            session,
            actor,
            incident_id,
            NoticeMethod.PUBLICATION,
            when(notify_day),
            persons=12,
            today=today,
        )
    if notified:
        stage(Stage.PERSONS_NOTIFIED, notify_day)
    final_day = 55 if scenario.wrongful else 25
    final = required and reach >= final_day and rng.random() < 0.95
    if final:
        stage(Stage.FINAL_SENT, final_day)
    if reach >= 20:
        act(ActionKind.PREVENTION_DONE, scenario.prevention, 20)
    closable = duty is Duty.NOT_REQUIRED or (final and notified)
    if reach >= 60 and closable:
        stage(Stage.CLOSED, 60)


#: the demo-data options this filler takes (desktop/demo/areas.py)
COUNTS = ("incidents",)


def fill(ledger: Ledger, actor: Actor, counts: Mapping[str, int]) -> str:
    """``demo-data --incidents N``: N incidents across the years, in every stage."""
    count = counts.get("incidents", 0)
    add_demo_incidents(ledger, actor, count)
    return f"Added {count} synthetic incidents."
