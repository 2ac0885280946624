"""The login dialog as a person meets it: right and wrong passwords, waits, bad files."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import audit, session, users
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor
from desktop.services.places import Places
from desktop.ui.login import DemoCredentials
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.password_dialog import ChangePasswordDialog
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.vault import read_lock

from .conftest import CLERK, MANAGER, OFFSCREEN_SIZE_HINTS, Person, Prepared, wait_for_login

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def dialog(qtbot: QtBot, ledger_path: Path, places: Places) -> LoginDialog:
    shown = LoginDialog(ledger_path, places)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def type_login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    form = dialog.form
    form.user.setCurrentText(username)
    form.password.clear()
    qtbot.keyClicks(form.password, password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    wait_for_login(qtbot, form)


def close_when_done(dialog: LoginDialog) -> Ledger:
    assert dialog.ledger is not None
    return dialog.ledger


def test_user_list_comes_from_the_file(dialog: LoginDialog) -> None:
    names = [dialog.form.user.itemText(i) for i in range(dialog.form.user.count())]
    assert names == [CLERK.username, MANAGER.username]


def test_right_password_opens_the_ledger(qtbot: QtBot, dialog: LoginDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        type_login(qtbot, dialog, MANAGER.username, MANAGER.password)
    ledger = close_when_done(dialog)
    try:
        assert ledger.actor is not None and ledger.actor.username == MANAGER.username
        assert read_lock(ledger.path) is not None  # the file is ours while it is open
        assert audit.list_events(ledger, ledger.actor)[0].action == "login"
    finally:
        ledger.close()


def test_wrong_password_is_said_next_to_the_field(qtbot: QtBot, dialog: LoginDialog) -> None:
    type_login(qtbot, dialog, MANAGER.username, "not-the-password")
    form = dialog.form
    assert form.password_error.isVisible()
    assert form.password_error.text() == "The password is not correct."
    assert dialog.isVisible() and dialog.ledger is None
    assert form.password.text() == ""  # ready for the next try
    assert form.login_button.isEnabled()


def stopped_clock(real: Callable[[], float]) -> Callable[[], float]:
    """A clock that stops at the first moment it is read (when the countdown starts)."""
    start: list[float] = []

    def read() -> float:
        if not start:
            start.append(real())
        return start[0]

    return read


def test_repeated_failures_make_the_person_wait(qtbot: QtBot, dialog: LoginDialog) -> None:
    form = dialog.form
    real_clock = form.clock
    form.clock = stopped_clock(real_clock)  # the countdown stands still while the test reads it
    for _ in range(3):
        type_login(qtbot, dialog, MANAGER.username, "not-the-password")
    assert not form.login_button.isEnabled()
    assert "Wait 1 second before" in form.password_error.text()
    # pressing Enter while waiting does nothing
    qtbot.keyClicks(form.password, MANAGER.password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert not form.busy and dialog.ledger is None
    form.clock = real_clock
    qtbot.waitUntil(form.login_button.isEnabled, timeout=3000)
    assert "try again now" in form.password_error.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(form.password, Qt.Key.Key_Return)
    ledger = close_when_done(dialog)
    try:
        assert ledger.actor is not None
        events = audit.list_events(ledger, ledger.actor, action="login.failures")
        assert events and "wrong passwords" in events[0].summary
        assert re.search(r"\b3\b", events[0].summary)  # the three failures are counted
    finally:
        ledger.close()


def test_a_fourth_failure_waits_longer(qtbot: QtBot, dialog: LoginDialog) -> None:
    form = dialog.form
    for _ in range(3):
        type_login(qtbot, dialog, MANAGER.username, "not-the-password")
    qtbot.waitUntil(form.login_button.isEnabled, timeout=3000)
    form.clock = stopped_clock(form.clock)
    type_login(qtbot, dialog, MANAGER.username, "still-not-it")
    assert "Wait 2 seconds before" in form.password_error.text()
    assert not form.login_button.isEnabled()


def test_unknown_user_is_said_next_to_the_user(qtbot: QtBot, dialog: LoginDialog) -> None:
    type_login(qtbot, dialog, "nobody", "whatever-pass")
    form = dialog.form
    assert form.user_error.text() == (
        "There is no user by that name in this ledger. Choose your name."
    )
    assert dialog.ledger is None
    # What was typed may have been a password: neither repeated nor left in view.
    assert "nobody" not in form.user_error.text() and form.user.currentText() == ""
    assert form.password.text() == ""


def test_several_users_none_remembered_start_in_the_user_field(
    qtbot: QtBot, ledger_path: Path, places: Places
) -> None:
    dialog = LoginDialog(ledger_path, places)  # a manager and a clerk; nobody remembered
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    form = dialog.form
    assert QApplication.focusWidget() is form.user
    assert form.user.currentText() == "" and not form.password.isEnabled()
    qtbot.keyClicks(QApplication.focusWidget(), CLERK.username)  # typed at once: the name
    assert form.user.currentText() == CLERK.username and form.password.text() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.password and form.password.isEnabled()
    qtbot.keyClicks(form.password, CLERK.password)
    assert form.password.echoMode() is QLineEdit.EchoMode.Password  # never in clear text
    assert form.password.displayText() != CLERK.password


def test_no_password_field_ever_shows_its_text() -> None:
    """Every echo mode set in the window is Password: no "show password" switch exists."""
    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    modes = {
        mode
        for source in ui.rglob("*.py")
        for mode in re.findall(r"setEchoMode\((.*?)\)", source.read_text(encoding="utf-8"))
    }
    assert modes == {"QLineEdit.EchoMode.Password"}


def test_tab_goes_round_every_field_of_the_login(
    qtbot: QtBot, ledger_path: Path, places: Places
) -> None:
    dialog = LoginDialog(ledger_path, places, username=MANAGER.username)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    form = dialog.form
    assert QApplication.focusWidget() is form.password  # the user is known: type the password
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    quit_button = seen[1]
    assert isinstance(quit_button, QPushButton) and quit_button.text() == "&Quit"
    assert seen == [form.forgot_button, quit_button, form.login_button, form.user, form.password]


def test_damaged_file_says_restore_a_backup(
    qtbot: QtBot, ledger_path: Path, places: Places
) -> None:
    data = bytearray(ledger_path.read_bytes())
    data[-5] ^= 0xFF
    ledger_path.write_bytes(bytes(data))
    dialog = LoginDialog(ledger_path, places)
    qtbot.addWidget(dialog)
    type_login(qtbot, dialog, MANAGER.username, MANAGER.password)
    message = dialog.form.file_error.text()
    assert "damaged" in message and str(places.backups) in message
    assert dialog.ledger is None and read_lock(ledger_path) is None


def test_newer_version_says_install_the_newer_program(
    qtbot: QtBot, ledger_path: Path, places: Places
) -> None:
    data = bytearray(ledger_path.read_bytes())
    data[4:6] = (2).to_bytes(2, "little")
    ledger_path.write_bytes(bytes(data))
    dialog = LoginDialog(ledger_path, places)
    qtbot.addWidget(dialog)
    assert "newer version" in dialog.form.file_error.text()
    assert not dialog.form.login_button.isEnabled()


def test_locked_file_offers_read_only(
    qtbot: QtBot, dialog: LoginDialog, login: Callable[[Person], Ledger]
) -> None:
    login(CLERK)  # another program has it open
    type_login(qtbot, dialog, MANAGER.username, MANAGER.password)
    form = dialog.form
    assert "open in another program" in form.file_error.text()
    assert re.search(r", since \d{4}-\d\d-\d\d \d\d:\d\d\)\.", form.file_error.text())
    assert form.read_only_button.isVisible()
    message = form.file_error
    assert message.height() >= message.heightForWidth(message.width())  # not cut off
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(form.read_only_button, Qt.MouseButton.LeftButton)
    ledger = close_when_done(dialog)
    try:
        assert ledger.read_only
    finally:
        ledger.close()


def test_demo_credentials_are_shown(qtbot: QtBot, ledger_path: Path, places: Places) -> None:
    from desktop.demo.fill import DEMO_PASSWORD, DEMO_USERS

    dialog = LoginDialog(
        ledger_path, places, demo=DemoCredentials(tuple(DEMO_USERS), DEMO_PASSWORD)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    text = QTextDocumentFragment.fromHtml(dialog.form.demo_box.text()).toPlainText()
    assert dialog.form.demo_box.isVisible()
    assert DEMO_PASSWORD in text and "manager (田中 美咲, manager)" in text and "clerk" in text


def test_must_change_password_is_asked_right_after_login(
    qtbot: QtBot,
    dialog: LoginDialog,
    login: Callable[[Person], Ledger],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manager = login(MANAGER)
    assert manager.actor is not None
    clerk_id = next(
        u.id for u in users.list_users(manager, manager.actor) if u.username == "suzuki"
    )
    users.reset_password(manager, manager.actor, clerk_id, "temporary-123-tulip")
    manager.close()
    asked: list[tuple[str | None, bool]] = []

    def choose(
        parent: QWidget, ledger: Ledger, actor: Actor, *, current_password: str, forced: bool
    ) -> bool:
        asked.append((current_password, forced))
        users.change_own_password(ledger, actor, current_password, "my-own-choice-9-maple")
        return True

    monkeypatch.setattr(ChangePasswordDialog, "run", choose)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        type_login(qtbot, dialog, CLERK.username, "temporary-123-tulip")
    close_when_done(dialog).close()
    assert asked == [("temporary-123-tulip", True)]
    reopened = session.open_ledger(
        dialog.form.path, CLERK.username, "my-own-choice-9-maple", dialog.form.places
    )
    reopened.close()


def test_refusing_the_new_password_keeps_the_ledger_closed(
    qtbot: QtBot,
    dialog: LoginDialog,
    login: Callable[[Person], Ledger],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manager = login(MANAGER)
    assert manager.actor is not None
    clerk_id = next(
        u.id for u in users.list_users(manager, manager.actor) if u.username == "suzuki"
    )
    users.reset_password(manager, manager.actor, clerk_id, "temporary-123-tulip")
    manager.close()
    monkeypatch.setattr(ChangePasswordDialog, "run", lambda *args, **kwargs: False)
    type_login(qtbot, dialog, CLERK.username, "temporary-123-tulip")
    assert dialog.ledger is None and dialog.isVisible()
    assert "new password" in dialog.form.password_error.text()
    assert read_lock(dialog.form.path) is None


def test_change_password_dialog(qtbot: QtBot, login: Callable[[Person], Ledger]) -> None:
    ledger = login(MANAGER)
    assert ledger.actor is not None
    dialog = ChangePasswordDialog(ledger, ledger.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.current, "wrong-current")
    qtbot.keyClicks(dialog.fields.password, "a brand new sentence")
    qtbot.keyClicks(dialog.fields.repeat, "a brand new")
    assert dialog.fields.repeat_error.isHidden()  # still typing
    qtbot.keyClicks(dialog.fields.repeat, "X")
    assert dialog.fields.repeat_error.text() == "The two passwords differ."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.fields.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.fields.repeat, " sentence")
    assert dialog.ok_button.isEnabled()
    assert dialog.fields.meter.label.text() in ("Good", "Strong")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_error.isVisible(), timeout=5000)
    assert dialog.current_error.text() == "The current password is not correct."
    qtbot.keyClicks(dialog.current, MANAGER.password)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert users.check_user_password(ledger, MANAGER.username, "a brand new sentence")


def test_forgot_password_with_the_recovery_key(
    qtbot: QtBot, ledger_path: Path, places: Places, prepared: Prepared
) -> None:
    dialog = RecoveryDialog(ledger_path, places)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, "0000-" + prepared.recovery_key[5:])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.key_error.isVisible(), timeout=5000)
    assert "typing error" in dialog.key_error.text()
    dialog.key.setText(prepared.recovery_key.replace("-", " ").lower())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=5000)
    assert dialog.manager.currentText() == MANAGER.username  # the clerk is not offered
    assert dialog.manager.count() == 1
    qtbot.keyClicks(dialog.fields.password, "recovered at last")
    qtbot.keyClicks(dialog.fields.repeat, "recovered at last")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.ledger is not None
    dialog.ledger.close()
    again = session.open_ledger(ledger_path, MANAGER.username, "recovered at last", places)
    try:
        assert again.actor is not None
        actions = [e.action for e in audit.list_events(again, again.actor)]
        assert "recovery.used" in actions
    finally:
        again.close()


def test_forgot_password_link_logs_in_with_the_recovered_ledger(
    qtbot: QtBot,
    dialog: LoginDialog,
    login: Callable[[Person], Ledger],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recovered: list[Ledger] = []

    def run(parent: QWidget, path: Path, places: Places) -> Ledger:
        recovered.append(login(MANAGER))
        return recovered[0]

    monkeypatch.setattr(RecoveryDialog, "run", run)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.form.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.ledger is recovered[0]
