"""The main window's status bar: who, which file, when saved, read-only, audit trail state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..services import file_info
from ..services.ledger import Ledger
from .context import UiContext
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
        for label in (
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
        for label in (self.path_label, self.saved_label, self.read_only_label, self.chain_label):
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


def _when(ledger: Ledger) -> str:
    """The last save as local time: only the time when it was today."""
    saved = file_info.file_state(ledger).last_saved
    if saved is None:
        return ""
    local = saved.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
