"""Confirming a disposal (manager), marking a client due for disposal, showing a tombstone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.clients import ClientDetail, ClientRow, DisposalMethod
from ..dates import show_date
from ..fields import DateError, DateField, ErrorLabel, with_error
from ..widgets import char_width

_METHODS = {
    DisposalMethod.SHREDDED: QT_TRANSLATE_NOOP("DisposeDialog", "Shredded (paper)"),
    DisposalMethod.ERASED: QT_TRANSLATE_NOOP("DisposeDialog", "Erased (electronic data)"),
    DisposalMethod.RETURNED: QT_TRANSLATE_NOOP("DisposeDialog", "Returned to the client"),
}


def method_words() -> dict[DisposalMethod, str]:
    """How data can be disposed of, as a person reads it (translated)."""
    return {
        method: QCoreApplication.translate("DisposeDialog", str(text))
        for method, text in _METHODS.items()
    }


def _client_line(row: ClientRow) -> str:
    return f"{row.number}  {row.name}".rstrip()


@dataclass(frozen=True)
class DisposalRequest:
    method: DisposalMethod
    reason: str
    disposed_on: date


class DisposeDialog(QDialog):
    """Asks how and why the client's data was disposed of, warning that it cannot be undone."""

    def __init__(self, row: ClientRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dispose of client {number}").format(number=row.number))
        client = QLabel(_client_line(row))
        bold = QFont(client.font())
        bold.setBold(True)
        client.setFont(bold)
        warning = ErrorLabel()
        warning.show_error(
            self.tr(
                "This cannot be undone. The client's personal data (names, address, phone, "
                "e-mail, notes) is deleted from the ledger for good; only the client number "
                "and this disposal record remain. Dispose of the paper and electronic copies "
                "first, then record it here."
            )
        )
        warning.setFont(bold)

        self.methods = QButtonGroup(self)
        methods = QVBoxLayout()
        methods.setContentsMargins(0, 0, 0, 0)
        for method, word in method_words().items():
            button = QRadioButton(word)
            button.setProperty("method", method.value)
            self.methods.addButton(button)
            methods.addWidget(button)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("for example: retention period over"))
        self.disposed_on = DateField()
        self.disposed_on.set_date(date.today())
        self.date_error = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Method"), methods)
        form.addRow(self.tr("&Reason"), self.reason)
        disposed_on = QLabel(self.tr("&Disposed on"))
        disposed_on.setBuddy(self.disposed_on)
        form.addRow(disposed_on, with_error(self.disposed_on, self.date_error))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.dispose_button = QPushButton(self.tr("Dispose &permanently"))
        self.buttons.addButton(self.dispose_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(client)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.methods.buttonToggled.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self.disposed_on.edited.connect(self._check)
        self._check()
        self.setMinimumWidth(char_width(self) * 70)

    @classmethod
    def ask(cls, parent: QWidget, row: ClientRow) -> DisposalRequest | None:
        """Run the dialog; what the manager confirmed, or None (tests replace this)."""
        dialog = cls(row, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()

    def request(self) -> DisposalRequest | None:
        """The answers, or None while one is missing or not readable."""
        button = self.methods.checkedButton()
        reason = self.reason.text().strip()
        try:
            disposed_on = self.disposed_on.date()
        except DateError:
            return None
        if button is None or not reason or disposed_on is None:
            return None
        return DisposalRequest(DisposalMethod(button.property("method")), reason, disposed_on)

    def accept(self) -> None:
        if self.request() is not None:
            super().accept()

    def _check(self) -> None:
        try:
            self.disposed_on.date()
            self.date_error.show_error("")
        except DateError as exc:
            self.date_error.show_error(str(exc))
        self.dispose_button.setEnabled(self.request() is not None)


class MarkDueDialog(QDialog):
    """Asks why a client is due for disposal (a clerk may mark; a manager disposes)."""

    def __init__(self, row: ClientRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Mark client {number} due for disposal").format(number=row.number)
        )
        explanation = QLabel(
            self.tr(
                "The client appears on the list of disposals due; a manager confirms the "
                "disposal. Nothing is deleted now."
            )
        )
        explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("for example: the client asked for erasure"))
        form = QFormLayout()
        form.addRow(self.tr("Client"), QLabel(_client_line(row)))
        form.addRow(self.tr("&Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark &due"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(char_width(self) * 60)

    @classmethod
    def ask(cls, parent: QWidget, row: ClientRow) -> str | None:
        """Run the dialog; the reason given, or None (tests replace this)."""
        dialog = cls(row, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()

    def accept(self) -> None:
        if self.reason.text().strip():
            super().accept()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.text().strip()))


class TombstoneDialog(QDialog):
    """What remains of a disposed client: the number and the disposal record."""

    def __init__(self, detail: ClientDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client {number}").format(number=detail.number))
        note = QLabel(self.tr("This client's personal data was disposed of."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Client no."), QLabel(detail.number))
        disposal = detail.disposal
        if disposal is not None:
            form.addRow(self.tr("Disposed on"), QLabel(show_date(disposal.disposed_on)))
            form.addRow(self.tr("By"), QLabel(disposal.disposed_by))
            form.addRow(self.tr("Method"), QLabel(method_words()[disposal.method]))
            reason = QLabel(disposal.reason)
            reason.setWordWrap(True)
            form.addRow(self.tr("Reason"), reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(char_width(self) * 50)

    @classmethod
    def show_record(cls, parent: QWidget, detail: ClientDetail) -> None:
        """Show the tombstone until closed (tests replace this)."""
        cls(detail, parent).exec()
