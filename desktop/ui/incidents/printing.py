"""Printing an incident's documents: on screen first, on a printer, or to a PDF file.

The one renderer of reports/document.py paints all three. ``PrintDialog.ask``
returns the person's choice (tests replace it); ``deliver`` carries it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...reports.document import Document, ReportError
from ..i18n import error_text
from ..operations import choose_save_file, preview_document, print_document, show_error


class Output(Enum):
    PREVIEW = "preview"
    PRINTER = "printer"
    PDF = "pdf"


@dataclass(frozen=True)
class PrintChoice:
    output: Output
    #: the option chosen from ``options`` (None when there were none)
    option: object = None


class PrintDialog(QDialog):
    """What to print (an option, such as preliminary or final) and where."""

    def __init__(
        self, title: str, options: Sequence[tuple[str, object]], note: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice: PrintChoice | None = None
        self.option = QComboBox()
        for text, value in options:
            self.option.addItem(text, value)
        form = QFormLayout()
        if options:
            form.addRow(self.tr("Document"), self.option)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for output, text in (
            (Output.PREVIEW, self.tr("Preview…")),
            (Output.PRINTER, self.tr("Print…")),
            (Output.PDF, self.tr("Save as PDF…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"print_{output.value}")
            button.clicked.connect(lambda _checked=False, o=output: self._choose(o))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, output: Output) -> None:
        self.choice = PrintChoice(output, self.option.currentData())
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        title: str,
        options: Sequence[tuple[str, object]] | None = None,
        note: str = "",
    ) -> PrintChoice | None:
        dialog = cls(title, options or [], note, parent)
        dialog.exec()
        return dialog.choice


def deliver(parent: QWidget, document: Document, output: Output, file_name: str) -> bool:
    """Show, print or save ``document``; False when the person cancelled or it failed."""
    if output is Output.PREVIEW:
        preview_document(parent, document)
        return True
    if output is Output.PRINTER:
        return print_document(parent, document)
    path = choose_save_file(
        parent,
        parent.tr("Save as PDF"),
        str(Path.home() / file_name),
        parent.tr("PDF files (*.pdf)"),
    )
    if not path:
        return False
    try:
        document.write_pdf(path)
    except ReportError as exc:
        show_error(parent, error_text(exc))
        return False
    return True
