"""Draw the program's icon: a closed ledger with a shield, as PNGs and one Windows .ico.

Run after changing the drawing; the results are kept in the repository::

    python tools/make_icon.py

Every size is drawn from the same vector shapes at that size (not scaled down
from a large bitmap), so the small sizes stay sharp. The .ico holds each size
as a PNG image, which Windows reads since Vista.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ICON_DIR = REPO / "resources" / "icons"
#: the sizes Windows asks for: small icons (16-32 at 100-200 % scaling), Explorer, tiles
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

NAVY = "#1d3f6e"
PAGES = "#f4f1e8"
SPINE = "#12294a"
GOLD = "#e0a526"
WHITE = "#ffffff"


def draw(size: int) -> bytes:
    """The icon at ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256-unit grid
    small = size <= 24

    # the book: a navy cover with cream page edges on the right and a darker spine
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PAGES))
    painter.drawRoundedRect(QRectF(52, 22, 168, 216), 14, 14)
    painter.setBrush(QColor(NAVY))
    painter.drawRoundedRect(QRectF(36, 14, 168, 216), 16, 16)
    painter.setBrush(QColor(SPINE))
    painter.drawRoundedRect(QRectF(36, 14, 34, 216), 16, 16)
    painter.drawRect(QRectF(54, 14, 16, 216))
    if not small:
        # ruled lines of the ledger's label on the cover
        painter.setPen(QPen(QColor(WHITE), 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y in (52, 78):
            painter.drawLine(QPointF(92, y), QPointF(176, y))

    # the shield with a tick: the data is protected
    shield = QPainterPath()
    shield.moveTo(136, 100)
    shield.cubicTo(162, 114, 190, 118, 216, 112)
    shield.lineTo(216, 168)
    shield.cubicTo(216, 208, 184, 234, 136, 250)
    shield.cubicTo(88, 234, 56, 208, 56, 168)
    shield.lineTo(56, 112)
    shield.cubicTo(82, 118, 110, 114, 136, 100)
    shield.closeSubpath()
    painter.setPen(QPen(QColor(WHITE), 10 if not small else 16))
    painter.setBrush(QBrush(QColor(GOLD)))
    painter.drawPath(shield)
    tick = QPainterPath()
    tick.moveTo(100, 172)
    tick.lineTo(126, 198)
    tick.lineTo(174, 146)
    painter.setPen(
        QPen(
            QColor(NAVY),
            22 if small else 18,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico file holding each PNG (ICONDIR, one ICONDIRENTRY per size, the data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, png in images.items():
        (ICON_DIR / f"privacy-ledger-{size}.png").write_bytes(png)
    (ICON_DIR / "privacy-ledger.ico").write_bytes(ico(images))
    print(f"wrote {len(images)} PNGs and privacy-ledger.ico to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
