"""Passwords: changing one's own (also forced after a reset) and choosing one for another user."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import LedgerError
from ..services import users
from ..services.errors import ValidationError
from ..services.file_info import SaveFailed, WrongPassword
from ..services.ledger import Ledger
from ..services.permissions import Actor
from ..services.validation import check_password
from . import operations, workers
from .fields import ErrorLabel
from .i18n import error_text
from .widgets import BusyBar, NewPasswordFields, note


class ChangePasswordDialog(QDialog):
    """The current password, a new one twice; the change runs in a worker (key derivation)."""

    def __init__(
        self,
        ledger: Ledger,
        actor: Actor,
        *,
        current_password: str | None = None,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger, self.actor = ledger, actor
        self._known_current = current_password
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                note(
                    self.tr(
                        "Your password was set by a manager. Choose your own password now; "
                        "nobody else should know it."
                    )
                )
            )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current = QLineEdit()
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_error = ErrorLabel()
        if current_password is None:
            form.addRow(self.tr("&Current password:"), self.current)
            form.addRow("", self.current_error)
        else:
            self.current.hide()
        self.fields = NewPasswordFields(self)
        self.fields.add_to(form, self.tr("&New password:"), self.tr("&Repeat it:"))
        layout.addLayout(form)
        self.general_error = ErrorLabel()
        self.busy = BusyBar()
        layout.addWidget(self.general_error)
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&hange password"))
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._working = False
        self._update()
        self.setMinimumWidth(420)

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        ledger: Ledger,
        actor: Actor,
        *,
        current_password: str | None = None,
        forced: bool = False,
    ) -> bool:
        """Ask and change; True once the new password is in the ledger."""
        dialog = cls(ledger, actor, current_password=current_password, forced=forced, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def _current_text(self) -> str:
        return self._known_current if self._known_current is not None else self.current.text()

    def _update(self) -> None:
        self.ok_button.setEnabled(
            not self._working and bool(self._current_text()) and self.fields.complete()
        )

    def _change(self) -> None:
        if not self.ok_button.isEnabled():
            return
        old, new = self._current_text(), self.fields.text()
        ledger, actor = self.ledger, self.actor
        self._working = True
        self._update()
        self.busy.start(self.tr("Changing the password…"))
        workers.start(
            lambda _progress: users.change_own_password(ledger, actor, old, new),
            lambda _result: self._done(),
            self._failed,
        )

    def _finish_work(self) -> None:
        self._working = False
        self.busy.stop()
        self._update()

    def _done(self) -> None:
        self._finish_work()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish_work()
        if isinstance(exc, WrongPassword):
            self.current_error.show_error(self.tr("The current password is not correct."))
            self.current.clear()
            self.current.setFocus()
        elif isinstance(exc, ValidationError):
            self.fields.show_error(error_text(exc))
            self.fields.password.setFocus()
        elif isinstance(exc, SaveFailed):
            # The new password is in memory; the main window offers Retry / Save As.
            operations.show_error(self, error_text(exc))
            self.accept()
        elif isinstance(exc, LedgerError):
            self.general_error.show_error(error_text(exc))
        else:
            workers.report_bug(exc)

    def reject(self) -> None:
        if not self._working:
            super().reject()


class NewPasswordDialog(QDialog):
    """A manager chooses a password for another user (new user, reset, reactivation)."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if explanation:
            layout.addWidget(note(explanation))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields = NewPasswordFields(self)
        self.fields.add_to(form, self.tr("&Password:"), self.tr("&Repeat it:"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.changed.connect(lambda: self.ok_button.setEnabled(self.fields.complete()))
        self.ok_button.setEnabled(False)
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str = "") -> str | None:
        """The password chosen, or None when cancelled."""
        dialog = cls(title, explanation, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.fields.text() if accepted else None

    def _accept(self) -> None:
        try:
            check_password(self.fields.text())
        except ValidationError as exc:
            self.fields.show_error(error_text(exc))
            return
        self.accept()
