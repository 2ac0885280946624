"""The Clients tab as a person uses it: search, open, add, mark due, dispose, column layout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services import audit, clients, purposes, session
from desktop.services.clients import ClientDetail, ClientRow, ClientStatus, DisposalMethod
from desktop.ui import prefs
from desktop.ui.clients import ClientsTab
from desktop.ui.clients.dispose import (
    DisposalRequest,
    DisposeDialog,
    MarkDueDialog,
    TombstoneDialog,
)
from desktop.ui.clients.form import ClientDialog
from desktop.ui.clients.model import Col
from desktop.ui.context import Area, Change, UiContext
from desktop.ui.purposes_dialog import PurposesDialog
from tests.ui import clients_support as support
from tests.ui.clients_support import (
    CLERK,
    OFFSCREEN_SIZE_HINTS,
    YAMADA,
    UiEnv,
    settings_file,
    show_active,
    toggle_check,
    type_into,
)

# the fixtures this module uses
clerk_ui = support.clerk_ui
clients_template = support.clients_template
manager_ui = support.manager_ui

pytestmark = OFFSCREEN_SIZE_HINTS


def open_tab(qtbot: QtBot, env: UiEnv) -> ClientsTab:
    tab = ClientsTab(env.context)
    tab.resize(1100, 500)
    show_active(qtbot, tab)
    return tab


def column(tab: ClientsTab, which: Col) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, which).data() for row in range(proxy.rowCount())]


def click_row(qtbot: QtBot, tab: ClientsTab, name: str) -> None:
    row = column(tab, Col.NAME).index(name)
    rect = tab.view.visualRect(tab.proxy.index(row, Col.NAME))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def refuse(*_args: object) -> None:
    raise AssertionError("this dialog must not open")


def test_the_table_lists_the_clients_with_a_count(qtbot: QtBot, manager_ui: UiEnv) -> None:
    tab = open_tab(qtbot, manager_ui)
    assert column(tab, Col.NUMBER) == ["C-000001", "C-000002", "C-000003"]
    assert column(tab, Col.NAME) == ["山田 太郎", "佐藤 花子", "Nguyen Van An"]
    assert column(tab, Col.PURPOSES) == ["1 Filing, 3 Inquiries"] * 3  # short names
    assert column(tab, Col.SENSITIVE) == ["", "", "Yes"]
    assert column(tab, Col.RETENTION_END)[1] == "2026-12-10"  # closed 2024-12-10 + 2 years
    assert tab.count.text() == "3 clients"


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("やまだ", ["山田 太郎"]),
        ("ﾔﾏﾀﾞ", ["山田 太郎"]),
        ("０９０１２３４", ["山田 太郎"]),
        ("HANAKO@", ["佐藤 花子"]),
        ("c-000003", ["Nguyen Van An"]),
        ("ぐえん ばん", []),  # ヴァン is not バン
        ("example", ["山田 太郎", "佐藤 花子", "Nguyen Van An"]),
    ],
)
def test_typing_in_the_search_box_filters_as_you_type(
    qtbot: QtBot, clerk_ui: UiEnv, typed: str, names: list[str]
) -> None:
    tab = open_tab(qtbot, clerk_ui)
    tab.focus_search()
    type_into(qtbot, tab.search, typed)
    assert column(tab, Col.NAME) == names
    assert tab.count.text() == f"{len(names)} of 3 clients"
    tab.search.clear()
    assert tab.count.text() == "3 clients"


def test_enter_and_double_click_open_the_form_and_record_the_read(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ClientDetail | None] = []

    def fake_edit(parent: QWidget, context: UiContext, detail: ClientDetail | None) -> None:
        opened.append(detail)

    monkeypatch.setattr(ClientDialog, "edit", fake_edit)
    tab = open_tab(qtbot, manager_ui)
    click_row(qtbot, tab, "佐藤 花子")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    rect = tab.view.visualRect(tab.proxy.index(2, Col.NAME))
    # QTest's double click is only the second half of one: a press and a double-click event
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert [d.data.family_name for d in opened if d is not None] == ["佐藤", "Nguyen"]
    reads = audit.list_events(manager_ui.ledger, manager_ui.context.actor, action="client.view")
    assert [(e.username, e.summary) for e in reads] == [
        ("tanaka", "C-000003"),
        ("tanaka", "C-000002"),
    ]


def test_a_new_client_from_the_form_appears_selected(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_in(
        parent: QWidget, context: UiContext, detail: ClientDetail | None
    ) -> ClientRow | None:
        dialog = ClientDialog(context, detail, parent)
        show_active(qtbot, dialog)
        type_into(qtbot, dialog.fields.family_name, "高橋")
        type_into(qtbot, dialog.fields.given_name, "健")
        type_into(qtbot, dialog.fields.phone, "045-000-1111")
        toggle_check(qtbot, dialog.fields.purposes, 0)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(ClientDialog, "edit", fill_in)
    tab = open_tab(qtbot, manager_ui)
    type_into(qtbot, tab.search, "やまだ")  # the new client does not match: the search is cleared
    tab.action("new").trigger()

    assert tab.search.text() == ""
    assert tab.count.text() == "4 clients"
    selected = tab.selected_row()
    assert selected is not None and selected.name == "高橋 健"
    assert selected.number == "C-000004"
    manager_ui.reopen()
    assert manager_ui.row("高橋").phone == "045-000-1111"


def test_a_client_edited_out_of_the_search_stays_in_view(
    qtbot: QtBot, clerk_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rename(
        parent: QWidget, context: UiContext, detail: ClientDetail | None
    ) -> ClientRow | None:
        dialog = ClientDialog(context, detail, parent)
        show_active(qtbot, dialog)
        type_into(qtbot, dialog.fields.family_name, "青山")
        type_into(qtbot, dialog.fields.family_kana, "アオヤマ")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(ClientDialog, "edit", rename)
    tab = open_tab(qtbot, clerk_ui)
    type_into(qtbot, tab.search, "やまだ")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # Enter opens the one match

    assert tab.search.text() == ""  # no longer "やまだ": the search would hide the client
    selected = tab.selected_row()
    assert selected is not None and selected.name == "青山 太郎"
    assert tab.count.text() == "3 clients"


def test_a_manager_disposes_with_the_delete_key_and_the_data_is_gone_after_reopening(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(parent: QWidget, row: ClientRow) -> DisposalRequest:
        asked.append(row.number)
        return DisposalRequest(DisposalMethod.SHREDDED, "保存期間満了", date.today())

    monkeypatch.setattr(DisposeDialog, "ask", confirm)
    tab = open_tab(qtbot, manager_ui)
    assert tab.action("dispose").isVisible()
    click_row(qtbot, tab, "佐藤 花子")
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)

    assert asked == ["C-000002"]
    # the tombstone stays where the row was, greyed, though disposed rows are hidden
    assert column(tab, Col.NUMBER) == ["C-000001", "C-000002", "C-000003"]
    assert column(tab, Col.NAME)[1] == "" and column(tab, Col.STATUS)[1] == "Disposed"
    assert tab.proxy.index(1, Col.NUMBER).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not tab.action("dispose").isEnabled() and not tab.action("mark_due").isEnabled()

    ledger = manager_ui.reopen()
    actor = manager_ui.context.actor
    row = next(r for r in clients.list_clients(ledger, actor) if r.number == "C-000002")
    detail = clients.get_client(ledger, actor, row.id)
    assert (row.name, row.kana, row.phone, row.email) == ("", "", "", "")
    assert detail.data.address == "" and detail.data.family_name == ""
    assert detail.disposal is not None and detail.disposal.reason == "保存期間満了"
    assert detail.disposal.method is DisposalMethod.SHREDDED

    fresh = open_tab(qtbot, manager_ui)  # after reopening: hidden until asked for
    assert "C-000002" not in column(fresh, Col.NUMBER)
    assert fresh.count.text() == "2 clients"
    qtbot.mouseClick(fresh.show_hidden, Qt.MouseButton.LeftButton)
    assert "C-000002" in column(fresh, Col.NUMBER)
    assert fresh.count.text() == "3 clients"


def test_a_clerk_cannot_dispose_but_can_mark_due_and_take_it_back(
    qtbot: QtBot, clerk_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DisposeDialog, "ask", refuse)
    monkeypatch.setattr(PurposesDialog, "manage", refuse)
    monkeypatch.setattr(MarkDueDialog, "ask", lambda parent, row: "本人から削除の依頼")
    tab = open_tab(qtbot, clerk_ui)
    assert not tab.action("dispose").isVisible()
    assert not tab.action("purposes").isVisible()
    shown = [action for action in tab.toolbar.actions() if action.isVisible()]
    assert shown[-1] is tab.action("unmark_due")  # no separator left over at the end
    click_row(qtbot, tab, "山田 太郎")
    assert not tab.action("dispose").isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # nothing happens
    assert tab.action("mark_due").isEnabled() and not tab.action("unmark_due").isEnabled()

    tab.action("mark_due").trigger()
    assert column(tab, Col.STATUS)[0] == "Due for disposal"
    assert tab.action("unmark_due").isEnabled()
    detail = clients.get_client(clerk_ui.ledger, clerk_ui.context.actor, clerk_ui.row("山田").id)
    assert detail.status is ClientStatus.DUE_FOR_DISPOSAL
    assert detail.due_reason == "本人から削除の依頼"

    tab.action("unmark_due").trigger()
    assert column(tab, Col.STATUS)[0] == "Active"
    assert tab.selected_row() is not None and tab.selected_row().name == "山田 太郎"


def test_the_purposes_dialog_is_a_managers_toolbar_action(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[UiContext] = []
    monkeypatch.setattr(PurposesDialog, "manage", lambda parent, context: opened.append(context))
    tab = open_tab(qtbot, manager_ui)
    assert tab.action("purposes").isVisible()
    tab.action("purposes").trigger()
    assert opened == [manager_ui.context]


def test_changes_elsewhere_refresh_the_table_keeping_the_selection(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    tab = open_tab(qtbot, manager_ui)
    click_row(qtbot, tab, "Nguyen Van An")
    first = next(p for p in purposes.list_purposes(manager_ui.ledger) if p.number == 1)
    clients.add_client(
        manager_ui.ledger,
        manager_ui.context.actor,
        replace(YAMADA, family_name="阿部", family_kana="アベ", purpose_ids=(first.id,)),
    )
    manager_ui.context.hub.changed.emit(Change(Area.CLIENTS))
    assert tab.count.text() == "4 clients"
    selected = tab.selected_row()
    assert selected is not None and selected.name == "Nguyen Van An"

    manager_ui.context.hub.changed.emit(Change(Area.USERS))  # not ours: nothing reloads
    assert tab.model.rowCount() == 4


def test_sorting_by_a_column_header(qtbot: QtBot, manager_ui: UiEnv) -> None:
    tab = open_tab(qtbot, manager_ui)
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(Col.KANA) + header.sectionSize(Col.KANA) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert column(tab, Col.KANA) == ["グエン ヴァン アン", "サトウ ハナコ", "ヤマダ タロウ"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert column(tab, Col.KANA) == ["ヤマダ タロウ", "サトウ ハナコ", "グエン ヴァン アン"]


def test_the_column_layout_is_remembered_per_user(
    qtbot: QtBot, manager_ui: UiEnv, tmp_path: Path
) -> None:
    tab = open_tab(qtbot, manager_ui)
    header = tab.view.horizontalHeader()
    header.resizeSection(Col.EMAIL, 333)
    header.moveSection(header.visualIndex(Col.PHONE), 0)
    header.setSortIndicator(Col.RETENTION_END, Qt.SortOrder.DescendingOrder)
    tab.save_state()

    again = open_tab(qtbot, manager_ui)
    again.restore_state()
    restored = again.view.horizontalHeader()
    assert restored.sectionSize(Col.EMAIL) == 333
    assert restored.visualIndex(Col.PHONE) == 0
    assert column(again, Col.RETENTION_END)[0] == ""  # no date sorts first, descending
    assert column(again, Col.NUMBER)[1:] == ["C-000001", "C-000002"]
    clerk = prefs.user_settings(settings_file(tmp_path), CLERK.username)
    assert prefs.column_layout("clients").get(clerk) == b""  # the clerk keeps their own


def test_opening_a_tombstone_shows_the_disposal_record_not_the_form(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ClientDetail] = []
    monkeypatch.setattr(ClientDialog, "edit", refuse)
    monkeypatch.setattr(TombstoneDialog, "show_record", lambda parent, d: shown.append(d))
    row = manager_ui.row("Nguyen")
    actor = manager_ui.context.actor
    clients.dispose_client(manager_ui.ledger, actor, row.id, DisposalMethod.ERASED, "本人の依頼")
    tab = open_tab(qtbot, manager_ui)
    qtbot.mouseClick(tab.show_hidden, Qt.MouseButton.LeftButton)
    tab.select_record(row.id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert [d.number for d in shown] == ["C-000003"]
    assert shown[0].disposal is not None and shown[0].disposal.reason == "本人の依頼"


def test_a_read_only_ledger_offers_no_changes(qtbot: QtBot, manager_ui: UiEnv) -> None:
    manager_ui.ledger.close()
    person = manager_ui.person
    manager_ui.context.ledger = session.open_ledger(
        manager_ui.path, person.username, person.password, manager_ui.places, read_only=True
    )
    tab = open_tab(qtbot, manager_ui)
    click_row(qtbot, tab, "山田 太郎")
    assert tab.action("open").isEnabled()
    assert not tab.action("new").isEnabled()
    assert not tab.action("mark_due").isEnabled()
    assert not tab.action("dispose").isEnabled()


def test_a_renamed_purpose_shows_in_the_purposes_tooltip(qtbot: QtBot, manager_ui: UiEnv) -> None:
    tab = open_tab(qtbot, manager_ui)
    third = next(p for p in purposes.list_purposes(manager_ui.ledger) if p.number == 3)
    purposes.rename_purpose(
        manager_ui.ledger, manager_ui.context.actor, third.id, "相談・問合せへの回答"
    )
    manager_ui.context.hub.changed.emit(Change(Area.PURPOSES))
    tip = tab.proxy.index(0, Col.PURPOSES).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1] == "3. 相談・問合せへの回答"
