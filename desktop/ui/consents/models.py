"""The columns of the consent register's four tables, declared as data over the service rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ...services.consents.types import (
    ConsentRow,
    ConsentState,
    ProvisionRow,
    ReceiptRow,
    Recipient,
    RecipientKind,
)
from ...services.textsearch import joined_key, row_key
from ..table import DUE_COLOUR, OVERDUE_COLOUR, RIGHT, Column, RecordModel

R = TypeVar("R")

STATE_WORDS = {
    ConsentState.NOT_YET: str(QT_TRANSLATE_NOOP("ConsentModels", "Not yet in force")),
    ConsentState.ACTIVE: str(QT_TRANSLATE_NOOP("ConsentModels", "Active")),
    ConsentState.EXPIRED: str(QT_TRANSLATE_NOOP("ConsentModels", "Expired")),
    ConsentState.WITHDRAWN: str(QT_TRANSLATE_NOOP("ConsentModels", "Withdrawn")),
}
KIND_WORDS = {
    RecipientKind.COMPANY: str(QT_TRANSLATE_NOOP("ConsentModels", "Company")),
    RecipientKind.ALLIANCE_PARTNER: str(QT_TRANSLATE_NOOP("ConsentModels", "Alliance partner")),
    RecipientKind.NATIONAL_GOVERNMENT: str(
        QT_TRANSLATE_NOOP("ConsentModels", "National government")
    ),
    RecipientKind.LOCAL_GOVERNMENT: str(QT_TRANSLATE_NOOP("ConsentModels", "Local government")),
    RecipientKind.INCORPORATED_ADMINISTRATIVE_AGENCY: str(
        QT_TRANSLATE_NOOP("ConsentModels", "Incorporated administrative agency")
    ),
    RecipientKind.INDIVIDUAL: str(QT_TRANSLATE_NOOP("ConsentModels", "Individual")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ConsentModels", text)


def state_word(state: ConsentState) -> str:
    return tr(STATE_WORDS[state])


def kind_word(kind: RecipientKind) -> str:
    return tr(KIND_WORDS[kind])


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def number_key(row: Any) -> tuple[int, str]:
    number: str = row.number
    return len(number), number


def _number(title: str, sample: str) -> Column[Any]:
    return Column(title, lambda r: r.number, number_key, sample=sample)


def _date(title: str, value: Callable[[Any], date | None], **hints: Any) -> Column[Any]:
    return Column(
        title,
        lambda r: day(value(r)),
        lambda r: (value(r) is None, value(r) or date.min),
        alignment=RIGHT,
        sample="2026-12-31",
        **hints,
    )


def _client(sample: str = "C-000000 長谷川 美智子") -> Column[Any]:
    return Column(
        str(QT_TRANSLATE_NOOP("ConsentModels", "Client")),
        lambda r: f"{r.client_number} {r.client_name}".rstrip(),
        lambda r: (len(r.client_number), r.client_number),
        sample=sample,
    )


def _items() -> Column[Any]:
    return Column(
        str(QT_TRANSLATE_NOOP("ConsentModels", "Data items")),
        lambda r: "、".join(r.item_names),
        tooltip=lambda r: "\n".join(r.item_names) or None,
        sample="氏名、住所、戸籍に関する事項",
    )


@lru_cache(maxsize=100_000)
def field_key(text: str) -> str:
    """One field's search key; names of recipients and data items repeat on many rows."""
    return row_key(text)


def search_key(*fields: str) -> str:
    return joined_key(*map(field_key, fields))


def consent_search_key(row: ConsentRow) -> str:
    return search_key(
        row.number, row.client_number, row.client_name, row.recipient_name, *row.item_names
    )


def provision_search_key(row: ProvisionRow) -> str:
    return search_key(
        row.number,
        row.client_number,
        row.client_name,
        row.recipient_name,
        row.consent_number,
        *row.item_names,
    )


def receipt_search_key(row: ReceiptRow) -> str:
    return search_key(
        row.number, row.client_number, row.client_name, row.provider_name, *row.item_names
    )


def recipient_search_key(row: Recipient) -> str:
    return search_key(row.name, row.address, row.representative)


def _model(
    columns: tuple[Column[R], ...], search: Callable[[R], str], parent: QObject | None, **extra: Any
) -> RecordModel[R]:
    return RecordModel(
        columns,
        "ConsentModels",
        key=lambda r: int(getattr(r, "id")),  # noqa: B009 - every row has its id
        search_key=search,
        tie_key=number_key if "tie_key" not in extra else extra.pop("tie_key"),
        parent=parent,
        **extra,
    )


