"""Inspection sheets to the print preview, the printer or a PDF; each print is audited.

One renderer (desktop/reports) paints the preview, the printer and the PDF;
the sheet is printed in the window's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from ...reports import contractor_labels as names
from ...reports.batch import Batch
from ...reports.document import Document, ReportError
from ...reports.inspection_sheet import inspection_sheet_document, inspection_sheets_batch
from ...services.contractors import sheets
from ...services.contractors.sheets import InspectionSheet
from ..context import UiContext
from ..i18n import error_text
from ..operations import choose_save_file, preview_document, print_document, run_op, show_error


class Output(Enum):
    PREVIEW = "preview"
    PRINTER = "printer"
    PDF = "PDF"


def sheet_language() -> str:
    """The window's language, as the sheet's labels have it."""
    conforms = names.RESULTS[next(iter(names.RESULTS))]
    return "ja" if QCoreApplication.translate(names.CONTEXT, conforms) != conforms else "en"


def choose_output(parent: QWidget) -> Output | None:
    """Preview, printer or PDF, from a small menu at the mouse (tests replace this)."""
    from PySide6.QtGui import QCursor

    menu = QMenu(parent)
    labels = {
        Output.PREVIEW: QCoreApplication.translate("SheetPrinting", "Print preview…"),
        Output.PRINTER: QCoreApplication.translate("SheetPrinting", "Print…"),
        Output.PDF: QCoreApplication.translate("SheetPrinting", "Save as PDF…"),
    }
    actions = {menu.addAction(text): output for output, text in labels.items()}
    chosen = menu.exec(QCursor.pos())
    return actions.get(chosen) if chosen is not None else None


def output_sheets(
    parent: QWidget,
    context: UiContext,
    chosen: Sequence[InspectionSheet],
    output: Output,
    title: str = "",
) -> bool:
    """Send the sheets to ``output``; True when they went out (and the print is audited)."""
    if not chosen:
        return False
    language, today = sheet_language(), date.today()
    document: Document | Batch
    if len(chosen) == 1:
        document = inspection_sheet_document(chosen[0], language, today)
    else:
        document = inspection_sheets_batch(chosen, language, today, title)
    try:
        if output is Output.PREVIEW:
            preview_document(parent, document)
        elif output is Output.PRINTER:
            if not print_document(parent, document):
                return False
        else:
            start = str(Path.home() / f"{_file_name(chosen, title)}.pdf")
            caption = QCoreApplication.translate("SheetPrinting", "Save the inspection sheet")
            path = choose_save_file(parent, caption, start, "PDF (*.pdf)")
            if not path:
                return False
            document.write_pdf(path)
    except ReportError as exc:
        show_error(parent, error_text(exc))
        return False
    ledger, actor = context.ledger, context.actor
    run_op(parent, context, lambda: sheets.record_printed(ledger, actor, chosen, output.value))
    return True


def _file_name(chosen: Sequence[InspectionSheet], title: str) -> str:
    if len(chosen) > 1:
        return title or "inspection-sheets"
    sheet = chosen[0]
    form = "blank" if sheet.inspection is None else f"{sheet.inspection.row.inspected_on}"
    return f"inspection-{sheet.subject_key}-{form}"
