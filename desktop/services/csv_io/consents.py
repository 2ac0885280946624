"""The consent registers as CSV exports: recipients, consents, provisions and receipts.

The rows come from the consent service (services/consents/export.py); this module
only gives each column its Japanese and English heading. A date range filters
consents by the date given, provisions by the date provided and receipts by the
date received; recipients have no date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..consents import export
from ..ledger import Ledger
from ..permissions import Actor, Permission
from .kinds import ExportKind, ExportOptions, Field

_HEADINGS = {
    "number": ("Number", "番号"),
    "name": ("Name", "名称"),
    "kind": ("Kind", "種別"),
    "address": ("Address", "住所"),
    "representative": ("Representative", "代表者"),
    "notes": ("Notes", "備考"),
    "client_number": ("Client number", "顧客番号"),
    "client_name": ("Client name", "顧客氏名"),
    "recipient": ("Recipient", "提供先"),
    "purpose": ("Purpose", "利用目的"),
    "items": ("Data items", "個人データの項目"),
    "obtained_on": ("Date given", "同意日"),
    "expires_on": ("Expires", "有効期限"),
    "withdrawn_on": ("Withdrawn", "撤回日"),
    "state": ("State", "状態"),
    "provided_on": ("Date provided", "提供日"),
    "consent": ("Consent", "同意"),
    "legal_basis": ("Legal basis", "法的根拠"),
    "record_exempt": ("Record not required", "記録義務なし"),
    "retention_end": ("Keep until", "保存期限"),
    "received_on": ("Date received", "受領日"),
    "provider": ("Provider", "提供元"),
}

Dated = Callable[..., export.Table]


def _fields(keys: Sequence[str]) -> tuple[Field, ...]:
    return tuple(Field(key, *_HEADINGS[key]) for key in keys)


def _dated(table: Dated) -> Callable[[Ledger, Actor, ExportOptions], list[tuple[str, ...]]]:
    def rows(ledger: Ledger, actor: Actor, options: ExportOptions) -> list[tuple[str, ...]]:
        return table(ledger, actor, date_from=options.date_from, date_to=options.date_to)[1]

    return rows


def _recipients(ledger: Ledger, actor: Actor, _options: ExportOptions) -> list[tuple[str, ...]]:
    return export.export_recipients(ledger, actor)[1]


# Every register names people (clients, representatives, providers): exporting is a
# manager's action, and the service checks it too.
RECIPIENTS = ExportKind(
    name="recipients",
    fields=_fields(export.RECIPIENT_COLUMNS),
    personal=True,
    permission=Permission.VIEW_CLIENTS,
    rows=_recipients,
)
CONSENTS = ExportKind(
    name="consents",
    fields=_fields(export.CONSENT_COLUMNS),
    personal=True,
    permission=Permission.VIEW_CLIENTS,
    rows=_dated(export.export_consents),
    by_date="obtained_on",
)
PROVISIONS = ExportKind(
    name="provisions",
    fields=_fields(export.PROVISION_COLUMNS),
    personal=True,
    permission=Permission.VIEW_CLIENTS,
    rows=_dated(export.export_provisions),
    by_date="provided_on",
)
RECEIPTS = ExportKind(
    name="receipts",
    fields=_fields(export.RECEIPT_COLUMNS),
    personal=True,
    permission=Permission.VIEW_CLIENTS,
    rows=_dated(export.export_receipts),
    by_date="received_on",
)