def consent_model(parent: QObject | None = None) -> RecordModel[ConsentRow]:
    columns: tuple[Column[ConsentRow], ...] = (
        _number(str(QT_TRANSLATE_NOOP("ConsentModels", "Consent no.")), "CS-000000"),
        _client(),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Recipient")),
            lambda r: r.recipient_name,
            sample="出入国在留管理庁 東京出入国在留管理局",
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Purpose")),
            lambda r: str(r.purpose_number),
            lambda r: r.purpose_number,
            alignment=RIGHT,
        ),
        _items(),
        _date(str(QT_TRANSLATE_NOOP("ConsentModels", "Given on")), lambda r: r.obtained_on),
        _date(str(QT_TRANSLATE_NOOP("ConsentModels", "Expires")), lambda r: r.expires_on),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "State")),
            lambda r: state_word(r.state),
            lambda r: list(ConsentState).index(r.state),
            foreground=lambda r: DUE_COLOUR if r.state is ConsentState.EXPIRED else None,
            sample=QCoreApplication.translate("ConsentModels", "Not yet in force"),
        ),
    )
    return _model(
        columns,
        consent_search_key,
        parent,
        muted=lambda r: r.state is ConsentState.WITHDRAWN,
        muted_tooltip=str(
            QT_TRANSLATE_NOOP("ConsentModels", "Withdrawn: no new provision can rely on it.")
        ),
    )


def provision_model(parent: QObject | None = None) -> RecordModel[ProvisionRow]:
    columns: tuple[Column[ProvisionRow], ...] = (
        _number(str(QT_TRANSLATE_NOOP("ConsentModels", "Provision no.")), "PV-000000"),
        _date(str(QT_TRANSLATE_NOOP("ConsentModels", "Provided on")), lambda r: r.provided_on),
        _client(),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Recipient")),
            lambda r: r.recipient_name,
            sample="出入国在留管理庁 東京出入国在留管理局",
        ),
        _items(),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Relies on")),
            lambda r: r.consent_number or legal_basis_word(r.legal_basis),
            foreground=lambda r: OVERDUE_COLOUR if r.uncovered else None,
            tooltip=lambda r: (
                QCoreApplication.translate(
                    "ConsentModels",
                    "The consent was withdrawn or had expired by the provision date.",
                )
                if r.uncovered
                else None
            ),
            sample="CS-000000",
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Record")),
            lambda r: (
                QCoreApplication.translate("ConsentModels", "Not required")
                if r.exempt
                else QCoreApplication.translate("ConsentModels", "Kept")
            ),
            sample=QCoreApplication.translate("ConsentModels", "Not required"),
        ),
        _date(str(QT_TRANSLATE_NOOP("ConsentModels", "Keep until")), lambda r: r.retention_end),
    )
    return _model(columns, provision_search_key, parent)


LEGAL_BASIS_WORDS = {
    "laws_and_regulations": str(QT_TRANSLATE_NOOP("ConsentModels", "Laws and regulations")),
    "outsourcing": str(QT_TRANSLATE_NOOP("ConsentModels", "Outsourcing")),
    "business_succession": str(QT_TRANSLATE_NOOP("ConsentModels", "Business succession")),
    "joint_use": str(QT_TRANSLATE_NOOP("ConsentModels", "Joint use")),
}


def legal_basis_word(basis: object) -> str:
    return tr(LEGAL_BASIS_WORDS[str(basis)]) if basis else ""


def receipt_model(parent: QObject | None = None) -> RecordModel[ReceiptRow]:
    columns: tuple[Column[ReceiptRow], ...] = (
        _number(str(QT_TRANSLATE_NOOP("ConsentModels", "Receipt no.")), "RC-000000"),
        _date(str(QT_TRANSLATE_NOOP("ConsentModels", "Received on")), lambda r: r.received_on),
        _client(),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Provider")),
            lambda r: r.provider_name,
            sample="株式会社 東西不動産管理",
        ),
        _items(),
        _date(str(QT_TRANSLATE_NOOP("ConsentModels", "Keep until")), lambda r: r.retention_end),
    )
    return _model(columns, receipt_search_key, parent)


def recipient_model(parent: QObject | None = None) -> RecordModel[Recipient]:
    columns: tuple[Column[Recipient], ...] = (
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Recipient")),
            lambda r: r.name,
            sample="出入国在留管理庁 東京出入国在留管理局",
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Kind")),
            lambda r: kind_word(r.kind),
            sample=QCoreApplication.translate(
                "ConsentModels", "Incorporated administrative agency"
            ),
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Address")),
            lambda r: r.address,
            sample="東京都千代田区霞が関1-1-1",
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ConsentModels", "Representative")),
            lambda r: r.representative,
            sample="代表取締役 長谷川 一郎",
        ),
    )
    return _model(columns, recipient_search_key, parent, tie_key=lambda r: r.name)
