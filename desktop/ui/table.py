"""The table of every tab: columns declared once as data, over light rows kept by id.

A tab declares a tuple of :class:`Column` and gets a :class:`RecordModel`; the
model answers the roles a view asks for from the declarations, keeps what
the filter needs (search keys, sort orders) and takes single changed rows
(:meth:`RecordModel.patch`) without reloading the rest.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .dates import show_date

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# Hints that read on light and dark palettes alike.
DUE_COLOUR = QColor(0xC0, 0x60, 0x00)
OVERDUE_COLOUR = QColor(0xC0, 0x20, 0x20)

#: the row itself, for the tab and the filter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

# Plain ints for the hot path: every painted cell asks for about seven roles.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROW = int(ROW_ROLE)
#: the roles a cell answers; the view's other questions (font, icon...) get None at once
CELL_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP, _ROW})


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title (untranslated), a cell's text, sort key, alignment and hints."""

    title: str
    value: Callable[[R], str]
    #: what the column sorts by (default: the text); ties go to the model's ``tie_key``
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag = LEFT
    #: a colour for the cell's text, or None for the usual one
    foreground: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    #: the widest usual content, for the column's starting width
    sample: str = ""


def date_column(
    title: str,
    day: Callable[[R], dt.date | None],
    *,
    foreground: Callable[[R], QColor | None] | None = None,
    tooltip: Callable[[R], str | None] | None = None,
) -> Column[R]:
    """A column of dates, written as the interface writes dates (:func:`dates.show_date`),
    sorted by the date itself with rows without one last."""
    return Column(
        title,
        lambda row: show_date(day(row)),
        lambda row: (day(row) is None, day(row) or dt.date.min),
        alignment=RIGHT,
        foreground=foreground,
        tooltip=tooltip,
        sample=show_date(dt.date(2026, 12, 28)),
    )


class RecordModel(QAbstractTableModel, Generic[R]):
    """Light rows keyed by ``key(row)``, in the order given; the filter filters and sorts."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        context: str,
        *,
        key: Callable[[R], int],
        search_key: Callable[[R], str] = lambda _row: "",
        tie_key: Callable[[R], Any] | None = None,
        muted: Callable[[R], bool] = lambda _row: False,
        muted_tooltip: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._context = context
        self._key, self._search_key, self._muted = key, search_key, muted
        self._tie_key = tie_key or key
        self._muted_tooltip = muted_tooltip
        self._rows: list[R] = []
        self._by_id: dict[int, int] = {}
        self._keys: list[str] = []
        self._sorted: dict[int, tuple[list[Any], list[int]]] = {}
        self._grey = QColor()

    # --- contents ------------------------------------------------------------------------

    def replace_all(self, rows: Sequence[R]) -> None:
        """Replace every row (a reload)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._by_id = {self._key(row): number for number, row in enumerate(self._rows)}
        self._keys = [self._search_key(row) for row in self._rows]
        self._sorted = {}
        palette = QGuiApplication.palette()
        self._grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.endResetModel()

    def patch(self, row: R) -> None:
        """Put one changed (or new) row in place; sort orders follow it without a full sort."""
        number = self._by_id.get(self._key(row))
        if number is None:
            number = len(self._rows)
            self.beginInsertRows(QModelIndex(), number, number)
            self._rows.append(row)
            self._keys.append(self._search_key(row))
            self._by_id[self._key(row)] = number
            for column, (keys, order) in self._sorted.items():
                keys.append(self._sort_key(column, row))
                bisect.insort(order, number, key=keys.__getitem__)
            self.endInsertRows()
            return
        self._rows[number] = row
        self._keys[number] = self._search_key(row)
        for column, (keys, order) in self._sorted.items():
            new = self._sort_key(column, row)
            if new != keys[number]:
                order.remove(number)
                keys[number] = new
                bisect.insort(order, number, key=keys.__getitem__)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def remove(self, record_id: int) -> None:
        """Take one row out (the others keep their order)."""
        number = self._by_id.get(record_id)
        if number is None:
            return
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        del self._keys[number]
        self._by_id = {self._key(row): i for i, row in enumerate(self._rows)}
        self._sorted = {}
        self.endRemoveRows()

    def rows(self) -> Sequence[R]:
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        """The model row of a record, or -1."""
        return self._by_id.get(record_id, -1)

    def search_keys(self) -> list[str]:
        """Each row's precomputed search key, by model row."""
        return self._keys

    def ascending_order(self, column: int) -> list[int]:
        """Model rows sorted by a column's key (ties by ``tie_key``), kept until a reload."""
        cached = self._sorted.get(column)
        if cached is None:
            keys = [self._sort_key(column, row) for row in self._rows]
            cached = keys, sorted(range(len(keys)), key=keys.__getitem__)
            self._sorted[column] = cached
        return cached[1]

    def _sort_key(self, column: int, row: R) -> tuple[Any, Any]:
        spec = self.columns[column]
        key = spec.sort_key or spec.value
        return key(row), self._tie_key(row)

    # --- what a cell shows ---------------------------------------------------------------

    def cell(self, row: R, column: int, role: int) -> Any:
        """What a cell of ``row`` shows for ``role`` (also used by the filter, without mapping)."""
        spec = self.columns[column]
        if role == _DISPLAY:
            return spec.value(row)
        if role == _ALIGNMENT:
            return spec.alignment
        if role == _FOREGROUND:
            if self._muted(row):
                return self._grey
            return spec.foreground(row) if spec.foreground else None
        if role == _TOOLTIP:
            if self._muted(row) and self._muted_tooltip:
                return QCoreApplication.translate(self._context, self._muted_tooltip)
            return spec.tooltip(row) if spec.tooltip else None
        if role == _ROW:
            return row
        return None

    def title(self, column: int) -> str:
        return QCoreApplication.translate(self._context, self.columns[column].title)

    def refresh_column(self, column: int, role: Qt.ItemDataRole) -> None:
        """A column's hints changed for every row (tooltips after a rename, say)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, column)
            self.dataChanged.emit(self.index(0, column), last, [role])

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].alignment
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


def compact_table(view: QTableView, *, stretch_last: bool = False) -> None:
    """Whole rows selected, one text line per row, titles aligned like the cells."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() * 3 // 2)
    columns = view.horizontalHeader()
    columns.setDefaultAlignment(LEFT)
    columns.setHighlightSections(False)
    columns.setStretchLastSection(stretch_last)
