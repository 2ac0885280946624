"""One way for every tab to put a document on paper: preview, print, or save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..reports.document import Document, ReportError
from . import operations
from .i18n import error_text


def save_pdf(parent: QWidget | None, document: Document, suggested: str) -> Path | None:
    """Ask where and write the PDF; None when cancelled or refused (the reason is shown)."""
    caption = QCoreApplication.translate("PrintChoice", "Save as PDF")
    name = operations.choose_save_file(parent, caption, suggested, "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    try:
        document.write_pdf(path)
    except ReportError as exc:
        operations.show_error(parent, error_text(exc))
        return None
    return path


class PrintChoice(QDialog):
    """Preview, Print or Save as PDF; the caller makes the document only once chosen."""

    PREVIEW, PRINT, PDF = 1, 2, 3

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = 0
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for text, choice in (
            (self.tr("Preview…"), self.PREVIEW),
            (self.tr("Print…"), self.PRINT),
            (self.tr("Save as PDF…"), self.PDF),
        ):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How do you want the document?")))
        layout.addWidget(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def deliver(self, document: Document, suggested: str) -> None:
        """Do what was chosen with ``document``."""
        if self.choice == self.PREVIEW:
            operations.preview_document(self.parentWidget(), document)
        elif self.choice == self.PRINT:
            operations.print_document(self.parentWidget(), document)
        elif self.choice == self.PDF:
            save_pdf(self.parentWidget(), document, suggested)
