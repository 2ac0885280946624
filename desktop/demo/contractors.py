"""Deterministic synthetic contractors for demo mode, tests and benchmarks.

About sixty invented outsourcing companies of a small office, with contracts
(a few missing a clause), selection checks, sub-contractors, and inspection
histories over several years; a few are overdue, a few wait for approval.
Dates count back from ``today``, so a demo ledger always looks current; the
same ``today`` and count give the same ledger.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..services.contractors import checklists, inspections, register
from ..services.contractors.rules import add_months
from ..services.contractors.types import (
    ActionInput,
    ChecklistKind,
    Clause,
    ClauseCheck,
    ContractEnd,
    ContractInput,
    ContractorInput,
    ContractorStatus,
    EndHandling,
    InspectionInput,
    InspectionMethod,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
    SelectionInput,
    SubcontractorInput,
    Template,
)
from ..services.ledger import Ledger
from ..services.permissions import Actor

SEED = 2508
PER_SAVE = 10
#: (company name, what is outsourced, data categories, where handled, abroad)
COMPANIES = (
    (
        "株式会社エグザンプル会計 / Example Accounting Co.",
        "クラウド会計・請求書発行 / cloud accounting and invoices",
        "氏名、住所、請求額 / names, addresses, fees",
        "国内データセンター / data centre in Japan",
        False,
    ),
    (
        "サンプル印刷株式会社 / Sample Printing Co.",
        "ニュースレターの印刷・発送 / newsletter printing and mailing",
        "氏名、住所 / names, addresses",
        "本社工場（埼玉） / works in Saitama",
        False,
    ),
    (
        "テスト翻訳サービス合同会社 / Test Translation LLC",
        "在留関係書類の翻訳 / translation of residence documents",
        "氏名、生年月日、旅券情報 / names, dates of birth, passport data",
        "社内と翻訳者の自宅 / office and translators' homes",
        False,
    ),
    (
        "例示ITサポート株式会社 / Example IT Support Inc.",
        "PC・ネットワークの保守 / PC and network maintenance",
        "台帳を含むPC内の全データ / all data on the office PCs",
        "当事務所内・リモート / on site and remote",
        False,
    ),
    (
        "架空クラウドストレージ株式会社 / Fictional Cloud Storage K.K.",
        "バックアップの保管 / off-site backups",
        "暗号化された台帳ファイル / encrypted ledger files",
        "米国リージョン / US region",
        True,
    ),
    (
        "モデル文書保管株式会社 / Model Records Storage Co.",
        "紙書類の倉庫保管 / paper archive storage",
        "完了案件の書類 / files of closed matters",
        "千葉の倉庫 / warehouse in Chiba",
        False,
    ),
    (
        "見本シュレッド株式会社 / Specimen Shredding Co.",
        "書類の溶解処理 / secure paper disposal",
        "廃棄書類 / documents for disposal",
        "処理工場 / processing plant",
        False,
    ),
    (
        "エグザンプル社労士事務所 / Example Labour Consultants",
        "給与計算 / payroll",
        "従業員の氏名・マイナンバー / staff names and My Number",
        "同事務所 / their office",
        False,
    ),
    (
        "ダミー電話代行株式会社 / Dummy Call Answering Co.",
        "電話受付代行 / telephone answering",
        "相談者の氏名・電話番号 / callers' names and numbers",
        "コールセンター（那覇） / call centre in Naha",
        False,
    ),
    (
        "サンプルWeb制作株式会社 / Sample Web Studio",
        "ウェブサイトの問い合わせフォーム運用 / web inquiry form",
        "問い合わせ内容 / inquiries",
        "シンガポールのサーバ / server in Singapore",
        True,
    ),
)
CITIES = (
    "東京都千代田区",
    "東京都新宿区",
    "大阪府大阪市北区",
    "神奈川県横浜市西区",
    "埼玉県さいたま市大宮区",
    "愛知県名古屋市中区",
)
PEOPLE = (
    "山本 一郎",
    "佐藤 花子",
    "鈴木 誠",
    "高橋 直子",
    "田中 健",
    "伊藤 美穂",
    "渡辺 大輔",
    "中村 愛",
)
FINDINGS = (
    "書類保管庫が施錠されていなかった。 / The file cabinet was left unlocked.",
    "退職者のアカウントが残っていた。 / A former employee's account was still active.",
    "研修記録が1年以上更新されていない。 / Training records not updated for over a year.",
    "持ち出し記録に記載漏れがあった。 / Some items taken out were not recorded.",
)
ACTIONS = (
    "保管庫に鍵を付け、鍵の管理者を決める / Fit a lock and name a key holder",
    "アカウントを削除し、退職時の手順に加える / Remove the account at once",
    "全従業者に研修を行い記録する / Train all staff and record it",
    "持ち出し記録を毎週確認する / Check the log of items taken out weekly",
)
#: every n-th contractor lacks a clause, is overdue, or waits for approval (n from 0)
MISSING_EVERY, OVERDUE_EVERY, WAITING_EVERY = 7, 9, 11
FAIL_SHARE = 0.25


def fill_contractors(
    ledger: Ledger, actor: Actor, *, count: int = 60, today: date | None = None, years: int = 4
) -> str:
    """Add ``count`` contractors with about ``years`` of inspections, and the office's own."""
    day = today or date.today()
    rng = random.Random(SEED)
    with ledger.read() as session:
        template = checklists.current_template_in(session, ChecklistKind.CONTRACTOR)
        own = checklists.current_template_in(session, ChecklistKind.SELF)
    done = 0
    while done < count:
        with ledger.transaction() as session:
            for n in range(done, min(count, done + PER_SAVE)):
                _contractor(session, actor, rng, n, day, years, template)
        done = min(count, done + PER_SAVE)
    with ledger.transaction() as session:
        for back in range(years - 1, -1, -1):
            when = day - timedelta(days=365 * back + 40)
            _inspect(session, actor, rng, None, when, own, approve=True, today=day)
    return f"Added {count} synthetic contractors with inspections."


