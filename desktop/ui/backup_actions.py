"""File ▸ Backup now, and the daily backup made at the first unlock of a day.

Strings keep the main window's translation context: these are its menu's actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from ..errors import LedgerError
from ..services import backups
from ..services.file_info import SaveFailed
from ..services.places import Places
from . import operations
from .context import UiContext
from .i18n import error_text, translated


def backup_now(parent: QWidget, context: UiContext) -> None:
    """Copy the encrypted file to a folder the person picks (a USB stick, say)."""
    folder = operations.choose_folder(
        parent,
        QCoreApplication.translate("MainWindow", "Choose the folder for the backup"),
        str(Path.home()),
    )
    if not folder:
        return

    def backup() -> Path | None:
        try:
            return backups.backup_to(context.ledger, context.actor, Path(folder))
        except SaveFailed as exc:
            if context.ledger.unsaved:
                raise  # the backup's audit event is what was not saved: Retry, Save As
            # Only the copy failed (a full or write-protected stick): the ledger is saved.
            operations.show_error(
                parent,
                QCoreApplication.translate(
                    "MainWindow", "The backup could not be made. %1"
                ).replace("%1", translated(exc.cause)),
            )
            return None

    target = operations.run_op(parent, context, backup)
    if target is not None:
        operations.inform(
            parent,
            QCoreApplication.translate("MainWindow", "The backup was saved as %1.").replace(
                "%1", str(target)
            ),
            QCoreApplication.translate(
                "MainWindow", "It is encrypted and opens with the passwords valid today."
            ),
        )


def daily_backup(context: UiContext, places: Places, status: QStatusBar) -> None:
    """The automatic copy into the backups folder; a failure is reported, never fatal."""
    try:
        made = backups.daily_backup(context.ledger, places)
    except SaveFailed as exc:
        context.hub.save_failed.emit(error_text(exc))
        return
    except LedgerError as exc:
        status.showMessage(
            QCoreApplication.translate("MainWindow", "The daily backup failed: %1").replace(
                "%1", error_text(exc)
            )
        )
        return
    if made is not None:
        status.showMessage(
            QCoreApplication.translate("MainWindow", "Daily backup saved in %1.").replace(
                "%1", str(made.parent)
            ),
            8000,
        )
