"""Details a Japanese office notices: dates, postal marks, statuses, Enter, the empty list, the
audit log's records; each seen as a person sees it, in English and in Japanese."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop import app, jpdates
from desktop.services import clients, session, users
from desktop.services.clients import ClientDetail, DisposalMethod
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.clients import ClientsTab
from desktop.ui.clients.dispose import TombstoneDialog
from desktop.ui.clients.form import ClientDialog
from desktop.ui.clients.model import Col
from desktop.ui.context import Hub, UiContext
from desktop.ui.dates import show_date, show_time
from desktop.ui.fields import DateField
from tests.ui import clients_support as support
from tests.ui.clients_support import (
    MANAGER,
    OFFSCREEN_SIZE_HINTS,
    UiEnv,
    show_active,
    type_into,
)

manager_ui = support.manager_ui
clients_template = support.clients_template

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    """The translators ``privacy-ledger --lang ja`` installs; removed afterwards."""
    locale = QLocale()
    translators = app.install_translators(qapp, "ja")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def open_tab(qtbot: QtBot, env: UiEnv) -> ClientsTab:
    tab = ClientsTab(env.context)
    tab.resize(1100, 500)
    show_active(qtbot, tab)
    return tab


def cells(tab: ClientsTab, which: Col) -> list[str]:
    return [tab.proxy.index(row, which).data() for row in range(tab.proxy.rowCount())]


def opened_form(
    qtbot: QtBot, env: UiEnv, family_name: str, monkeypatch: pytest.MonkeyPatch
) -> ClientDialog:
    """The form of a client, as Enter on its row opens it."""
    forms: list[ClientDialog] = []

    def keep(parent: QWidget, context: UiContext, detail: ClientDetail | None) -> None:
        forms.append(ClientDialog(context, detail, parent))

    monkeypatch.setattr(ClientDialog, "edit", keep)
    tab = open_tab(qtbot, env)
    tab.select_record(env.row(family_name).id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert len(forms) == 1
    show_active(qtbot, forms[0])
    return forms[0]


# --- dates -------------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_english_shows_iso_dates() -> None:
    assert show_date(date(2026, 11, 25)) == "2026-11-25"
    assert show_date(None) == ""
    assert show_time(datetime(2026, 3, 5, 9, 7, 30), seconds=True) == "2026-03-05 09:07:30"


@pytest.mark.usefixtures("japanese")
def test_japanese_shows_dates_with_year_month_day() -> None:
    assert show_date(date(2026, 11, 25)) == "2026年11月25日"
    assert show_date(date(2026, 3, 5)) == jpdates.japanese_date(date(2026, 3, 5)) == "2026年3月5日"
    assert show_time(datetime(2026, 3, 5, 9, 7)) == "2026年3月5日 9:07"


def test_a_date_field_writes_a_typed_date_as_the_interface_does(
    qtbot: QtBot, japanese: None
) -> None:
    field = DateField()
    show_active(qtbot, field)
    type_into(qtbot, field.line, "R8.11.25")
    field.line.editingFinished.emit()
    assert field.text() == "2026年11月25日"
    assert field.date() == date(2026, 11, 25)  # and it reads back


def test_japanese_table_form_and_tombstone_write_dates_in_japanese(
    qtbot: QtBot, japanese: None, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(qtbot, manager_ui)
    assert "2026年12月10日" in cells(tab, Col.RETENTION_END)  # 佐藤: closed 2024-12-10, 2 years
    form = opened_form(qtbot, manager_ui, "山田", monkeypatch)
    assert form.fields.date_of_birth.text() == "1980年5月17日"
    assert form.fields.obtained_on.text() == "2025年4月1日"

    row = manager_ui.row("Nguyen")
    detail = clients.get_client(manager_ui.ledger, manager_ui.context.actor, row.id)
    clients.dispose_client(
        manager_ui.ledger,
        manager_ui.context.actor,
        row.id,
        DisposalMethod.ERASED,
        "本人の依頼",
        disposed_on=date(2026, 2, 3),
    )
    detail = clients.get_client(manager_ui.ledger, manager_ui.context.actor, row.id)
    tombstone = TombstoneDialog(detail)
    qtbot.addWidget(tombstone)
    texts = [label.text() for label in tombstone.findChildren(type(form.status_line))]
    assert "2026年2月3日" in texts


# --- postal codes, statuses, purposes ----------------------------------------------------


def test_the_form_shows_the_postal_mark_and_the_status(
    qtbot: QtBot, japanese: None, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = opened_form(qtbot, manager_ui, "山田", monkeypatch)
    assert form.fields.postal_code.text() == "〒160-0023"
    assert form.status_line.isVisible() and form.status_line.text() == "状態: 保有中"


def test_a_client_kept_past_the_keep_until_date_is_not_active(
    qtbot: QtBot, japanese: None, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    sato = manager_ui.row("佐藤")
    detail = clients.get_client(manager_ui.ledger, manager_ui.context.actor, sato.id)
    past = replace(detail.data, retention_end=date(2025, 1, 31))
    clients.update_client(manager_ui.ledger, manager_ui.context.actor, sato.id, past)

    tab = open_tab(qtbot, manager_ui)
    row = cells(tab, Col.NUMBER).index(sato.number)
    assert cells(tab, Col.STATUS)[row] == "保有期限切れ"
    assert cells(tab, Col.STATUS).count("保有中") == 2  # the others are active
    form = opened_form(qtbot, manager_ui, "佐藤", monkeypatch)
    assert form.status_line.text() == "状態: 保有期限切れ"
    assert sato.standing(date(2025, 1, 31)).value == "active"  # the last day still counts


def test_japanese_purposes_show_short_names(
    qtbot: QtBot, japanese: None, manager_ui: UiEnv
) -> None:
    tab = open_tab(qtbot, manager_ui)
    shown = cells(tab, Col.PURPOSES)
    # The test ledger was set up in English: its titles are the English ones, shortened.
    assert shown == ["1 Filing, 3 Inquiries"] * 3
    tip = tab.proxy.index(0, Col.PURPOSES).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("1. Submission of documents to government offices")


# --- Enter in the search box, the empty register -----------------------------------------


def test_enter_in_the_search_box_opens_the_one_match_or_the_selected_one(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def record(parent: QWidget, context: UiContext, detail: ClientDetail | None) -> None:
        assert detail is not None
        opened.append(detail.data.family_name)

    monkeypatch.setattr(ClientDialog, "edit", record)
    tab = open_tab(qtbot, manager_ui)
    type_into(qtbot, tab.search, "さとう")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened == ["佐藤"]  # the one match opened at once

    type_into(qtbot, tab.search, "0")  # every client has a 0 in the phone number
    assert tab.proxy.rowCount() == 3
    tab.select_record(manager_ui.row("Nguyen").id)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened == ["佐藤", "Nguyen"]  # the selected match

    tab.view.clearSelection()
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert opened == ["佐藤", "Nguyen"]  # several, none selected: choose in the table
    assert tab.view.hasFocus() and tab.selected_row() is not None


def test_an_empty_register_says_how_to_begin_with_the_button(
    qtbot: QtBot, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[None] = []
    monkeypatch.setattr(ClientDialog, "edit", lambda *_args: started.append(None))
    tab = ClientsTab(context)
    tab.resize(900, 400)
    show_active(qtbot, tab)
    assert tab.empty.isVisible() and not tab.view.isVisible()
    assert tab.empty.text() == "No clients yet. Begin by adding the first client:"
    assert tab.empty_button.isVisible() and tab.empty_button.text() == "New client…"
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    assert started == [None]


def test_a_read_only_empty_register_offers_a_disabled_button(
    qtbot: QtBot, ledger_path: Path, places: Places, settings_file: str
) -> None:
    ledger = session.open_ledger(
        ledger_path, MANAGER.username, MANAGER.password, places, read_only=True
    )
    try:
        tab = ClientsTab(UiContext.for_ledger(ledger, Hub(), settings_file))
        show_active(qtbot, tab)
        assert tab.empty.isVisible() and not tab.empty_button.isEnabled()
    finally:
        ledger.close()


# --- the audit log names records a person recognises -------------------------------------


def test_the_audit_log_names_clients_and_users_and_only_the_number_once_disposed(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    ledger, actor = manager_ui.ledger, manager_ui.context.actor
    yamada, nguyen = manager_ui.row("山田"), manager_ui.row("Nguyen")
    clients.get_client(ledger, actor, yamada.id)
    clients.dispose_client(ledger, actor, nguyen.id, DisposalMethod.ERASED, "本人の依頼")
    users.add_user(ledger, actor, "kato", "加藤 一郎", Role.CLERK, "first-pass-1")

    dialog = AuditDialog(manager_ui.context)
    qtbot.addWidget(dialog)

    def record_of(action: str) -> list[str]:
        return [
            dialog.model.index(row, 4).data()
            for row in range(dialog.model.rowCount())
            if dialog.model.row_at(row).action == action
        ]

    assert record_of("client.view") == [f"Client {yamada.number} 山田 太郎"]
    assert record_of("client.dispose") == [f"Client {nguyen.number}"]  # the name is gone
    assert f"Client {nguyen.number}" in record_of("client.add")
    assert record_of("user.add")[0] == "User 加藤 一郎 (kato)"
    stored = [(row.entity_id, row.summary) for row in dialog.model.rows()]
    assert not [event for event in stored if "太郎" in "".join(event)]  # no name in the trail


# --- Japanese through an input method ----------------------------------------------------


def commit(widget: QWidget, text: str) -> None:
    """What an input method sends when the person confirms a conversion: a commit."""
    event = QInputMethodEvent("やまだ", [])  # the preedit being converted…
    QApplication.sendEvent(widget, event)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)  # …and what Enter in the IME commits
    QApplication.sendEvent(widget, event)


def test_japanese_typed_through_an_input_method_lands_in_every_field(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    form = ClientDialog(manager_ui.context, None)
    show_active(qtbot, form)
    f = form.fields
    lines = {
        name: widget
        for name, widget in vars(f).items()
        if isinstance(widget, QLineEdit) and widget.isEnabled()
    }
    assert {"family_name", "given_name", "address", "matter_text"} <= lines.keys()
    for name, line in lines.items():
        line.setFocus()
        commit(line, "山田")
        assert line.text().endswith("山田"), name
    f.notes.setFocus()
    commit(f.notes, "備考です")
    assert f.notes.toPlainText() == "備考です"
    f.date_of_birth.line.clear()
    f.date_of_birth.line.setFocus()
    commit(f.date_of_birth.line, "令和元年５月１日")
    assert f.date_of_birth.date() == date(2019, 5, 1)

    tab = open_tab(qtbot, manager_ui)
    tab.search.setFocus()
    commit(tab.search, "やまだ")
    assert tab.search.text() == "やまだ" and tab.proxy.rowCount() == 1