def _contractor(
    session: Session,
    actor: Actor,
    rng: random.Random,
    n: int,
    today: date,
    years: int,
    template: Template,
) -> None:
    name, work, categories, where, abroad = COMPANIES[n % len(COMPANIES)]
    branch = n // len(COMPANIES)
    if branch:
        name = f"{name} {CITIES[branch % len(CITIES)][:3]}支店 / branch {branch + 1}"
    draw = rng.random()
    status = ContractorStatus.ACTIVE
    if draw < 0.1:
        status = ContractorStatus.CANDIDATE
    elif draw < 0.17:
        status = ContractorStatus.ENDED
    cycle = rng.choice((12, 12, 12, 12, 6, 24))
    data = ContractorInput(
        name=name,
        address=f"{rng.choice(CITIES)}9-{rng.randint(1, 99)}-{rng.randint(1, 30)}",
        representative=f"代表取締役 {rng.choice(PEOPLE)}",
        contact_person=rng.choice(PEOPLE),
        phone=f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        email=f"contact{n + 1}@example.jp",
        outsourced_work=work,
        data_categories=categories,
        persons_count=rng.choice((50, 200, 800, 1500, 3000)),
        sensitive=rng.random() < 0.15,
        handling_location=where,
        abroad=abroad,
        status=ContractorStatus.ACTIVE if status is ContractorStatus.ENDED else status,
        inspection_cycle_months=cycle,
        subcontractors=(
            (
                SubcontractorInput(
                    "再委託先サンプル株式会社 / Sample Sub Co.",
                    "発送作業 / mailing",
                    today - timedelta(days=rng.randint(100, 900)),
                ),
            )
            if rng.random() < 0.2
            else ()
        ),
    )
    record = register.add_contractor_in(session, actor, data)
    start = today - timedelta(days=rng.randint(300, 365 * years + 180))
    check = SelectionInput(
        start - timedelta(days=30),
        privacy_mark=rng.random() < 0.5,
        isms=rng.random() < 0.3,
        responsible_person=rng.choice(PEOPLE),
        has_rules=rng.random() < 0.9,
    )
    register.record_selection_in(session, actor, record, check)
    if status is ContractorStatus.CANDIDATE:
        return
    missing = set(rng.sample(list(Clause), rng.choice((1, 2)))) if n % MISSING_EVERY == 3 else set()
    # Renewed every three years: the term in force ends after today.
    term = 0
    while add_months(start, 36 * (term + 1)) <= today:
        term += 1
    contract = ContractInput(
        signed_on=start - timedelta(days=7),
        starts_on=start,
        ends_on=add_months(start, 36 * (term + 1)),
        renewal_on=add_months(start, 36 * term) if term else None,
        file_reference=f"契約書綴り {n // 20 + 1} / Binder {n // 20 + 1}, No. {n % 20 + 1}",
        clauses=tuple(ClauseCheck(c, c not in missing) for c in Clause),
    )
    register.save_contract_in(session, actor, record, contract)
    due = add_months(start, cycle)
    overdue = n % OVERDUE_EVERY == 4
    waiting = n % WAITING_EVERY == 6
    while due <= today:
        next_due = add_months(due, cycle)
        last = next_due > today
        if last and overdue:
            break
        day = min(due - timedelta(days=rng.randint(0, 20)), today)
        _inspect(
            session,
            actor,
            rng,
            record.id,
            day,
            template,
            approve=not (last and waiting),
            today=today,
        )
        due = add_months(day, cycle)
    if status is ContractorStatus.ENDED:
        end = ContractEnd(
            EndHandling.ERASED, today - timedelta(days=rng.randint(5, 60)), f"廃棄証明書 DC-{n:04d}"
        )
        register.end_contract_in(session, actor, record, end)


