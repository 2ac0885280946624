"""Admin ▸ Office settings: the office's name and the idle time before the window locks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import settings
from ..services.settings import MAX_IDLE_LOCK_MINUTES, OfficeSettings
from . import operations
from .context import Area, UiContext
from .fields import ErrorLabel
from .widgets import note


class OfficeSettingsDialog(QDialog):
    """A small form with load (from the ledger) and save (through the settings service)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: OfficeSettings | None = None
        self.setWindowTitle(self.tr("Office settings"))
        self.office = QLineEdit()
        self.office.setObjectName("office_name")
        self.office_error = ErrorLabel()
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_lock_minutes")
        self.idle.setRange(1, MAX_IDLE_LOCK_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle_error = ErrorLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Office &name:"), self.office)
        form.addRow("", self.office_error)
        form.addRow(self.tr("&Lock after idle:"), self.idle)
        form.addRow("", self.idle_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr(
                    "The window locks itself when nobody has used it for this long: the "
                    "ledger is saved and closed, and personal data is hidden until someone "
                    "logs in again."
                )
            )
        )
        layout.addWidget(buttons)
        self.office.textChanged.connect(self._update)
        self.load()
        self.setMinimumWidth(440)

    @classmethod
    def run(cls, parent: QWidget | None, context: UiContext) -> OfficeSettings | None:
        """The settings as saved, or None when nothing was saved."""
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.saved

    def load(self) -> None:
        current = settings.get_settings(self.context.ledger, self.context.actor)
        self.office.setText(current.office_name)
        self.idle.setValue(current.idle_lock_minutes)

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.office.text().strip()))
        self.office_error.show_error("")

    def _save(self) -> None:
        new = OfficeSettings(self.office.text(), self.idle.value())
        context = self.context
        labels = {"office_name": self.office_error, "idle_lock_minutes": self.idle_error}
        outcome = operations.perform(
            self,
            context,
            lambda: settings.update_settings(context.ledger, context.actor, new),
            changed=Area.SETTINGS,
            fields=labels,
        )
        if outcome.changed:
            self.saved = outcome.value or new
            self.accept()
        elif outcome.field in labels:
            labels[outcome.field].show_error(outcome.reason)
