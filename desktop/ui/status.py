"""The main window's status bar: who, which file, when saved, read-only, audit trail state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..services import backups, file_info
from ..services.ledger import Ledger
from .context import UiContext
from .dates import show_time
from .fields import ERROR_COLOR
from .i18n import translated
from .widgets import role_name


class LedgerStatusBar(QStatusBar):
    """Permanent labels; temporary messages (backup made, password changed) on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: UiContext | None = None
        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.path_label = QLabel()
        self.path_label.setObjectName("status_path")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("status_saved")
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setObjectName("status_read_only")
        self.read_only_label.setStyleSheet("font-weight: bold;")
        self.chain_label = QLabel()
        self.chain_label.setObjectName("status_chain")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("status_backup")
        for label in (
            self.backup_label,
            self.user_label,
            self.path_label,
            self.saved_label,
            self.read_only_label,
            self.chain_label,
        ):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.show_locked()

    def show_session(self, context: UiContext) -> None:
        self.context = context
        self.refresh()

    def show_locked(self) -> None:
        self.context = None
        self.user_label.setText(self.tr("Locked"))
        for label in (
            self.path_label,
            self.saved_label,
            self.read_only_label,
            self.chain_label,
            self.backup_label,
        ):
            label.hide()

    def refresh(self) -> None:
        context = self.context
        if context is None:
            return
        ledger, actor = context.ledger, context.actor
        self.user_label.setText(
            self.tr("%1 (%2)")
            .replace("%1", actor.display_name)
            .replace("%2", role_name(actor.role))
        )
        self.path_label.setText(ledger.path.name)
        self.path_label.setToolTip(str(ledger.path))
        self.path_label.show()
        if ledger.unsaved:
            self.saved_label.setText(self.tr("Not saved"))
            self.saved_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        else:
            self.saved_label.setText(self.tr("Saved %1").replace("%1", _when(ledger)))
            self.saved_label.setStyleSheet("")
        self.saved_label.show()
        self.read_only_label.setVisible(ledger.read_only)
        chain = ledger.chain
        if chain.ok:
            self.chain_label.setText(self.tr("Audit trail intact"))
            self.chain_label.setStyleSheet("")
        else:
            self.chain_label.setText(
                self.tr("Audit trail broken at event %1").replace("%1", str(chain.first_broken))
            )
            self.chain_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.chain_label.setToolTip(translated(chain.describe()))
        self.chain_label.show()
        self._show_backup(ledger)

    def _show_backup(self, ledger: Ledger) -> None:
        """When the last good backup was made; a warning when it is a week old or more."""
        made = backups.last_backup(ledger)
        if made is None:
            text = self.tr("No backup yet")
        else:
            days = (datetime.now().astimezone().date() - made.astimezone().date()).days
            if days <= 0:
                age = self.tr("today")
            elif days == 1:
                age = self.tr("yesterday")
            else:
                age = self.tr("%1 days ago").replace("%1", str(days))
            text = self.tr("Last backup: %1").replace("%1", age)
        label = self.backup_label
        if backups.backup_is_stale(ledger):
            # the style first: the label's width follows the bold text
            label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
            text = "⚠ " + text
            label.setToolTip(
                self.tr(
                    "There is no good backup from the last %1 days. Use File ▸ Back up to… "
                    "to copy the ledger to a USB stick or another drive."
                ).replace("%1", str(backups.STALE_BACKUP_DAYS))
            )
        else:
            label.setStyleSheet("")
            label.setToolTip("" if made is None else made.astimezone().strftime("%Y-%m-%d %H:%M"))
        label.setText(text)
        label.ensurePolished()
        label.setMinimumWidth(label.sizeHint().width())
        label.show()


def _when(ledger: Ledger) -> str:
    """The last save as local time: only the time when it was today."""
    saved = file_info.file_state(ledger).last_saved
    if saved is None:
        return ""
    local = saved.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return show_time(local)
