"""Admin ▸ Users: add, reset, role, remove, reactivate, as a manager clicks through them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services import session, users
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor, Role
from desktop.services.places import Places
from desktop.ui import operations
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.password_dialog import ChangePasswordDialog, NewPasswordDialog
from desktop.ui.users_dialog import AddUserDialog, UsersDialog
from desktop.vault import UnknownUser

from .conftest import (
    CLERK,
    MANAGER,
    OFFSCREEN_SIZE_HINTS,
    MessageBoxes,
    NotesTab,
    wait_for_login,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def dialog(qtbot: QtBot, context: UiContext) -> UsersDialog:
    shown = UsersDialog(context)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def row_of(dialog: UsersDialog, username: str) -> tuple[str, ...]:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == username:
            return tuple(str(model.data(model.index(row, c))) for c in range(model.columnCount()))
    raise AssertionError(f"{username} is not listed")


def test_list_shows_users_and_roles(dialog: UsersDialog, qtmodeltester: object) -> None:
    assert row_of(dialog, MANAGER.username) == ("tanaka", "田中 美咲", "manager", "active")
    assert row_of(dialog, CLERK.username) == ("suzuki", "鈴木 健太", "clerk", "active")
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]


def test_add_a_clerk_and_log_in_as_them(
    qtbot: QtBot,
    context: UiContext,
    places: Places,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(context, places, tabs=(NotesTab, ManagerOnlyTab))
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.count() == 2 and window.admin_menu.menuAction().isVisible()

    add = AddUserDialog(context, window)
    qtbot.addWidget(add)
    add.show()
    qtbot.keyClicks(add.username, "sato")
    add.display_name.setText("佐藤 一郎")
    qtbot.keyClicks(add.fields.password, "welcome-sato-1")
    assert not add.ok_button.isEnabled()
    qtbot.keyClicks(add.fields.repeat, "welcome-sato-1")
    with qtbot.waitSignal(add.accepted, timeout=5000):
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    assert add.added is not None and add.added.role is Role.CLERK

    def choose_own(
        parent: QWidget, ledger: Ledger, actor: Actor, *, current_password: str, forced: bool
    ) -> bool:
        assert forced and actor.username == "sato"
        users.change_own_password(ledger, actor, current_password, "sato-own-password")
        return True

    monkeypatch.setattr(ChangePasswordDialog, "run", choose_own)
    window.lock()
    assert window.lock_page is not None
    form = window.lock_page.form
    assert "sato" in [form.user.itemText(i) for i in range(form.user.count())]
    form.user.setCurrentText("sato")
    qtbot.keyClicks(form.password, "welcome-sato-1")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    wait_for_login(qtbot, form)
    qtbot.waitUntil(lambda: not window.locked)

    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Notes"]
    assert not window.admin_menu.menuAction().isVisible()
    assert window.status.user_label.text() == "佐藤 一郎 (clerk)"
    window.close()


class ManagerOnlyTab(NotesTab):
    KEY = "manager_only"
    TITLE = "Manager only"

    @classmethod
    def available(cls, actor: Actor) -> bool:
        return actor.is_manager


def test_add_user_shows_service_errors_next_to_the_field(qtbot: QtBot, context: UiContext) -> None:
    add = AddUserDialog(context)
    qtbot.addWidget(add)
    add.show()
    qtbot.keyClicks(add.username, "suzuki")
    add.display_name.setText("another Suzuki")
    qtbot.keyClicks(add.fields.password, "welcome-sato-1")
    qtbot.keyClicks(add.fields.repeat, "welcome-sato-1")
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    assert add.username_error.text() == "There is already a user named 'suzuki'."
    assert add.added is None and add.isVisible()


def test_reset_password(
    dialog: UsersDialog, monkeypatch: pytest.MonkeyPatch, ledger_path: Path, places: Places
) -> None:
    monkeypatch.setattr(NewPasswordDialog, "ask", lambda *args: "reset-by-manager")
    dialog.select_username(CLERK.username)
    dialog.reset_button.click()
    assert row_of(dialog, CLERK.username)[3] == "active, must choose a password"
    dialog.context.ledger.close()
    again = session.open_ledger(ledger_path, CLERK.username, "reset-by-manager", places)
    again.close()


def test_the_last_manager_cannot_become_a_clerk(
    dialog: UsersDialog, messages: MessageBoxes
) -> None:
    dialog.select_username(MANAGER.username)
    assert dialog.role_button.text() == "Make &clerk"
    dialog.role_button.click()
    assert "at least one active manager" in messages.texts()[-1]
    assert row_of(dialog, MANAGER.username)[2] == "manager"
    dialog.select_username(CLERK.username)
    dialog.role_button.click()
    assert row_of(dialog, CLERK.username)[2] == "manager"


def test_remove_explains_the_key_rotation_and_reactivate(
    dialog: UsersDialog,
    messages: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    ledger_path: Path,
    places: Places,
) -> None:
    dialog.select_username(MANAGER.username)
    assert not dialog.remove_button.isEnabled()  # not oneself
    dialog.select_username(CLERK.username)
    messages.answers.append(operations.Button.Cancel)
    dialog.remove_button.click()
    assert row_of(dialog, CLERK.username)[3] == "active"
    messages.answers.append(operations.Button.Yes)
    dialog.remove_button.click()
    assert "new encryption key" in messages.texts()[-1]
    assert row_of(dialog, CLERK.username)[3] == "removed"
    assert dialog.reactivate_button.isEnabled() and not dialog.reset_button.isEnabled()
    with pytest.raises(UnknownUser):
        session.open_ledger(ledger_path, CLERK.username, CLERK.password, places, read_only=True)

    monkeypatch.setattr(NewPasswordDialog, "ask", lambda *args: "welcome-back-1")
    dialog.reactivate_button.click()
    assert row_of(dialog, CLERK.username)[3] == "active, must choose a password"
    session.open_ledger(
        ledger_path, CLERK.username, "welcome-back-1", places, read_only=True
    ).close()


def test_new_password_dialog_checks_the_rule(qtbot: QtBot) -> None:
    ask = NewPasswordDialog("Reset", "")
    qtbot.addWidget(ask)
    ask.show()
    qtbot.keyClicks(ask.fields.password, "short")
    qtbot.keyClicks(ask.fields.repeat, "short")
    qtbot.mouseClick(ask.ok_button, Qt.MouseButton.LeftButton)
    assert "at least 10" in ask.fields.password_error.text()
    assert ask.result() != ask.DialogCode.Accepted


def test_users_menu_opens_the_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, login: Callable[..., Ledger]
) -> None:
    opened: list[UiContext] = []
    monkeypatch.setattr(UsersDialog, "run", lambda parent, context: opened.append(context))
    window.users_action.trigger()
    assert opened == [window.context]
