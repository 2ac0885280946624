"""The lock page: covers the window while the ledger is locked; any user may log in again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..services.places import Places
from .login import LoginForm
from .widgets import heading, note


class LockPage(QWidget):
    """Covers the window while the ledger is locked: nothing personal, a login form."""

    unlocked = Signal(object)
    quit_requested = Signal()

    def __init__(
        self,
        path: Path,
        places: Places,
        *,
        username: str,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lock_page")
        self.form = LoginForm(
            path,
            places,
            username=username,
            read_only=read_only,
            cancel_text=self.tr("&Quit"),
            parent=self,
        )
        self.form.logged_in.connect(self.unlocked)
        self.form.cancelled.connect(self.quit_requested)
        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(heading(self.tr("Privacy Ledger is locked")))
        inner.addWidget(
            note(
                self.tr(
                    "The ledger was saved and closed, and personal data is hidden. "
                    "Any user of this ledger may log in to continue."
                )
            )
        )
        inner.addSpacing(8)
        inner.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusProxy(self.form)
