"""The form of a recipient: a company, partner, government office or person data goes to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...services.consents import add_recipient, update_recipient
from ...services.consents.types import Recipient, RecipientInput, RecipientKind
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..record_form import FormPages, RecordDialog
from .fields import Picker
from .models import KIND_WORDS
from .record_forms import required


class RecipientFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.kind = Picker()
        self.address = QLineEdit()
        self.representative = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3)
        form = self.form()
        self.row(form, QCoreApplication.translate("RecordForms", "Name"), "name", self.name)
        self.row(form, QCoreApplication.translate("RecordForms", "Kind"), "kind", self.kind)
        self.row(
            form, QCoreApplication.translate("RecordForms", "Address"), "address", self.address
        )
        self.row(
            form,
            QCoreApplication.translate("RecordForms", "Representative"),
            "representative",
            self.representative,
        )
        self.row(form, QCoreApplication.translate("RecordForms", "Notes"), "notes", self.notes)
        self.add_page(
            QCoreApplication.translate("RecordForms", "Recipient"),
            self.group(QCoreApplication.translate("RecordForms", "Who receives the data"), form),
        )


class RecipientDialog(RecordDialog[RecipientInput, Recipient]):
    AREA = Area.CONSENTS

    def __init__(
        self, context: UiContext, existing: Recipient | None, parent: QWidget | None = None
    ) -> None:
        self.fields: RecipientFields = RecipientFields()
        super().__init__(context, self.fields, existing=existing is not None, parent=parent)
        self.existing = existing
        f = self.fields
        kinds = [(k, QCoreApplication.translate("ConsentModels", w)) for k, w in KIND_WORDS.items()]
        f.kind.set_options(kinds, existing.kind if existing else RecipientKind.COMPANY)
        if existing is None:
            self.setWindowTitle(self.tr("New recipient"))
        else:
            self.setWindowTitle(existing.name)
            f.name.setText(existing.name)
            f.address.setText(existing.address)
            f.representative.setText(existing.representative)
            f.notes.setPlainText(existing.notes)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
        self.start()

    def form_input(self) -> RecipientInput:
        f = self.fields
        return RecipientInput(
            name=f.name.text(),
            kind=f.kind.value() or RecipientKind.COMPANY,
            address=f.address.text(),
            representative=f.representative.text(),
            notes=f.notes.toPlainText(),
        )

    def rule_errors(self, data: RecipientInput) -> Sequence[ValidationError]:
        return required(
            [("name", data.name.strip(), QT_TRANSLATE_NOOP("RecordForms", "Enter the name."))]
        )

    def save(self, data: RecipientInput) -> Recipient:
        ledger, actor = self.context.ledger, self.context.actor
        if self.existing is None:
            return add_recipient(ledger, actor, data)
        return update_recipient(ledger, actor, self.existing.id, data)
