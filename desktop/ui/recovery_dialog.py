"""Forgot password: a manager opens the ledger with the recovery key and sets a new password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import LedgerError
from ..services import users
from ..services.errors import ValidationError
from ..services.file_info import WrongPassword
from ..services.ledger import Ledger
from ..services.places import Places
from ..services.session import open_with_recovery
from . import workers
from .fields import ErrorLabel
from .i18n import error_text
from .open_errors import describe_open_error
from .widgets import BusyBar, NewPasswordFields, heading, monospace_font, note


class RecoveryDialog(QDialog):
    """Two steps: the recovery key opens the file; then a manager's new password logs them in."""

    def __init__(self, path: Path, places: Places, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.places = path, places
        self.ledger: Ledger | None = None
        self._unlocked: Ledger | None = None
        self._working = False
        self.setWindowTitle(self.tr("Forgot password"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._key_page())
        self.pages.addWidget(self._password_page())
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Unlock with the recovery key"))
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.key.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(520)

    def _key_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Forgot your password?"), 1.2))
        layout.addWidget(
            note(
                self.tr(
                    "Clerks: ask a manager to set a new password for you (Admin ▸ Users).\n\n"
                    "Managers: the recovery key is on the recovery sheet printed when this "
                    "ledger was created, kept in the office safe. With it you can choose a new "
                    "manager password. Type the key as it is on the sheet; dashes and spaces "
                    "may be left out."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.key = QLineEdit()
        self.key.setObjectName("recovery_key")
        self.key.setFont(monospace_font())
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.key_error = ErrorLabel()
        form.addRow(self.tr("Recovery &key:"), self.key)
        form.addRow("", self.key_error)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _password_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Choose a new manager password"), 1.2))
        layout.addWidget(
            note(
                self.tr(
                    "The recovery key opened the ledger. Choose the manager whose password is "
                    "replaced, and the new password. The recovery is recorded in the audit log."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.manager = QComboBox()
        self.manager.setObjectName("manager")
        self.manager_error = ErrorLabel()
        form.addRow(self.tr("&Manager:"), self.manager)
        form.addRow("", self.manager_error)
        self.fields = NewPasswordFields(self)
        self.fields.add_to(form, self.tr("&New password:"), self.tr("&Repeat it:"))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    @classmethod
    def run(cls, parent: QWidget | None, path: Path, places: Places) -> Ledger | None:
        """The ledger opened and logged in as the recovered manager, or None."""
        dialog = cls(path, places, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.ledger

    def _update(self) -> None:
        if self.pages.currentIndex() == 0:
            ready = bool(self.key.text().strip())
        else:
            ready = self.fields.complete() and bool(self.manager.currentText())
        self.ok_button.setEnabled(ready and not self._working)

    def _set_working(self, working: bool, text: str = "") -> None:
        self._working = working
        self.pages.setEnabled(not working)
        if working:
            self.busy.start(text)
        else:
            self.busy.stop()
        self._update()

    def _next(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if self._unlocked is None:
            key, path, places = self.key.text(), self.path, self.places
            self._set_working(True, self.tr("Opening the ledger with the recovery key…"))
            workers.start(
                lambda _progress: open_with_recovery(path, key, places),
                self._opened,
                self._open_failed,
            )
        else:
            ledger, username = self._unlocked, self.manager.currentText()
            password = self.fields.text()
            self._set_working(True, self.tr("Setting the new password…"))
            workers.start(
                lambda _progress: users.recover_manager(ledger, username, password),
                lambda _actor: self._recovered(),
                self._recover_failed,
            )

    def _opened(self, ledger: Ledger) -> None:
        self._set_working(False)
        self._unlocked = ledger
        self.manager.addItems(users.active_managers(ledger))
        self.pages.setCurrentIndex(1)
        self.ok_button.setText(self.tr("&Set password and log in"))
        self.fields.password.setFocus()
        self._update()

    def _open_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        if isinstance(exc, WrongPassword):
            text = error_text(exc)
            if type(exc) is WrongPassword:
                text = self.tr("This recovery key does not open this ledger.")
            self.key_error.show_error(text)
            self.key.setFocus()
        elif isinstance(exc, LedgerError):
            self.key_error.show_error(describe_open_error(exc, self.places))
        else:
            workers.report_bug(exc)

    def _recovered(self) -> None:
        self._set_working(False)
        self.ledger, self._unlocked = self._unlocked, None
        self.accept()

    def _recover_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        if isinstance(exc, ValidationError) and exc.field == "username":
            self.manager_error.show_error(error_text(exc))
        elif isinstance(exc, ValidationError):
            self.fields.show_error(error_text(exc))
        elif isinstance(exc, LedgerError):  # a failed save included: trying again is safe
            self.manager_error.show_error(error_text(exc))
        else:
            workers.report_bug(exc)

    def reject(self) -> None:
        if self._working:
            return
        if self._unlocked is not None:
            self._unlocked.close()  # unlocked but nobody logged in: drop it from memory
            self._unlocked = None
        super().reject()
