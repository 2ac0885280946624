"""Printable documents: HTML laid out by one shared renderer for preview, printer and PDF.

Uses QtGui (QTextDocument, QPdfWriter) and QPrinter, never widgets. Rendering
needs a QGuiApplication; the command line gets one from ``ensure_gui_application()``.
"""

from .document import Document, ReportError, ensure_gui_application, escape
from .recovery_sheet import (
    recovery_sheet_document,
    recovery_sheet_html,
    write_recovery_sheet_pdf,
)

__all__ = [
    "Document",
    "ReportError",
    "ensure_gui_application",
    "escape",
    "recovery_sheet_document",
    "recovery_sheet_html",
    "write_recovery_sheet_pdf",
]
