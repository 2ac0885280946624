"""The client form, used as a person would: typing, ticking, OK; then the file is read back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QTableView
from pytestqt.qtbot import QtBot

from desktop.services import audit, clients, purposes
from desktop.services.clients import DisposalMethod, ObtainedHow
from desktop.ui.clients.form import ClientDialog
from desktop.ui.fields import DateError, parse_date
from desktop.vault import SaveFailed
from tests.ui import clients_support as support
from tests.ui.clients_support import (
    OFFSCREEN_SIZE_HINTS,
    UiEnv,
    leave,
    show_active,
    toggle_check,
    type_into,
)
from tests.ui.conftest import MessageBoxes

# the fixtures this module uses
clerk_ui = support.clerk_ui
clients_template = support.clients_template
manager_ui = support.manager_ui

pytestmark = OFFSCREEN_SIZE_HINTS


def new_form(qtbot: QtBot, env: UiEnv) -> ClientDialog:
    dialog = ClientDialog(env.context, None)
    show_active(qtbot, dialog)
    return dialog


def edit_form(qtbot: QtBot, env: UiEnv, family_name: str) -> ClientDialog:
    detail = clients.get_client(env.ledger, env.context.actor, env.row(family_name).id)
    dialog = ClientDialog(env.context, detail)
    show_active(qtbot, dialog)
    return dialog


def error_shown(dialog: ClientDialog, field: str) -> str:
    label = dialog.fields.errors[field]
    return "" if label.isHidden() else label.text()


def purpose_texts(dialog: ClientDialog) -> list[str]:
    items = dialog.fields.purposes
    return [items.item(row).text() for row in range(items.count())]


def test_a_client_typed_into_the_form_is_in_the_file_after_reopening(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = new_form(qtbot, manager_ui)
    f = dialog.fields
    type_into(qtbot, f.family_name, "鈴木")
    type_into(qtbot, f.given_name, "一郎")
    type_into(qtbot, f.family_kana, "すずき")
    type_into(qtbot, f.given_kana, "イチロウ")
    type_into(qtbot, f.date_of_birth.line, "1975/3/4")
    type_into(qtbot, f.postal_code, "１５００００１")
    leave(qtbot, f.postal_code)
    assert f.postal_code.text() == "〒150-0001"  # normalized on leaving the field, marked
    type_into(qtbot, f.address, "東京都渋谷区神宮前1-1-1")
    type_into(qtbot, f.phone, "０３-１２３４-５６７８")
    type_into(qtbot, f.email, "ichiro.suzuki@example.jp")
    dialog.pages.setCurrentIndex(2)
    toggle_check(qtbot, f.purposes, 0)
    toggle_check(qtbot, f.purposes, 4)
    qtbot.mouseClick(f.sensitive, Qt.MouseButton.LeftButton)
    type_into(qtbot, f.sensitive_note, "診断書")
    type_into(qtbot, f.matter_text, "帰化許可申請")
    qtbot.mouseClick(f.add_matter, Qt.MouseButton.LeftButton)
    type_into(qtbot, f.matter_text, "在留資格変更")
    qtbot.keyClick(f.matter_text, Qt.Key.Key_Return)
    dialog.pages.setCurrentIndex(3)
    type_into(qtbot, f.notes, "紹介者: 山田様")

    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.name == "鈴木 一郎"
    ledger = manager_ui.reopen()
    detail = clients.get_client(ledger, manager_ui.context.actor, dialog.saved.id)
    by_number = {p.number: p.id for p in purposes.list_purposes(ledger)}
    data = detail.data
    assert (data.family_name, data.given_name) == ("鈴木", "一郎")
    assert (data.family_kana, data.given_kana) == ("スズキ", "イチロウ")  # stored in katakana
    assert data.date_of_birth == date(1975, 3, 4)
    assert data.postal_code == "150-0001"
    assert data.address == "東京都渋谷区神宮前1-1-1"
    assert data.phone == "03-1234-5678"
    assert data.email == "ichiro.suzuki@example.jp"
    assert data.obtained_how is ObtainedHow.DIRECT and data.obtained_on == date.today()
    assert data.purpose_ids == (by_number[1], by_number[5])
    assert data.sensitive and data.sensitive_note == "診断書"
    assert data.matters == ("帰化許可申請", "在留資格変更")
    assert data.notes == "紹介者: 山田様"
    assert data.matter_closed_on is None and data.retention_end is None


def test_an_edit_is_saved_and_audited_without_personal_data(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = edit_form(qtbot, manager_ui, "山田")
    assert dialog.windowTitle() == "Client C-000001"
    assert dialog.fields.family_name.text() == "山田"
    assert dialog.fields.matters.item(0).text() == "在留期間更新"
    type_into(qtbot, dialog.fields.address, "東京都中野区中野4-1-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    ledger = manager_ui.reopen()
    row = manager_ui.row("山田")
    assert clients.get_client(ledger, manager_ui.context.actor, row.id).data.address == (
        "東京都中野区中野4-1-1"
    )
    edits = audit.list_events(ledger, manager_ui.context.actor, action="client.edit")
    assert [event.summary for event in edits] == ["C-000001: address"]


def test_errors_show_next_to_their_fields_and_ok_waits_for_them(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = new_form(qtbot, manager_ui)
    f = dialog.fields
    qtbot.keyClick(f.family_name, Qt.Key.Key_Return)  # OK attempted: every error shows
    assert error_shown(dialog, "family_name") == "Enter the family name."
    assert error_shown(dialog, "address") == ""
    assert not dialog.ok_button.isEnabled()
    assert not dialog.pages.tabIcon(0).isNull()  # the page with a problem is marked

    type_into(qtbot, f.family_name, "鈴木")
    type_into(qtbot, f.given_name, "一郎")
    toggle_check(qtbot, f.purposes, 1)
    assert error_shown(dialog, "family_name") == ""
    assert dialog.ok_button.isEnabled()
    assert dialog.pages.tabIcon(0).isNull()

    type_into(qtbot, f.date_of_birth.line, "1975-02-30")
    assert error_shown(dialog, "date_of_birth") == "There is no such date."
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, f.date_of_birth.line, "3 March")
    assert error_shown(dialog, "date_of_birth").startswith("Enter a date as YYYY-MM-DD")
    type_into(qtbot, f.date_of_birth.line, "")  # empty: date of birth unknown
    assert error_shown(dialog, "date_of_birth") == ""
    assert dialog.ok_button.isEnabled()

    type_into(qtbot, f.email, "ichiro@")
    assert error_shown(dialog, "email") == "Enter the e-mail address as name@example.jp."
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, f.email, "")
    type_into(qtbot, f.obtained_on.line, "")  # the form starts with today; it is required
    assert error_shown(dialog, "obtained_on") == "Enter the date the data was obtained."
    assert not dialog.ok_button.isEnabled()
    assert not dialog.pages.tabIcon(1).isNull()

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is disabled: nothing is saved
    assert dialog.isVisible() and dialog.saved is None


def test_a_new_form_is_not_red_before_the_person_has_typed(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = new_form(qtbot, manager_ui)
    f = dialog.fields
    assert [name for name in f.errors if error_shown(dialog, name)] == []
    assert all(dialog.pages.tabIcon(page).isNull() for page in range(dialog.pages.count()))
    assert not dialog.ok_button.isEnabled()  # still nothing to save

    type_into(qtbot, f.family_name, "鈴")
    type_into(qtbot, f.family_name, "")  # an edited field says what it needs
    assert error_shown(dialog, "family_name") == "Enter the family name."
    assert error_shown(dialog, "given_name") == ""  # not touched yet

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # disabled: says why
    assert error_shown(dialog, "given_name") == "Enter the given name."
    assert error_shown(dialog, "purpose_ids") != ""
    assert not dialog.pages.tabIcon(2).isNull()
    assert dialog.isVisible() and dialog.saved is None


def test_enter_in_the_matter_field_adds_the_matter_and_keeps_the_form_open(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = new_form(qtbot, manager_ui)
    f = dialog.fields
    type_into(qtbot, f.family_name, "鈴木")
    type_into(qtbot, f.given_name, "一郎")
    dialog.pages.setCurrentIndex(2)
    toggle_check(qtbot, f.purposes, 0)
    assert dialog.ok_button.isEnabled()
    type_into(qtbot, f.matter_text, "帰化許可申請")
    qtbot.keyClick(f.matter_text, Qt.Key.Key_Return)
    assert f.matters.count() == 1 and f.matters.item(0).text() == "帰化許可申請"
    assert dialog.isVisible() and dialog.saved is None  # still typing: nothing saved yet
    type_into(qtbot, f.matter_text, "在留資格変更")
    qtbot.keyClick(f.matter_text, Qt.Key.Key_Return)
    qtbot.keyClick(f.matter_text, Qt.Key.Key_Return)  # an empty matter field: Enter is OK
    assert dialog.saved is not None
    data = clients.get_client(manager_ui.ledger, manager_ui.context.actor, dialog.saved.id).data
    assert data.matters == ("帰化許可申請", "在留資格変更")


def test_the_purposes_are_shown_whole(qtbot: QtBot, manager_ui: UiEnv) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = app.font()
    small = QFont(usual)
    small.setPointSizeF(7)  # so that the titles fit the test screen, 800 pixels wide
    app.setFont(small)
    try:
        dialog = new_form(qtbot, manager_ui)
        dialog.pages.setCurrentIndex(2)
        titles = dialog.fields.purposes
        assert titles.viewport().width() >= titles.sizeHintForColumn(0)  # none cut short
    finally:
        app.setFont(usual)


def test_the_last_date_there_is_is_refused_without_a_crash(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = new_form(qtbot, manager_ui)
    dialog.pages.setCurrentIndex(3)
    type_into(qtbot, dialog.fields.matter_closed_on.line, "9999-12-31")
    assert error_shown(dialog, "matter_closed_on") == (
        "The date the matter closed cannot be in the future."
    )
    assert not dialog.ok_button.isEnabled()


def test_provider_fields_only_for_data_from_a_third_party(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = edit_form(qtbot, manager_ui, "佐藤")
    f = dialog.fields
    dialog.pages.setCurrentIndex(1)
    assert not f.provider_group.isVisible()
    f.obtained_how.setFocus()
    f.obtained_how.setCurrentIndex(f.obtained_how.findData(ObtainedHow.THIRD_PARTY))
    assert f.provider_group.isVisible()
    assert error_shown(dialog, "provider_name").startswith("Data from a third party")
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, f.provider_name, "株式会社サンプル")
    type_into(qtbot, f.provider_address, "大阪府大阪市北区梅田1-1")
    type_into(qtbot, f.provider_representative, "代表取締役 木村 一")
    type_into(qtbot, f.provider_obtained_how, "本人の同意を得て")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    ledger = manager_ui.reopen()
    data = clients.get_client(ledger, manager_ui.context.actor, manager_ui.row("佐藤").id).data
    assert data.obtained_how is ObtainedHow.THIRD_PARTY
    assert (data.provider_name, data.provider_representative) == (
        "株式会社サンプル",
        "代表取締役 木村 一",
    )


def test_choosing_direct_again_drops_the_provider(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = edit_form(qtbot, manager_ui, "Nguyen")
    f = dialog.fields
    dialog.pages.setCurrentIndex(1)
    assert f.provider_group.isVisible()
    assert f.provider_name.text() == "株式会社サンプル人材"
    f.obtained_how.setCurrentIndex(f.obtained_how.findData(ObtainedHow.DIRECT))
    assert not f.provider_group.isVisible()
    assert dialog.form_input().provider_name == ""


def test_the_sensitive_note_is_only_asked_when_flagged(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = edit_form(qtbot, manager_ui, "山田")
    f = dialog.fields
    dialog.pages.setCurrentIndex(2)
    assert not f.sensitive_note.isEnabled()
    qtbot.mouseClick(f.sensitive, Qt.MouseButton.LeftButton)
    assert f.sensitive_note.isEnabled()
    assert error_shown(dialog, "sensitive_note").startswith("Say what kind")
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, f.sensitive_note, "犯罪経歴")
    assert dialog.ok_button.isEnabled()


def test_a_retired_purpose_shows_only_on_records_that_have_it(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    third = next(p for p in purposes.list_purposes(manager_ui.ledger) if p.number == 3)
    purposes.set_purpose_retired(manager_ui.ledger, manager_ui.context.actor, third.id, True)

    fresh = new_form(qtbot, manager_ui)
    assert [text[:2] for text in purpose_texts(fresh)] == ["1.", "2.", "4.", "5."]

    yamada = edit_form(qtbot, manager_ui, "山田")  # has purposes 1 and 3
    texts = purpose_texts(yamada)
    assert texts[2].startswith("3. ") and texts[2].endswith("(retired)")
    assert yamada.fields.purposes.item(2).checkState() == Qt.CheckState.Checked


def test_retention_end_defaults_to_two_years_after_the_matter_closes(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = edit_form(qtbot, manager_ui, "山田")
    f = dialog.fields
    dialog.pages.setCurrentIndex(3)
    assert f.retention_end.text() == ""
    assert f.retention_end.line.placeholderText() == "2 years after the matter closes"
    type_into(qtbot, f.matter_closed_on.line, "2025-06-30")
    assert f.retention_end.line.placeholderText() == "2027-06-30 (2 years after the matter closed)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    ledger = manager_ui.reopen()
    data = clients.get_client(ledger, manager_ui.context.actor, manager_ui.row("山田").id).data
    assert data.matter_closed_on == date(2025, 6, 30)
    assert data.retention_end == date(2027, 6, 30)


def test_a_rule_the_service_finds_on_save_shows_at_its_field(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    dialog = new_form(qtbot, manager_ui)
    f = dialog.fields
    type_into(qtbot, f.family_name, "鈴木")
    type_into(qtbot, f.given_name, "一郎")
    toggle_check(qtbot, f.purposes, 3)  # purpose 4 ...
    fourth = next(p for p in purposes.list_purposes(manager_ui.ledger) if p.number == 4)
    # ... which another manager retires while this form is open
    purposes.set_purpose_retired(manager_ui.ledger, manager_ui.context.actor, fourth.id, True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved is None
    assert error_shown(dialog, "purpose_ids") != ""
    assert dialog.pages.currentIndex() == 2
    assert len(clients.list_clients(manager_ui.ledger, manager_ui.context.actor)) == 3


def test_cancel_saves_nothing(qtbot: QtBot, clerk_ui: UiEnv) -> None:
    dialog = edit_form(qtbot, clerk_ui, "山田")
    type_into(qtbot, dialog.fields.family_name, "山口")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert clerk_ui.row("山田").name == "山田 太郎"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-04-01", date(2025, 4, 1)),
        ("2025/4/1", date(2025, 4, 1)),
        ("２０２５－０４－０１", date(2025, 4, 1)),
        ("2025年4月1日", date(2025, 4, 1)),
        ("20250401", date(2025, 4, 1)),
        ("令和7年4月1日", date(2025, 4, 1)),
        ("R7.4.1", date(2025, 4, 1)),
        ("  ", None),
    ],
)
def test_dates_may_be_typed_the_usual_ways(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2025-02-30", "There is no such date."),
        ("2025-13-01", "There is no such date."),
        ("R7.2.30", "There is no such date."),
        ("平成31年5月1日", "There is no such date."),
        ("4/1/2025", "Enter a date as YYYY-MM-DD, for example 2025-04-01."),
        ("tomorrow", "Enter a date as YYYY-MM-DD, for example 2025-04-01."),
    ],
)
def test_text_that_is_not_a_date_is_refused(typed: str, message: str) -> None:
    with pytest.raises(DateError, match=message.replace(".", r"\.")):
        parse_date(typed)


def test_a_date_typed_another_way_is_tidied_on_leaving(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = new_form(qtbot, manager_ui)
    line = dialog.fields.date_of_birth.line
    type_into(qtbot, line, "1980年5月17日")
    leave(qtbot, line)
    assert line.text() == "1980-05-17"


# A popup in the offscreen platform cannot be raised or grab the keyboard; it says so.
@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_a_date_can_be_picked_from_the_calendar(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = new_form(qtbot, manager_ui)
    field = dialog.fields.date_of_birth
    type_into(qtbot, field.line, "1980-05-17")
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.calendar.isVisible)
    assert field.calendar.selectedDate().toPython() == date(1980, 5, 17)
    grid = field.calendar.findChild(QTableView)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert field.text() == "1980-05-18"
    assert not field.calendar.isVisible()


def test_a_failed_save_closes_the_form_and_keeps_the_change_in_memory(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[str] = []
    manager_ui.context.hub.save_failed.connect(failures.append)

    def disk_full(image: bytes) -> None:
        raise SaveFailed("The disk is full.")

    dialog = edit_form(qtbot, manager_ui, "山田")
    monkeypatch.setattr(manager_ui.ledger.vault, "save", disk_full)
    type_into(qtbot, dialog.fields.phone, "090-9999-0000")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted  # nothing more to do in the form
    assert failures and failures[0].startswith("The disk is full.")
    assert manager_ui.ledger.unsaved
    assert manager_ui.row("山田").phone == "090-9999-0000"  # kept in memory for Retry


def test_an_error_of_no_field_is_shown_and_the_form_stays_open(
    qtbot: QtBot, manager_ui: UiEnv, messages: MessageBoxes
) -> None:
    dialog = edit_form(qtbot, manager_ui, "佐藤")
    row = manager_ui.row("佐藤")  # meanwhile another manager disposes of the client
    actor = manager_ui.context.actor
    clients.dispose_client(manager_ui.ledger, actor, row.id, DisposalMethod.SHREDDED, "期間満了")
    type_into(qtbot, dialog.fields.address, "東京都港区")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert messages.texts() == [clients.DISPOSED_MESSAGE]
    assert dialog.isVisible() and dialog.saved is None
