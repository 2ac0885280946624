"""One print renderer for every document: the same ``paint()`` feeds preview, printer and PDF.

A document is HTML (every value escaped with ``html.escape``) plus a title. The
renderer lays it out in a QTextDocument on the page of the device it paints on
(A4 portrait for PDF files) and draws a footer with the title (or the
document's own footer text) and "n / N" on every page. What HTML cannot hold
at a fixed size on paper (signature and seal boxes in millimetres) is a
``DrawnPart`` the renderer paints with QPainter after the text, on the last
page or a page of its own; ``Batch`` (batch.py) puts several documents in one job.
Rendering needs a QGuiApplication (the command line calls
``ensure_gui_application()``); nothing here uses widgets.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from . import pagination
from .files import ReportError as ReportError
from .files import write_file_atomic as write_file_atomic
from .pdf_text import repair_text_map

PAGE_MARGINS_MM = QMarginsF(18.0, 15.0, 18.0, 12.0)  # left, top, right, bottom
FOOTER_HEIGHT_MM = 9.0
MIN_SCALE = 0.8  # Document.max_pages never shrinks text below 80 %
PDF_RESOLUTION_DPI = 300
CREATOR = "Privacy Ledger"

# First installed family wins; Windows offices have Yu Gothic / Meiryo, Linux has Noto.
SANS_FAMILIES = (
    "Noto Sans CJK JP",
    "Source Han Sans JP",
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans",
    "MS Gothic",
)
MONO_FAMILIES = (
    "Consolas",
    "Cascadia Mono",
    "DejaVu Sans Mono",
    "Noto Sans Mono",
    "Menlo",
    "Noto Sans Mono CJK JP",
    "MS Gothic",
    "Courier New",
)

_MM_PER_INCH = 25.4
_FOOTER_COLOR = QColor("#555555")

_gui_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (no widgets) for the command line.

    On Linux without a display the "offscreen" platform is used, so that
    ``privacy-ledger print`` works over SSH and in CI.
    """
    global _gui_application
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("Documents need a QGuiApplication, but a QCoreApplication is running.")
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _gui_application = QGuiApplication([sys.argv[0] if sys.argv else "privacy-ledger"])
    return _gui_application


def require_gui_application() -> None:
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError(
            "Printing documents needs a QGuiApplication; call ensure_gui_application() first."
        )


def first_installed_family(candidates: Iterable[str], fallback: QFontDatabase.SystemFont) -> str:
    """The first of ``candidates`` installed on this computer, else the system's own choice."""
    installed = {family.casefold(): family for family in QFontDatabase.families()}
    for family in candidates:
        found = installed.get(family.casefold())
        if found is not None:
            return found
    return QFontDatabase.systemFont(fallback).family()


def sans_family() -> str:
    """The family for body text; it must render Japanese (no tofu boxes), whatever is installed."""
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    return first_installed_family((*SANS_FAMILIES, *japanese), QFontDatabase.SystemFont.GeneralFont)


def mono_family() -> str:
    """The family for keys and ids, where every character must be told apart."""
    return first_installed_family(MONO_FAMILIES, QFontDatabase.SystemFont.FixedFont)


def escape(value: object) -> str:
    """``value`` as HTML text; every value put into a document goes through here."""
    return html.escape(str(value), quote=True)


def a4_page_layout() -> QPageLayout:
    """A4 portrait with the house margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        PAGE_MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _base_style_sheet(sans: str, mono: str) -> str:
    # Sizes in pt and CSS px (1/96 in): the layout scales both to the device's resolution.
    return f"""
