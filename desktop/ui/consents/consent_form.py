"""The consent form (with its read-only history) and the two-click withdrawal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.consents import add_consent, update_consent
from ...services.consents.types import (
    ConsentDetail,
    ConsentInput,
    ConsentMethod,
    ConsentRow,
    Withdrawal,
)
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..fields import DateError, DateField, ErrorLabel
from ..record_form import FormPages, RecordDialog
from .fields import ItemsPicker, Picker, client_options, purpose_options, recipient_options

METHOD_WORDS = {
    ConsentMethod.SIGNED_FORM: str(QT_TRANSLATE_NOOP("ConsentDialog", "Signed form")),
    ConsentMethod.EMAIL: str(QT_TRANSLATE_NOOP("ConsentDialog", "E-mail")),
    ConsentMethod.ORAL: str(QT_TRANSLATE_NOOP("ConsentDialog", "Oral (note who heard what)")),
}
CHANGE_WORDS = {
    "created": str(QT_TRANSLATE_NOOP("ConsentDialog", "Recorded")),
    "edited": str(QT_TRANSLATE_NOOP("ConsentDialog", "Edited")),
    "withdrawn": str(QT_TRANSLATE_NOOP("ConsentDialog", "Withdrawn")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentDialog", text)


class ConsentFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.client = Picker(searchable=True)
        self.recipient = Picker()
        self.purpose = Picker()
        self.items = ItemsPicker()
        self.obtained_on = DateField()
        self.method = Picker()
        self.method_note = QPlainTextEdit()
        self.method_note.setMaximumHeight(self.method_note.fontMetrics().lineSpacing() * 4)
        self.purpose_note = QLineEdit()
        self.evidence_ref = QLineEdit()
        self.evidence_ref.setPlaceholderText(
            QCoreApplication.translate("ConsentDialog", "e.g. Cabinet A / 2026-003")
        )
        self.expires_on = DateField(
            QCoreApplication.translate("ConsentDialog", "empty: until withdrawn")
        )
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                QCoreApplication.translate("ConsentDialog", "Version"),
                QCoreApplication.translate("ConsentDialog", "When"),
                QCoreApplication.translate("ConsentDialog", "Who"),
                QCoreApplication.translate("ConsentDialog", "Change"),
                QCoreApplication.translate("ConsentDialog", "Fields changed"),
            ]
        )

        who = self.form()
        self.row(
            who, QCoreApplication.translate("ConsentDialog", "Client"), "client_id", self.client
        )
        self.row(
            who,
            QCoreApplication.translate("ConsentDialog", "Recipient"),
            "recipient_id",
            self.recipient,
        )
        self.row(
            who, QCoreApplication.translate("ConsentDialog", "Purpose"), "purpose_id", self.purpose
        )
        self.row(
            who,
            QCoreApplication.translate("ConsentDialog", "Purpose details"),
            "purpose_note",
            self.purpose_note,
        )
        self.row(
            who, QCoreApplication.translate("ConsentDialog", "Data items"), "item_ids", self.items
        )
        how = self.form()
        self.row(
            how,
            QCoreApplication.translate("ConsentDialog", "Given on"),
            "obtained_on",
            self.obtained_on,
        )
        self.row(how, QCoreApplication.translate("ConsentDialog", "How"), "method", self.method)
        self.row(
            how,
            QCoreApplication.translate("ConsentDialog", "Note on how"),
            "method_note",
            self.method_note,
        )
        self.row(
            how,
            QCoreApplication.translate("ConsentDialog", "Evidence kept at"),
            "evidence_ref",
            self.evidence_ref,
        )
        self.row(
            how,
            QCoreApplication.translate("ConsentDialog", "Expires on"),
            "expires_on",
            self.expires_on,
        )
        self.add_page(
            QCoreApplication.translate("ConsentDialog", "Consent"),
            self.group(
                QCoreApplication.translate("ConsentDialog", "Who agreed to what going where"), who
            ),
            self.group(QCoreApplication.translate("ConsentDialog", "How it was given"), how),
        )
        history = self.form()
        history.addRow(self.history)
        self.add_page(
            QCoreApplication.translate("ConsentDialog", "History"),
            self.group(
                QCoreApplication.translate("ConsentDialog", "Every version, oldest first"), history
            ),
        )


class ConsentDialog(RecordDialog[ConsentInput, ConsentRow]):
    """Records a consent or edits one; its history is listed read-only."""

    AREA = Area.CONSENTS

    def __init__(
        self,
        context: UiContext,
        detail: ConsentDetail | None,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.fields: ConsentFields = ConsentFields()
        super().__init__(context, self.fields, existing=detail is not None, parent=parent)
        self.detail = detail
        f = self.fields
        data = detail.data if detail else None
        f.client.set_options(client_options(context), data.client_id if data else client_id)
        f.recipient.set_options(recipient_options(context), data.recipient_id if data else None)
        f.purpose.set_options(
            purpose_options(context, data.purpose_id if data else None),
            data.purpose_id if data else None,
        )
        f.items.set_items(context, data.item_ids if data else ())
        f.method.set_options(
            [(m, _tr(w)) for m, w in METHOD_WORDS.items()], ConsentMethod.SIGNED_FORM
        )
        if data is None:
            self.setWindowTitle(self.tr("New consent"))
            f.obtained_on.set_date(date.today())
            f.pages[1][1].setEnabled(False)
        else:
            self.setWindowTitle(
                self.tr("Consent {number}").format(number=detail.number if detail else "")
            )
            f.client.setEnabled(False)
            f.method.choose(data.method)
            f.obtained_on.set_date(data.obtained_on)
            f.expires_on.set_date(data.expires_on)
            f.method_note.setPlainText(data.method_note)
            f.purpose_note.setText(data.purpose_note)
            f.evidence_ref.setText(data.evidence_ref)
        self._show_history()
        if detail is not None and detail.withdrawal is not None:
            for _title, page in f.pages[:1]:
                page.setEnabled(False)
            self.ok_button.hide()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        self.start()

    def _show_history(self) -> None:
        if self.detail is None:
            return
        for version in self.detail.history:
            QTreeWidgetItem(
                self.fields.history,
                [
                    str(version.version),
                    version.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    version.username,
                    _tr(CHANGE_WORDS.get(version.change, version.change)),
                    ", ".join(version.changed_fields),
                ],
            )
        for column in range(self.fields.history.columnCount()):
            self.fields.history.resizeColumnToContents(column)

    def form_input(self) -> ConsentInput:
        f = self.fields

        def day(field: DateField) -> date | None:
            try:
                return field.date()
            except DateError:
                return None

        return ConsentInput(
            client_id=f.client.value() or 0,
            recipient_id=f.recipient.value() or 0,
            purpose_id=f.purpose.value() or 0,
            item_ids=f.items.chosen_ids(),
            obtained_on=day(f.obtained_on) or date.min,
            method=f.method.value() or ConsentMethod.SIGNED_FORM,
            method_note=f.method_note.toPlainText(),
            purpose_note=f.purpose_note.text(),
            evidence_ref=f.evidence_ref.text(),
            expires_on=day(f.expires_on),
            policy_version_id=self.detail.data.policy_version_id if self.detail else None,
        )

    def rule_errors(self, data: ConsentInput) -> Sequence[ValidationError]:
        """What the form knows without the ledger; the service checks the rest on OK."""
        missing = [
            ("client_id", data.client_id, QT_TRANSLATE_NOOP("ConsentDialog", "Choose the client.")),
            (
                "recipient_id",
                data.recipient_id,
                QT_TRANSLATE_NOOP("ConsentDialog", "Choose the recipient."),
            ),
            (
                "purpose_id",
                data.purpose_id,
                QT_TRANSLATE_NOOP("ConsentDialog", "Choose the purpose."),
            ),
            (
                "item_ids",
                data.item_ids,
                QT_TRANSLATE_NOOP("ConsentDialog", "Tick at least one data item."),
            ),
            (
                "obtained_on",
                data.obtained_on != date.min,
                QT_TRANSLATE_NOOP("ConsentDialog", "Enter the day the consent was given."),
            ),
        ]
        return [FormError(_tr(str(message)), name) for name, value, message in missing if not value]

    def save(self, data: ConsentInput) -> ConsentRow:
        ledger, actor = self.context.ledger, self.context.actor
        if self.detail is None:
            return add_consent(ledger, actor, data)
        return update_consent(ledger, actor, self.detail.id, data)


class FormError(ValidationError):
    """A problem the form finds itself, already translated."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__("{message}", field, message=message)


class WithdrawDialog(QDialog):
    """The second click of a withdrawal: the day, how it came, a note; Withdraw does it."""

    def __init__(self, row: ConsentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw consent {number}").format(number=row.number))
        self.on = DateField()
        self.on.set_date(date.today())
        self.how = QComboBox()
        self.how.setEditable(True)
        self.how.addItems([self.tr("In writing"), self.tr("By e-mail"), self.tr("Orally")])
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Withdrawn on"), self.on)
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("Note"), self.note)
        intro = QLabel(
            self.tr(
                "{client} withdraws the consent to provide {items} to {recipient}. "
                "No provision can rely on it from that day."
            ).format(
                client=row.client_name or row.client_number,
                items="、".join(row.item_names),
                recipient=row.recipient_name,
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = buttons.addButton(
            self.tr("Withdraw"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            day = self.on.date()
        except DateError as exc:
            self.error.show_error(str(exc))
            return
        if day is None:
            self.error.show_error(self.tr("Enter the day the consent was withdrawn."))
            return
        super().accept()

    def withdrawal(self) -> Withdrawal:
        day = self.on.date()
        assert day is not None
        return Withdrawal(day, self.how.currentText(), self.note.toPlainText())
