"""Backups in the window: their age in the status bar, Back up to… with progress, full and
removed drives, Admin ▸ Restore from backup, and Cancel while the ledger is being unlocked."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from desktop.db.models import Setting
from desktop.services import backups, session, settings
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.settings import OfficeSettings
from desktop.ui import login as login_module
from desktop.ui import main_window as main_window_module
from desktop.ui import operations
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.menus import ITEMS, Needs
from desktop.ui.restore_dialog import RestoreDialog
from desktop.vault import ledgerfile, read_header

from .conftest import MANAGER, OFFSCREEN_SIZE_HINTS, MessageBoxes, wait_for_login

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


def _context(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.context is not None
    return window.context


def _rename(window: MainWindow, name: str) -> None:
    context = _context(window)
    settings.update_settings(context.ledger, context.actor, OfficeSettings(name, 5))


# --- the status bar --------------------------------------------------------------------------


def test_the_status_bar_shows_the_last_backup_and_warns_after_a_week(
    window: MainWindow, qtbot: QtBot
) -> None:
    label = window.status.backup_label
    assert label.text() == "Last backup: today"  # the daily backup at login
    assert "⚠" not in label.text()

    context = _context(window)
    with context.ledger.transaction() as session_:
        row = session_.get(Setting, backups.LAST_BACKUP)
        assert row is not None
        row.value = (datetime.now().astimezone() - timedelta(days=9)).isoformat()
    window.status.refresh()
    assert label.text() == "⚠ Last backup: 9 days ago"
    assert "no good backup from the last 7 days" in label.toolTip()
    assert "font-weight: bold" in label.styleSheet()
    qtbot.wait(50)  # the status bar lays out the wider label
    window.grab().save("/tmp/sec_status_stale.png")


# --- Back up to… -------------------------------------------------------------------------------


def test_back_up_to_copies_in_a_worker_with_a_progress_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, messages: MessageBoxes
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(operations, "choose_folder", lambda *args: str(usb))
    threads: list[threading.Thread] = []
    real_backup = backups.backup_to

    def watched(*args: object, **kwargs: object) -> Path:
        threads.append(threading.current_thread())
        return real_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "backup_to", watched)
    shown: list[int] = []
    real_set_value = QProgressDialog.setValue
    monkeypatch.setattr(
        QProgressDialog, "setValue", lambda self, v: (shown.append(v), real_set_value(self, v))
    )
    window.backup_action.trigger()
    (copy,) = usb.glob("office-*.pldb")
    assert threads and threads[0] is not threading.main_thread()  # off the GUI thread
    assert shown[-1] == 100
    assert f"The backup was saved as {copy}." in messages.texts()[-1]
    assert window.status.backup_label.text() == "Last backup: today"


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (OSError(errno.ENODEV, "No such device"), "was removed or stopped answering"),
    ],
    ids=["full", "removed"],
)
def test_a_full_or_removed_drive_is_named_and_nothing_half_made_is_left(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: MessageBoxes,
    error: OSError,
    said: str,
) -> None:
    def fail(fd: int) -> None:
        raise error

    monkeypatch.setattr(operations, "choose_folder", lambda *args: str(tmp_path))
    monkeypatch.setattr(ledgerfile.os, "fsync", fail)
    window.backup_action.trigger()
    message = messages.texts()[-1]
    assert message.startswith("The backup could not be made.") and said in message
    assert list(tmp_path.glob("office-*.pldb*")) == [] and list(tmp_path.glob(".office-*")) == []
    assert window.save_bar.isHidden()  # the ledger itself is saved


# --- Restore from backup ------------------------------------------------------------------------


def _restore_dialog(window: MainWindow, places: Places, qtbot: QtBot) -> RestoreDialog:
    dialog = RestoreDialog(_context(window), places, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_restore_dialog_lists_backups_and_shows_what_one_holds(
    window: MainWindow, places: Places, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(window)
    made = backups.backup_to(context.ledger, context.actor, places.backups_of(
        context.ledger.path, context.ledger.file_id))  # fmt: skip
    dialog = _restore_dialog(window, places, qtbot)
    assert dialog.backups.count() == 2  # the daily backup and this one
    dialog.backups.setCurrentRow(0)
    assert dialog.selected() == made
    details = dialog.details.text()
    assert f"Save number: {read_header(made).generation}" in details
    assert "Users: 2" in details and "Clients: 0" in details
    assert dialog.restore_button.isEnabled()
    dialog.grab().save("/tmp/sec_restore_dialog.png")

    junk = places.data_dir / "notes.pldb"
    junk.write_bytes(b"not a ledger at all")
    monkeypatch.setattr(operations, "choose_open_file", lambda *args: str(junk))
    dialog.choose_button.click()
    assert dialog.selected() == junk
    assert not dialog.error.isHidden() and not dialog.restore_button.isEnabled()


def test_restoring_reopens_the_window_on_the_restored_ledger(
    window: MainWindow,
    places: Places,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    messages: MessageBoxes,
) -> None:
    context = _context(window)
    _rename(window, "Before Office")
    made = backups.backup_to(context.ledger, context.actor, places.data_dir / "usb")
    _rename(window, "After Office")
    before = read_header(context.ledger.path).generation

    def pick_and_restore(parent: MainWindow, ctx: object, places_: Places) -> Path | None:
        dialog = _restore_dialog(parent, places_, qtbot)
        monkeypatch.setattr(operations, "choose_open_file", lambda *args: str(made))
        dialog.choose_button.click()
        messages.answers.append(QMessageBox.StandardButton.Yes)  # "Restore the backup of …?"
        dialog.restore_button.click()
        return dialog.kept

    monkeypatch.setattr(main_window_module.RestoreDialog, "run", pick_and_restore)
    window.restore_action.trigger()
    assert window.windowTitle().startswith("Before Office — ")
    assert window.tabs.count() == 2  # the tabs were built again
    assert "Backup restored." in window.status.currentMessage()
    assert read_header(context.ledger.path).generation > before
    kept = list(places.backups.glob("*/office-before-restore-*.pldb"))
    assert len(kept) == 1 and kept[0].name in window.status.currentMessage()
    window.grab().save("/tmp/sec_after_restore.png")


def test_restore_is_for_managers_only(window: MainWindow) -> None:
    assert {item.name: needs for item, needs in ITEMS}["restore"] is Needs.MANAGER
    assert window.restore_action.isEnabled()  # the manager logged in has it


# --- Cancel while unlocking -------------------------------------------------------------------


def test_cancel_stops_waiting_and_the_ledger_opened_meanwhile_is_closed(
    qtbot: QtBot, ledger_path: Path, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    opened: list[Ledger] = []
    real_open: Callable[..., Ledger] = session.open_ledger

    def slow_open(*args: object, **kwargs: object) -> Ledger:
        release.wait(10)
        ledger = real_open(*args, **kwargs)
        opened.append(ledger)
        return ledger

    monkeypatch.setattr(login_module, "open_ledger", slow_open)
    dialog = LoginDialog(ledger_path, places)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.user.setCurrentText(MANAGER.username)
    form.password.setText(MANAGER.password)
    logged_in: list[object] = []
    form.logged_in.connect(logged_in.append)
    form.submit()
    assert form.busy and form.stop_button.isVisible() and not form.password.isEnabled()
    dialog.grab().save("/tmp/sec_login_busy.png")

    form.stop_button.click()
    assert not form.busy and form.password.isEnabled() and form.login_button.isEnabled()
    assert form.password_error.text() == "Stopped: the ledger was not opened."
    attempt = form._attempt
    assert attempt is not None
    release.set()
    qtbot.waitUntil(attempt.settled.is_set, timeout=10_000)
    qtbot.wait(50)
    assert logged_in == [] and dialog.isVisible()
    assert len(opened) == 1  # it was opened in the worker, and closed unseen

    # the file is free again: the next try opens it
    monkeypatch.setattr(login_module, "open_ledger", real_open)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        form.submit()
        wait_for_login(qtbot, form, 10_000)
    assert dialog.ledger is not None
    dialog.ledger.close()


def test_escape_while_unlocking_cancels_instead_of_closing(
    qtbot: QtBot, ledger_path: Path, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_open: Callable[..., Ledger] = session.open_ledger
    monkeypatch.setattr(
        login_module, "open_ledger", lambda *a, **k: (release.wait(10), real_open(*a, **k))[1]
    )
    dialog = LoginDialog(ledger_path, places)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.user.setCurrentText(MANAGER.username)
    dialog.form.password.setText(MANAGER.password)
    dialog.form.submit()
    dialog.reject()  # Enter reaching the Quit button, say: ignored while unlocking
    assert dialog.isVisible() and dialog.form.busy
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.form.busy
    attempt = dialog.form._attempt
    assert attempt is not None
    release.set()
    qtbot.waitUntil(attempt.settled.is_set, timeout=10_000)
    assert dialog.ledger is None
