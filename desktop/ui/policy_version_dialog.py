"""Help ▸ Record a new privacy policy version… (managers): label, effective date, language, text.

The policy service keeps every version for good and refuses a label already used
or a date before the version in force; each refusal shows beside its field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import policies
from ..services.policies import MAX_LENGTHS, PolicyVersionRow
from . import operations
from .context import Area, UiContext
from .fields import DateError, DateField, ErrorLabel, with_error
from .widgets import char_width, note


class PolicyVersionDialog(QDialog):
    """Records one version of the policy in one language; Save stays open on a refusal."""

    def __init__(self, context: UiContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: PolicyVersionRow | None = None
        self.setWindowTitle(self.tr("Record a new privacy policy version"))
        self.version = QLineEdit()
        self.version.setMaxLength(MAX_LENGTHS["version"])
        self.version.setPlaceholderText(self.tr("for example 2026-04"))
        self.effective_on = DateField()
        self.effective_on.set_date(date.today())
        self.language = QComboBox()
        self.language.addItem(self.tr("Japanese"), "ja")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.errors = {name: ErrorLabel() for name in ("version", "effective_on", "text")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Version label:"), with_error(self.version, self.errors["version"]))
        form.addRow(
            self.tr("&Effective from:"),
            with_error(self.effective_on, self.errors["effective_on"]),
        )
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text:"), with_error(self.text, self.errors["text"]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr(
                    "Each version is kept for good: consents name the version in force on the "
                    "day they were given. A new version cannot take effect before the current one."
                )
            )
        )
        layout.addWidget(buttons)
        self.version.textChanged.connect(lambda: self.errors["version"].show_error(""))
        self.effective_on.edited.connect(lambda: self.errors["effective_on"].show_error(""))
        self.text.textChanged.connect(lambda: self.errors["text"].show_error(""))
        self.resize(char_width(self) * 80, self.sizeHint().height() + 160)

    @classmethod
    def run(
        cls, parent: QWidget | None, context: UiContext, language: str
    ) -> PolicyVersionRow | None:
        """The version as recorded, or None when nothing was recorded."""
        dialog = cls(context, language, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.saved

    def save(self) -> None:
        try:
            effective_on = self.effective_on.date()
        except DateError as exc:
            self.errors["effective_on"].show_error(str(exc))
            return
        if effective_on is None:
            wanted = self.tr("Enter the day the version takes effect.")
            self.errors["effective_on"].show_error(wanted)
            return
        context, language = self.context, str(self.language.currentData())
        outcome = operations.perform(
            self,
            context,
            lambda: policies.record_version(
                context.ledger,
                context.actor,
                self.version.text(),
                language,
                self.text.toPlainText(),
                effective_on,
            ),
            changed=Area.POLICY,
            fields=tuple(self.errors),
        )
        if outcome.changed:
            self.saved = outcome.value
            self.accept()
        elif outcome.field in self.errors:
            self.errors[outcome.field].show_error(outcome.reason)
