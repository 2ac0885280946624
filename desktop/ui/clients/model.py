"""The client table: columns declared once as data, over light rows (no per-row queries)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ...services.clients import ClientRow, ClientStatus
from ...services.retention import is_due
from ...services.textsearch import fold

Index = QModelIndex | QPersistentModelIndex

#: the row's ClientRow, for the tab and the filter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

# Hints that read on light and dark palettes alike.
DUE_COLOUR = QColor(0xC0, 0x60, 0x00)
OVERDUE_COLOUR = QColor(0xC0, 0x20, 0x20)


_STATUS_WORDS = {
    ClientStatus.ACTIVE: str(QT_TRANSLATE_NOOP("ClientModel", "Active")),
    ClientStatus.DUE_FOR_DISPOSAL: str(QT_TRANSLATE_NOOP("ClientModel", "Due for disposal")),
    ClientStatus.DISPOSED: str(QT_TRANSLATE_NOOP("ClientModel", "Disposed")),
}
_STATUS_ORDER = {ClientStatus.ACTIVE: 0, ClientStatus.DUE_FOR_DISPOSAL: 1, ClientStatus.DISPOSED: 2}


def status_word(status: ClientStatus) -> str:
    return QCoreApplication.translate("ClientModel", _STATUS_WORDS[status])


def _number_key(row: ClientRow) -> tuple[int, str]:
    # "C-000123": the width may grow past six digits one day, so length first.
    return len(row.number), row.number


def _date_key(value: date | None) -> tuple[bool, date]:
    return value is None, value or date.min  # no date sorts last


ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass(frozen=True)
class ColumnSpec:
    """A column of the client table: its title, what a cell shows, how it sorts, alignment."""

    title: str  # untranslated (context "ClientModel")
    value: Callable[[ClientRow], str]
    sort_key: Callable[[ClientRow], Any]
    alignment: Qt.AlignmentFlag


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    KANA = 2
    PHONE = 3
    EMAIL = 4
    PURPOSES = 5
    SENSITIVE = 6
    STATUS = 7
    RETENTION_END = 8


COLUMNS: dict[Column, ColumnSpec] = {
    Column.NUMBER: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Client no.")), lambda r: r.number, _number_key, _LEFT
    ),
    # Japanese names sort by their reading, as in any office register.
    Column.NAME: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Name")),
        lambda r: r.name,
        lambda r: (fold(r.kana), r.name),
        _LEFT,
    ),
    Column.KANA: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Kana")),
        lambda r: r.kana,
        lambda r: fold(r.kana),
        _LEFT,
    ),
    Column.PHONE: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Phone")),
        lambda r: r.phone,
        lambda r: fold(r.phone),
        _LEFT,
    ),
    Column.EMAIL: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "E-mail")),
        lambda r: r.email,
        lambda r: r.email.casefold(),
        _LEFT,
    ),
    Column.PURPOSES: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Purposes")),
        lambda r: ", ".join(map(str, r.purposes)),
        lambda r: r.purposes,
        _LEFT,
    ),
    Column.SENSITIVE: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Sensitive")),
        lambda r: QCoreApplication.translate("ClientModel", "Yes") if r.sensitive else "",
        lambda r: not r.sensitive,  # flagged first when ascending
        _CENTER,
    ),
    Column.STATUS: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Status")),
        lambda r: status_word(r.status),
        lambda r: _STATUS_ORDER[r.status],
        _LEFT,
    ),
    Column.RETENTION_END: ColumnSpec(
        str(QT_TRANSLATE_NOOP("ClientModel", "Keep until")),
        lambda r: r.retention_end.isoformat() if r.retention_end else "",
        lambda r: _date_key(r.retention_end),
        _RIGHT,
    ),
}


# Plain ints for the hot path: every painted cell asks for about seven roles.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SPECS = tuple(COLUMNS[column] for column in Column)
#: the roles a cell answers; the view's other questions (font, icon...) get None at once
CELL_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP, int(ROW_ROLE)})


class ClientModel(QAbstractTableModel):
    """Every client row, in the order the service gave; ClientFilter filters and sorts them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientRow] = []
        self._purpose_titles: dict[int, str] = {}
        self._today = date.today()
        self._by_id: dict[int, int] | None = None
        self._orders: dict[int, list[int]] = {}
        self._keys: list[str] | None = None
        self._disposed: set[int] | None = None
        self._grey = QColor()

    # --- contents ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ClientRow], *, today: date | None = None) -> None:
        """Replace every row (after a refresh)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self._by_id = None
        self._orders = {}
        self._keys = None
        self._disposed = None
        palette = QGuiApplication.palette()
        self._grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.endResetModel()

    def set_purpose_titles(self, titles: dict[int, str]) -> None:
        """Purpose number → title, for the tooltip of the purposes column."""
        self._purpose_titles = dict(titles)
        if self._rows:
            column = Column.PURPOSES
            last = self.index(len(self._rows) - 1, column)
            self.dataChanged.emit(self.index(0, column), last, [Qt.ItemDataRole.ToolTipRole])

    def rows(self) -> Sequence[ClientRow]:
        return self._rows

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def row_of(self, client_id: int) -> int:
        """The model row of a client, or -1."""
        if self._by_id is None:
            self._by_id = {row.id: number for number, row in enumerate(self._rows)}
        return self._by_id.get(client_id, -1)

    def search_keys(self) -> list[str]:
        """Each row's precomputed search key, by model row."""
        if self._keys is None:
            self._keys = [row.search_key for row in self._rows]
        return self._keys

    def disposed_rows(self) -> set[int]:
        """The model rows of tombstones."""
        if self._disposed is None:
            disposed = ClientStatus.DISPOSED
            self._disposed = {i for i, row in enumerate(self._rows) if row.status is disposed}
        return self._disposed

    def ascending_order(self, column: int) -> list[int]:
        """Model rows sorted by a column's key, ties by client number; kept until a reload.

        Every key is distinct once the number breaks ties, so descending is this reversed.
        """
        order = self._orders.get(column)
        if order is None:
            key = COLUMNS[Column(column)].sort_key
            keys = [(key(row), _number_key(row)) for row in self._rows]
            order = sorted(range(len(keys)), key=keys.__getitem__)
            self._orders[column] = order
        return order

    def cell(self, row: ClientRow, column: int, role: int) -> Any:
        """What a cell of ``row`` shows for ``role`` (also used by the filter, without mapping)."""
        if role == _DISPLAY:
            return _SPECS[column].value(row)
        if role == _ALIGNMENT:
            return _SPECS[column].alignment
        if role == _FOREGROUND:
            return self._foreground(row, column)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == ROW_ROLE:
            return row
        return None

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        spec = COLUMNS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientModel", spec.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.alignment
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    # --- helpers -------------------------------------------------------------------------

    def _foreground(self, row: ClientRow, column: int) -> QColor | None:
        if row.status is ClientStatus.DISPOSED:
            return self._grey
        if column == Column.STATUS and row.status is ClientStatus.DUE_FOR_DISPOSAL:
            return DUE_COLOUR
        if column == Column.RETENTION_END and is_due(row.retention_end, self._today):
            return OVERDUE_COLOUR
        return None

    def _tooltip(self, row: ClientRow, column: int) -> str | None:
        if row.status is ClientStatus.DISPOSED:
            return QCoreApplication.translate(
                "ClientModel", "Disposed: the personal data was deleted; the client number remains."
            )
        if column == Column.PURPOSES and row.purposes:
            return "\n".join(
                f"{number}. {self._purpose_titles.get(number, '')}".rstrip()
                for number in row.purposes
            )
        if column == Column.RETENTION_END and is_due(row.retention_end, self._today):
            return QCoreApplication.translate("ClientModel", "The retention period is over.")
        return None
