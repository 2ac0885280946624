"""One print renderer for every document: the same ``paint()`` feeds preview, printer and PDF.

A document is HTML (every value escaped with ``html.escape``) plus a title. The
renderer lays it out in a QTextDocument on the page of the device it paints on
(A4 portrait for PDF files) and draws a footer with the title and "n / N" on
every page. Rendering needs a QGuiApplication for fonts and layout: the GUI
has its QApplication already; the command line calls
``ensure_gui_application()`` first. Nothing here uses widgets.
"""

from __future__ import annotations

import contextlib
import errno
import html
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

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

from ..errors import LedgerError
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


class ReportError(LedgerError):
    """A document could not be printed or saved, for a reason a person can act on."""


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


def _require_gui_application() -> None:
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


class _Layout(NamedTuple):
    document: QTextDocument
    page: QSizeF  # one page of the document, in document coordinates
    scale: float  # document coordinates to device pixels


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
        _require_gui_application()
        painter = QPainter()
        if not painter.begin(printer):
            raise ReportError(
                QCoreApplication.translate(
                    "reports", "The printer could not be started. Check that it is ready."
                )
            )
        try:
            return self._paint_pages(painter, printer)
        finally:
            painter.end()

    def print_to(self, printer: QPrinter) -> None:
        """Print on a printer set up by QPrintDialog (after ``prepare_printer``)."""
        self.paint(printer)

    def pdf_bytes(self) -> bytes:
        """The document as an A4 PDF, in memory."""
        _require_gui_application()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setPageLayout(a4_page_layout())
        writer.setTitle(self.title)
        writer.setCreator(CREATOR)
        self.paint(writer)  # painter.end() finishes the PDF into the buffer
        data = bytes(buffer.data().data())
        buffer.close()
        return repair_text_map(data)

    def write_pdf(self, path: Path | str) -> None:
        """Write the document as a PDF file; the previous file at ``path`` survives any failure."""
        write_file_atomic(Path(path), self.pdf_bytes())

    def page_count(self, printer: QPagedPaintDevice) -> int:
        """How many pages the document takes on ``printer``."""
        _require_gui_application()
        return self._fit(printer).document.pageCount()

    def _fit(self, device: QPagedPaintDevice) -> _Layout:
        scale = 1.0
        while True:
            layout = self._layout(device, scale)
            pages = layout.document.pageCount()
            if self.max_pages is None or pages <= self.max_pages or scale <= MIN_SCALE:
                return layout
            scale = round(scale - 0.05, 2)

    def _layout(self, device: QPagedPaintDevice, scale: float) -> _Layout:
        sans, mono = sans_family(), mono_family()
        document = QTextDocument()
        # Point sizes and CSS pixels are converted with the device's resolution.
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(_document_font(sans, 10.0))
        option = QTextOption()
        # File paths have no spaces; let them break anywhere rather than run off the page.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(0.0)
        document.setHtml(self.html(sans, mono))
        footer = _mm_to_pixels(FOOTER_HEIGHT_MM, device.logicalDpiY())
        page = QSizeF(device.width() / scale, (device.height() - footer) / scale)
        document.setPageSize(page)
        return _Layout(document, page, scale)

    def _paint_pages(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        document, page_size, scale = self._fit(device)
        total = document.pageCount()
        pages = _pages_to_print(device, total)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
        context.palette = palette
        for index, page in enumerate(pages):
            if index > 0 and not device.newPage():
                raise ReportError(
                    QCoreApplication.translate(
                        "reports", "The printer stopped before the last page."
                    )
                )
            top = page * page_size.height()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0.0, -top)
            context.clip = QRectF(QPointF(0.0, top), page_size)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            self._paint_footer(painter, device, page + 1, total)
        return len(pages)

    def _paint_footer(
        self, painter: QPainter, device: QPagedPaintDevice, number: int, total: int
    ) -> None:
        dpi = device.logicalDpiY()
        painter.save()
        painter.setFont(_document_font(sans_family(), 8.0))
        pen = QPen(_FOOTER_COLOR)
        pen.setWidthF(0.5 * dpi / 72.0)  # half a point
        painter.setPen(pen)
        rule_y = device.height() - _mm_to_pixels(FOOTER_HEIGHT_MM - 3.0, dpi)
        painter.drawLine(QPointF(0.0, rule_y), QPointF(device.width(), rule_y))
        text_box = QRectF(0.0, rule_y, device.width(), device.height() - rule_y)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_box, align | Qt.AlignmentFlag.AlignLeft, self.title)
        painter.drawText(text_box, align | Qt.AlignmentFlag.AlignRight, f"{number} / {total}")
        painter.restore()


def _document_font(family: str, points: float) -> QFont:
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


def write_file_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, then replace ``path`` with it.

    Raises ReportError with a message a person can act on; no temp file is left behind.
    """
    if path.is_dir():
        raise ReportError(
            QCoreApplication.translate("reports", "{path} is a folder; choose a file name.").format(
                path=path
            )
        )
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        # Documents hold personal data (or the recovery key): readable by this user only.
        fd = os.open(temp, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    except OSError as exc:
        raise ReportError(_describe_os_error(exc, path)) from exc


def _describe_os_error(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("reports", "The disk holding {folder} is full.").format(
            folder=folder
        )
    if exc.errno == errno.EROFS:
        return QCoreApplication.translate(
            "reports", "The folder {folder} is on a read-only disk."
        ).format(folder=folder)
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("reports", "The folder {folder} does not exist.").format(
            folder=folder
        )
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "reports",
            "Privacy Ledger may not write to {folder}, or {name} is open in another "
            "program (close the PDF viewer and try again).",
        ).format(folder=folder, name=path.name)
    return QCoreApplication.translate(
        "reports", "The document could not be saved to {path}: {reason}."
    ).format(path=path, reason=exc.strerror or exc)
