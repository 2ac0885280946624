"""consents, provisions to third parties and their records, receipts, the data items list

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 20:38:14.439587

A ledger that already has users is an office's file from an older version: it
gets the default data items here, in Japanese when its first purpose still has
the Japanese default title (the ledger was set up in Japanese), else in
English. A brand-new database gets them from ``create_ledger``.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import desktop.db.base
from desktop.db.migrations.frozen.r0004 import DATA_ITEMS, JAPANESE_FIRST_PURPOSE

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: the counters this revision adds (services/counters.py CounterName)
COUNTERS = ("consent", "provision", "receipt")


def upgrade() -> None:
    op.create_table(
        "data_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("created_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_data_items_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_data_items_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_items")),
        sa.UniqueConstraint("number", name=op.f("uq_data_items_number")),
    )
    op.create_table(
        "recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("representative", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('company', 'alliance_partner', 'national_government', 'local_government', "
            "'incorporated_administrative_agency', 'individual')",
            name=op.f("ck_recipients_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_recipients_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_recipients_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipients")),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("purpose_note", sa.Text(), nullable=False),
        sa.Column("obtained_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("method_note", sa.Text(), nullable=False),
        sa.Column("policy_version_id", sa.Integer(), nullable=True),
        sa.Column("evidence_ref", sa.String(length=200), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_how", sa.String(length=200), nullable=False),
        sa.Column("withdrawal_note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "method IN ('signed_form', 'email', 'oral')", name=op.f("ck_consents_method")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_consents_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_consents_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["policy_version_id"],
            ["policy_versions.id"],
            name=op.f("fk_consents_policy_version_id_policy_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_consents_purpose_id_purposes")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipients.id"], name=op.f("fk_consents_recipient_id_recipients")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_consents_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
        sa.UniqueConstraint("number", name=op.f("uq_consents_number")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consents_client_recipient", ["client_id", "recipient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consents_recipient_id"), ["recipient_id"], unique=False
        )

    op.create_table(
        "receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("provider_name", sa.String(length=200), nullable=False),
        sa.Column("provider_address", sa.String(length=300), nullable=False),
        sa.Column("provider_representative", sa.String(length=200), nullable=False),
        sa.Column("provider_obtained_how", sa.Text(), nullable=False),
        sa.Column("record_method", sa.String(length=10), nullable=False),
        sa.Column("retention_end", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "record_method IN ('each', 'bulk', 'contract')", name=op.f("ck_receipts_record_method")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_receipts_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_receipts_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_receipts_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
        sa.UniqueConstraint("number", name=op.f("uq_receipts_number")),
    )
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipts_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_receipts_retention_end"), ["retention_end"], unique=False
        )

    op.create_table(
        "consent_items",
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_consent_items_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["data_items.id"], name=op.f("fk_consent_items_item_id_data_items")
        ),
        sa.PrimaryKeyConstraint("consent_id", "item_id", name=op.f("pk_consent_items")),
    )
    op.create_table(
        "consent_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("changed_fields", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_consent_versions_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_consent_versions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_versions")),
        sa.UniqueConstraint("consent_id", "version", name="consent_version"),
    )
    op.create_table(
        "provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("provided_on", sa.Date(), nullable=False),
        sa.Column("delivery_method", sa.String(length=20), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("legal_basis", sa.String(length=30), nullable=True),
        sa.Column("basis_note", sa.Text(), nullable=False),
        sa.Column("record_method", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "delivery_method IN ('hand', 'mail', 'email', 'online', 'fax', 'other')",
            name=op.f("ck_provisions_delivery_method"),
        ),
        sa.CheckConstraint(
            "legal_basis IN ('laws_and_regulations', 'outsourcing', 'business_succession', "
            "'joint_use')",
            name=op.f("ck_provisions_legal_basis"),
        ),
        sa.CheckConstraint(
            "record_method IN ('each', 'bulk', 'contract')",
            name=op.f("ck_provisions_record_method"),
        ),
        sa.CheckConstraint(
            "(consent_id IS NULL) <> (legal_basis IS NULL)",
            name=op.f("ck_provisions_consent_or_legal_basis"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_provisions_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name=op.f("fk_provisions_consent_id_consents")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_provisions_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_provisions_purpose_id_purposes")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipients.id"], name=op.f("fk_provisions_recipient_id_recipients")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_provisions_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provisions")),
        sa.UniqueConstraint("number", name=op.f("uq_provisions_number")),
    )
    with op.batch_alter_table("provisions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_provisions_client_recipient", ["client_id", "recipient_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_provisions_consent_id"), ["consent_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_provisions_recipient_id"), ["recipient_id"], unique=False
        )

    op.create_table(
        "receipt_items",
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["data_items.id"], name=op.f("fk_receipt_items_item_id_data_items")
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipts.id"],
            name=op.f("fk_receipt_items_receipt_id_receipts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("receipt_id", "item_id", name=op.f("pk_receipt_items")),
    )
    op.create_table(
        "provision_items",
        sa.Column("provision_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["data_items.id"], name=op.f("fk_provision_items_item_id_data_items")
        ),
        sa.ForeignKeyConstraint(
            ["provision_id"],
            ["provisions.id"],
            name=op.f("fk_provision_items_provision_id_provisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("provision_id", "item_id", name=op.f("pk_provision_items")),
    )
    op.create_table(
        "provision_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provision_id", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("consent_obtained", sa.Boolean(), nullable=False),
        sa.Column("legal_basis", sa.String(length=30), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_address", sa.String(length=300), nullable=False),
        sa.Column("recipient_representative", sa.String(length=200), nullable=False),
        sa.Column("person", sa.String(length=250), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("retention_end", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["provision_id"],
            ["provisions.id"],
            name=op.f("fk_provision_records_provision_id_provisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provision_records")),
        sa.UniqueConstraint("provision_id", name=op.f("uq_provision_records_provision_id")),
    )
    with op.batch_alter_table("provision_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_provision_records_retention_end"), ["retention_end"], unique=False
        )

    _seed_default_data_items()
    _add_counters()


def _seed_default_data_items() -> None:
    connection = op.get_bind()
    if not connection.scalar(sa.text("SELECT count(*) FROM users")):
        return
    first = connection.scalar(sa.text("SELECT title FROM purposes WHERE number = 1"))
    japanese = first == JAPANESE_FIRST_PURPOSE
    items = sa.table(
        "data_items",
        sa.column("number", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("sensitive", sa.Boolean()),
        sa.column("retired", sa.Boolean()),
        sa.column("created_at", desktop.db.base.UTCDateTime()),
        sa.column("updated_at", desktop.db.base.UTCDateTime()),
    )
    now = datetime.now(UTC)
    rows = [
        {
            "number": number,
            "name": ja if japanese else en,
            "sensitive": sensitive,
            "retired": False,
            "created_at": now,
            "updated_at": now,
        }
        for number, (en, ja, sensitive) in enumerate(DATA_ITEMS, start=1)
    ]
    op.bulk_insert(items, rows)


def _add_counters() -> None:
    """Consent, provision and receipt numbers come from counters (migration 0003's table)."""
    counters = sa.table(
        "counters", sa.column("name", sa.String()), sa.column("next_value", sa.Integer())
    )
    op.bulk_insert(counters, [{"name": n, "next_value": 1} for n in COUNTERS])


def downgrade() -> None:
    counters = sa.table("counters", sa.column("name", sa.String()))
    op.execute(counters.delete().where(counters.c.name.in_(COUNTERS)))
    with op.batch_alter_table("provision_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provision_records_retention_end"))
    op.drop_table("provision_records")
    op.drop_table("provision_items")
    op.drop_table("receipt_items")
    with op.batch_alter_table("provisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provisions_recipient_id"))
        batch_op.drop_index(batch_op.f("ix_provisions_consent_id"))
        batch_op.drop_index("ix_provisions_client_recipient")
    op.drop_table("provisions")
    op.drop_table("consent_versions")
    op.drop_table("consent_items")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipts_retention_end"))
        batch_op.drop_index(batch_op.f("ix_receipts_client_id"))
    op.drop_table("receipts")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_recipient_id"))
        batch_op.drop_index("ix_consents_client_recipient")
    op.drop_table("consents")
    op.drop_table("recipients")
    op.drop_table("data_items")
