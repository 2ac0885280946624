"""Showing a recovery key once: the key, print or save the sheet, "I have stored it".

Used by the setup wizard's last page and by the manager's Admin ▸ New recovery
key, so both say the same thing and print the same sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import LedgerError
from ..reports.document import ReportError
from ..reports.recovery_sheet import recovery_sheet_document, write_recovery_sheet_pdf
from ..services import settings, users
from ..services.errors import UnsavedRecoveryKey
from . import operations
from .context import UiContext
from .i18n import error_text
from .widgets import monospace_font, note


@dataclass(frozen=True)
class SheetFacts:
    """What the recovery sheet prints besides the key."""

    office_name: str
    ledger_path: str
    file_id: str


class RecoveryKeyPanel(QWidget):
    """The key in two lines, Print / Save as PDF, and the "I have stored it" box."""

    # emitted when the "stored" box is ticked or cleared
    stored_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = ""
        self.facts = SheetFacts("", "", "")
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        self.key.setFont(monospace_font(15))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("QLabel { border: 1px solid #888888; padding: 10px; }")
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key safely"))
        self.stored.setObjectName("stored")
        self.stored.toggled.connect(self.stored_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(
            note(
                self.tr(
                    "Whoever holds the key and a copy of the file can read everything in it. "
                    "Do not keep it on this computer, photograph it or send it by e-mail."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.stored)

    def show_key(self, recovery_key: str, facts: SheetFacts) -> None:
        self.recovery_key = recovery_key
        self.facts = facts
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))

    def _sheet_arguments(self) -> tuple[str, str, str, str, date]:
        facts = self.facts
        return facts.office_name, facts.ledger_path, facts.file_id, self.recovery_key, date.today()

    def _print(self) -> None:
        try:
            operations.print_document(self, recovery_sheet_document(*self._sheet_arguments()))
        except ReportError as exc:
            operations.show_error(self, error_text(exc))

    def _save_pdf(self) -> None:
        name = operations.choose_save_file(
            self,
            self.tr("Save the recovery sheet as PDF"),
            str(Path.home() / "recovery-sheet.pdf"),
            "PDF (*.pdf)",
        )
        if not name:
            return
        try:
            write_recovery_sheet_pdf(name, *self._sheet_arguments())
        except ReportError as exc:
            operations.show_error(self, error_text(exc))
            return
        operations.inform(
            self,
            self.tr("The recovery sheet was saved as %1.").replace("%1", name),
            self.tr(
                "Print it, put the paper in the safe, then delete the PDF: whoever has the "
                "file can open the ledger."
            ),
        )


class NewRecoveryKeyDialog(QDialog):
    """Shows a newly issued recovery key until the manager says it is stored."""

    def __init__(self, recovery_key: str, facts: SheetFacts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.panel = RecoveryKeyPanel()
        self.panel.show_key(recovery_key, facts)
        intro = note(
            self.tr(
                "The new recovery key is in force now; the old recovery sheet no longer opens "
                "the ledger. Print the new sheet, put it in the safe and shred the old one."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.panel.stored_changed.connect(self.close_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.panel.stored.isChecked():  # the key is shown only once: no closing before
            super().reject()

    @classmethod
    def show_key(cls, parent: QWidget, recovery_key: str, facts: SheetFacts) -> None:
        """Show the key modally; tests replace this."""
        cls(recovery_key, facts, parent).exec()


def issue_new_recovery_key(parent: QWidget, context: UiContext) -> bool:
    """Admin ▸ New recovery key: confirm, issue (saved at once), then show it once."""
    if not operations.confirm(
        parent,
        QCoreApplication.translate("NewRecoveryKeyDialog", "Issue a new recovery key?"),
        QCoreApplication.translate(
            "NewRecoveryKeyDialog",
            "The current recovery sheet stops working at once. Do this when the sheet was "
            "lost or seen by someone who should not have it.",
        ),
        yes=QCoreApplication.translate("NewRecoveryKeyDialog", "Issue new key"),
    ):
        return False
    ledger, actor = context.ledger, context.actor
    unsaved: UnsavedRecoveryKey | None = None
    try:
        key = users.new_recovery_key(ledger, actor)
    except UnsavedRecoveryKey as exc:
        key, unsaved = exc.recovery_key, exc  # in force in memory: it must be seen now
    except LedgerError as exc:
        operations.show_error(parent, error_text(exc))
        return False
    office = settings.get_settings(ledger, actor).office_name
    NewRecoveryKeyDialog.show_key(parent, key, SheetFacts(office, str(ledger.path), ledger.file_id))
    if unsaved is not None:
        context.hub.save_failed.emit(error_text(unsaved))
    return True
