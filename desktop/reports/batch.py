"""Several documents in one print job or PDF (the batch of inspection sheets due this month)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter

from .document import (
    CREATOR,
    Document,
    ReportError,
    a4_page_layout,
    pdf_bytes_of,
    require_gui_application,
    write_file_atomic,
)


@dataclass(frozen=True)
class Batch:
    """Several documents in one print job or PDF, each from a new page with its own numbers."""

    title: str
    documents: tuple[Document, ...]

    def prepare_printer(self, printer: QPrinter) -> None:
        printer.setPageLayout(a4_page_layout())
        printer.setDocName(self.title)
        printer.setCreator(CREATOR)

    def paint(self, printer: QPagedPaintDevice) -> int:
        """Paint every document (a page range chosen in a dialog applies to each); pages painted."""
        require_gui_application()
        painter = QPainter()
        if not painter.begin(printer):
            raise ReportError(
                QCoreApplication.translate(
                    "reports", "The printer could not be started. Check that it is ready."
                )
            )
        try:
            painted = 0
            for document in self.documents:
                painted += document.paint_pages(painter, printer, first=painted == 0)
            return painted
        finally:
            painter.end()

    def print_to(self, printer: QPrinter) -> None:
        self.paint(printer)

    def pdf_bytes(self) -> bytes:
        return pdf_bytes_of(self.title, self.paint)

    def write_pdf(self, path: Path | str) -> None:
        write_file_atomic(Path(path), self.pdf_bytes())
