"""First run: the setup wizard from an empty data folder to a usable main window."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.app import Startup
from desktop.reports.document import Document
from desktop.services import purposes, session, settings
from desktop.services.places import Places
from desktop.ui import operations, prefs
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_wizard import SetupWizard

from .conftest import OFFSCREEN_SIZE_HINTS, type_text

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)

PASSWORD = "sakura blooms in april"


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_office_and_manager(qtbot: QtBot, wizard: SetupWizard, username: str = "tanaka") -> None:
    next_button = QWizard.WizardButton.NextButton
    assert not wizard.button(next_button).isEnabled()  # the office name is required
    type_text(qtbot, wizard.office_page.office, "山田行政書士事務所")
    click(qtbot, wizard, next_button)
    page = wizard.manager_page
    type_text(qtbot, page.display_name, "田中 美咲")
    qtbot.keyClicks(page.username, username)
    qtbot.keyClicks(page.fields.password, PASSWORD)
    assert not wizard.button(next_button).isEnabled()  # not yet repeated
    qtbot.keyClicks(page.fields.repeat, PASSWORD)
    click(qtbot, wizard, next_button)


def create(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)


def test_a_named_ledger_that_is_not_there_is_not_created_anew(
    qtbot: QtBot, places: Places, tmp_path: Path
) -> None:
    missing = tmp_path / "usb" / "office.pldb"  # a stick not plugged in, or a typing error
    startup = Startup(places, prefs.open_settings(places))
    startup.start(missing)
    assert startup.wizard is None
    login = startup.login
    assert login is not None
    qtbot.addWidget(login)
    assert login.form.file_error.text() == f"There is no ledger file at {missing}."
    assert not login.form.login_button.isEnabled()
    assert not missing.parent.exists()


def test_first_run_ends_in_a_usable_window(qtbot: QtBot, places: Places) -> None:
    startup = Startup(places, prefs.open_settings(places))
    startup.start(places.default_ledger)
    wizard = startup.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office_and_manager(qtbot, wizard)
    assert wizard.location_page.path.text() == str(places.default_ledger)
    create(qtbot, wizard)

    groups = wizard.recovery_page.key.text().replace("\n", "").split("-")
    assert len(groups) == 14 and all(len(group) == 4 for group in groups)
    finish = QWizard.WizardButton.FinishButton
    assert not wizard.button(finish).isEnabled()  # not before "I have stored it"
    wizard.reject()  # Escape does not lose the key once the ledger exists
    assert wizard.isVisible()
    stored = wizard.recovery_page.stored
    qtbot.mouseClick(stored, Qt.MouseButton.LeftButton, pos=QPoint(8, stored.height() // 2))
    click(qtbot, wizard, finish)

    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.windowTitle().startswith("山田行政書士事務所 — ledger.pldb")
    assert window.tabs.count() >= 1 and window.tabs.widget(0).objectName() == "tab_clients"
    assert window.admin_menu.menuAction().isVisible()
    assert window.context is not None and window.context.actor.display_name == "田中 美咲"
    window.close()

    assert places.default_ledger.exists()
    reopened = session.open_ledger(places.default_ledger, "tanaka", PASSWORD, places)
    try:
        assert settings.get_settings(reopened, reopened.actor).office_name == "山田行政書士事務所"
    finally:
        reopened.close()


def test_a_ledger_set_up_in_japanese_gets_the_purposes_in_japanese(
    qtbot: QtBot, places: Places
) -> None:
    startup = Startup(places, prefs.open_settings(places), language="ja")
    startup.start(places.default_ledger)
    wizard = startup.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office_and_manager(qtbot, wizard)
    create(qtbot, wizard)
    assert wizard.ledger is not None
    titles = [p.title for p in purposes.list_purposes(wizard.ledger)]
    wizard.ledger.close()
    assert titles[0] == "ご依頼業務に関する官公署への書類の提出"


def test_the_wizard_says_what_is_wrong_next_to_the_field(qtbot: QtBot, places: Places) -> None:
    wizard = SetupWizard(places)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office_and_manager(qtbot, wizard, username="ta naka")
    assert wizard.currentPage() is wizard.manager_page
    assert "without spaces" in wizard.manager_page.username_error.text()
    wizard.manager_page.username.setText("tanaka")
    wizard.manager_page.fields.password.setText("short")
    wizard.manager_page.fields.repeat.setText("short")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.manager_page
    assert "at least 8" in wizard.manager_page.fields.password_error.text()


def test_an_existing_file_is_never_overwritten(
    qtbot: QtBot, places: Places, tmp_path: Path
) -> None:
    existing = tmp_path / "office.pldb"
    existing.write_bytes(b"precious")
    wizard = SetupWizard(places, existing)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office_and_manager(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentPage() is wizard.location_page
    assert "already exists" in wizard.location_page.error.text()
    assert existing.read_bytes() == b"precious"
    assert wizard.ledger is None


def test_recovery_sheet_printed_and_saved_as_pdf(
    qtbot: QtBot, places: Places, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = SetupWizard(places, tmp_path / "office.pldb")
    qtbot.addWidget(wizard)
    wizard.show()
    fill_office_and_manager(qtbot, wizard)
    create(qtbot, wizard)
    printed: list[Document] = []

    def fake_print(parent: QWidget, document: Document) -> bool:
        printed.append(document)
        return True

    monkeypatch.setattr(operations, "print_document", fake_print)
    pdf = tmp_path / "sheet.pdf"
    monkeypatch.setattr(operations, "choose_save_file", lambda *args: str(pdf))
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1 and "Recovery Sheet" in printed[0].title
    qtbot.mouseClick(wizard.recovery_page.pdf_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for group in wizard.recovery_key.split("-"):
        assert group in text
    assert "山田行政書士事務所" in text
    assert wizard.ledger is not None
    wizard.ledger.close()
