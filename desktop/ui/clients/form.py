"""The client form: add or edit a client, checked by the service on every edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import clients, purposes
from ...services.clients import ClientDetail, ClientInput, ClientRow, ObtainedHow
from ...services.errors import ValidationError
from ...services.retention import LEDGER_RETENTION_YEARS, default_retention_end
from ..context import UiContext
from ..i18n import error_text
from ..operations import run_op
from ..widgets import char_width
from .form_pages import FormPages
from .widgets import DateError, DateField, ErrorLabel

_DATE_FIELDS = ("date_of_birth", "obtained_on", "matter_closed_on", "retention_end")


class _FieldError(Exception):
    """A service's ValidationError that belongs next to a field of this form, not in a box."""

    def __init__(self, error: ValidationError) -> None:
        super().__init__(error_text(error))
        self.error = error


class ClientDialog(QDialog):
    """Edits one client; OK saves through the service and stays open if the service objects."""

    def __init__(
        self, context: UiContext, detail: ClientDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        #: the saved row once OK succeeded
        self.saved: ClientRow | None = None
        self._service_errors: dict[str, str] = {}
        #: fields the person has edited: only their errors show until OK is attempted
        self._touched: set[str] = set()
        #: every error shows: an existing client, or after OK was attempted
        self._show_all = detail is not None
        if detail is None:
            self.setWindowTitle(self.tr("New client"))
        else:
            self.setWindowTitle(self.tr("Client {number}").format(number=detail.number))

        self.fields = FormPages()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.fields.identity_page, self.tr("Identity and contact"))
        self.pages.addTab(self.fields.collection_page, self.tr("Collection"))
        self.pages.addTab(self.fields.use_page, self.tr("Use"))
        self.pages.addTab(self.fields.retention_page, self.tr("Retention and notes"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.installEventFilter(self)  # a click on the disabled OK shows why
        #: messages of rules that belong to no single field
        self.summary = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._purposes = purposes.list_purposes(context.ledger)
        self._load(detail.data if detail else ClientInput("", "", obtained_on=date.today()))
        self._connect()
        self._validate()
        self.fields.family_name.setFocus()
        hint = self.sizeHint()
        # Wide enough for the longest purpose title, as far as the screen allows.
        purposes_list = self.fields.purposes
        titles = purposes_list.sizeHintForColumn(0) + 2 * purposes_list.frameWidth() + 4
        width = hint.width() + max(0, titles - purposes_list.sizeHint().width())
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

    # --- reading and writing the fields --------------------------------------------------

    def _load(self, data: ClientInput) -> None:
        f = self.fields
        f.family_name.setText(data.family_name)
        f.given_name.setText(data.given_name)
        f.family_kana.setText(data.family_kana)
        f.given_kana.setText(data.given_kana)
        f.date_of_birth.set_date(data.date_of_birth)
        f.postal_code.setText(data.postal_code)
        f.address.setText(data.address)
        f.phone.setText(data.phone)
        f.email.setText(data.email)
        f.obtained_how.setCurrentIndex(f.obtained_how.findData(data.obtained_how))
        f.obtained_on.set_date(data.obtained_on)
        f.provider_name.setText(data.provider_name)
        f.provider_address.setText(data.provider_address)
        f.provider_representative.setText(data.provider_representative)
        f.provider_obtained_how.setText(data.provider_obtained_how)
        for purpose in self._purposes:
            chosen = purpose.id in data.purpose_ids
            if purpose.retired and not chosen:
                continue  # a retired purpose stays only on the records that have it
            text = f"{purpose.number}. {purpose.title}"
            if purpose.retired:
                text += " " + self.tr("(retired)")
            item = QListWidgetItem(text, f.purposes)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, purpose.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        f.fit_purposes()
        f.sensitive.setChecked(data.sensitive)
        f.sensitive_note.setText(data.sensitive_note)
        for matter in data.matters:
            self._add_matter_item(matter)
        f.matter_closed_on.set_date(data.matter_closed_on)
        # A retention end that is the default shows as empty, so it follows the closing date.
        default = default_retention_end(data.matter_closed_on)
        f.retention_end.set_date(None if data.retention_end == default else data.retention_end)
        f.notes.setPlainText(data.notes)
        self._follow_choices()

    def client_input(self) -> ClientInput:
        """What the fields say now; a date that cannot be read counts as empty (its error shows)."""
        f = self.fields
        how = ObtainedHow(f.obtained_how.currentData())
        third_party = how is ObtainedHow.THIRD_PARTY
        sensitive = f.sensitive.isChecked()
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
            # Provider fields belong to a receipt from a third party only (Art. 30).
            provider_name=f.provider_name.text().strip() if third_party else "",
            provider_address=f.provider_address.text().strip() if third_party else "",
            provider_representative=(
                f.provider_representative.text().strip() if third_party else ""
            ),
            provider_obtained_how=f.provider_obtained_how.text().strip() if third_party else "",
            purpose_ids=tuple(
                item.data(Qt.ItemDataRole.UserRole)
                for item in _items(f.purposes)
                if item.checkState() is Qt.CheckState.Checked
            ),
            sensitive=sensitive,
            sensitive_note=f.sensitive_note.text().strip() if sensitive else "",
            matters=tuple(text for item in _items(f.matters) if (text := item.text().strip())),
            matter_closed_on=_date_or_none(f.matter_closed_on),
            notes=f.notes.toPlainText().strip(),
            retention_end=_date_or_none(f.retention_end),
        )

    def field_errors(self) -> dict[str, str]:
        """Field name → message: dates the form cannot read, then the service's rules."""
        errors: dict[str, str] = {}
        for name in _DATE_FIELDS:
            field: DateField = getattr(self.fields, name)
            try:
                field.date()
            except DateError as exc:
                errors[name] = str(exc)
        for error in clients.validate_client(self.client_input()):
            errors.setdefault(error.field, error_text(error))
        for name, message in self._service_errors.items():
            errors.setdefault(name, message)
        return errors

    # --- reacting to edits ---------------------------------------------------------------

    def _connect(self) -> None:
        f = self.fields

        def edits(*fields: str) -> Callable[..., None]:
            return lambda *_args: self._edited(*fields)

        for name, line in (
            ("family_name", f.family_name), ("given_name", f.given_name),
            ("family_kana", f.family_kana), ("given_kana", f.given_kana),
            ("postal_code", f.postal_code), ("address", f.address), ("phone", f.phone),
            ("email", f.email), ("provider_name", f.provider_name),
            ("provider_address", f.provider_address),
            ("provider_representative", f.provider_representative),
            ("provider_obtained_how", f.provider_obtained_how),
            ("sensitive_note", f.sensitive_note),
        ):  # fmt: skip
            line.textChanged.connect(edits(name))
        for name in _DATE_FIELDS:
            date_field: DateField = getattr(f, name)
            date_field.edited.connect(edits(name))
        f.notes.textChanged.connect(edits("notes"))
        # Choosing a third party asks for the provider; flagging sensitive data, for its kind.
        f.obtained_how.currentIndexChanged.connect(edits("obtained_how", *_PROVIDER_FIELDS))
        f.sensitive.toggled.connect(edits("sensitive", "sensitive_note"))
        f.purposes.itemChanged.connect(edits("purpose_ids"))
        f.matters.itemChanged.connect(edits("matters"))
        f.matters.model().rowsRemoved.connect(edits("matters"))
        f.matters.model().rowsInserted.connect(edits("matters"))
        f.matters.itemSelectionChanged.connect(self._follow_choices)
        f.postal_code.editingFinished.connect(self._tidy_postal_code)
        f.add_matter.clicked.connect(self._add_typed_matter)
        f.matter_text.installEventFilter(self)  # Enter adds the matter (eventFilter)
        f.matter_text.textChanged.connect(self._follow_choices)
        f.remove_matter.clicked.connect(self._remove_matter)

    def _edited(self, *fields: str) -> None:
        self._touched.update(fields)
        self._service_errors.clear()
        self._follow_choices()
        self._validate()

    def _follow_choices(self) -> None:
        """Show and enable what the other answers call for."""
        f = self.fields
        f.provider_group.setVisible(f.obtained_how.currentData() == ObtainedHow.THIRD_PARTY)
        f.sensitive_note.setEnabled(f.sensitive.isChecked())
        f.add_matter.setEnabled(bool(f.matter_text.text().strip()))
        f.remove_matter.setEnabled(bool(f.matters.selectedItems()))
        try:
            closed = f.matter_closed_on.date()
        except DateError:
            closed = None
        default = default_retention_end(closed)
        if default is None:
            placeholder = self.tr("{years} years after the matter closes")
        else:
            placeholder = self.tr("{date} ({years} years after the matter closed)")
        f.retention_end.set_placeholder(
            placeholder.format(years=LEDGER_RETENTION_YEARS, date=default)
        )

    def _validate(self) -> None:
        """Enable OK only when all is well; show the errors of the fields the person edited.

        A new, untouched form shows no errors: a person who has not typed yet has
        done nothing wrong. Attempting OK (Enter, or a click on the disabled
        button) shows them all.
        """
        errors = self.field_errors()
        shown = {
            name: message
            for name, message in errors.items()
            if self._show_all or name in self._touched or name in self._service_errors
        }
        pages_with_errors: set[int] = set()
        for name, label in self.fields.errors.items():
            message = shown.get(name, "")
            label.show_error(message)
            if message:
                pages_with_errors.add(self.fields.page_of[name])
        unplaced = [message for name, message in shown.items() if name not in self.fields.errors]
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for page in range(self.pages.count()):
            has_error = page in pages_with_errors
            self.pages.setTabIcon(page, warning if has_error else QIcon())
            self.pages.setTabToolTip(
                page, self.tr("Something on this page needs fixing.") if has_error else ""
            )
        self.summary.show_error("\n".join(unplaced))
        self.ok_button.setEnabled(not errors)

    def _show_every_error(self) -> None:
        """OK was attempted while something is wrong: show it all, starting with the first page."""
        self._show_all = True
        self._validate()
        pages = [
            self.fields.page_of[name] for name in self.field_errors() if name in self.fields.page_of
        ]
        if pages and self.pages.currentIndex() not in pages:
            self.pages.setCurrentIndex(min(pages))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.ok_button.isEnabled():
            event.accept()
            self._show_every_error()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ok_button
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.ok_button.isEnabled()
        ):
            self._show_every_error()
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
        tidy = clients.normalize_postal_code(line.text())
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

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        if self.field_errors():
            self._show_every_error()
            return
        data = self.client_input()
        failed_saves: list[str] = []
        note_failure = failed_saves.append
        self.context.hub.save_failed.connect(note_failure)
        try:
            row = run_op(self, self.context, lambda: self._save(data), changed="clients")
        except _FieldError as exc:
            self._service_errors[exc.error.field] = error_text(exc.error)
            self._validate()
            self.pages.setCurrentIndex(self.fields.page_of.get(exc.error.field, 0))
            return
        finally:
            self.context.hub.save_failed.disconnect(note_failure)
        if row is None and not failed_saves:
            return  # the error was shown; the person may correct it or cancel
        # A failed save still changed the ledger in memory; the main window offers Retry.
        self.saved = row
        super().accept()

    def _save(self, data: ClientInput) -> ClientRow:
        """Add or update through the service; a rule about one field goes back to that field."""
        ledger, actor = self.context.ledger, self.context.actor
        try:
            if self.detail is None:
                return clients.add_client(ledger, actor, data)
            return clients.update_client(ledger, actor, self.detail.id, data)
        except ValidationError as exc:
            if exc.field in self.fields.errors:
                raise _FieldError(exc) from exc
            raise


_WIDTH = 110  # characters: room for the long titles of the purposes
_PROVIDER_FIELDS = (
    "provider_name",
    "provider_address",
    "provider_representative",
    "provider_obtained_how",
)


def _date_or_none(field: DateField) -> date | None:
    try:
        return field.date()
    except DateError:
        return None


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]
