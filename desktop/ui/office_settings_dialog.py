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
from ..services.errors import ValidationError
from ..services.settings import MAX_IDLE_LOCK_MINUTES, OfficeSettings
from . import operations
from .context import UiContext
from .i18n import error_text
from .widgets import FieldError, note


class OfficeSettingsDialog(QDialog):
    """A small form with load (from the ledger) and save (through the settings service)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: OfficeSettings | None = None
        self.setWindowTitle(self.tr("Office settings"))
        self.office = QLineEdit()
        self.office.setObjectName("office_name")
        self.office_error = FieldError()
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_lock_minutes")
        self.idle.setRange(1, MAX_IDLE_LOCK_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle_error = FieldError()
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
        self.office_error.clear_message()

    def _show_field_error(self, error: ValidationError) -> bool:
        label = {"office_name": self.office_error, "idle_lock_minutes": self.idle_error}
        target = label.get(error.field)
        if target is None:
            return False
        target.show_message(error_text(error))
        return True

    def _save(self) -> None:
        new = OfficeSettings(self.office.text(), self.idle.value())
        context = self.context
        result = operations.run_form_op(
            self,
            context,
            lambda: settings.update_settings(context.ledger, context.actor, new),
            self._show_field_error,
            changed="settings",
        )
        if result is not None or context.ledger.unsaved:
            self.saved = result or new
            self.accept()
