"""The tab of a record register: toolbar, search box, table, count, selection, saved layout.

A tab says what is particular to it (its model's columns, the rule hiding
rows, the actions and what each needs, how to load and open a record) and
inherits the rest. After a change the hub brings the changed rows, which are
patched into the table; a change without rows reloads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..services.permissions import Permission
from . import prefs
from .context import Area, Change, UiContext
from .tab import Tab
from .table import ROW_ROLE, RecordModel, compact_table
from .table_filter import RecordFilter
from .widgets import char_width

R = TypeVar("R")

#: more changed rows than this reload the table instead of patching it row by row
PATCH_LIMIT = 50


@dataclass(frozen=True)
class TabAction:
    """A toolbar button: its text (untranslated, in the tab class's context) and rules."""

    name: str
    text: str
    #: the tab's method it calls
    slot: str
    #: whether it can be used now, given the tab and the selected row (or None)
    enabled: Callable[[Any, Any], bool] = lambda _tab, _row: True
    #: hidden from people without this permission (the services check again)
    permission: Permission | None = None
    shortcut: QKeySequence.StandardKey | None = None
    #: a line before it on the toolbar
    separator: bool = False
    #: also in the table's context menu
    on_row: bool = False


def needs_row(_tab: Any, row: Any) -> bool:
    return row is not None


class RecordTab(Tab, Generic[R]):
    """A register as a table; subclasses declare, this class does the work."""

    AREA: ClassVar[Area]
    #: the light row class of the table (the service's frozen dataclass)
    ROW_TYPE: ClassVar[type[Any]]
    ACTIONS: ClassVar[tuple[TabAction, ...]] = ()
    #: the search box's hint (untranslated, in the tab class's context)
    SEARCH_HINT: ClassVar[str] = ""
    #: the toggle showing hidden rows ("" when the tab hides none)
    HIDDEN_TOGGLE: ClassVar[str] = ""
    #: what an empty register says (untranslated)
    EMPTY: ClassVar[str] = ""
    SORT_COLUMN: ClassVar[int] = 0

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RecordModel[R] = self.make_model()
        self.proxy: RecordFilter[R] = RecordFilter(
            self.model, self.hidden if self.HIDDEN_TOGGLE else None, self
        )
        self._stale = True

        self.view = QTableView()
        self.view.setObjectName(f"{self.KEY}_table")
        self.view.setModel(self.proxy)
        compact_table(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.horizontalHeader().setSectionsMovable(True)
        self._starting_widths()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(self.SORT_COLUMN, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(self._tr(self.EMPTY))
        self.empty.setObjectName(f"{self.KEY}_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        #: the button under the empty register's line: the tab's first action ("New client…")
        self.empty_button = QPushButton()
        self.empty_button.setObjectName(f"{self.KEY}_empty_button")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self._empty_page())

        self.search = QLineEdit()
        self.search.setObjectName(f"{self.KEY}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self._tr(self.SEARCH_HINT))
        self.show_hidden = QCheckBox(self._tr(self.HIDDEN_TOGGLE))
        self.show_hidden.setVisible(bool(self.HIDDEN_TOGGLE))
        self.count = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._connect_empty_button()

        searching = QHBoxLayout()
        searching.addWidget(self.search, 3)
        searching.addWidget(self.show_hidden)
        searching.addStretch(1)
        searching.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(searching)
        layout.addWidget(self.pages, 1)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._to_table)
        self.show_hidden.toggled.connect(self._toggle_hidden)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(self.follow_selection)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)
        context.hub.changed.connect(self._on_changed)
        self.follow_selection()

    # --- what a tab declares -------------------------------------------------------------

    def make_model(self) -> RecordModel[R]:
        raise NotImplementedError

    def load(self) -> Sequence[R]:
        """Every row of the register (one query)."""
        raise NotImplementedError

    def hidden(self, row: R) -> bool:
        """Whether ``row`` stays out of view until the toggle shows hidden rows."""
        return False

    def count_text(self, shown: str, total: str, total_count: int, searching: bool) -> str:
        """The count label ("3 of 120 clients"); ``shown`` and ``total`` are formatted."""
        raise NotImplementedError

    def open_selected(self) -> None:
        """Enter or a double click on a row."""

    def changed_rows(self, change: Change) -> Sequence[R] | None:
        """The rows of ``change`` this tab shows, or None when it must reload."""
        rows = [row for row in change.rows if isinstance(row, self.ROW_TYPE)]
        return rows if 0 < len(rows) <= PATCH_LIMIT else None

    def on_change(self, change: Change) -> None:
        """Another area changed (a tab reacts to what it shows of it)."""

    # --- Tab -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every row, keeping the selected record and the scroll position."""
        self._stale = False
        selected = self.selected_row()
        scroll = self.view.verticalScrollBar().value()
        self.model.replace_all(self.load())
        self.view.verticalScrollBar().setValue(scroll)
        if selected is not None:
            self.select_record(self.record_id(selected), scroll=False)
        self._show_count()
        self.follow_selection()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The window gives the tab the focus after login: start in the search box, ready to type.
        self.search.setFocus(event.reason())

    def save_state(self) -> None:
        """Column widths, order and sort, in the logged-in user's settings."""
        state = self.view.horizontalHeader().saveState()
        prefs.column_layout(self.KEY).set(self.context.settings, bytes(state.data()))

    def restore_state(self) -> None:
        state = prefs.column_layout(self.KEY).get(self.context.settings)
        if state:
            self.view.horizontalHeader().restoreState(QByteArray(state))

    def show_record(self, record_id: int) -> bool:
        """Select a record, clearing the search or showing hidden rows when they hide it."""
        if self._stale:
            self.refresh()
        if self.select_record(record_id):
            return True
        self.search.clear()
        if not self.select_record(record_id) and self.HIDDEN_TOGGLE:
            self.show_hidden.setChecked(True)
        return self.select_record(record_id)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # --- selection -----------------------------------------------------------------------

    def record_id(self, row: R) -> int:
        record_id: int = getattr(row, "id")  # noqa: B009 - every light row has its id
        return record_id

    def selected_row(self) -> R | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        row: R = index.data(ROW_ROLE)
        return row

    def select_record(self, record_id: int, *, scroll: bool = True) -> bool:
        """Make a record the current row; False when the search or the toggle hides it."""
        source = self.model.row_of(record_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.view.scrollTo(index)
        return True

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def follow_selection(self) -> None:
        """Enable the actions the selected row allows."""
        row = self.selected_row()
        for declared in self.ACTIONS:
            self.actions_by_name[declared.name].setEnabled(declared.enabled(self, row))

    @property
    def writable(self) -> bool:
        return not self.context.ledger.read_only

    # --- helpers -------------------------------------------------------------------------

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text) if text else ""

    def _connect_empty_button(self) -> None:
        """The first toolbar action, as a button under the empty register's line: it
        follows the action (text, enabled, shown only to people who may use it)."""
        first = self.actions_by_name[self.ACTIONS[0].name] if self.ACTIONS else None
        if first is None or not self.EMPTY:
            self.empty_button.hide()
            return

        def follow() -> None:
            self.empty_button.setText(first.text())
            self.empty_button.setEnabled(first.isEnabled())
            self.empty_button.setVisible(first.isVisible())

        first.changed.connect(follow)
        self.empty_button.clicked.connect(first.trigger)
        follow()

    def _build_actions(self) -> None:
        separator: QAction | None = None
        for declared in self.ACTIONS:
            visible = declared.permission is None or self.context.can(declared.permission)
            if declared.separator:
                separator = self.toolbar.addSeparator()
                separator.setVisible(False)
            if separator is not None and visible:
                separator.setVisible(True)  # a line only before something shown
            action = QAction(self._tr(declared.text), self)
            action.triggered.connect(getattr(self, declared.slot))
            action.setVisible(visible)
            if declared.shortcut is not None:
                action.setShortcut(QKeySequence(declared.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.toolbar.addAction(action)
            if declared.on_row:
                self.view.addAction(action)
            self.actions_by_name[declared.name] = action
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _empty_page(self) -> QWidget:
        """What an empty register shows: how to begin, and the button that does it."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _starting_widths(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        padding = 3 * char_width(self.view)
        arrow = 2 * metrics.height()  # room for the sort indicator
        for number, column in enumerate(self.model.columns):
            content = metrics.horizontalAdvance(column.sample)
            title = header.fontMetrics().horizontalAdvance(self.model.title(number))
            header.resizeSection(number, max(content + padding, title + arrow))

    def _search(self, text: str) -> None:
        selected = self.selected_row()
        self.proxy.set_query(text)
        if selected is not None:
            self.select_record(self.record_id(selected))
        self._show_count()

    def _toggle_hidden(self, show: bool) -> None:
        selected = self.selected_row()
        self.proxy.set_show_hidden(show)
        if selected is not None:
            self.select_record(self.record_id(selected))
        self._show_count()

    def _to_table(self) -> None:
        """Enter in the search box opens the one match, or the selected one; with several
        matches and none selected it selects the first and moves to the table to choose."""
        matches = self.proxy.rowCount()
        if matches == 0:
            return
        if matches == 1:
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if self.selected_row() is not None:
            self.open_selected()
            return
        self.view.selectionModel().setCurrentIndex(
            self.proxy.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self) -> None:
        locale = QLocale()  # "10,000": thousands grouped even in the C locale
        locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
        total = self.proxy.total_count()
        shown = self.proxy.rowCount()
        text = self.count_text(
            locale.toString(shown), locale.toString(total), total, self.proxy.searching
        )
        self.count.setText(text)
        empty = self.model.rowCount() == 0 and bool(self.EMPTY)
        self.pages.setCurrentIndex(1 if empty else 0)

    def _on_changed(self, change: Change) -> None:
        if change.area is not self.AREA:
            self.on_change(change)
            return
        rows = None if self._stale else self.changed_rows(change)
        if rows is None:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # refreshed when next shown
            return
        for row in rows:
            self.model.patch(row)
        self._show_count()
        self.follow_selection()
