"""Locking: Ctrl+L and the idle timer hide personal data and close the ledger; unlock returns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services import session, settings
from desktop.services.places import Places
from desktop.services.settings import OfficeSettings
from desktop.ui import operations
from desktop.ui.context import Hub, UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.office_settings_dialog import OfficeSettingsDialog
from desktop.vault import SaveFailed, Vault, read_lock

from .conftest import (
    CLERK,
    MANAGER,
    OFFSCREEN_SIZE_HINTS,
    TEST_TABS,
    MessageBoxes,
    Person,
    wait_for_login,
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


def personal_data(window: MainWindow) -> list[QLineEdit]:
    return window.findChildren(QLineEdit, "client_name")


def unlock(qtbot: QtBot, window: MainWindow, person: Person) -> None:
    assert window.lock_page is not None
    form = window.lock_page.form
    form.user.setCurrentText(person.username)
    qtbot.keyClicks(form.password, person.password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    wait_for_login(qtbot, form)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)


def assert_locked(window: MainWindow, ledger_db_closed: Callable[[], object]) -> None:
    assert window.locked
    assert personal_data(window) == []
    assert window.tabs.count() == 0
    assert window.stack.currentWidget() is window.lock_page
    with pytest.raises(sqlite3.ProgrammingError):  # the decrypted database left memory
        ledger_db_closed()
    assert read_lock(window.path) is None  # the file is free for others


def test_ctrl_l_locks_and_unlock_returns_to_the_same_tab(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    ledger = window.context.ledger
    window.tabs.setCurrentIndex(1)
    assert personal_data(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert_locked(window, ledger.db.serialize)
    assert window.status.user_label.text() == "Locked"
    assert not window.new_action.isEnabled() and not window.admin_menu.menuAction().isVisible()
    assert window.lock_page is not None
    assert window.lock_page.form.user.currentText() == MANAGER.username

    unlock(qtbot, window, MANAGER)
    assert window.tabs.currentIndex() == 1
    assert personal_data(window)
    assert window.context is not None and window.context.ledger is not ledger


def test_idle_time_locks_the_window(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    ledger = window.context.ledger
    window.idle_lock_ms = 300
    window.lock_after_idle()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert_locked(window, ledger.db.serialize)


def test_activity_starts_the_idle_clock_again(qtbot: QtBot, window: MainWindow) -> None:
    window.idle_lock_ms = 60_000
    window.lock_after_idle()
    qtbot.wait(300)
    assert window.idle.timer.remainingTime() <= 59_750  # nobody touched anything
    qtbot.keyClick(window.tabs.widget(0), Qt.Key.Key_Shift)  # someone is typing
    qtbot.waitUntil(lambda: window.idle.timer.remainingTime() > 59_750, timeout=1000)
    qtbot.wait(300)
    qtbot.mouseMove(window.tabs.widget(0), QPoint(5, 5))
    qtbot.waitUntil(lambda: window.idle.timer.remainingTime() > 59_750, timeout=1000)
    assert not window.locked


def test_the_office_setting_gives_the_idle_time(window: MainWindow) -> None:
    assert window.context is not None
    settings.update_settings(
        window.context.ledger, window.context.actor, OfficeSettings("事務所", 12)
    )
    window.lock_after_idle()
    assert window.idle.timer.interval() == 12 * 60_000


def test_another_user_unlocks_with_their_own_role(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    unlock(qtbot, window, CLERK)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Notes"]
    assert not window.admin_menu.menuAction().isVisible()
    assert window.status.user_label.text() == "鈴木 健太 (clerk)"


def test_wrong_password_on_the_lock_page(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    assert window.lock_page is not None
    form = window.lock_page.form
    qtbot.keyClicks(form.password, "not-it-at-all")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    wait_for_login(qtbot, form)
    assert window.locked and form.password_error.text() == "The password is not correct."


def test_lock_closes_open_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    dialog = OfficeSettingsDialog(window.context, window)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()


def test_an_unsaved_change_stops_the_lock_until_resolved(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: MessageBoxes
) -> None:
    assert window.context is not None
    context = window.context

    def broken(self: Vault, image: bytes) -> None:
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(Vault, "save", broken)
    operations.run_op(
        window,
        context,
        lambda: settings.update_settings(context.ledger, context.actor, OfficeSettings("X", 5)),
    )
    messages.answers.append(operations.Button.Cancel)
    assert not window.lock()
    assert not window.locked and personal_data(window)
    assert "not saved" in messages.texts()[-1]
    monkeypatch.undo()
    assert window.lock()  # the retry inside lock() succeeds now
    assert window.locked


def test_the_old_copy_warning_is_given_once_not_at_every_unlock(
    qtbot: QtBot,
    ledger_path: Path,
    places: Places,
    settings_file: str,
    messages: MessageBoxes,
) -> None:
    old_copy = ledger_path.read_bytes()
    for _day in range(5):  # each login is saved: this PC has seen five later saves
        session.open_ledger(ledger_path, MANAGER.username, MANAGER.password, places).close()
    ledger_path.write_bytes(old_copy)  # and now the old copy is back (from a USB stick)
    ledger = session.open_ledger(ledger_path, MANAGER.username, MANAGER.password, places)
    window = MainWindow(UiContext.for_ledger(ledger, Hub(), settings_file), places, tabs=TEST_TABS)
    qtbot.addWidget(window)
    window.show()
    assert len(messages.texts()) == 1
    assert messages.texts()[0].startswith("This may be an old copy of the ledger.")
    window.lock()
    unlock(qtbot, window, MANAGER)
    assert not window.locked
    assert len(messages.texts()) == 1  # said at login; unlocking is not opening a copy
    window.close()
