"""The client form's fields, page by page: identity and contact, collection, use, retention."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...services.clients import ObtainedHow
from ..fields import DateField, PurposesPicker
from ..record_form import FormPages

_OBTAINED_HOW = {
    ObtainedHow.DIRECT: QT_TRANSLATE_NOOP("FormPages", "Directly from the client"),
    ObtainedHow.FORM: QT_TRANSLATE_NOOP("FormPages", "A form the client filled in"),
    ObtainedHow.WEB: QT_TRANSLATE_NOOP("FormPages", "The web site's inquiry form"),
    ObtainedHow.REFERRAL: QT_TRANSLATE_NOOP("FormPages", "A referral (data from the client)"),
    ObtainedHow.THIRD_PARTY: QT_TRANSLATE_NOOP("FormPages", "From a third party"),
}


def obtained_how_words() -> dict[ObtainedHow, str]:
    return {
        how: QCoreApplication.translate("FormPages", str(text))
        for how, text in _OBTAINED_HOW.items()
    }


class ClientFields(FormPages):
    """Every field widget of the client form, by its ClientInput name."""

    def __init__(self) -> None:
        super().__init__()

        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.family_kana = QLineEdit()
        self.given_kana = QLineEdit()
        self.date_of_birth = DateField(self.tr("YYYY-MM-DD, empty if unknown"))
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText("〒123-4567")
        self.postal_code.setMaxLength(16)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()

        self.obtained_how = QComboBox()
        for how, word in obtained_how_words().items():
            self.obtained_how.addItem(word, how)
        self.obtained_on = DateField()
        self.provider_name = QLineEdit()
        self.provider_address = QLineEdit()
        self.provider_representative = QLineEdit()
        self.provider_obtained_how = QLineEdit()
        self.provider_obtained_how.setPlaceholderText(
            self.tr("for example: a referral form the client signed")
        )

        self.purposes = PurposesPicker()
        self.sensitive = QCheckBox(
            self.tr("&Includes sensitive personal information (要配慮個人情報)")
        )
        self.sensitive_note = QLineEdit()
        self.sensitive_note.setPlaceholderText(
            self.tr("What kind, for example: medical history, criminal record")
        )
        self.matters = QListWidget()
        self.matters.setMaximumHeight(self.matters.fontMetrics().height() * 6)
        self.matter_text = QLineEdit()
        self.matter_text.setPlaceholderText(
            self.tr("A matter or service, for example: visa renewal")
        )
        self.add_matter = QPushButton(self.tr("&Add"))
        self.remove_matter = QPushButton(self.tr("Re&move"))
        self.matter_closed_on = DateField(self.tr("YYYY-MM-DD, empty while open"))
        self.retention_end = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().height() * 10)

        self._identity_page()
        self._collection_page()
        self._use_page()
        self._retention_page()
        self.watch("sensitive", self.sensitive)
        self.watch("sensitive_note", self.sensitive_note)

    # --- pages ---------------------------------------------------------------------------

    def _identity_page(self) -> None:
        identity = self.form()
        self.row(identity, self.tr("&Family name"), "family_name", self.family_name)
        self.row(identity, self.tr("&Given name"), "given_name", self.given_name)
        self.row(identity, self.tr("Family name (&kana)"), "family_kana", self.family_kana)
        self.row(identity, self.tr("Given name (k&ana)"), "given_kana", self.given_kana)
        self.row(identity, self.tr("&Date of birth"), "date_of_birth", self.date_of_birth)
        contact = self.form()
        self.row(contact, self.tr("&Postal code"), "postal_code", self.postal_code)
        self.row(contact, self.tr("Add&ress"), "address", self.address)
        self.row(contact, self.tr("P&hone"), "phone", self.phone)
        self.row(contact, self.tr("&E-mail"), "email", self.email)
        self.add_page(
            self.tr("Identity and contact"),
            self.group(self.tr("Identity"), identity),
            self.group(self.tr("Contact"), contact),
        )

    def _collection_page(self) -> None:
        how = self.form()
        self.row(how, self.tr("&How obtained"), "obtained_how", self.obtained_how)
        self.row(how, self.tr("&Obtained on"), "obtained_on", self.obtained_on)
        provider = self.form()
        self.row(provider, self.tr("Provider's &name"), "provider_name", self.provider_name)
        self.row(
            provider, self.tr("Provider's &address"), "provider_address", self.provider_address
        )
        self.row(
            provider,
            self.tr("&Representative"),
            "provider_representative",
            self.provider_representative,
        )
        self.row(
            provider,
            self.tr("How the provider obtained &it"),
            "provider_obtained_how",
            self.provider_obtained_how,
        )
        self.provider_group = self.group(
            self.tr("Provider (confirmation on receipt, APPI Art. 30)"), provider
        )
        self.add_page(
            self.tr("Collection"), self.group(self.tr("Collection"), how), self.provider_group
        )

    def _use_page(self) -> None:
        use = self.form()
        self.row(use, self.tr("&Purposes of use"), "purpose_ids", self.purposes)
        sensitive = QVBoxLayout()
        sensitive.setContentsMargins(0, 0, 0, 0)
        sensitive.addWidget(self.sensitive)
        sensitive.addWidget(self.sensitive_note)
        self.row(use, self.tr("Sensitive data"), "sensitive_note", sensitive)
        matters = QVBoxLayout()
        matters.setContentsMargins(0, 0, 0, 0)
        matters.addWidget(self.matters)
        adding = QHBoxLayout()
        adding.addWidget(self.matter_text, 1)
        adding.addWidget(self.add_matter)
        adding.addWidget(self.remove_matter)
        matters.addLayout(adding)
        self.row(use, self.tr("Matters requested"), "matters", matters)
        self.watch("matters", self.matters)
        self.add_page(self.tr("Use"), self.group(self.tr("Use"), use))

    def _retention_page(self) -> None:
        retention = self.form()
        self.row(retention, self.tr("&Matter closed on"), "matter_closed_on", self.matter_closed_on)
        self.row(retention, self.tr("&Keep until"), "retention_end", self.retention_end)
        notes = self.form()
        self.row(notes, "", "notes", self.notes)
        self.add_page(
            self.tr("Retention and notes"),
            self.group(self.tr("Retention"), retention),
            self.group(self.tr("Notes"), notes),
        )
