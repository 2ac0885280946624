"""The window shown at start: the login form under the ledger's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QVBoxLayout, QWidget

from ..services.ledger import Ledger
from ..services.places import Places
from .login import DemoCredentials, LoginForm
from .widgets import heading


class LoginDialog(QDialog):
    """The window shown at start: who is logging in to which ledger."""

    def __init__(
        self,
        path: Path,
        places: Places,
        *,
        username: str = "",
        demo: DemoCredentials | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy Ledger — Log in"))
        self.ledger: Ledger | None = None
        self.form = LoginForm(
            path, places, username=username, demo=demo, cancel_text=self.tr("&Quit"), parent=self
        )
        self.form.logged_in.connect(self._logged_in)
        self.form.cancelled.connect(self.reject)
        file_label = QLabel(self.tr("Ledger: %1").replace("%1", str(path)))
        file_label.setObjectName("ledger_path")
        file_label.setWordWrap(True)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Privacy Ledger")))
        layout.addWidget(file_label)
        layout.addWidget(line)
        layout.addWidget(self.form)
        self.setMinimumWidth(440)
        self.form.setFocus()

    @classmethod
    def run(cls, path: Path, places: Places, parent: QWidget | None = None) -> Ledger | None:
        """Ask for a login (modal); the open ledger, or None when the person quits."""
        dialog = cls(path, places, parent=parent)
        dialog.exec()
        return dialog.ledger

    def _logged_in(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.accept()

    def reject(self) -> None:
        if self.form.busy:
            return  # a ledger is being opened; it must not be left open without a window
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.form.busy:
            self.form.cancel_unlock()  # Escape while unlocking: stop waiting, as Cancel does
            return
        super().keyPressEvent(event)
