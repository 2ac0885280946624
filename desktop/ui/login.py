"""Logging in: the login form, the login dialog at start, and the lock page inside the window.

Key derivation takes about half a second on purpose, so the ledger is opened
by a worker while a busy bar moves; each kind of failure gets its own message
with what to do, next to the field it concerns.
"""

from __future__ import annotations

import html
import math
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import LedgerError
from ..services import users
from ..services.file_info import LedgerLocked, UnknownUser, WrongPassword, login_names
from ..services.ledger import Ledger
from ..services.login import LoginThrottle, delay_after
from ..services.permissions import Role
from ..services.places import Places
from ..services.session import TooManyAttempts, open_ledger
from . import workers
from .fields import ErrorLabel
from .open_errors import describe_open_error
from .password_dialog import ChangePasswordDialog
from .recovery_dialog import RecoveryDialog
from .unlock_attempt import UnlockAttempt
from .widgets import BusyBar, role_name


@dataclass(frozen=True)
class DemoCredentials:
    """Shown on the login screen of a demo ledger: (user name, display name, role) and password."""

    users: tuple[tuple[str, str, Role], ...]
    password: str


class LoginForm(QWidget):
    """User, password, Enter: opens the ledger in a worker and emits the open Ledger."""

    logged_in = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        path: Path,
        places: Places,
        *,
        username: str = "",
        read_only: bool = False,
        demo: DemoCredentials | None = None,
        cancel_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.places = places
        self.read_only = read_only
        self.busy = False
        self._file_id = ""
        self._wait_until = 0.0
        #: the countdown's clock (tests hold it still to read the countdown at leisure)
        self.clock = time.monotonic

        self.demo_box = QLabel()
        self.demo_box.setObjectName("demo_credentials")
        self.demo_box.setWordWrap(True)
        self.demo_box.setTextFormat(Qt.TextFormat.RichText)
        self.demo_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_box.setStyleSheet(
            "#demo_credentials { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; }"
        )
        self.demo_box.setVisible(demo is not None)
        if demo is not None:
            self.demo_box.setText(self._demo_text(demo))

        self.file_error = ErrorLabel()
        self.file_error.setObjectName("file_error")
        self.read_only_button = QPushButton(self.tr("Open &read-only"))
        self.read_only_button.hide()
        self.read_only_button.clicked.connect(self._open_read_only)

        self.user = QComboBox()
        self.user.setObjectName("username")
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_error = ErrorLabel()
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_error = ErrorLabel()
        self.password_error.setObjectName("password_error")
        self.busy_bar = BusyBar()
        self.stop_button = QPushButton(self.tr("&Cancel"))
        self.stop_button.setObjectName("stop_button")
        self.stop_button.setAutoDefault(False)  # Enter in the password field must not stop it
        self.stop_button.setToolTip(self.tr("Stop waiting; the ledger stays closed."))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.cancel_unlock)
        self._attempt: UnlockAttempt | None = None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow("", self.user_error)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.password_error)

        self.forgot_button = QPushButton(self.tr("&Forgot password…"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self._forgot)
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        if cancel_text:
            cancel = QPushButton(cancel_text)
            cancel.clicked.connect(self.cancelled)
            buttons.addWidget(cancel)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.demo_box)
        layout.addWidget(self.file_error)
        layout.addWidget(self.read_only_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_bar, 1)
        busy_row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(busy_row)
        layout.addLayout(buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.password.returnPressed.connect(self.submit)
        line_edit = self.user.lineEdit()
        if line_edit is not None:
            line_edit.returnPressed.connect(self._user_entered)
        self._file_ok = True
        self._load_users(username)
        self.user.currentTextChanged.connect(self._follow_user)
        self._follow_user()

    def _follow_user(self) -> None:
        """The password field opens only once a user is chosen or typed: a name typed
        straight away can never land, hidden, in the password field."""
        self.password.setEnabled(
            self._file_ok and not self.busy and bool(self.user.currentText().strip())
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Not a focus proxy: Qt's Tab order would then skip the user field for the password.
        (self.password if self.user.currentText() else self.user).setFocus(event.reason())

    # --- what the person sees ------------------------------------------------------------

    def _demo_text(self, demo: DemoCredentials) -> str:
        people = "; ".join(
            self.tr("%1 (%2, %3)")
            .replace("%1", f"<b>{html.escape(u)}</b>")
            .replace("%2", html.escape(d))
            .replace("%3", role_name(r))
            for u, d, r in demo.users
        )
        return (
            self.tr(
                "This is a demo ledger with made-up people. Log in as one of these users: %1. "
                "Password: %2"
            )
            .replace("%1", people)
            .replace("%2", f"<b>{html.escape(demo.password)}</b>")
        )

    def _load_users(self, preferred: str) -> None:
        try:
            found = login_names(self.path)
        except LedgerError as exc:
            self._file_problem(describe_open_error(exc, self.places))
            return
        self._file_id = found.file_id
        names = list(found.usernames)
        self.user.addItems(names)
        if preferred and preferred in names:
            self.user.setCurrentText(preferred)
        elif len(names) == 1:
            self.user.setCurrentIndex(0)
        else:
            # Several users and none remembered: nobody is chosen for the person.
            self.user.setCurrentIndex(-1)
            self.user.setCurrentText("")

    def _file_problem(self, message: str) -> None:
        self.file_error.show_error(message)
        self._file_ok = False
        self.login_button.setEnabled(False)
        self.password.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.user, self.forgot_button, self.read_only_button):
            widget.setEnabled(not busy)
        self._follow_user()
        self.login_button.setEnabled(not busy and not self._countdown.isActive())
        self.stop_button.setVisible(busy)
        if busy:
            self.busy_bar.start(self.tr("Opening the ledger…"))
        else:
            self.busy_bar.stop()

    # --- logging in ------------------------------------------------------------------------

    def _user_entered(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def submit(self) -> None:
        if self.busy or not self.login_button.isEnabled():
            return
        username = self.user.currentText().strip()
        password = self.password.text()
        self.user_error.show_error("")
        self.password_error.show_error("")
        self.file_error.show_error("")
        if not username:
            self.user_error.show_error(self.tr("Choose or type your user name."))
            self.user.setFocus()
            return
        if not password:
            self.password_error.show_error(self.tr("Type your password."))
            self.password.setFocus()
            return
        self._set_busy(True)
        path, places, read_only = self.path, self.places, self.read_only
        attempt = self._attempt = UnlockAttempt(self._attempt)
        workers.start(
            lambda _progress: attempt.run(
                lambda: open_ledger(path, username, password, places, read_only=read_only)
            ),
            lambda ledger: self._delivered(attempt, ledger, password),
            lambda exc: None if attempt.cancelled else self._failed(exc),
        )

    def cancel_unlock(self) -> None:
        """Stop waiting for the unlock under way; the ledger it opens is closed unseen."""
        if not self.busy or self._attempt is None:
            return
        self._attempt.cancel()
        self._set_busy(False)
        self.password_error.show_error(self.tr("Stopped: the ledger was not opened."))
        self.password.setFocus()

    def _delivered(self, attempt: UnlockAttempt, ledger: Ledger | None, password: str) -> None:
        taken = attempt.take(ledger)
        if taken is not None:
            self._opened(taken, password)

    def _opened(self, ledger: Ledger, password: str) -> None:
        self._set_busy(False)
        actor = ledger.actor
        assert actor is not None
        must_change = (
            not ledger.read_only and users.get_user(ledger, actor, actor.id).must_change_password
        )
        if must_change and not ChangePasswordDialog.run(
            self, ledger, actor, current_password=password, forced=True
        ):
            ledger.close()
            self.password.clear()
            self.password_error.show_error(
                self.tr("Choose a new password to start working with the ledger.")
            )
            return
        self.password.clear()
        self.logged_in.emit(ledger)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, TooManyAttempts):
            self._start_countdown(exc.seconds)
        elif isinstance(exc, UnknownUser):
            # Not repeated, and cleared: what was typed may be a password typed there by mistake.
            self.user.setCurrentIndex(-1)
            self.user.setCurrentText("")
            self.password.clear()
            self.user_error.show_error(
                self.tr("There is no user by that name in this ledger. Choose your name.")
            )
            self.user.setFocus()
        elif isinstance(exc, WrongPassword):
            self.password.clear()
            self.password_error.show_error(self.tr("The password is not correct."))
            self.password.setFocus()
            self._throttle_after_failure()
        elif isinstance(exc, LedgerLocked):
            self.read_only_button.show()  # first: the dialog then grows for both, message last
            self.file_error.show_error(describe_open_error(exc, self.places))
        elif isinstance(exc, LedgerError):
            self.file_error.show_error(describe_open_error(exc, self.places))
        else:
            workers.report_bug(exc)

    def _throttle_after_failure(self) -> None:
        """The failure was just counted: the whole delay it earned starts now."""
        username = self.user.currentText().strip()
        if self._file_id:
            throttle = LoginThrottle(self.places.login_failures)
            wait = delay_after(throttle.failures(self._file_id, username).count)
            if wait:
                self._start_countdown(wait)

    def _start_countdown(self, seconds: int) -> None:
        self._wait_until = self.clock() + seconds
        self._countdown.start()
        self.login_button.setEnabled(False)
        self._tick()

    def _tick(self) -> None:
        remaining = math.ceil(self._wait_until - self.clock())
        if remaining <= 0:
            self._countdown.stop()
            self.login_button.setEnabled(not self.busy)
            self.password_error.show_error(
                self.tr("The password was not correct. You may try again now.")
            )
            return
        if remaining == 1:
            text = self.tr(
                "The password was not correct several times. Wait 1 second before the next try."
            )
        else:
            text = self.tr(
                "The password was not correct several times. Wait %1 seconds before the next try."
            ).replace("%1", str(remaining))
        self.password_error.show_error(text)

    def _open_read_only(self) -> None:
        self.read_only = True
        self.read_only_button.hide()
        self.file_error.show_error(
            self.tr("Read-only: you can look things up, but nothing you change will be saved.")
        )
        self.submit()

    def _forgot(self) -> None:
        ledger = RecoveryDialog.run(self, self.path, self.places)
        if ledger is not None:
            self.logged_in.emit(ledger)
