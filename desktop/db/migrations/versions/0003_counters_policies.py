"""counters for client and purpose numbers; privacy policy versions, seeded with version 1.0

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 21:00:00.000000

Numbers come from the ``counters`` table from now on: each counter starts
after the highest number the ledger has ever given (disposed clients keep
theirs, as tombstones), so no number is given twice.

``policy_versions`` is seeded with the office's policy as this program ships
it (resources/policy_en.md and policy_ja.md at this revision, copied here so
that the step writes the same rows however the resources change later), as
version "1.0", in force from the day the ledger was created: the day of its
first audit event ("ledger.create"), or today for a ledger created now.
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

import desktop.db.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEED_VERSION = "1.0"
CLIENT_NUMBER_PREFIX = "C-"


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_policy_versions_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_versions")),
        sa.UniqueConstraint("version", "language", name=op.f("uq_policy_versions_version")),
    )
    _fill_counters()
    _seed_policy()


def _fill_counters() -> None:
    """Each counter starts after the highest number ever given (text compared as numbers)."""
    connection = op.get_bind()
    numbers = connection.scalars(sa.text("SELECT number FROM clients")).all()
    highest_client = max((int(n.removeprefix(CLIENT_NUMBER_PREFIX)) for n in numbers), default=0)
    highest_purpose = connection.scalar(sa.text("SELECT max(number) FROM purposes")) or 0
    counters = sa.table(
        "counters", sa.column("name", sa.String()), sa.column("next_value", sa.Integer())
    )
    op.bulk_insert(
        counters,
        [
            {"name": "client", "next_value": highest_client + 1},
            {"name": "purpose", "next_value": highest_purpose + 1},
        ],
    )


def _seed_policy() -> None:
    connection = op.get_bind()
    created = connection.scalar(
        sa.select(sa.column("at", desktop.db.base.UTCDateTime()))
        .select_from(sa.table("audit_events"))
        .where(sa.column("seq") == 1)
    )
    effective = created.date() if created is not None else datetime.now(UTC).date()
    policies = sa.table(
        "policy_versions",
        sa.column("version", sa.String()),
        sa.column("language", sa.String()),
        sa.column("text", sa.Text()),
        sa.column("effective_on", sa.Date()),
        sa.column("recorded_at", desktop.db.base.UTCDateTime()),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        policies,
        [
            _policy_row("en", POLICY_EN, effective, now),
            _policy_row("ja", POLICY_JA, effective, now),
        ],
    )


def _policy_row(language: str, text: str, effective: date, now: datetime) -> dict[str, object]:
    return {
        "version": SEED_VERSION,
        "language": language,
        "text": text,
        "effective_on": effective,
        "recorded_at": now,
    }


def downgrade() -> None:
    op.drop_table("policy_versions")
    op.drop_table("counters")


# The policy texts as resources/policy_en.md and policy_ja.md held them at this revision.
POLICY_EN = """# Privacy Policy

Our office handles the personal information entrusted to us by our clients with care, in
accordance with the Act on the Protection of Personal Information (APPI) and the guidelines of
the Personal Information Protection Commission. Privacy Ledger is the register in which we keep
the records this policy promises.

## 1. Purpose of use

We use personal information only for the following purposes, and for no other purpose without
the person's consent:

1. Submission of documents to government offices relating to the services requested
2. Confirmation of identity, invoices for fees and expenses, and services from our web site
3. Answering questions, consultations and inquiries
4. Delegation to outsourcing companies or alliance partners, within the scope needed for the work
5. Information and services by telephone, e-mail, mail and other media

Every client record carries the purposes for which the information was collected; a list or
export made for a purpose contains only the clients whose record has that purpose.

## 2. Collection

We collect personal information by lawful and fair means, only as far as the purposes above
require. We record how and when it was obtained. Sensitive personal information (such as
medical history or criminal records) is collected only with the person's consent or where the
law allows it, and is marked as such.

## 3. Provision to third parties

We do not provide personal information to third parties without the person's prior consent,
except where laws and regulations require or permit it. Each consent and each provision is
recorded (APPI Art. 29), and these records are kept for the period the law requires.

## 4. Supervision of outsourcing companies

When we entrust personal information to an outsourcing company, we select companies that take
appropriate safety measures, conclude a contract on the handling of the information, and inspect
the company regularly to confirm that the contract is kept.

## 5. Safety control measures and incidents

We protect personal information against leakage, loss and damage with organizational,
personnel, physical and technical measures: access by password, encryption of the register,
roles, an audit trail, automatic locking and regular backups. If an incident happens we contain
it, investigate it, and report it to the Personal Information Protection Commission and notify
the persons concerned where the law requires.

## 6. Compliance with laws and regulations

We comply with the APPI, its enforcement rules and the guidelines, including requests from
individuals for disclosure, correction, suspension of use or erasure of their personal
information, which we answer without delay.

## 7. Continuous improvement

We review this policy and our handling of personal information regularly and improve them.
Each version of this policy has an effective date, and consents name the version the person
agreed to.
"""

POLICY_JA = """# 個人情報保護方針

当事務所は、お客様からお預かりする個人情報を、個人情報の保護に関する法律（個人情報保護法）及び
個人情報保護委員会のガイドラインに従い、適切に取り扱います。Privacy Ledger は、この方針で
お約束した記録を残すための台帳です。

## 1. 利用目的

個人情報は次の目的の範囲内でのみ利用し、本人の同意なく目的外に利用することはありません。

1. ご依頼いただいた業務に係る官公署への書類の提出
2. 本人確認、報酬及び費用の請求、当事務所ウェブサイトによるサービスの提供
3. ご質問・ご相談・お問い合わせへの回答
4. 業務に必要な範囲での外部委託先又は提携先への委託
5. 電話、電子メール、郵便その他の媒体による情報及びサービスのご案内

顧客の記録には、収集したときの利用目的を記録します。ある目的のために作成する名簿や出力には、
その目的が記録された顧客だけが含まれます。

## 2. 取得

個人情報は、利用目的に必要な範囲で、適法かつ公正な手段により取得し、いつどのように取得したかを
記録します。要配慮個人情報（病歴、犯罪の経歴など）は、本人の同意がある場合又は法令で認められる
場合に限り取得し、その旨を記録します。

## 3. 第三者への提供

法令に基づく場合を除き、本人の事前の同意なく個人情報を第三者に提供することはありません。
同意と提供はそれぞれ記録し（個人情報保護法第29条）、法令の定める期間保存します。

## 4. 委託先の監督

個人情報の取扱いを外部に委託する場合は、適切な安全管理措置を講じている委託先を選定し、
取扱いに関する契約を締結したうえで、契約が守られていることを定期的に確認します。

## 5. 安全管理措置と事故への対応

組織的、人的、物理的及び技術的な安全管理措置（パスワードによる利用者の確認、台帳の暗号化、
権限の区分、操作の記録、自動ロック、定期的なバックアップ）により、個人情報の漏えい、滅失又は
毀損を防止します。事故が起きたときは、被害の拡大を防ぎ、原因を調査し、法令の定めに従って
個人情報保護委員会への報告及び本人への通知を行います。

## 6. 法令等の遵守

個人情報保護法、同法施行規則及びガイドラインを遵守します。本人からの開示、訂正、利用停止、
消去等の請求には、遅滞なく対応します。

## 7. 継続的改善

この方針及び個人情報の取扱いを定期的に見直し、改善に努めます。方針の各版には施行日を定め、
同意の記録には本人が同意した版を記録します。
"""
