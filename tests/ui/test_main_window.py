"""The main window: tabs by role, shortcuts, status bar, save failures, backups, admin dialogs."""

from __future__ import annotations

import errno
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.db.models import AuditEvent
from desktop.services import policies, session, settings
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.settings import OfficeSettings
from desktop.ui import operations, prefs
from desktop.ui.about import PolicyDialog
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.clients import ClientsTab
from desktop.ui.context import Area, UiContext
from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.office_settings_dialog import OfficeSettingsDialog
from desktop.vault import LedgerError, SaveFailed, Vault

from .conftest import MANAGER, OFFICE, OFFSCREEN_SIZE_HINTS, MessageBoxes, NotesTab, Person

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def failing_saves(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bool], None]]:
    """Make every write of the ledger file fail (a full disk, a vanished USB stick)."""
    real_save = Vault.save

    def broken(self: Vault, image: bytes) -> None:
        raise SaveFailed("The disk holding the ledger is full.")

    def set_failing(failing: bool) -> None:
        monkeypatch.setattr(Vault, "save", broken if failing else real_save)

    yield set_failing


def change_office_name(window: MainWindow, name: str) -> None:
    """A change through the usual path: a service call run by run_op."""
    context = window.context
    assert context is not None
    operations.run_op(
        window,
        context,
        lambda: settings.update_settings(context.ledger, context.actor, OfficeSettings(name, 5)),
        changed=Area.SETTINGS,
    )


def reopen(path: Path, places: Places, person: Person = MANAGER) -> Ledger:
    return session.open_ledger(path, person.username, person.password, places, read_only=True)


def test_tabs_menus_and_status_bar_for_a_manager(window: MainWindow) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Notes", "Reports"]
    assert window.admin_menu.menuAction().isVisible()
    assert window.windowTitle() == f"{OFFICE} — office.pldb — Privacy Ledger"
    status = window.status
    assert status.user_label.text() == "田中 美咲 (manager)"
    assert status.path_label.text() == "office.pldb"
    assert status.saved_label.text().startswith("Saved ")
    assert status.chain_label.text() == "Audit trail intact"
    assert status.read_only_label.isHidden()


def test_the_default_tabs_start_with_the_clients_tab(
    context: UiContext, places: Places, qtbot: QtBot
) -> None:
    window = MainWindow(context, places)
    qtbot.addWidget(window)
    assert MainWindow.TABS[0] is ClientsTab
    assert isinstance(window.tabs.widget(0), ClientsTab)


def test_after_login_the_cursor_is_in_the_clients_search(
    context: UiContext, places: Places, qtbot: QtBot
) -> None:
    window = MainWindow(context, places)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tab = window.tabs.widget(0)
    assert isinstance(tab, ClientsTab)
    qtbot.keyClicks(QApplication.focusWidget(), "yamada")  # typing at once searches
    assert tab.search.text() == "yamada"


