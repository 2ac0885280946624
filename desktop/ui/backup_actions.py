"""File ▸ Back up to…, and the daily backup made at the first unlock of a day.

Strings keep the main window's translation context: these are its menu's actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QStatusBar, QWidget

from ..errors import LedgerError
from ..services import backups
from ..services.file_info import SaveFailed
from ..services.places import Places
from . import operations, workers
from .context import UiContext
from .i18n import error_text, translated


def backup_now(parent: QWidget, context: UiContext) -> Path | None:
    """Copy the encrypted file to a folder the person picks (a USB stick, say).

    The copy runs in a worker (nothing there touches a widget) while a progress
    dialog shows how far it is; a full or removed drive is named plainly.
    """
    folder = operations.choose_folder(
        parent,
        QCoreApplication.translate("MainWindow", "Choose the folder for the backup"),
        str(Path.home()),
    )
    if not folder:
        return None
    progress = QProgressDialog(
        QCoreApplication.translate(
            "MainWindow", "Copying the ledger to %1 and checking the copy…"
        ).replace("%1", folder),
        "",
        0,
        100,
        parent,
    )
    progress.setObjectName("backup_progress")
    progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Back up"))
    progress.setCancelButton(None)  # the copy is checked, then named: no half copies
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setValue(0)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    def moved(done: int, total: int) -> None:
        progress.setValue(done * 100 // max(total, 1))

    ledger, actor = context.ledger, context.actor
    worker = workers.start(
        lambda report: backups.backup_to(ledger, actor, Path(folder), progress=report),
        lambda target: finish("target", target),
        lambda exc: finish("error", exc),
        moved,
    )
    loop.exec()  # the worker's queued result ends it
    worker.wait()
    progress.close()
    error = outcome.get("error")
    if isinstance(error, SaveFailed) and context.ledger.unsaved:
        context.hub.save_failed.emit(error_text(error))  # the backup's audit event: Retry, Save As
        return None
    if isinstance(error, SaveFailed):  # only the copy failed (a full or removed drive)
        operations.show_error(
            parent,
            QCoreApplication.translate("MainWindow", "The backup could not be made. %1").replace(
                "%1", translated(error.cause)
            ),
        )
        return None
    if isinstance(error, LedgerError):
        operations.show_error(parent, error_text(error))
        return None
    if isinstance(error, BaseException):
        workers.report_bug(error)
        return None
    target = outcome["target"]
    assert isinstance(target, Path)
    context.hub.saved.emit()
    operations.inform(
        parent,
        QCoreApplication.translate("MainWindow", "The backup was saved as %1.").replace(
            "%1", str(target)
        ),
        QCoreApplication.translate(
            "MainWindow", "It is encrypted and opens with the passwords valid today."
        ),
    )
    return target


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
