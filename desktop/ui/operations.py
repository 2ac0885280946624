"""Runs a service call for the UI: a typed outcome, the error shown, every view told.

The one place where a person-caused error becomes a message box; a bug
becomes the crash dialog of app.py instead.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import LedgerError
from ..reports.batch import Batch
from ..reports.document import Document, ReportError
from ..services.errors import ValidationError
from ..services.file_info import SaveFailed
from .context import Area, UiContext
from .i18n import error_text

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon

T = TypeVar("T")


class Status(Enum):
    DONE = "done"
    #: the change is in the ledger in memory but the file could not be written; the main
    #: window offers Retry and Save As
    UNSAVED = "unsaved"
    #: nothing changed: a rule or the ledger refused, for ``reason``
    REFUSED = "refused"


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an operation came to; ``value`` is the service's result when it is known."""

    status: Status
    value: T | None = None
    #: why it was refused, in the person's language
    reason: str = ""
    #: the form field a refusal is about ("" when none)
    field: str = ""

    @property
    def changed(self) -> bool:
        """The ledger changed (saved or not): the form may close, the views follow."""
        return self.status is not Status.REFUSED


def perform(
    parent: QWidget,
    context: UiContext,
    operation: Callable[[], T],
    *,
    changed: Area | None = None,
    fields: Collection[str] = (),
) -> Outcome[T]:
    """Call ``operation`` and say how it went; tell the views of ``changed`` what changed.

    A refusal by a rule about one of ``fields`` is left to the form to show beside
    that field; any other refusal is shown in a message box here. When the service
    returned the changed row, the views patch it; otherwise they reload.
    """
    try:
        result = operation()
    except SaveFailed as exc:
        if changed is not None:
            context.announce(changed)  # the row is not known: the views reload
        context.hub.save_failed.emit(error_text(exc))
        return Outcome(Status.UNSAVED)
    except ValidationError as exc:
        if exc.field not in fields:
            show_error(parent, error_text(exc))
        return Outcome(Status.REFUSED, reason=error_text(exc), field=exc.field)
    except LedgerError as exc:
        show_error(parent, error_text(exc))
        return Outcome(Status.REFUSED, reason=error_text(exc))
    if changed is not None:
        rows = () if result is None or isinstance(result, list | tuple) else (result,)
        context.announce(changed, *rows)
    context.hub.saved.emit()
    return Outcome(Status.DONE, result)


def run_op(
    parent: QWidget,
    context: UiContext,
    operation: Callable[[], T],
    *,
    changed: Area | None = None,
) -> T | None:
    """:func:`perform` for callers that need only the result (None unless done)."""
    return perform(parent, context, operation, changed=changed).value


def show_error(parent: QWidget | None, message: str) -> None:
    message_box(parent, Icon.Warning, message)


def inform(parent: QWidget | None, message: str, details: str = "") -> None:
    """A plain notice with an OK button."""
    message_box(parent, Icon.Information, message, informative=details)


def confirm(parent: QWidget, message: str, details: str = "", yes: str = "") -> bool:
    """Ask before doing something that cannot be undone; ``yes`` names the action's button."""
    texts = {Button.Yes: yes} if yes else None
    answer = message_box(
        parent,
        Icon.Question,
        message,
        informative=details,
        buttons=Button.Yes | Button.Cancel,
        default=Button.Cancel,
        button_texts=texts,
    )
    return answer == Button.Yes


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    *,
    informative: str = "",
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
    button_texts: dict[QMessageBox.StandardButton, str] | None = None,
) -> QMessageBox.StandardButton:
    """Every message box of the program goes through here, so tests can answer them."""
    title = QCoreApplication.translate("operations", "Privacy Ledger")
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    for button, label in (button_texts or {}).items():
        widget = box.button(button)
        if widget is not None:
            widget.setText(label)
    return Button(box.exec())


def choose_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """A folder the person picks ("" when cancelled); tests replace this."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, caption, start)


def choose_open_file(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """An existing file the person picks ("" when cancelled); tests replace this."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getOpenFileName(parent, caption, start, filters)[0]


def choose_save_file(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """A file name to write ("" when cancelled); tests replace this."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, caption, start, filters)[0]


def preview_document(parent: QWidget | None, document: Document | Batch) -> None:
    """Qt's print preview of ``document`` (A4 prepared), with its own Print button."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    document.prepare_printer(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(document.title)
    dialog.paintRequested.connect(document.paint)
    dialog.exec()


def print_document(parent: QWidget | None, document: Document | Batch) -> bool:
    """Ask for a printer (A4 prepared) and print; False when cancelled. Tests replace this."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    document.prepare_printer(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        document.print_to(printer)
    except ReportError as exc:
        if parent is not None:
            show_error(parent, error_text(exc))
        return False
    return True
