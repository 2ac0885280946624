"""Admin ▸ Restore from backup (manager): pick a backup, see what it holds, confirm.

The list shows this ledger's own backup folder, newest first; Choose file… takes
a copy from anywhere (a USB stick). Picking a backup opens it in a worker and
shows its date, save number and counts; a backup made before a password change
asks for the password as it was then. Restoring keeps the current file in the
backup folder first (desktop/services/restore.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import LedgerError
from ..services import backups
from ..services.places import Places
from ..services.restore import BackupInfo, OldPasswordNeeded, inspect_backup, restore_backup
from . import operations, workers
from .context import UiContext
from .fields import ErrorLabel
from .i18n import error_text
from .widgets import heading, note


class RestoreDialog(QDialog):
    """Choose a backup of this ledger and bring it back; ``kept`` is the copy of the file before."""

    def __init__(self, context: UiContext, places: Places, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.places = places
        self.info: BackupInfo | None = None
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))

        self.backups = QListWidget()
        self.backups.setObjectName("backups")
        for path in backups.backups_of(context.ledger, places):
            self._add(path)
        self.backups.currentItemChanged.connect(lambda *_: self._inspect())
        self.choose_button = QPushButton(self.tr("Choose &file…"))
        self.choose_button.clicked.connect(self._choose)

        self.details = QLabel()
        self.details.setObjectName("backup_details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        self.error.setObjectName("backup_error")
        self.password = QLineEdit()
        self.password.setObjectName("old_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._inspect)
        self.password_row = QWidget()
        row = QFormLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.tr("Your password &then:"), self.password)
        self.password_row.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.buttons.rejected.connect(self.reject)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Backups of this ledger, newest first:")), 1)
        pick.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Restore from backup")))
        layout.addWidget(
            note(
                self.tr(
                    "The ledger goes back to the state of the backup; changes made since are "
                    "not in it. The current file is kept in the backup folder first, and the "
                    "passwords valid today stay valid."
                )
            )
        )
        layout.addLayout(pick)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.password_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(600, 460)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            self.details.setText(self.tr("No backups in this ledger's backup folder yet."))

    @classmethod
    def run(cls, parent: QWidget, context: UiContext, places: Places) -> Path | None:
        """The copy kept of the file before the restore, or None when nothing was restored."""
        dialog = cls(context, places, parent)
        dialog.exec()
        return dialog.kept

    def _add(self, path: Path) -> QListWidgetItem:
        made = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        item = QListWidgetItem(f"{path.name}    {made}")
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.backups.addItem(item)
        return item

    def selected(self) -> Path | None:
        item = self.backups.currentItem()
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def _choose(self) -> None:
        found = operations.choose_open_file(
            self,
            self.tr("Choose a backup of this ledger"),
            str(Path.home()),
            self.tr("Privacy Ledger files (*.pldb)"),
        )
        if found:
            self.backups.setCurrentItem(self._add(Path(found)))

    def _password(self) -> str | None:
        return self.password.text() if self.password_row.isVisible() else None

    def _inspect(self) -> None:
        """Open the chosen backup in a worker and say what it holds."""
        self.info = None
        self.restore_button.setEnabled(False)
        self.details.clear()
        self.error.show_error("")
        path = self.selected()
        if path is None:
            return
        ledger, password = self.context.ledger, self._password()
        try:
            info, _ = workers.call(lambda: inspect_backup(ledger, path, password), self)
        except OldPasswordNeeded as exc:
            self.password_row.show()
            self.error.show_error(error_text(exc))
            self.password.setFocus()
            return
        except LedgerError as exc:
            self.error.show_error(error_text(exc))
            return
        self.info = info
        self.details.setText(
            self.tr("Saved: %1\nSave number: %2\nClients: %3    Users: %4    Audit events: %5")
            .replace("%1", _local(info.saved))
            .replace("%2", str(info.generation))
            .replace("%3", str(info.clients))
            .replace("%4", str(info.users))
            .replace("%5", str(info.events))
        )
        self.restore_button.setEnabled(True)

    def _restore(self) -> None:
        info = self.info
        if info is None:
            return
        if not operations.confirm(
            self,
            self.tr("Restore the backup of %1?").replace("%1", _local(info.saved)),
            self.tr(
                "Changes made after that are not in the backup. The current file is kept "
                "in the backup folder first."
            ),
            yes=self.tr("&Restore"),
        ):
            return
        context, password = self.context, self._password()
        self.kept = operations.run_op(
            self,
            context,
            lambda: workers.call(
                lambda: restore_backup(
                    context.ledger, context.actor, info.path, self.places, password
                ),
                self,
            ),
        )
        if self.kept is not None:
            self.accept()


def _local(saved: str) -> str:
    """The backup's save time (ISO, UTC) as local time."""
    try:
        return datetime.fromisoformat(saved).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return saved
