"""The office's purposes of use (policy clause 1): a manager adds, renames and retires them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import purposes
from ..services.clients import Purpose
from .context import Area, UiContext
from .operations import run_op
from .widgets import char_width


class PurposesDialog(QDialog):
    """Each change is saved at once through the service; Close just closes."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Purposes of use"))
        explanation = QLabel(
            self.tr(
                "A purpose keeps its number for good. A retired purpose stays on the records "
                "that have it but can no longer be chosen for other clients."
            )
        )
        explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("The purpose as the privacy policy words it"))
        self.add_button = QPushButton(self.tr("Add as new purpose"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.retire_button = QPushButton(self.tr("Retire"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.list.currentItemChanged.connect(self._selected)
        self.title.textChanged.connect(self._follow)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self._reload()
        self.resize(char_width(self) * 90, self.sizeHint().height())

    @classmethod
    def manage(cls, parent: QWidget, context: UiContext) -> None:
        """Run the dialog until closed (tests replace this)."""
        cls(context, parent).exec()

    def current(self) -> Purpose | None:
        item = self.list.currentItem()
        if item is None:
            return None
        purpose: Purpose = item.data(Qt.ItemDataRole.UserRole)
        return purpose

    # --- actions -------------------------------------------------------------------------

    def add(self) -> None:
        title = self.title.text()
        added = self._run(
            lambda: purposes.add_purpose(self.context.ledger, self.context.actor, title)
        )
        if added is not None:
            self._reload(added.id)

    def rename(self) -> None:
        purpose, title = self.current(), self.title.text()
        if purpose is None:
            return
        renamed = self._run(
            lambda: purposes.rename_purpose(
                self.context.ledger, self.context.actor, purpose.id, title
            )
        )
        if renamed is not None:
            self._reload(renamed.id)

    def toggle_retired(self) -> None:
        purpose = self.current()
        if purpose is None:
            return
        changed = self._run(
            lambda: purposes.set_purpose_retired(
                self.context.ledger, self.context.actor, purpose.id, not purpose.retired
            )
        )
        if changed is not None:
            self._reload(changed.id)

    # --- helpers -------------------------------------------------------------------------

    def _run(self, operation: Callable[[], Purpose]) -> Purpose | None:
        return run_op(self, self.context, operation, changed=Area.PURPOSES)

    def _reload(self, select_id: int | None = None) -> None:
        if select_id is None and (current := self.current()) is not None:
            select_id = current.id
        self.list.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for purpose in purposes.list_purposes(self.context.ledger):
            text = f"{purpose.number}. {purpose.title}"
            if purpose.retired:
                text += "  " + self.tr("(retired)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, purpose)
            if purpose.retired:
                item.setForeground(grey)
            if purpose.id == select_id:
                self.list.setCurrentItem(item)
        self._selected()

    def _selected(self) -> None:
        purpose = self.current()
        self.title.setText(purpose.title if purpose else "")
        self.retire_button.setText(
            self.tr("Put back in use") if purpose and purpose.retired else self.tr("Retire")
        )
        self._follow()

    def _follow(self) -> None:
        purpose = self.current()
        typed = " ".join(self.title.text().split())
        self.add_button.setEnabled(bool(typed) and (purpose is None or typed != purpose.title))
        self.rename_button.setEnabled(
            purpose is not None and bool(typed) and typed != purpose.title
        )
        self.retire_button.setEnabled(purpose is not None)
