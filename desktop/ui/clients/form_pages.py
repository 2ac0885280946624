"""The client form's widgets, page by page: identity and contact, collection, use, retention."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.clients import ObtainedHow
from .widgets import DateField, ErrorLabel, with_error

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


class FormPages(QObject):
    """Builds the pages and keeps every field widget and its error label by ClientInput name."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, ErrorLabel] = {}
        self.page_of: dict[str, int] = {}
        self._page = 0
        self._labels: list[QLabel] = []  # of the page being built

        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.family_kana = QLineEdit()
        self.given_kana = QLineEdit()
        self.date_of_birth = DateField(self.tr("YYYY-MM-DD, empty if unknown"))
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText("123-4567")
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

        self.purposes = QListWidget()
        self.purposes.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.purposes.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.purposes.setUniformItemSizes(True)
        self.purposes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sensitive = QCheckBox(
            self.tr("Includes sensitive personal information (要配慮個人情報)")
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
        self.add_matter = QPushButton(self.tr("Add"))
        self.remove_matter = QPushButton(self.tr("Remove"))
        self.matter_closed_on = DateField(self.tr("YYYY-MM-DD, empty while open"))
        self.retention_end = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().height() * 10)

        self.identity_page = self._identity_page()
        self.collection_page = self._collection_page()
        self.use_page = self._use_page()
        self.retention_page = self._retention_page()

    def fit_purposes(self) -> None:
        """Show every purpose without scrolling (there are a handful, one line each)."""
        rows = max(self.purposes.count(), 3)
        row_height = self.purposes.sizeHintForRow(0) if self.purposes.count() else 0
        row_height = max(row_height, self.purposes.fontMetrics().height())
        frame = 2 * self.purposes.frameWidth()
        self.purposes.setFixedHeight(rows * row_height + frame + 2)

    # --- pages ---------------------------------------------------------------------------

    def _identity_page(self) -> QWidget:
        identity = self._form()
        self._row(identity, self.tr("Family name"), "family_name", self.family_name)
        self._row(identity, self.tr("Given name"), "given_name", self.given_name)
        self._row(identity, self.tr("Family name (kana)"), "family_kana", self.family_kana)
        self._row(identity, self.tr("Given name (kana)"), "given_kana", self.given_kana)
        self._row(identity, self.tr("Date of birth"), "date_of_birth", self.date_of_birth)
        contact = self._form()
        self._row(contact, self.tr("Postal code"), "postal_code", self.postal_code)
        self._row(contact, self.tr("Address"), "address", self.address)
        self._row(contact, self.tr("Phone"), "phone", self.phone)
        self._row(contact, self.tr("E-mail"), "email", self.email)
        return self._next_page(
            self._group(self.tr("Identity"), identity), self._group(self.tr("Contact"), contact)
        )

    def _collection_page(self) -> QWidget:
        how = self._form()
        self._row(how, self.tr("How obtained"), "obtained_how", self.obtained_how)
        self._row(how, self.tr("Obtained on"), "obtained_on", self.obtained_on)
        provider = self._form()
        self._row(provider, self.tr("Provider's name"), "provider_name", self.provider_name)
        self._row(
            provider, self.tr("Provider's address"), "provider_address", self.provider_address
        )
        self._row(
            provider,
            self.tr("Representative"),
            "provider_representative",
            self.provider_representative,
        )
        self._row(
            provider,
            self.tr("How the provider obtained it"),
            "provider_obtained_how",
            self.provider_obtained_how,
        )
        self.provider_group = self._group(
            self.tr("Provider (confirmation on receipt, APPI Art. 30)"), provider
        )
        return self._next_page(self._group(self.tr("Collection"), how), self.provider_group)

    def _use_page(self) -> QWidget:
        use = self._form()
        self._row(use, self.tr("Purposes of use"), "purpose_ids", self.purposes)
        sensitive = QVBoxLayout()
        sensitive.setContentsMargins(0, 0, 0, 0)
        sensitive.addWidget(self.sensitive)
        sensitive.addWidget(self.sensitive_note)
        self._row(use, self.tr("Sensitive data"), "sensitive_note", sensitive)
        matters = QVBoxLayout()
        matters.setContentsMargins(0, 0, 0, 0)
        matters.addWidget(self.matters)
        adding = QHBoxLayout()
        adding.addWidget(self.matter_text, 1)
        adding.addWidget(self.add_matter)
        adding.addWidget(self.remove_matter)
        matters.addLayout(adding)
        self._row(use, self.tr("Matters requested"), "matters", matters)
        return self._next_page(self._group(self.tr("Use"), use))

    def _retention_page(self) -> QWidget:
        retention = self._form()
        self._row(retention, self.tr("Matter closed on"), "matter_closed_on", self.matter_closed_on)
        self._row(retention, self.tr("Keep until"), "retention_end", self.retention_end)
        notes = self._form()
        self._row(notes, "", "notes", self.notes)
        return self._next_page(
            self._group(self.tr("Retention"), retention), self._group(self.tr("Notes"), notes)
        )

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def _row(
        self, form: QFormLayout, label: str, field: str, widget: QWidget | QVBoxLayout
    ) -> None:
        error = ErrorLabel()
        error.setObjectName(f"error_{field}")
        self.errors[field] = error
        self.page_of[field] = self._page
        title = QLabel(label)
        self._labels.append(title)
        cell = with_error(widget, error)
        if isinstance(widget, QWidget):
            title.setBuddy(widget)
        form.addRow(title, cell)

    @staticmethod
    def _group(title: str, form: QFormLayout) -> QGroupBox:
        group = QGroupBox(title)
        group.setLayout(form)
        return group

    def _next_page(self, *groups: QGroupBox) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for group in groups:
            layout.addWidget(group)
        layout.addStretch(1)
        # One label width for every group on the page, so the fields line up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        self._labels = []
        self._page += 1
        return page