def _inspect(
    session: Session,
    actor: Actor,
    rng: random.Random,
    contractor_id: int | None,
    day: date,
    template: Template,
    *,
    approve: bool,
    today: date,
) -> None:
    failing = (
        rng.sample(list(template.items), rng.choice((1, 2))) if rng.random() < FAIL_SHARE else []
    )
    answers = _answers(template, {item.id for item in failing}, rng)
    actions = tuple(
        ActionInput(
            rng.choice(ACTIONS),
            rng.choice(PEOPLE),
            day + timedelta(days=30),
            day + timedelta(days=rng.randint(10, 40))
            if day + timedelta(days=45) < date.today()
            else None,
        )
        for _ in failing
    )
    data = InspectionInput(
        inspected_on=day,
        method=rng.choice(list(InspectionMethod)),
        answers=answers,
        findings=rng.choice(FINDINGS) if failing else "特に問題なし。 / No problems found.",
        actions=actions,
    )
    row = inspections.record_inspection_in(session, actor, contractor_id, data, template)
    if approve:
        inspections.decide_in(session, actor, row.id, InspectionStatus.APPROVED)


def _answers(template: Template, failing: set[int], rng: random.Random) -> tuple[ItemAnswer, ...]:
    answers: Sequence[ItemAnswer] = [
        ItemAnswer(item.id, ItemResult.DOES_NOT_CONFORM, FINDINGS[item.id % len(FINDINGS)])
        if item.id in failing
        else ItemAnswer(
            item.id, ItemResult.NOT_APPLICABLE if rng.random() < 0.05 else ItemResult.CONFORMS
        )
        for item in template.items
    ]
    return tuple(answers)


#: the demo-data options this filler takes (desktop/demo/areas.py)
COUNTS = ("contractors",)


def fill(ledger: Ledger, actor: Actor, counts: Mapping[str, int]) -> str:
    """``demo-data --contractors N``: N contractors with contracts and years of inspections."""
    return fill_contractors(ledger, actor, count=counts.get("contractors", 0))
