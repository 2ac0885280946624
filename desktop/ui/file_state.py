"""What the window says about the ledger file: failed saves, old copies, a changed audit trail.

A failed save never loses a change silently: the warning bar offers Retry and
Save As at once, and leaving (lock, close) asks Retry / Save As / Discard.
The audit events of reads (viewing a client, logging in) wait in memory for the
next save; the guard writes them within ``FLUSH_MS`` and before leaving.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ..errors import LedgerError
from ..services import file_info
from ..services.ledger import Ledger
from . import operations
from .context import Hub
from .i18n import error_text, translated
from .status import LedgerStatusBar
from .widgets import SaveFailedBar

#: at most this long (ms) between a read and its audit event reaching the file
FLUSH_MS = 3000


class SaveGuard(QObject):
    """Keeps the save bar and the status bar true to ``ledger.unsaved``."""

    def __init__(
        self,
        window: QWidget,
        hub: Hub,
        bar: SaveFailedBar,
        status: LedgerStatusBar,
        moved: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window, self.hub, self.bar, self.status = window, hub, bar, status
        #: called after Save As moved the ledger to another file
        self.moved = moved
        self.ledger: Ledger | None = None
        hub.save_failed.connect(self.failed)
        hub.saved.connect(self.saved)
        bar.retry.connect(self.retry)
        bar.save_as.connect(self.save_as)
        self.flusher = QTimer(self)
        self.flusher.setInterval(FLUSH_MS)
        self.flusher.timeout.connect(lambda: self.flush(wait=False))
        self.flusher.start()

    def flush(self, *, wait: bool = True) -> bool:
        """Write the read events waiting in memory; False (and the bar) if that failed.

        The timer does not wait for a worker's transaction (its save writes them too).
        """
        ledger = self.ledger
        if ledger is None or not ledger.pending or ledger.unsaved:
            return True
        try:
            ledger.flush(wait=wait)
        except LedgerError as exc:
            self.failed(error_text(exc))
            return False
        self.hub.saved.emit()
        return True

    def failed(self, message: str) -> None:
        self.bar.show_failure(message)
        self.status.refresh()

    def saved(self) -> None:
        if self.ledger is not None and not self.ledger.unsaved:
            self.bar.hide()
        self.status.refresh()

    def check(self) -> None:
        """After a dialog that saves by itself: show the bar if its save failed."""
        if self.ledger is not None and self.ledger.unsaved and self.bar.isHidden():
            self.bar.show_failure(self.tr("The ledger file could not be written."))
        self.status.refresh()

    def retry(self) -> bool:
        if self.ledger is None:
            return True
        try:
            self.ledger.retry_save()
        except LedgerError as exc:
            self.failed(error_text(exc))
            return False
        self.hub.saved.emit()
        return True

    def save_as(self) -> bool:
        ledger = self.ledger
        if ledger is None:
            return False
        name = operations.choose_save_file(
            self.window,
            self.tr("Save the ledger in another place"),
            str(ledger.path.with_name(f"{ledger.path.stem}-copy.pldb")),
            self.tr("Ledger (*.pldb)"),
        )
        if not name:
            return False
        try:
            ledger.save_as(Path(name))
        except LedgerError as exc:
            operations.show_error(self.window, error_text(exc))
            return False
        self.moved()
        self.hub.saved.emit()
        return True

    def resolve(self) -> bool:
        """Before leaving: Retry, Save As or Discard; False means the person wants to stay."""
        ledger = self.ledger
        self.flush()
        while ledger is not None and ledger.unsaved and not ledger.read_only:
            if self.retry():
                return True
            answer = operations.message_box(
                self.window,
                operations.Icon.Warning,
                self.tr("Your last change is not saved in the ledger file."),
                informative=self.tr(
                    "Retry writes the file again (after freeing disk space or closing the "
                    "program that holds it). Save As writes the ledger to another place and "
                    "continues there. Discard closes without the change: the file keeps what "
                    "was last saved."
                ),
                buttons=operations.Button.Retry
                | operations.Button.Save
                | operations.Button.Discard
                | operations.Button.Cancel,
                default=operations.Button.Retry,
                button_texts={operations.Button.Save: self.tr("Save &As…")},
            )
            if answer == operations.Button.Save:
                self.save_as()
            elif answer == operations.Button.Discard:
                return True
            elif answer != operations.Button.Retry:
                return False
        return True


def warn_on_open(parent: QWidget, ledger: Ledger, *, old_copy: bool = True) -> None:
    """An older copy than this PC has seen, or a changed audit trail: say so once, at login.

    ``old_copy=False`` leaves out the old-copy warning (already given for this file
    in this window: unlocking after a lock is not opening another copy).
    """
    history = file_info.file_state(ledger).history
    if old_copy and history is not None:
        answer = operations.message_box(
            parent,
            operations.Icon.Warning,
            QCoreApplication.translate("MainWindow", "This may be an old copy of the ledger."),
            informative=translated(history.describe())
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow",
                "If you chose this copy on purpose, press Use This Copy and this warning "
                "will not be shown again for it. Otherwise close it and open the newest file, "
                "or restore a backup.",
            ),
            buttons=operations.Button.Yes | operations.Button.Close,
            default=operations.Button.Close,
            button_texts={
                operations.Button.Yes: QCoreApplication.translate("MainWindow", "&Use This Copy")
            },
        )
        if answer == operations.Button.Yes:
            ledger.accept_history()
    if not ledger.chain.ok:
        operations.message_box(
            parent,
            operations.Icon.Warning,
            QCoreApplication.translate(
                "MainWindow", "The audit trail of this ledger was changed outside Privacy Ledger."
            ),
            informative=translated(ledger.chain.describe()),
        )
