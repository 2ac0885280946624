"""The Clients tab: the register as a table, a search box, and the actions on one client."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...services import clients, purposes
from ...services.clients import ClientRow, ClientStatus
from ...services.permissions import Permission
from .. import prefs
from ..context import UiContext
from ..operations import run_op
from ..tab import Tab
from ..widgets import char_width
from .dispose import DisposeDialog, MarkDueDialog, TombstoneDialog
from .filter import ClientFilter
from .form import ClientDialog
from .model import ROW_ROLE, ClientModel, Column, status_word
from .purposes import PurposesDialog

#: the widest usual content of each column, for its starting width (the person may resize)
_SAMPLES = {
    Column.NUMBER: "C-000000",
    Column.NAME: "長谷川 美智子子",
    Column.KANA: "ハセガワ ミチコミチ",
    Column.PHONE: "090-0000-0000",
    Column.EMAIL: "takeshi.yamamoto@example.com",
    Column.PURPOSES: "1, 2, 3, 4, 5",
    Column.SENSITIVE: "",
    Column.STATUS: "",  # the longest status word, in the person's language (below)
    Column.RETENTION_END: "2026-12-31",
}


class ClientsTab(Tab):
    """The client register: search as you type, open, add, mark due, dispose (managers)."""

    KEY = "clients"
    TITLE = str(QT_TRANSLATE_NOOP("Tab", "Clients"))

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ClientModel(self)
        self.proxy = ClientFilter(self.model, self)
        self._stale = True

        self.view = QTableView()
        self.view.setObjectName("clients_table")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 // 2)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self._starting_widths()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)

        self.search = QLineEdit()
        self.search.setObjectName("clients_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, kana, phone, e-mail or client no. (Ctrl+F)")
        )
        self.show_disposed = QCheckBox(self.tr("Show disposed"))
        self.count = QLabel()

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("New client…"), self.new_record)
        self.open_action = self._action(self.tr("Open"), self.open_selected)
        self.toolbar.addSeparator()
        self.mark_due_action = self._action(self.tr("Mark due for disposal…"), self.mark_due)
        self.unmark_due_action = self._action(self.tr("Not due after all"), self.unmark_due)
        self.dispose_action = self._action(self.tr("Dispose…"), self.dispose)
        self.dispose_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.dispose_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        managing = self.toolbar.addSeparator()
        self.purposes_action = self._action(self.tr("Purposes of use…"), self.edit_purposes)
        # Roles only hide what cannot be used; the services check the permission again.
        self.dispose_action.setVisible(context.can(Permission.DISPOSE_CLIENT))
        self.purposes_action.setVisible(context.can(Permission.EDIT_SETTINGS))
        managing.setVisible(self.purposes_action.isVisible())  # no line ending the toolbar
        self.new_action.setVisible(context.can(Permission.EDIT_CLIENTS))
        for action in (
            self.open_action,
            self.mark_due_action,
            self.unmark_due_action,
            self.dispose_action,
        ):
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        searching = QHBoxLayout()
        searching.addWidget(self.search, 3)
        searching.addWidget(self.show_disposed)
        searching.addStretch(1)
        searching.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(searching)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._to_table)
        self.show_disposed.toggled.connect(self._toggle_disposed)
        self.view.activated.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)
        context.hub.changed.connect(self._on_changed)
        self._follow_selection()

    def _starting_widths(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        padding = 3 * char_width(self.view)
        arrow = 2 * metrics.height()  # room for the sort indicator
        samples = {**_SAMPLES, Column.STATUS: status_word(ClientStatus.DUE_FOR_DISPOSAL)}
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            content = metrics.horizontalAdvance(sample)
            width = max(content + padding, header.fontMetrics().horizontalAdvance(title) + arrow)
            header.resizeSection(column, width)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # --- Tab -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every row (one query), keeping the selected client and the scroll position."""
        self._stale = False
        selected = self.selected_row()
        scroll = self.view.verticalScrollBar().value()
        self._load_purpose_titles()
        self.model.set_rows(clients.list_clients(self.context.ledger, self.context.actor))
        self.view.verticalScrollBar().setValue(scroll)
        if selected is not None:
            self.select_client(selected.id, scroll=False)
        self._show_count()
        self._follow_selection()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The window gives the tab the focus after login: start in the search box, ready to type.
        self.search.setFocus(event.reason())

    def new_record(self) -> None:
        if not self.new_action.isEnabled():
            return
        saved = ClientDialog.edit(self, self.context, None)
        if saved is not None and not self.select_client(saved.id):
            self.search.clear()  # the new client did not match the search: show it
            self.select_client(saved.id)

    def save_state(self) -> None:
        """Column widths, order and sort, in the logged-in user's settings."""
        state = self.view.horizontalHeader().saveState()
        prefs.column_layout(self.KEY).set(self.context.settings, bytes(state.data()))

    def restore_state(self) -> None:
        state = prefs.column_layout(self.KEY).get(self.context.settings)
        if state:
            self.view.horizontalHeader().restoreState(QByteArray(state))

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # --- selection -----------------------------------------------------------------------

    def selected_row(self) -> ClientRow | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        row: ClientRow = index.data(ROW_ROLE)
        return row

    def select_client(self, client_id: int, *, scroll: bool = True) -> bool:
        """Make a client the current row; False when the search or toggle hides it."""
        source = self.model.row_of(client_id)
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

    def _follow_selection(self) -> None:
        row = self.selected_row()
        status = None if row is None else row.status
        writable = not self.context.ledger.read_only
        edit = writable and self.context.can(Permission.EDIT_CLIENTS)
        self.new_action.setEnabled(edit)
        self.open_action.setEnabled(row is not None)
        self.mark_due_action.setEnabled(edit and status is ClientStatus.ACTIVE)
        self.unmark_due_action.setEnabled(edit and status is ClientStatus.DUE_FOR_DISPOSAL)
        self.dispose_action.setEnabled(
            writable
            and self.context.can(Permission.DISPOSE_CLIENT)
            and status is not None
            and status is not ClientStatus.DISPOSED
        )

    # --- actions -------------------------------------------------------------------------

    def open_selected(self, _index: QModelIndex | None = None) -> None:
        """Open the client's form (reading the details is recorded in the audit trail)."""
        row = self.selected_row()
        if row is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        detail = run_op(self, self.context, lambda: clients.get_client(ledger, actor, row.id))
        if detail is None:
            return
        if detail.status is ClientStatus.DISPOSED:
            TombstoneDialog.show_record(self, detail)
            return
        saved = ClientDialog.edit(self, self.context, detail)
        if saved is not None and not self.select_client(saved.id):
            self.search.clear()  # renamed out of the search: it must not seem to vanish
            self.select_client(saved.id)

    def mark_due(self) -> None:
        row = self.selected_row()
        if row is None or row.status is not ClientStatus.ACTIVE:
            return
        reason = MarkDueDialog.ask(self, row)
        if reason is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        run_op(
            self,
            self.context,
            lambda: clients.mark_due_for_disposal(ledger, actor, row.id, reason),
            changed="clients",
        )

    def unmark_due(self) -> None:
        row = self.selected_row()
        if row is None or row.status is not ClientStatus.DUE_FOR_DISPOSAL:
            return
        ledger, actor = self.context.ledger, self.context.actor
        run_op(
            self,
            self.context,
            lambda: clients.unmark_due_for_disposal(ledger, actor, row.id),
            changed="clients",
        )

    def dispose(self) -> None:
        row = self.selected_row()
        if (
            row is None
            or row.status is ClientStatus.DISPOSED
            or not self.context.can(Permission.DISPOSE_CLIENT)
        ):
            return
        request = DisposeDialog.ask(self, row)
        if request is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        # The tombstone stays in view where the client was, even with disposed rows hidden.
        self.proxy.keep_visible(row.id)
        run_op(
            self,
            self.context,
            lambda: clients.dispose_client(
                ledger,
                actor,
                row.id,
                request.method,
                request.reason,
                disposed_on=request.disposed_on,
            ),
            changed="clients",
        )

    def edit_purposes(self) -> None:
        if self.context.can(Permission.EDIT_SETTINGS):
            PurposesDialog.manage(self, self.context)

    # --- search and count ----------------------------------------------------------------

    def _search(self, text: str) -> None:
        selected = self.selected_row()
        self.proxy.set_query(text)
        if selected is not None:
            self.select_client(selected.id)
        self._show_count()

    def _toggle_disposed(self, show: bool) -> None:
        selected = self.selected_row()
        self.proxy.set_show_disposed(show)
        if selected is not None:
            self.select_client(selected.id)
        self._show_count()

    def _to_table(self) -> None:
        """Enter in the search box moves to the first match."""
        if self.proxy.rowCount() == 0:
            return
        if self.selected_row() is None:
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
        if self.proxy.searching:
            text = self.tr("{shown} of {total} clients")
            if total == 1:
                text = self.tr("{shown} of {total} client")
        else:
            text = self.tr("{total} clients") if total != 1 else self.tr("{total} client")
        self.count.setText(text.format(shown=locale.toString(shown), total=locale.toString(total)))

    def _load_purpose_titles(self) -> None:
        titles = {p.number: p.title for p in purposes.list_purposes(self.context.ledger)}
        self.model.set_purpose_titles(titles)

    def _on_changed(self, area: str) -> None:
        if area == "purposes":
            # A purpose keeps its number when renamed or retired: only the tooltips change.
            self._load_purpose_titles()
        elif area == "clients":
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # refreshed when next shown
