"""The forms of a provision (the consent found by itself, or chosen), a receipt and a recipient."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...services.consents import (
    ConsentChoiceNeeded,
    add_provision,
    add_receipt,
    add_recipient,
    list_consents,
    update_recipient,
)
from ...services.consents.types import (
    DeliveryMethod,
    LegalBasis,
    ProvisionInput,
    ProvisionRow,
    ReceiptInput,
    ReceiptRow,
    Recipient,
    RecipientInput,
    RecipientKind,
    RecordMethod,
)
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..fields import DateError, DateField
from ..record_form import FormPages, RecordDialog
from .consent_form import FormError
from .fields import ItemsPicker, Picker, client_options, purpose_options, recipient_options
from .models import KIND_WORDS, LEGAL_BASIS_WORDS

C = "RecordForms"
DELIVERY_WORDS = {
    DeliveryMethod.HAND: str(QT_TRANSLATE_NOOP("RecordForms", "By hand")),
    DeliveryMethod.MAIL: str(QT_TRANSLATE_NOOP("RecordForms", "By mail")),
    DeliveryMethod.EMAIL: str(QT_TRANSLATE_NOOP("RecordForms", "By e-mail")),
    DeliveryMethod.ONLINE: str(QT_TRANSLATE_NOOP("RecordForms", "Online application")),
    DeliveryMethod.FAX: str(QT_TRANSLATE_NOOP("RecordForms", "By fax")),
    DeliveryMethod.OTHER: str(QT_TRANSLATE_NOOP("RecordForms", "Other")),
}
RECORD_WORDS = {
    RecordMethod.EACH: str(QT_TRANSLATE_NOOP("RecordForms", "One record per provision (3 years)")),
    RecordMethod.BULK: str(
        QT_TRANSLATE_NOOP("RecordForms", "One record for continuing provisions")
    ),
    RecordMethod.CONTRACT: str(
        QT_TRANSLATE_NOOP("RecordForms", "A contract with the person (1 year)")
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _day(field: DateField) -> date | None:
    try:
        return field.date()
    except DateError:
        return None


def _required(pairs: Sequence[tuple[str, object, object]]) -> list[ValidationError]:
    return [FormError(_tr(str(message)), name) for name, value, message in pairs if not value]


class ProvisionFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.client = Picker(searchable=True)
        self.recipient = Picker()
        self.purpose = Picker()
        self.items = ItemsPicker()
        self.provided_on = DateField()
        self.delivery = Picker()
        self.consent = Picker()
        self.basis = Picker()
        self.basis_note = QLineEdit()
        self.record_method = Picker()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3)
        what = self.form()
        self.row(
            what, QCoreApplication.translate("RecordForms", "Client"), "client_id", self.client
        )
        self.row(
            what,
            QCoreApplication.translate("RecordForms", "Recipient"),
            "recipient_id",
            self.recipient,
        )
        self.row(
            what, QCoreApplication.translate("RecordForms", "Purpose"), "purpose_id", self.purpose
        )
        self.row(
            what, QCoreApplication.translate("RecordForms", "Data items"), "item_ids", self.items
        )
        self.row(
            what,
            QCoreApplication.translate("RecordForms", "Provided on"),
            "provided_on",
            self.provided_on,
        )
        self.row(
            what,
            QCoreApplication.translate("RecordForms", "Delivered"),
            "delivery_method",
            self.delivery,
        )
        why = self.form()
        self.row(
            why,
            QCoreApplication.translate("RecordForms", "Consent relied on"),
            "consent_id",
            self.consent,
        )
        self.row(
            why,
            QCoreApplication.translate("RecordForms", "Or a legal basis"),
            "legal_basis",
            self.basis,
        )
        self.row(
            why,
            QCoreApplication.translate("RecordForms", "Which law or contract"),
            "basis_note",
            self.basis_note,
        )
        self.row(
            why,
            QCoreApplication.translate("RecordForms", "Record kept as"),
            "record_method",
            self.record_method,
        )
        self.row(why, QCoreApplication.translate("RecordForms", "Notes"), "notes", self.notes)
        self.add_page(
            QCoreApplication.translate("RecordForms", "Provision"),
            self.group(QCoreApplication.translate("RecordForms", "What goes where"), what),
            self.group(QCoreApplication.translate("RecordForms", "Why it may go"), why),
        )


class ProvisionDialog(RecordDialog[ProvisionInput, ProvisionRow]):
    """Records a provision; the service finds the consent, or asks which when several cover."""

    AREA = Area.CONSENTS

    def __init__(
        self, context: UiContext, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        self.fields: ProvisionFields = ProvisionFields()
        super().__init__(context, self.fields, existing=False, parent=parent)
        self.setWindowTitle(self.tr("Record a provision to a third party"))
        f = self.fields
        f.client.set_options(client_options(context), client_id)
        f.recipient.set_options(recipient_options(context))
        f.purpose.set_options(purpose_options(context))
        f.items.set_items(context, ())
        f.provided_on.set_date(date.today())
        f.delivery.set_options(
            [(m, _tr(w)) for m, w in DELIVERY_WORDS.items()], DeliveryMethod.HAND
        )
        self._automatic()
        none = QCoreApplication.translate("RecordForms", "None: a consent covers it")
        bases = [
            (b, QCoreApplication.translate("ConsentModels", LEGAL_BASIS_WORDS[b.value]))
            for b in LegalBasis
        ]
        f.basis.set_options([(None, none), *bases])
        f.basis.setCurrentIndex(0)
        f.record_method.set_options(
            [(m, _tr(w)) for m, w in RECORD_WORDS.items()], RecordMethod.EACH
        )
        for picker in (f.client, f.recipient, f.purpose):
            picker.currentIndexChanged.connect(self._automatic)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        self.start()

    def _automatic(self) -> None:
        """Back to "found automatically" when what the consent must cover changes."""
        self.fields.consent.set_options(
            [(None, QCoreApplication.translate("RecordForms", "Found automatically"))]
        )
        self.fields.consent.setCurrentIndex(0)

    def follow_choices(self) -> None:
        has_basis = self.fields.basis.value() is not None
        self.fields.basis_note.setEnabled(has_basis)
        self.fields.consent.setEnabled(not has_basis)

    def form_input(self) -> ProvisionInput:
        f = self.fields
        basis = f.basis.value()
        return ProvisionInput(
            client_id=f.client.value() or 0,
            recipient_id=f.recipient.value() or 0,
            purpose_id=f.purpose.value() or 0,
            item_ids=f.items.chosen_ids(),
            provided_on=_day(f.provided_on) or date.min,
            delivery_method=f.delivery.value() or DeliveryMethod.HAND,
            consent_id=None if basis else f.consent.value(),
            legal_basis=basis,
            basis_note=f.basis_note.text() if basis else "",
            record_method=f.record_method.value() or RecordMethod.EACH,
            notes=f.notes.toPlainText(),
        )

    def rule_errors(self, data: ProvisionInput) -> Sequence[ValidationError]:
        return _required(
            [
                (
                    "client_id",
                    data.client_id,
                    QT_TRANSLATE_NOOP("RecordForms", "Choose the client."),
                ),
                (
                    "recipient_id",
                    data.recipient_id,
                    QT_TRANSLATE_NOOP("RecordForms", "Choose the recipient."),
                ),
                (
                    "purpose_id",
                    data.purpose_id,
                    QT_TRANSLATE_NOOP("RecordForms", "Choose the purpose."),
                ),
                (
                    "item_ids",
                    data.item_ids,
                    QT_TRANSLATE_NOOP("RecordForms", "Tick at least one data item."),
                ),
                (
                    "provided_on",
                    data.provided_on != date.min,
                    QT_TRANSLATE_NOOP("RecordForms", "Enter the day of the provision."),
                ),
            ]
        )

    def save(self, data: ProvisionInput) -> ProvisionRow:
        try:
            return add_provision(self.context.ledger, self.context.actor, data)
        except ConsentChoiceNeeded as exc:
            self._offer(exc.candidates, data)
            raise

    def _offer(self, candidates: Sequence[int], data: ProvisionInput) -> None:
        """Several consents cover it: list them to choose from."""
        rows = list_consents(
            self.context.ledger,
            self.context.actor,
            client_id=data.client_id,
            recipient_id=data.recipient_id,
        )
        options = [
            (r.id, f"{r.number} ({r.obtained_on.isoformat()}: {'、'.join(r.item_names)})")
            for r in rows
            if r.id in candidates
        ]
        self.fields.consent.blockSignals(True)
        self.fields.consent.set_options(
            [(None, QCoreApplication.translate("RecordForms", "Choose…")), *options]
        )
        self.fields.consent.blockSignals(False)


class ReceiptFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.client = Picker(searchable=True)
        self.received_on = DateField()
        self.items = ItemsPicker()
        self.provider_name = QLineEdit()
        self.provider_address = QLineEdit()
        self.provider_representative = QLineEdit()
        self.provider_obtained_how = QLineEdit()
        self.record_method = Picker()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3)
        what = self.form()
        self.row(
            what, QCoreApplication.translate("RecordForms", "Client"), "client_id", self.client
        )
        self.row(
            what,
            QCoreApplication.translate("RecordForms", "Received on"),
            "received_on",
            self.received_on,
        )
        self.row(
            what, QCoreApplication.translate("RecordForms", "Data items"), "item_ids", self.items
        )
        who = self.form()
        self.row(
            who,
            QCoreApplication.translate("RecordForms", "Provider"),
            "provider_name",
            self.provider_name,
        )
        self.row(
            who,
            QCoreApplication.translate("RecordForms", "Address"),
            "provider_address",
            self.provider_address,
        )
        self.row(
            who,
            QCoreApplication.translate("RecordForms", "Representative"),
            "provider_representative",
            self.provider_representative,
        )
        self.row(
            who,
            QCoreApplication.translate("RecordForms", "How the provider got it"),
            "provider_obtained_how",
            self.provider_obtained_how,
        )
        self.row(
            who,
            QCoreApplication.translate("RecordForms", "Record kept as"),
            "record_method",
            self.record_method,
        )
        self.row(who, QCoreApplication.translate("RecordForms", "Notes"), "notes", self.notes)
        self.add_page(
            QCoreApplication.translate("RecordForms", "Receipt"),
            self.group(QCoreApplication.translate("RecordForms", "What was received"), what),
            self.group(
                QCoreApplication.translate(
                    "RecordForms", "The provider, as confirmed (APPI Art. 30)"
                ),
                who,
            ),
        )


class ReceiptDialog(RecordDialog[ReceiptInput, ReceiptRow]):
    AREA = Area.CONSENTS

    def __init__(
        self, context: UiContext, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        self.fields: ReceiptFields = ReceiptFields()
        super().__init__(context, self.fields, existing=False, parent=parent)
        self.setWindowTitle(self.tr("Record data received from a third party"))
        f = self.fields
        f.client.set_options(client_options(context), client_id)
        f.received_on.set_date(date.today())
        f.items.set_items(context, ())
        f.record_method.set_options(
            [(m, _tr(w)) for m, w in RECORD_WORDS.items()], RecordMethod.EACH
        )
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        self.start()

    def form_input(self) -> ReceiptInput:
        f = self.fields
        return ReceiptInput(
            client_id=f.client.value() or 0,
            received_on=_day(f.received_on) or date.min,
            provider_name=f.provider_name.text(),
            provider_address=f.provider_address.text(),
            provider_obtained_how=f.provider_obtained_how.text(),
            item_ids=f.items.chosen_ids(),
            provider_representative=f.provider_representative.text(),
            record_method=f.record_method.value() or RecordMethod.EACH,
            notes=f.notes.toPlainText(),
        )

    def rule_errors(self, data: ReceiptInput) -> Sequence[ValidationError]:
        return _required(
            [
                (
                    "client_id",
                    data.client_id,
                    QT_TRANSLATE_NOOP("RecordForms", "Choose the client."),
                ),
                (
                    "item_ids",
                    data.item_ids,
                    QT_TRANSLATE_NOOP("RecordForms", "Tick at least one data item."),
                ),
                (
                    "received_on",
                    data.received_on != date.min,
                    QT_TRANSLATE_NOOP("RecordForms", "Enter the day the data was received."),
                ),
            ]
        )

    def save(self, data: ReceiptInput) -> ReceiptRow:
        return add_receipt(self.context.ledger, self.context.actor, data)


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
        return _required(
            [("name", data.name.strip(), QT_TRANSLATE_NOOP("RecordForms", "Enter the name."))]
        )

    def save(self, data: RecipientInput) -> Recipient:
        ledger, actor = self.context.ledger, self.context.actor
        if self.existing is None:
            return add_recipient(ledger, actor, data)
        return update_recipient(ledger, actor, self.existing.id, data)