def test_ctrl_n_and_ctrl_f_go_to_the_current_tab(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.tabs.widget(0)
    assert isinstance(tab, NotesTab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.new_records == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search


def test_failed_save_shows_the_bar_and_retry_saves(
    qtbot: QtBot, window: MainWindow, failing_saves: Callable[[bool], None], places: Places
) -> None:
    failing_saves(True)
    change_office_name(window, "新しい事務所")
    assert window.save_bar.isVisible()
    assert "disk holding the ledger is full" in window.save_bar.message.text()
    assert window.status.saved_label.text() == "Not saved"
    assert "color: #b00020" in window.status.saved_label.styleSheet()

    qtbot.mouseClick(window.save_bar.retry_button, Qt.MouseButton.LeftButton)
    assert window.save_bar.isVisible()  # still failing: nothing pretends otherwise

    failing_saves(False)
    qtbot.mouseClick(window.save_bar.retry_button, Qt.MouseButton.LeftButton)
    assert window.save_bar.isHidden()
    assert window.status.saved_label.text().startswith("Saved ")
    assert window.context is not None
    check = reopen(window.context.ledger.path, places)
    try:
        assert settings.get_settings(check, check.actor).office_name == "新しい事務所"
    finally:
        check.close()


def test_closing_with_an_unsaved_change_can_be_cancelled(
    window: MainWindow, failing_saves: Callable[[bool], None], messages: MessageBoxes
) -> None:
    failing_saves(True)
    change_office_name(window, "新しい事務所")
    messages.answers.append(operations.Button.Cancel)
    assert not window.close()
    assert window.isVisible() and window.context is not None
    assert "Your last change is not saved in the ledger file." in messages.texts()[-1]
    assert "Discard" in messages.texts()[-1]


def test_closing_with_an_unsaved_change_save_as(
    window: MainWindow,
    failing_saves: Callable[[bool], None],
    messages: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    places: Places,
) -> None:
    failing_saves(True)
    change_office_name(window, "新しい事務所")
    elsewhere = tmp_path / "usb" / "office-rescued.pldb"
    elsewhere.parent.mkdir()

    def choose(*args: object) -> str:
        failing_saves(False)  # the other disk has room
        return str(elsewhere)

    monkeypatch.setattr(operations, "choose_save_file", choose)
    messages.answers.append(operations.Button.Save)
    assert window.close()
    check = reopen(elsewhere, places)
    try:
        assert settings.get_settings(check, check.actor).office_name == "新しい事務所"
    finally:
        check.close()


def test_closing_with_an_unsaved_change_discard(
    window: MainWindow,
    failing_saves: Callable[[bool], None],
    messages: MessageBoxes,
    ledger_path: Path,
    places: Places,
) -> None:
    failing_saves(True)
    change_office_name(window, "新しい事務所")
    messages.answers.append(operations.Button.Discard)
    assert window.close()
    assert window.context is None
    failing_saves(False)
    check = reopen(ledger_path, places)
    try:
        assert (
            settings.get_settings(check, check.actor).office_name == OFFICE
        )  # the last saved state
    finally:
        check.close()


def test_backup_now(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: MessageBoxes,
    places: Places,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(operations, "choose_folder", lambda *args: str(usb))
    window.backup_action.trigger()
    copies = list(usb.glob("office-*.pldb"))
    assert len(copies) == 1
    assert f"The backup was saved as {copies[0]}." in messages.texts()[-1]
    reopen(copies[0], places).close()


def test_a_backup_to_a_full_stick_is_not_called_an_unsaved_change(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, messages: MessageBoxes
) -> None:
    def full(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(operations, "choose_folder", lambda *args: str(tmp_path))
    monkeypatch.setattr(shutil, "copyfile", full)
    window.backup_action.trigger()
    assert messages.texts()[-1].startswith("The backup could not be made.")
    assert window.save_bar.isHidden()  # the ledger itself is saved: no Retry / Save As
    assert window.context is not None and not window.context.ledger.unsaved
    assert list(tmp_path.glob("office-*.pldb*")) == []


def test_daily_backup_made_at_login(window: MainWindow, places: Places) -> None:
    assert len(list(places.backups.glob("office-*.pldb"))) == 1
    assert "Daily backup saved" in window.status.currentMessage()


def test_audit_viewer_shows_events_and_chain_state(
    qtbot: QtBot, context: UiContext, qtmodeltester: object
) -> None:
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "intact" in dialog.chain.text(), timeout=5000)
    assert dialog.chain.text().startswith("Audit trail intact: all ")
    actions = [row.action for row in dialog.model.rows()]
    assert actions[0] == "login" and "ledger.create" in actions
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.model.data(dialog.model.index(0, 2)) == MANAGER.username

    dialog.action.setCurrentIndex(dialog.action.findData("user.add"))
    assert {row.action for row in dialog.model.rows()} == {"user.add"}
    dialog.action.setCurrentIndex(0)
    qtbot.keyClicks(dialog.filter, "suzuki")
    qtbot.waitUntil(lambda: all("suzuki" in (r.username + r.summary) for r in dialog.model.rows()))
    assert dialog.model.rows()


def test_audit_viewer_shows_a_broken_chain(qtbot: QtBot, context: UiContext) -> None:
    with context.ledger.db.session() as db:  # someone edited the file's database directly
        event = db.get(AuditEvent, 2)
        assert event is not None
        event.summary = "nothing to see here"
        db.commit()
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "BROKEN" in dialog.chain.text(), timeout=5000)
    assert "event 2" in dialog.chain.text()


def test_office_settings_change_the_title_and_idle_time(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    dialog = OfficeSettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.office.text() == OFFICE and dialog.idle.value() == 5
    dialog.office.clear()
    assert not dialog.save_button.isEnabled()
    dialog.office.setText("鈴木行政書士事務所")
    dialog.idle.setValue(15)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.windowTitle().startswith("鈴木行政書士事務所")
    assert window.idle.timer.interval() == 15 * 60_000
    assert (
        settings.get_settings(window.context.ledger, window.context.actor).idle_lock_minutes == 15
    )


def test_window_geometry_and_tab_remembered_per_user(
    qtbot: QtBot, context: UiContext, places: Places, login: Callable[[Person], Ledger]
) -> None:
    first = MainWindow(context, places, tabs=(NotesTab, ReportsTabForTest))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # within the offscreen screen (800 x 600)
    first.tabs.setCurrentIndex(1)
    first.close()
    again = UiContext.for_ledger(login(MANAGER), context.hub, context.settings.fileName())
    second = MainWindow(again, places, tabs=(NotesTab, ReportsTabForTest))
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.tabs.currentIndex() == 1


class ReportsTabForTest(NotesTab):
    KEY = "reports"
    TITLE = "Reports"


def test_policy_in_both_languages(qtbot: QtBot) -> None:
    english = PolicyDialog("en")
    japanese = PolicyDialog("ja")
    qtbot.addWidget(english)
    qtbot.addWidget(japanese)
    assert "1. Purpose of use" in english.browser.toPlainText()
    assert "7. Continuous improvement" in english.browser.toPlainText()
    assert "1. 利用目的" in japanese.browser.toPlainText()


def test_the_policy_shows_the_version_in_force(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    assert context is not None
    (in_force,) = {v.effective_on for v in policies.list_versions(context.ledger, context.actor)}
    shown: list[tuple[str, bool, str]] = []

    def look(dialog: PolicyDialog) -> int:
        shown.append(
            (
                dialog.version.text(),
                dialog.version.isVisibleTo(dialog),
                dialog.browser.toPlainText(),
            )
        )
        return 0

    monkeypatch.setattr(PolicyDialog, "exec", look)
    window.show_policy()
    ((label, visible, text),) = shown
    assert visible
    assert label == f"Version 1.0, in force since {in_force.isoformat()}"
    assert "1. Purpose of use" in text


def test_language_choice(places: Places) -> None:
    chosen = prefs.open_settings(places)
    assert app.choose_language("ja", chosen) == "ja"
    prefs.LANGUAGE.set(chosen, "ja")
    assert app.choose_language(None, chosen) == "ja"
    assert app.choose_language("en", chosen) == "en"


def test_bugs_get_the_crash_dialog_and_person_errors_a_message(
    monkeypatch: pytest.MonkeyPatch, messages: MessageBoxes
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "run", lambda details, parent=None: shown.append(details))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook(debug=False)
    try:
        raise ValueError("a bug")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "ValueError: a bug" in shown[0] and "Traceback" in shown[0]
    error = LedgerError("The folder is on a read-only disk.")
    sys.excepthook(LedgerError, error, None)
    assert messages.texts()[-1] == "The folder is on a read-only disk."
    assert len(shown) == 1


def test_crash_dialog_details_fold_out_and_copy(qtbot: QtBot) -> None:
    dialog = CrashDialog("Traceback (most recent call last):\nValueError: a bug")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.details.isHidden()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QApplication.clipboard()
    assert clipboard is not None and "ValueError: a bug" in clipboard.text()


def test_a_manager_issues_a_new_recovery_key_shown_once(
    window: MainWindow,
    places: Places,
    messages: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.ui.recovery_key import NewRecoveryKeyDialog, SheetFacts

    shown: list[tuple[str, SheetFacts]] = []
    monkeypatch.setattr(
        NewRecoveryKeyDialog,
        "show_key",
        classmethod(lambda cls, parent, key, facts: shown.append((key, facts))),
    )
    messages.answers.append(QMessageBox.StandardButton.Cancel)
    window.recovery_key_action.trigger()
    assert shown == [], "cancelling the question issues nothing"

    messages.answers.append(QMessageBox.StandardButton.Yes)
    window.recovery_key_action.trigger()
    ((key, facts),) = shown
    assert "stops working" in messages.texts()[-1]
    assert facts.office_name == OFFICE and facts.ledger_path == str(window.path)
    path = window.path
    window.close()
    session.open_with_recovery(path, key, places).close()


def test_the_new_recovery_key_dialog_closes_only_once_the_key_is_stored(qtbot: QtBot) -> None:
    from desktop.ui.recovery_key import NewRecoveryKeyDialog, SheetFacts

    key = "-".join(["ABCD"] * 14)
    dialog = NewRecoveryKeyDialog(key, SheetFacts(OFFICE, "/office.pldb", "f1"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ABCD-ABCD" in dialog.panel.key.text()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape
    assert dialog.isVisible()
    dialog.panel.stored.setChecked(True)
    assert dialog.close_button.isEnabled()
    dialog.close_button.click()
    assert not dialog.isVisible()