body {{ font-family: "{sans}"; font-size: 10pt; color: #000000; }}
h1 {{ font-size: 20pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 6px; }}
p {{ margin-top: 0px; margin-bottom: 6px; }}
.mono {{ font-family: "{mono}"; }}
.muted {{ color: #555555; }}
"""


class DrawnPart(Protocol):
    """A part painted after the text at a fixed size in millimetres, whatever the text's scale."""

    @property
    def height_mm(self) -> float: ...

    def draw(self, painter: QPainter, area: QRectF, pixels_per_mm: float) -> None:
        """Paint inside ``area`` (device pixels; its height is ``height_mm``)."""


#: the space between the text and a drawn part below it
DRAWN_PART_GAP_MM = 4.0


class _Layout(NamedTuple):
    document: QTextDocument
    page: QSizeF  # one page of the document, in document coordinates
    scale: float  # document coordinates to device pixels
    pages: int  # pages in all, the drawn part's own page included
    closing_top: float | None  # where the drawn part starts on the last page (device pixels)


@dataclass(frozen=True)
class Document:
    """A printable document: a title (PDF metadata, footer, print job name) and its HTML body.

    ``body_html`` is the inside of ``<body>``; ``style_sheet`` adds CSS rules
    to the house style. ``max_pages`` shrinks the content (down to 80 %) until
    it fits, for sheets that must stay on one page whatever the fonts of the
    computer. Use ``paint`` for QPrintPreviewDialog.paintRequested,
    ``print_to`` after QPrintDialog, ``write_pdf`` for files.
    """

    title: str
    body_html: str
    style_sheet: str = ""
    max_pages: int | None = None
    #: the footer's left side (the title when empty)
    footer_text: str = ""
    #: painted after the text (signature and seal boxes), see DrawnPart
    closing: DrawnPart | None = None
    #: a table row cut by a page break starts the next page whole (see pagination.py)
    keep_rows_together: bool = False

    def html(self, sans: str = "sans-serif", mono: str = "monospace") -> str:
        """The complete HTML the renderer lays out."""
        css = _base_style_sheet(sans, mono) + self.style_sheet
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{escape(self.title)}</title><style>{css}</style></head>"
            f"<body>{self.body_html}</body></html>"
        )

    def prepare_printer(self, printer: QPrinter) -> None:
        """Set A4 portrait, the house margins and the job name; call before a print dialog opens."""
        printer.setPageLayout(a4_page_layout())
        printer.setDocName(self.title)
        printer.setCreator(CREATOR)

    def paint(self, printer: QPagedPaintDevice) -> int:
        """Lay out and paint every page on ``printer`` (QPrinter, preview or QPdfWriter).

        Honours a page range chosen in the print dialog. Returns the number of
        pages painted.
        """
        require_gui_application()
        painter = QPainter()
        if not painter.begin(printer):
            raise ReportError(
                QCoreApplication.translate(
                    "reports", "The printer could not be started. Check that it is ready."
                )
            )
        try:
            return self.paint_pages(painter, printer, first=True)
        finally:
            painter.end()

    def print_to(self, printer: QPrinter) -> None:
        """Print on a printer set up by QPrintDialog (after ``prepare_printer``)."""
        self.paint(printer)

    def pdf_bytes(self) -> bytes:
        """The document as an A4 PDF, in memory."""
        return pdf_bytes_of(self.title, self.paint)

    def write_pdf(self, path: Path | str) -> None:
        """Write the document as a PDF file; the previous file at ``path`` survives any failure."""
        write_file_atomic(Path(path), self.pdf_bytes())

    def page_count(self, printer: QPagedPaintDevice) -> int:
        """How many pages the document takes on ``printer``."""
        require_gui_application()
        return self._fit(printer).pages

    def _fit(self, device: QPagedPaintDevice) -> _Layout:
        scale = 1.0
        while True:
            layout = self._layout(device, scale)
            if self.max_pages is None or layout.pages <= self.max_pages or scale <= MIN_SCALE:
                return layout
            scale = round(scale - 0.05, 2)

    def _layout(self, device: QPagedPaintDevice, scale: float) -> _Layout:
        sans, mono = sans_family(), mono_family()
        document = QTextDocument()
        # Point sizes and CSS pixels are converted with the device's resolution.
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(document_font(sans, 10.0))
        option = QTextOption()
        # File paths have no spaces; let them break anywhere rather than run off the page.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(0.0)
        footer = _mm_to_pixels(FOOTER_HEIGHT_MM, device.logicalDpiY())
        page = QSizeF(device.width() / scale, (device.height() - footer) / scale)
        html = self.html(sans, mono)
        for _ in range(pagination.MAX_PASSES):
            document.setHtml(html)
            document.setPageSize(page)
            if not self.keep_rows_together:
                break
            cut = pagination.first_cut_row(document, page.height())
            if cut is None:
                break
            html = pagination.break_before_row(html, *cut)
        pages, closing_top = document.pageCount(), None
        if self.closing is not None:
            dpi = device.logicalDpiY()
            # The text ends where its last block ends, on the last page.
            end = document.documentLayout().blockBoundingRect(document.lastBlock()).bottom()
            top = (end - (pages - 1) * page.height()) * scale + _mm_to_pixels(
                DRAWN_PART_GAP_MM, dpi
            )
            if top + _mm_to_pixels(self.closing.height_mm, dpi) > page.height() * scale:
                pages, top = pages + 1, 0.0  # no room left: the part gets a page of its own
            closing_top = top
        return _Layout(document, page, scale, pages, closing_top)

    def paint_pages(self, painter: QPainter, device: QPagedPaintDevice, *, first: bool) -> int:
        """Paint this document's pages; ``first`` is False when pages were painted before it."""
        document, page_size, scale, total, closing_top = self._fit(device)
        pages = _pages_to_print(device, total)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
        context.palette = palette
        for index, page in enumerate(pages):
            if (index > 0 or not first) and not device.newPage():
                raise ReportError(
                    QCoreApplication.translate(
                        "reports", "The printer stopped before the last page."
                    )
                )
            if page < document.pageCount():
                top = page * page_size.height()
                painter.save()
                painter.scale(scale, scale)
                painter.translate(0.0, -top)
                context.clip = QRectF(QPointF(0.0, top), page_size)
                painter.setClipRect(context.clip)
                document.documentLayout().draw(painter, context)
                painter.restore()
            if self.closing is not None and closing_top is not None and page == total - 1:
                self._paint_closing(painter, device, closing_top)
            self._paint_footer(painter, device, page + 1, total)
        return len(pages)

    def _paint_closing(self, painter: QPainter, device: QPagedPaintDevice, top: float) -> None:
        assert self.closing is not None
        dpi = device.logicalDpiY()
        area = QRectF(0.0, top, device.width(), _mm_to_pixels(self.closing.height_mm, dpi))
        painter.save()
        self.closing.draw(painter, area, _mm_to_pixels(1.0, dpi))
        painter.restore()

    def _paint_footer(
        self, painter: QPainter, device: QPagedPaintDevice, number: int, total: int
    ) -> None:
        dpi = device.logicalDpiY()
        painter.save()
        painter.setFont(document_font(sans_family(), 8.0))
        pen = QPen(_FOOTER_COLOR)
        pen.setWidthF(0.5 * dpi / 72.0)  # half a point
        painter.setPen(pen)
        rule_y = device.height() - _mm_to_pixels(FOOTER_HEIGHT_MM - 3.0, dpi)
        painter.drawLine(QPointF(0.0, rule_y), QPointF(device.width(), rule_y))
        text_box = QRectF(0.0, rule_y, device.width(), device.height() - rule_y)
        align = Qt.AlignmentFlag.AlignVCenter
        left = self.footer_text or self.title
        painter.drawText(text_box, align | Qt.AlignmentFlag.AlignLeft, left)
        painter.drawText(text_box, align | Qt.AlignmentFlag.AlignRight, f"{number} / {total}")
        painter.restore()


def pdf_bytes_of(title: str, paint: Callable[[QPagedPaintDevice], int]) -> bytes:
    """An A4 PDF in memory, painted by ``paint``."""
    require_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setPageLayout(a4_page_layout())
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    paint(writer)  # painter.end() finishes the PDF into the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    return repair_text_map(data)


def document_font(family: str, points: float) -> QFont:
    font = QFont()
    font.setFamilies([family, *SANS_FAMILIES])
    font.setPointSizeF(points)
    # Qt's PDF writer finds a glyph's text through the font's character map only, so
    # glyphs that shaping substitutes (ligatures like "ffi"; the digits Noto CJK swaps
    # in Latin text via "locl") would print fine but vanish from copied or searched text.
    for tag in ("liga", "clig", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _mm_to_pixels(millimetres: float, dpi: int) -> float:
    return millimetres * dpi / _MM_PER_INCH


def _pages_to_print(device: QPagedPaintDevice, total: int) -> list[int]:
    """Zero-based page indexes: all, or the range a person chose in the print dialog."""
    first, last = 1, total
    if isinstance(device, QPrinter) and device.fromPage() > 0:
        first = max(1, device.fromPage())
        last = min(total, device.toPage() or total)
    return list(range(first - 1, last))
