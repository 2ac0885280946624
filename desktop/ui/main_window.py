"""The main window: tabs built from a tuple of tab classes, menus, status bar, lock and unlock.

Locking saves, closes the ledger (database and key leave memory), destroys
every tab and shows the lock page; unlocking builds the tabs again for whoever
logged in and returns to the tab that was open.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import settings
from ..services.ledger import Ledger
from ..services.places import Places
from . import prefs
from .backup_actions import backup_now, daily_backup
from .clients import ClientsTab
from .consents import ConsentsTab
from .context import Area, Change, UiContext
from .contractors import ContractorsTab
from .file_state import SaveGuard, warn_on_open
from .idle_lock import IdleLock
from .incidents import IncidentsTab
from .lock_page import LockPage
from .menu_dialogs import MenuDialogs
from .menus import MenuBar
from .password_dialog import ChangePasswordDialog
from .restore_dialog import RestoreDialog
from .status import LedgerStatusBar
from .tab import Tab
from .widgets import SaveFailedBar


class MainWindow(MenuDialogs, QMainWindow):
    """One window over one ledger; the services come in with the context, no globals."""

    #: the tabs, in order: adding a tab is adding its class here
    TABS: ClassVar[tuple[type[Tab], ...]] = (
        ClientsTab,
        ConsentsTab,
        ContractorsTab,
        IncidentsTab,
    )

    #: emitted once the window has closed and the ledger is closed too
    closed = Signal()

    def __init__(
        self,
        context: UiContext,
        places: Places,
        *,
        tabs: Sequence[type[Tab]] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__()
        self.places = places
        self.places_data_dir = places.data_dir
        self.tab_classes = tuple(self.TABS if tabs is None else tabs)
        self.hub = context.hub
        self.language = language
        self.settings_file = context.settings.fileName()
        self.prefs = QSettings(self.settings_file, QSettings.Format.IniFormat)
        self.context: UiContext | None = None
        #: the idle time before locking, in ms; None: the office settings' minutes
        self.idle_lock_ms: int | None = None
        self.path: Path = context.ledger.path
        self.read_only = context.ledger.read_only
        self.username = context.actor.username
        self._return_to_tab = ""
        self.lock_page: LockPage | None = None
        #: files whose old-copy warning this window gave already (not again at each unlock)
        self._warned_old_copy: set[str] = set()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.save_bar = SaveFailedBar()
        work = QWidget()
        layout = QVBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_bar)
        layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(work)
        self.setCentralWidget(self.stack)
        self.status = LedgerStatusBar(self)
        self.setStatusBar(self.status)
        self.menus = MenuBar(self, self._language_menu)
        self.admin_menu = self.menus.menus["admin"]
        self.record_menu = self.menus.menus["record"]
        for name, action in self.menus.actions.items():
            setattr(self, f"{name}_action", action)
        self.idle = IdleLock(self.lock, self)
        self.saving = SaveGuard(self, self.hub, self.save_bar, self.status, self._moved)
        self.hub.changed.connect(self._on_changed)
        self.hub.show_record.connect(self.show_record)
        self._enter(context)
        self._restore_geometry()

    # --- menus ---------------------------------------------------------------------------

    def _language_menu(self, file_menu: QMenu) -> None:
        self.language_menu = file_menu.addMenu(self.tr("Lan&guage"))
        current = prefs.LANGUAGE.get(self.prefs)
        languages = QActionGroup(self)
        for code, name in (("", self.tr("System language")), ("en", "English"), ("ja", "日本語")):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            languages.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))

    def _enable_session_actions(self) -> None:
        context = self.context
        self.menus.follow(
            session=context is not None,
            writable=context is not None and not context.ledger.read_only,
            manager=context is not None and context.actor.is_manager,
        )

    # --- entering and leaving a session --------------------------------------------------

    def _enter(self, context: UiContext) -> None:
        """Build the tabs for whoever logged in; start the idle clock; make the daily backup."""
        self.context = context
        self.saving.ledger = context.ledger
        ledger = context.ledger
        self.path, self.read_only = ledger.path, ledger.read_only
        self.username = context.actor.username
        prefs.LAST_USERNAME.set(self.prefs, context.actor.username)
        wanted = self._return_to_tab or prefs.CURRENT_TAB.get(context.settings)
        for tab_class in self.tab_classes:
            if tab_class.available(context.actor):
                tab = tab_class(context, self.tabs)
                tab.restore_state()
                self.tabs.addTab(tab, tab.current_title())
                tab.title_changed.connect(
                    lambda text, tab=tab: self.tabs.setTabText(self.tabs.indexOf(tab), text)
                )
                if wanted == tab_class.KEY:
                    self.tabs.setCurrentWidget(tab)
        self.stack.setCurrentIndex(0)
        self._enable_session_actions()
        self._update_title()
        self.status.show_session(context)
        self.lock_after_idle()
        self._daily_backup()
        if ledger.unsaved:
            self.saving.check()
        warn_on_open(self, ledger, old_copy=ledger.file_id not in self._warned_old_copy)
        self._warned_old_copy.add(ledger.file_id)
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def _leave(self) -> None:
        """Remember the window, destroy every tab, close the ledger (its data leaves memory)."""
        context = self.context
        if context is None:
            return
        self._save_window_state()
        self.idle.stop()
        self._close_dialogs()
        self._clear_tabs()
        self.context = None
        self.saving.ledger = None
        self.save_bar.hide()
        context.ledger.close()
        context.settings.sync()
        self._enable_session_actions()
        self.status.clearMessage()
        self.status.show_locked()

    def _clear_tabs(self) -> None:
        while self.tabs.count():
            tab = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if tab is not None:
                tab.setParent(None)  # gone from the window now, deleted at the next event
                tab.deleteLater()

    def current_tab(self) -> Tab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, Tab) else None

    def show_record(self, tab_key: str, record_id: int, area: str = "") -> bool:
        """Bring a tab forward and show a record, or what it holds on another area's record."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, Tab) and tab_key == tab.KEY:
                self.tabs.setCurrentWidget(tab)
                if area and area != tab.KEY:
                    return tab.show_related(area, record_id)
                return tab.show_record(record_id)
        return False

    @property
    def locked(self) -> bool:
        return self.context is None

    def lock(self) -> bool:
        """Save, close and hide everything personal; False when an unsaved change stops it."""
        if self.context is None:
            return True
        if not self.saving.resolve():
            return False
        current = self.current_tab()
        self._return_to_tab = current.KEY if current is not None else ""
        self._leave()
        self.lock_page = LockPage(
            self.path, self.places, username=self.username, read_only=self.read_only
        )
        self.lock_page.unlocked.connect(self._unlock)
        self.lock_page.quit_requested.connect(self.close)
        self.stack.addWidget(self.lock_page)
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.setFocus()
        return True

    def _unlock(self, ledger: Ledger) -> None:
        page, self.lock_page = self.lock_page, None
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        self._enter(UiContext.for_ledger(ledger, self.hub, self.settings_file))
        self._return_to_tab = ""

    def _close_dialogs(self) -> None:
        """Dialogs of the session end with it (a lock must not leave a form showing data)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    # --- the idle lock -------------------------------------------------------------------

    def lock_after_idle(self) -> None:
        """Start the idle clock again with the current idle time (``idle_lock_ms`` or settings)."""
        assert self.context is not None
        if self.idle_lock_ms is not None:
            interval = self.idle_lock_ms
        else:
            interval = (
                settings.get_settings(self.context.ledger, self.context.actor).idle_lock_minutes
                * 60_000
            )
        self.idle.start(interval)

    # --- what changed ------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.area is Area.SETTINGS and self.context is not None:
            self._update_title()
            self.lock_after_idle()
        self.status.refresh()

    def _moved(self) -> None:
        """Save As continued the ledger in another file."""
        if self.context is not None:
            self.path = self.context.ledger.path
            self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None and not self.saving.resolve():
            event.ignore()
            return
        self._leave()
        self.idle.stop()
        event.accept()
        self.closed.emit()

    # --- window state ----------------------------------------------------------------------

    def _save_window_state(self) -> None:
        context = self.context
        if context is None:
            return
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, Tab):
                tab.save_state()
        current = self.current_tab()
        if current is not None:
            prefs.CURRENT_TAB.set(context.settings, current.KEY)
        prefs.WINDOW_GEOMETRY.set(context.settings, bytes(self.saveGeometry().data()))

    def _restore_geometry(self) -> None:
        geometry = b"" if self.context is None else prefs.WINDOW_GEOMETRY.get(self.context.settings)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1100, 720)

    def _update_title(self) -> None:
        if self.context is None:
            return
        office = settings.get_settings(self.context.ledger, self.context.actor).office_name
        title = (
            self.tr("%1 — %2 — Privacy Ledger").replace("%1", office).replace("%2", self.path.name)
        )
        if self.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    def _choose_language(self, code: str) -> None:
        prefs.LANGUAGE.set(self.prefs, code)
        self.status.showMessage(
            self.tr("The language changes when Privacy Ledger starts next."), 8000
        )

    # --- things a person starts ----------------------------------------------------------

    def new_record(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.new_record()

    def focus_search(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.focus_search()

    def change_password(self) -> None:
        if self.context is None:
            return
        if ChangePasswordDialog.run(self, self.context.ledger, self.context.actor):
            self.status.showMessage(self.tr("Your password was changed."), 8000)
        self._after_dialog()

    def backup_now(self) -> None:
        if self.context is not None:
            self.idle.stop()  # the ledger must stay open while it is copied
            backup_now(self, self.context)
            self.lock_after_idle()

    def restore_backup(self) -> None:
        """Admin ▸ Restore from backup: afterwards the window opens on the restored ledger."""
        context = self.context
        if context is None:
            return
        self.idle.stop()
        kept = RestoreDialog.run(self, context, self.places)
        if kept is not None:
            self._clear_tabs()
            self._enter(context)
            self.status.showMessage(
                self.tr("Backup restored. The file as it was before is kept as %1.").replace(
                    "%1", kept.name
                )
            )
        else:
            self.lock_after_idle()
        self._after_dialog()

    # --- at login ------------------------------------------------------------------------

    def _daily_backup(self) -> None:
        assert self.context is not None
        daily_backup(self.context, self.places, self.status)
        self.status.refresh()  # the backup's age
