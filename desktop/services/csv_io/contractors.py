"""The contractor register and its inspections as CSV exports (rows from services/contractors)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..contractors import export
from ..ledger import Ledger
from ..permissions import Actor, Permission
from .kinds import ExportKind, ExportOptions, Field

_HEADINGS = {
    "number": ("Contractor no.", "委託先番号"),
    "name": ("Name", "名称"),
    "status": ("Status", "状態"),
    "address": ("Address", "所在地"),
    "representative": ("Representative", "代表者"),
    "contact_person": ("Contact person", "担当者"),
    "phone": ("Phone", "電話番号"),
    "email": ("E-mail", "メール"),
    "outsourced_work": ("Outsourced work", "委託業務"),
    "data_categories": ("Data entrusted", "委託する個人データ"),
    "persons_count": ("Persons (approx.)", "人数（概数）"),
    "sensitive": ("Sensitive data", "要配慮個人情報"),
    "handling_location": ("Where handled", "取扱場所"),
    "abroad": ("Abroad", "外国での取扱い"),
    "inspection_cycle_months": ("Inspection cycle (months)", "点検周期（月）"),
    "contract_starts_on": ("Contract start", "契約開始日"),
    "contract_ends_on": ("Contract end", "契約終了日"),
    "missing_clauses": ("Missing clauses", "不足条項"),
    "last_inspected_on": ("Last approved inspection", "最終点検日（承認済み）"),
    "next_due": ("Next inspection due", "次回点検期限"),
    "overdue": ("Overdue", "期限超過"),
    "contractor_number": ("Contractor no.", "委託先番号"),
    "contractor_name": ("Contractor", "委託先"),
    "inspected_on": ("Inspected on", "点検日"),
    "method": ("Method", "方法"),
    "inspector": ("Inspector", "点検者"),
    "checklist_version": ("Checklist version", "チェックリスト版"),
    "nonconformities": ("Non-conformities", "不適合数"),
    "follow_up": ("Follow-up", "フォローアップ"),
    "decided_by": ("Approved or returned by", "承認・差戻し者"),
}


def _fields(keys: Sequence[str]) -> tuple[Field, ...]:
    return tuple(Field(key, *_HEADINGS[key]) for key in keys)


def _contractors(ledger: Ledger, actor: Actor, _options: ExportOptions) -> Iterable[Sequence[str]]:
    return export.contractor_rows(ledger, actor)


def _inspections(ledger: Ledger, actor: Actor, _options: ExportOptions) -> Iterable[Sequence[str]]:
    return export.inspection_rows(ledger, actor)


CONTRACTORS = ExportKind(
    name="contractors",
    fields=_fields(export.CONTRACTOR_HEADER),
    personal=True,  # contact persons and representatives are named
    permission=Permission.VIEW_CONTRACTORS,
    rows=_contractors,
)
INSPECTIONS = ExportKind(
    name="inspections",
    fields=_fields(export.INSPECTION_HEADER),
    personal=True,  # inspectors are named
    permission=Permission.VIEW_CONTRACTORS,
    rows=_inspections,
)
