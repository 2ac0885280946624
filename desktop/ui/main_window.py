"""The main window: tabs built from a tuple of tab classes, menus, status bar, lock and unlock.

Locking saves, closes the ledger (database and key leave memory), destroys
every tab and shows the lock page; unlocking builds the tabs again for whoever
logged in and returns to the tab that was open.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import policies, settings
from ..services.ledger import Ledger
from ..services.places import Places
from . import prefs
from .about import AboutDialog, PolicyDialog
from .audit_dialog import AuditDialog
from .backup_actions import backup_now, daily_backup
from .clients import ClientsTab
from .context import UiContext
from .file_state import SaveGuard, warn_on_open
from .lock_page import LockPage
from .office_settings_dialog import OfficeSettingsDialog
from .password_dialog import ChangePasswordDialog
from .recovery_key import issue_new_recovery_key
from .status import LedgerStatusBar
from .tab import Tab
from .users_dialog import UsersDialog
from .widgets import SaveFailedBar

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class MainWindow(QMainWindow):
    """One window over one ledger; the services come in with the context, no globals."""

    TABS: ClassVar[tuple[type[Tab], ...]] = (ClientsTab,)

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
        self._build_menus()

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may lock 5 % early
        self._idle.timeout.connect(self.lock)
        self.saving = SaveGuard(self, self.hub, self.save_bar, self.status, self._moved)
        self.hub.changed.connect(self._on_changed)
        self._enter(context)
        self._restore_geometry()

    # --- menus ---------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work while the menu bar is hidden or locked
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"))
        self.password_action = self._action(self.tr("Change my &password…"), self.change_password)
        self.backup_action = self._action(self.tr("&Backup now…"), self.backup_now)
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit)
        )
        file_menu.addActions([self.lock_action, self.password_action, self.backup_action])
        self.language_menu = file_menu.addMenu(self.tr("Lan&guage"))
        current = prefs.LANGUAGE.get(self.prefs)
        languages = QActionGroup(self)
        for code, name in (("", self.tr("System language")), ("en", "English"), ("ja", "日本語")):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            languages.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.record_menu = record_menu = bar.addMenu(self.tr("&Record"))
        self.new_action = self._action(
            self.tr("&New"), self.new_record, QKeySequence(QKeySequence.StandardKey.New)
        )
        self.find_action = self._action(
            self.tr("&Search"), self.focus_search, QKeySequence(QKeySequence.StandardKey.Find)
        )
        record_menu.addActions([self.new_action, self.find_action])

        self.admin_menu = bar.addMenu(self.tr("&Admin"))
        self.users_action = self._action(self.tr("&Users…"), self.show_users)
        self.settings_action = self._action(self.tr("Office &settings…"), self.show_settings)
        self.audit_action = self._action(self.tr("&Audit log…"), self.show_audit)
        self.recovery_key_action = self._action(
            self.tr("New &recovery key…"), self.new_recovery_key
        )
        self.admin_menu.addActions([self.users_action, self.settings_action, self.audit_action])
        self.admin_menu.addSeparator()
        self.admin_menu.addAction(self.recovery_key_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Privacy policy"), self.show_policy))
        help_menu.addAction(self._action(self.tr("&About Privacy Ledger"), self.show_about))
        self._session_actions = [
            self.password_action,
            self.backup_action,
            self.new_action,
            self.find_action,
            self.users_action,
            self.settings_action,
            self.audit_action,
            self.recovery_key_action,
            self.lock_action,
        ]

    def _enable_session_actions(self) -> None:
        context = self.context
        for action in self._session_actions:
            action.setEnabled(context is not None)
        manager = context is not None and context.actor.is_manager
        self.admin_menu.menuAction().setVisible(manager)
        self.record_menu.menuAction().setVisible(context is not None)
        admin_actions = (
            self.users_action,
            self.settings_action,
            self.audit_action,
            self.recovery_key_action,
        )
        for action in admin_actions:
            action.setEnabled(manager)
        writable = context is not None and not context.ledger.read_only
        self.password_action.setEnabled(writable)

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
                self.tabs.addTab(tab, tab_class.title())
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
        self._stop_idle_timer()
        self._close_dialogs()
        while self.tabs.count():
            tab = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if tab is not None:
                tab.setParent(None)  # gone from the window now, deleted at the next event
                tab.deleteLater()
        self.context = None
        self.saving.ledger = None
        self.save_bar.hide()
        context.ledger.close()
        context.settings.sync()
        self._enable_session_actions()
        self.status.clearMessage()
        self.status.show_locked()

    def current_tab(self) -> Tab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, Tab) else None

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
        self._idle.start(interval)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _stop_idle_timer(self) -> None:
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only input from a person (spontaneous): Qt's own synthetic moves must not keep it open.
        if event.type() in _ACTIVITY and event.spontaneous() and self._idle.isActive():
            self._idle.start()  # somebody is here: the clock starts again
        return False

    # --- what changed ------------------------------------------------------------------

    def _on_changed(self, area: str) -> None:
        if area == "settings" and self.context is not None:
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
        self._stop_idle_timer()
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
            backup_now(self, self.context)

    def show_users(self) -> None:
        if self.context is not None:
            UsersDialog.run(self, self.context)
        self._after_dialog()

    def show_settings(self) -> None:
        if self.context is not None:
            OfficeSettingsDialog.run(self, self.context)
        self._after_dialog()

    def show_audit(self) -> None:
        if self.context is not None:
            AuditDialog.run(self, self.context)
        self._after_dialog()

    def new_recovery_key(self) -> None:
        if self.context is not None:
            issue_new_recovery_key(self, self.context)
        self._after_dialog()

    def show_policy(self) -> None:
        context, current = self.context, None
        if context is not None:  # the version in force, as the ledger records it
            current = policies.current_version(context.ledger, context.actor, self.language)
        PolicyDialog.run(self, self.language, current)

    def show_about(self) -> None:
        AboutDialog.run(self, self.places.data_dir)

    def _after_dialog(self) -> None:
        """A dialog may have saved, or failed to; the bars say which."""
        self.saving.check()

    # --- at login ------------------------------------------------------------------------

    def _daily_backup(self) -> None:
        assert self.context is not None
        daily_backup(self.context, self.places, self.status)
