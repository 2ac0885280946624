"""What a person sees instead of a traceback: a calm message, the details folded away, Copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .widgets import monospace_font, note


class CrashDialog(QDialog):
    """Shown by app.py's excepthook for bugs (never for a person's errors)."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy Ledger — internal error"))
        self.quit_requested = False
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        standard = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(standard.pixmap(size, size))
        message = note(
            self.tr(
                "Privacy Ledger met an internal error; "
                "your data is saved up to the last change.\n\n"
                "What you were doing may not have finished: check it. If this happens again, "
                "copy the details and send them to whoever looks after this program."
            )
        )
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(message, 1)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.setFont(monospace_font())
        self.details.hide()
        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox()
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        quit_button.clicked.connect(self._quit)
        go_on = buttons.addButton(self.tr("C&ontinue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @classmethod
    def run(cls, details: str, parent: QWidget | None = None) -> bool:
        """Show the error; True when the person chose to quit."""
        dialog = cls(details, parent)
        dialog.exec()
        return dialog.quit_requested

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details.toPlainText())

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.adjustSize()

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()
