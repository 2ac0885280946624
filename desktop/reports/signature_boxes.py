"""Signature and seal boxes drawn at a fixed size in millimetres (a DrawnPart of the renderer).

HTML table cells take the height of their text, so boxes meant for a
handwritten name, a date and a hanko seal would shrink or grow with the fonts
of the computer; these are painted with QPainter in millimetres instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from .document import document_font, sans_family


@dataclass(frozen=True)
class SignedBox:
    title: str
    name: str
    day: str


@dataclass(frozen=True)
class SignatureBoxes:
    """Two boxes side by side (inspector, manager): name and date lines and a seal square."""

    inspector: SignedBox
    manager: SignedBox
    labels: tuple[str, str, str]  # "Name", "Date", "Seal" in the sheet's language
    height_mm: float = 32.0
    seal_mm: float = 22.0
    gap_mm: float = 6.0

    def draw(self, painter: QPainter, area: QRectF, pixels_per_mm: float) -> None:
        mm = pixels_per_mm
        width = (area.width() - self.gap_mm * mm) / 2
        for index, box in enumerate((self.inspector, self.manager)):
            left = area.left() + index * (width + self.gap_mm * mm)
            self._draw_box(painter, QRectF(left, area.top(), width, area.height()), box, mm)

    def _draw_box(self, painter: QPainter, rect: QRectF, box: SignedBox, mm: float) -> None:
        pen = QPen(QColor("#222222"))
        pen.setWidthF(0.3 * mm)
        painter.setPen(pen)
        painter.drawRect(rect)
        family = sans_family()
        painter.setFont(document_font(family, 9.0))
        pad = 2.5 * mm
        painter.drawText(
            QRectF(rect.left() + pad, rect.top() + pad, rect.width(), 5 * mm),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            box.title,
        )
        seal = QRectF(
            rect.right() - pad - self.seal_mm * mm,
            rect.bottom() - pad - self.seal_mm * mm,
            self.seal_mm * mm,
            self.seal_mm * mm,
        )
        thin = QPen(QColor("#666666"))
        thin.setWidthF(0.2 * mm)
        painter.setPen(thin)
        painter.drawRect(seal)
        painter.setFont(document_font(family, 7.0))
        painter.drawText(
            seal.adjusted(1 * mm, 0.5 * mm, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.labels[2],
        )
        line_right = seal.left() - pad
        small = document_font(family, 7.5)
        # The values start after the longer label, so neither language's label is overdrawn.
        metrics = QFontMetricsF(small, painter.device())
        indent = max(
            metrics.horizontalAdvance(self.labels[0]), metrics.horizontalAdvance(self.labels[1])
        )
        indent += 3 * mm
        for row, (label, value) in enumerate(
            ((self.labels[0], box.name), (self.labels[1], box.day))
        ):
            baseline = rect.top() + (15 + row * 10) * mm
            painter.setPen(thin)
            painter.drawLine(QPointF(rect.left() + pad, baseline), QPointF(line_right, baseline))
            painter.setPen(QPen(QColor("#000000")))
            painter.setFont(small)
            text_box = QRectF(
                rect.left() + pad, baseline - 6 * mm, line_right - rect.left() - pad, 6 * mm
            )
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label
            )
            painter.setFont(document_font(family, 10.0))
            painter.drawText(
                text_box.adjusted(indent, 0, 0, -0.8 * mm),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                value,
            )
