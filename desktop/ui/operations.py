"""Runs a service call for the UI: shows the error it raises, reports save failures.

The one place where a person-caused error becomes a message box; a bug
becomes the crash dialog of app.py instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..reports.document import Document, ReportError
from ..services.errors import ValidationError
from ..vault import LedgerError, SaveFailed
from .context import UiContext
from .i18n import error_text

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon

T = TypeVar("T")


def run_op(
    parent: QWidget,
    context: UiContext,
    operation: Callable[[], T],
    *,
    changed: str = "",
) -> T | None:
    """Call ``operation``; on success announce ``changed``; on a person's error show it.

    A failed save is not a lost change: the change is in memory, the hub's
    ``save_failed`` makes the main window offer Retry and Save As, and the
    views are refreshed because the data did change.
    """
    return run_form_op(parent, context, operation, lambda _error: False, changed=changed)


def run_form_op(
    parent: QWidget,
    context: UiContext,
    operation: Callable[[], T],
    show_field_error: Callable[[ValidationError], bool],
    *,
    changed: str = "",
) -> T | None:
    """:func:`run_op` for a form: a ValidationError goes next to its field, if the form has it.

    ``show_field_error`` shows the error by ``error.field`` and says whether it could.
    """

    try:
        result = operation()
    except SaveFailed as exc:
        if changed:
            context.hub.changed.emit(changed)
        context.hub.save_failed.emit(error_text(exc))
        return None
    except ValidationError as exc:
        if not show_field_error(exc):
            show_error(parent, error_text(exc))
        return None
    except LedgerError as exc:
        show_error(parent, error_text(exc))
        return None
    if changed:
        context.hub.changed.emit(changed)
    context.hub.saved.emit()
    return result


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


def choose_save_file(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """A file name to write ("" when cancelled); tests replace this."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, caption, start, filters)[0]


def print_document(parent: QWidget | None, document: Document) -> bool:
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
