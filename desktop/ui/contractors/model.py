"""The contractor table's columns, declared once as data over the service's light rows."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ...reports import contractor_labels as names
from ...services.contractors.types import ContractorRow, ContractorStatus
from ...services.textsearch import fold
from ..table import CENTER, DUE_COLOUR, OVERDUE_COLOUR, RIGHT, Column, RecordModel

_CONTEXT = "ContractorModel"
_STATUS_ORDER = {
    ContractorStatus.ACTIVE: 0,
    ContractorStatus.CANDIDATE: 1,
    ContractorStatus.ENDED: 2,
}


class Col(IntEnum):
    NUMBER = 0
    NAME = 1
    STATUS = 2
    WORK = 3
    CONTRACT_ENDS = 4
    MISSING = 5
    LAST_INSPECTED = 6
    NEXT_DUE = 7
    WAITING = 8


def _day(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


def is_ended(row: ContractorRow) -> bool:
    """The rule hiding a row until "Show ended" is ticked."""
    return row.status is ContractorStatus.ENDED


def search_key(row: ContractorRow) -> str:
    return fold(" ".join((row.number, row.name, row.outsourced_work)))


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _missing_tooltip(row: ContractorRow) -> str | None:
    if not row.has_contract and row.status is ContractorStatus.ACTIVE:
        return _tr(QT_TRANSLATE_NOOP("ContractorModel", "No contract is recorded."))
    if not row.missing_clauses:
        return None
    lines = [names.label(names.CLAUSES[clause]) for clause in row.missing_clauses]
    return (
        _tr(QT_TRANSLATE_NOOP("ContractorModel", "The contract lacks:"))
        + "\n"
        + "\n".join(f"• {line}" for line in lines)
    )


def _missing_text(row: ContractorRow) -> str:
    if not row.has_contract:
        return (
            _tr(QT_TRANSLATE_NOOP("ContractorModel", "no contract"))
            if row.status is ContractorStatus.ACTIVE
            else ""
        )
    return str(len(row.missing_clauses)) if row.missing_clauses else ""


def _due_tooltip(row: ContractorRow) -> str | None:
    if row.overdue:
        return _tr(QT_TRANSLATE_NOOP("ContractorModel", "The inspection is overdue."))
    return None


class ContractorModel(RecordModel[ContractorRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: tuple[Column[ContractorRow], ...] = (
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "No.")),
                lambda r: r.number,
                sample="CTR-0000",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Name")),
                lambda r: r.name,
                lambda r: fold(r.name),
                sample="株式会社エグザンプル会計 / Example Accounting",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Status")),
                lambda r: names.label(names.CONTRACTOR_STATUSES[r.status]),
                lambda r: _STATUS_ORDER[r.status],
                sample="Candidate",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Outsourced work")),
                lambda r: r.outsourced_work.replace("\n", " "),
                lambda r: fold(r.outsourced_work),
                sample="クラウド会計・請求書発行",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Contract ends")),
                lambda r: _day(r.contract_ends_on),
                alignment=RIGHT,
                sample="2026-12-31",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Missing clauses")),
                _missing_text,
                lambda r: (-len(r.missing_clauses), r.has_contract),
                alignment=CENTER,
                foreground=lambda r: OVERDUE_COLOUR if _missing_text(r) else None,
                tooltip=_missing_tooltip,
                sample="no contract",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Last inspection")),
                lambda r: _day(r.last_inspected_on),
                alignment=RIGHT,
                sample="2026-12-31",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Next due")),
                lambda r: _day(r.next_due),
                lambda r: (r.next_due is None, _day(r.next_due)),
                alignment=RIGHT,
                foreground=lambda r: OVERDUE_COLOUR if r.overdue else None,
                tooltip=_due_tooltip,
                sample="2026-12-31",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ContractorModel", "Awaiting approval")),
                lambda r: str(r.awaiting_approval) if r.awaiting_approval else "",
                lambda r: -r.awaiting_approval,
                alignment=CENTER,
                foreground=lambda r: DUE_COLOUR if r.awaiting_approval else None,
            ),
        )
        super().__init__(
            columns,
            _CONTEXT,
            key=lambda r: r.id,
            search_key=search_key,
            tie_key=lambda r: r.number,
            muted=is_ended,
            muted_tooltip=str(
                QT_TRANSLATE_NOOP(
                    "ContractorModel", "Ended: the contract is over and not inspected."
                )
            ),
            parent=parent,
        )
