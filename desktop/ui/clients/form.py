"""The client form: add or edit a client, checked by the service on every edit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...services import clients, purposes
from ...services.clients import ClientDetail, ClientInput, ClientRow, ObtainedHow
from ...services.errors import ValidationError
from ...services.jptext import postal_mark
from ...services.retention import LEDGER_RETENTION_YEARS, default_retention_end
from ..context import Area, UiContext
from ..dates import show_date
from ..fields import DateError, DateField
from ..record_form import RecordDialog
from ..widgets import char_width
from .form_pages import ClientFields
from .model import status_colour, status_word

_WIDTH = 110  # characters: room for the long titles of the purposes
_PROVIDER_FIELDS = (
    "provider_name",
    "provider_address",
    "provider_representative",
    "provider_obtained_how",
)


class ClientDialog(RecordDialog[ClientInput, ClientRow]):
    """Edits one client; OK saves through the service and stays open if the service objects."""

    AREA = Area.CLIENTS
    # Choosing a third party asks for the provider; flagging sensitive data, for its kind.
    TOUCHES: ClassVar[dict[str, tuple[str, ...]]] = {
        "obtained_how": _PROVIDER_FIELDS,
        "sensitive": ("sensitive_note",),
    }

    def __init__(
        self, context: UiContext, detail: ClientDetail | None, parent: QWidget | None = None
    ) -> None:
        self.fields: ClientFields = ClientFields()
        super().__init__(context, self.fields, existing=detail is not None, parent=parent)
        self.detail = detail
        if detail is None:
            self.setWindowTitle(self.tr("New client"))
        else:
            self.setWindowTitle(self.tr("Client {number}").format(number=detail.number))
            standing = detail.standing(date.today())
            self.show_status(
                self.tr("Status: {status}").format(status=status_word(standing)),
                status_colour(standing),
            )
        self._load(detail.data if detail else ClientInput("", "", obtained_on=date.today()))
        f = self.fields
        f.matters.itemSelectionChanged.connect(self.follow_choices)
        f.postal_code.editingFinished.connect(self._tidy_postal_code)
        f.add_matter.clicked.connect(self._add_typed_matter)
        f.matter_text.installEventFilter(self)  # Enter adds the matter (eventFilter)
        f.matter_text.textChanged.connect(self.follow_choices)
        f.remove_matter.clicked.connect(self._remove_matter)
        self.start()
        f.family_name.setFocus()
        # Wide enough for the longest purpose title, as far as the screen allows.
        hint = self.sizeHint()
        width = hint.width() + max(0, f.purposes.wanted_width() - f.purposes.sizeHint().width())
        screen = self.screen().availableGeometry().width() * 9 // 10
        self.resize(min(max(width, char_width(self) * _WIDTH), screen), hint.height())

    @classmethod
    def edit(
        cls, parent: QWidget, context: UiContext, detail: ClientDetail | None
    ) -> ClientRow | None:
        """Run the form; the saved client's row, or None when cancelled (tests replace this)."""
        dialog = cls(context, detail, parent)
        dialog.exec()
        return dialog.saved

    # --- RecordDialog --------------------------------------------------------------------

    def form_input(self) -> ClientInput:
        """What the fields say now; a date that cannot be read counts as empty (its error shows)."""
        f = self.fields
        how = ObtainedHow(f.obtained_how.currentData())
        third_party = how is ObtainedHow.THIRD_PARTY
        sensitive = f.sensitive.isChecked()

        def provider(line: str) -> str:
            # Provider fields belong to a receipt from a third party only (Art. 30).
            return line.strip() if third_party else ""

        return ClientInput(
            family_name=f.family_name.text().strip(),
            given_name=f.given_name.text().strip(),
            family_kana=f.family_kana.text().strip(),
            given_kana=f.given_kana.text().strip(),
            date_of_birth=_date_or_none(f.date_of_birth),
            postal_code=f.postal_code.text().strip(),
            address=f.address.text().strip(),
            phone=f.phone.text().strip(),
            email=f.email.text().strip(),
            obtained_how=how,
            obtained_on=_date_or_none(f.obtained_on),
            provider_name=provider(f.provider_name.text()),
            provider_address=provider(f.provider_address.text()),
            provider_representative=provider(f.provider_representative.text()),
            provider_obtained_how=provider(f.provider_obtained_how.text()),
            purpose_ids=f.purposes.chosen_ids(),
            sensitive=sensitive,
            sensitive_note=f.sensitive_note.text().strip() if sensitive else "",
            matters=tuple(text for item in _items(f.matters) if (text := item.text().strip())),
            matter_closed_on=_date_or_none(f.matter_closed_on),
            notes=f.notes.toPlainText().strip(),
            retention_end=_date_or_none(f.retention_end),
        )

    def rule_errors(self, data: ClientInput) -> Sequence[ValidationError]:
        return clients.validate_client(data)

    def save(self, data: ClientInput) -> ClientRow:
        ledger, actor = self.context.ledger, self.context.actor
        if self.detail is None:
            return clients.add_client(ledger, actor, data)
        return clients.update_client(ledger, actor, self.detail.id, data)

    def follow_choices(self) -> None:
        """Show and enable what the other answers call for."""
        f = self.fields
        f.provider_group.setVisible(f.obtained_how.currentData() == ObtainedHow.THIRD_PARTY)
        f.sensitive_note.setEnabled(f.sensitive.isChecked())
        f.add_matter.setEnabled(bool(f.matter_text.text().strip()))
        f.remove_matter.setEnabled(bool(f.matters.selectedItems()))
        default = default_retention_end(_date_or_none(f.matter_closed_on))
        if default is None:
            placeholder = self.tr("{years} years after the matter closes")
        else:
            placeholder = self.tr("{date} ({years} years after the matter closed)")
        f.retention_end.set_placeholder(
            placeholder.format(years=LEDGER_RETENTION_YEARS, date=show_date(default))
        )

    # --- the client's own fields ---------------------------------------------------------

    def _load(self, data: ClientInput) -> None:
        f = self.fields
        for line, text in (
            (f.family_name, data.family_name), (f.given_name, data.given_name),
            (f.family_kana, data.family_kana), (f.given_kana, data.given_kana),
            (f.postal_code, postal_mark(data.postal_code)), (f.address, data.address),
            (f.phone, data.phone),
            (f.email, data.email), (f.provider_name, data.provider_name),
            (f.provider_address, data.provider_address),
            (f.provider_representative, data.provider_representative),
            (f.provider_obtained_how, data.provider_obtained_how),
            (f.sensitive_note, data.sensitive_note),
        ):  # fmt: skip
            line.setText(text)
        f.date_of_birth.set_date(data.date_of_birth)
        f.obtained_how.setCurrentIndex(f.obtained_how.findData(data.obtained_how))
        f.obtained_on.set_date(data.obtained_on)
        f.purposes.set_purposes(purposes.list_purposes(self.context.ledger), data.purpose_ids)
        f.sensitive.setChecked(data.sensitive)
        for matter in data.matters:
            self._add_matter_item(matter)
        f.matter_closed_on.set_date(data.matter_closed_on)
        # A retention end that is the default shows as empty, so it follows the closing date.
        default = default_retention_end(data.matter_closed_on)
        f.retention_end.set_date(None if data.retention_end == default else data.retention_end)
        f.notes.setPlainText(data.notes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.fields.matter_text
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.fields.matter_text.text().strip()
        ):
            self._add_typed_matter()
            return True  # Enter there adds the matter typed; it does not save the form
        return super().eventFilter(watched, event)

    def _tidy_postal_code(self) -> None:
        line = self.fields.postal_code
        tidy = postal_mark(clients.normalize_postal_code(line.text()))
        if tidy != line.text():
            line.setText(tidy)

    def _add_matter_item(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.fields.matters.addItem(item)

    def _add_typed_matter(self) -> None:
        text = self.fields.matter_text.text().strip()
        if text:
            self._add_matter_item(text)
            self.fields.matter_text.clear()

    def _remove_matter(self) -> None:
        for item in self.fields.matters.selectedItems():
            self.fields.matters.takeItem(self.fields.matters.row(item))


def _date_or_none(field: DateField) -> date | None:
    try:
        return field.date()
    except DateError:
        return None


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]
