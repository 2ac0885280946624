"""The disposal, due-mark, tombstone and purposes dialogs, clicked through as a person would."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from desktop.services import clients, purposes
from desktop.services.clients import DisposalMethod
from desktop.ui.clients.dispose import (
    DisposalRequest,
    DisposeDialog,
    MarkDueDialog,
    TombstoneDialog,
)
from desktop.ui.context import Area, Change
from desktop.ui.purposes_dialog import PurposesDialog
from tests.ui import clients_support as support
from tests.ui.clients_support import (
    OFFSCREEN_SIZE_HINTS,
    UiEnv,
    show_active,
    type_into,
)

# the fixtures this module uses
clients_template = support.clients_template
manager_ui = support.manager_ui

pytestmark = OFFSCREEN_SIZE_HINTS


def choose_method(qtbot: QtBot, dialog: DisposeDialog, text: str) -> None:
    """Click the round button of a method (the widget is wider than its label)."""
    button = next(b for b in dialog.findChildren(QRadioButton) if b.text().startswith(text))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def test_disposal_asks_method_and_reason_and_warns_it_is_final(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = DisposeDialog(manager_ui.row("佐藤"))
    show_active(qtbot, dialog)
    assert dialog.windowTitle() == "Dispose of client C-000002"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "This cannot be undone" in texts
    assert not dialog.dispose_button.isEnabled()

    choose_method(qtbot, dialog, "Erased")
    assert not dialog.dispose_button.isEnabled()  # no reason yet
    type_into(qtbot, dialog.reason, "保存期間満了")
    assert dialog.dispose_button.isEnabled()
    type_into(qtbot, dialog.disposed_on.line, "2026-02-30")
    assert dialog.date_error.text() == "There is no such date."
    assert not dialog.dispose_button.isEnabled()
    yesterday = date.today() - timedelta(days=1)
    type_into(qtbot, dialog.disposed_on.line, yesterday.isoformat())

    qtbot.mouseClick(dialog.dispose_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request() == DisposalRequest(DisposalMethod.ERASED, "保存期間満了", yesterday)


def test_enter_in_the_disposal_dialog_does_not_dispose(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = DisposeDialog(manager_ui.row("佐藤"))
    show_active(qtbot, dialog)
    choose_method(qtbot, dialog, "Shredded")
    type_into(qtbot, dialog.reason, "retention over")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # the default button is Cancel
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_marking_due_needs_a_reason(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = MarkDueDialog(manager_ui.row("山田"))
    show_active(qtbot, dialog)
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.reason, "本人から削除の依頼")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_tombstone_shows_the_disposal_record(qtbot: QtBot, manager_ui: UiEnv) -> None:
    actor = manager_ui.context.actor
    row = manager_ui.row("佐藤")
    clients.dispose_client(manager_ui.ledger, actor, row.id, DisposalMethod.RETURNED, "本人へ返却")
    dialog = TombstoneDialog(clients.get_client(manager_ui.ledger, actor, row.id))
    show_active(qtbot, dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"C-000002", "田中 美咲", "Returned to the client", "本人へ返却"} <= shown
    assert date.today().isoformat() in shown


def purpose_lines(dialog: PurposesDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_a_manager_adds_renames_and_retires_purposes(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = PurposesDialog(manager_ui.context)
    show_active(qtbot, dialog)
    changed: list[Change] = []
    manager_ui.context.hub.changed.connect(changed.append)
    assert len(purpose_lines(dialog)) == 5

    type_into(qtbot, dialog.title, "Newsletter for former clients")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert purpose_lines(dialog)[-1] == "6. Newsletter for former clients"
    assert dialog.current() is not None and dialog.current().number == 6

    type_into(qtbot, dialog.title, "Newsletter (former clients who asked for it)")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert purpose_lines(dialog)[-1] == "6. Newsletter (former clients who asked for it)"

    dialog.list.setCurrentRow(4)
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert purpose_lines(dialog)[4].endswith("(retired)")
    assert dialog.retire_button.text() == "Put back in use"
    assert [change.area for change in changed] == [Area.PURPOSES] * 3

    ledger = manager_ui.reopen()
    saved = [(p.number, p.title, p.retired) for p in purposes.list_purposes(ledger)][4:]
    assert saved == [
        (5, "Information and services by telephone, e-mail, mail and other media", True),
        (6, "Newsletter (former clients who asked for it)", False),
    ]


def test_add_waits_for_a_new_title(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = PurposesDialog(manager_ui.context)
    show_active(qtbot, dialog)
    dialog.list.setCurrentRow(0)
    assert dialog.title.text().startswith("Submission of documents")
    assert not dialog.add_button.isEnabled()  # the same title as the selected purpose
    assert not dialog.rename_button.isEnabled()
    type_into(qtbot, dialog.title, "")
    assert not dialog.add_button.isEnabled()
