"""From the client form to that client's consents and provisions, and Help ▸ new policy version."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.services import clients, policies
from desktop.ui.clients.form import ClientDialog
from desktop.ui.consents import ConsentsTab
from desktop.ui.main_window import MainWindow
from desktop.ui.policy_version_dialog import PolicyVersionDialog
from tests.ui import clients_support as support
from tests.ui.clients_support import OFFSCREEN_SIZE_HINTS, UiEnv, show_active

# the fixtures this module uses
clients_template = support.clients_template
manager_ui = support.manager_ui
clerk_ui = support.clerk_ui

pytestmark = OFFSCREEN_SIZE_HINTS


def button(dialog: ClientDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_the_client_form_shows_the_clients_consents_and_stays_open(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    context = manager_ui.context
    window = MainWindow(context, manager_ui.places)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    consents_tab = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), ConsentsTab)
    )
    assert isinstance(consents_tab, ConsentsTab)
    assert window.tabs.currentWidget() is not consents_tab
    sato = manager_ui.row("佐藤")
    detail = clients.get_client(context.ledger, context.actor, sato.id)
    dialog = ClientDialog(context, detail, parent=window)
    show_active(qtbot, dialog)

    button(dialog, "Consents and provisions…").click()

    assert window.tabs.currentWidget() is consents_tab
    assert consents_tab.filters.client_id == sato.id
    assert consents_tab.client_label.isVisible()
    assert sato.number in consents_tab.client_label.text()
    assert sato.name.split()[0] in consents_tab.client_label.text()
    assert dialog.isVisible()  # nothing closed: the person goes on editing
    dialog.reject()


def test_a_new_client_has_no_consents_button(qtbot: QtBot, manager_ui: UiEnv) -> None:
    dialog = ClientDialog(manager_ui.context, None)
    qtbot.addWidget(dialog)
    texts = [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
    assert "Consents and provisions…" not in texts


@pytest.mark.parametrize("area", ["contractors", "incidents", "purposes"])
def test_the_consents_tab_ignores_records_it_holds_nothing_about(
    qtbot: QtBot, manager_ui: UiEnv, area: str
) -> None:
    tab = ConsentsTab(manager_ui.context)
    qtbot.addWidget(tab)
    assert not tab.show_related(area, 1)
    assert tab.filters.client_id is None


def window_for(qtbot: QtBot, env: UiEnv) -> MainWindow:
    window = MainWindow(env.context, env.places)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_manager_records_a_new_policy_version_and_refusals_show_beside_the_field(
    qtbot: QtBot, manager_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, manager_ui)
    action = window.menus.actions["record_policy"]
    assert action.isVisible() and action.isEnabled()
    context = manager_ui.context
    versions = policies.list_versions(context.ledger, context.actor)
    current = next(v for v in versions if v.language == "ja")
    seen: list[str] = []

    def fill(dialog: PolicyVersionDialog) -> int:
        dialog.show()
        dialog.language.setCurrentIndex(dialog.language.findData(current.language))
        dialog.text.setPlainText("個人情報保護方針（第2版）\n1. 利用目的")
        # The label already used: refused beside the label.
        dialog.version.setText(current.version)
        dialog.effective_on.set_date(current.effective_on + timedelta(days=30))
        dialog.save_button.click()
        seen.append(dialog.errors["version"].text())
        # Not a date, then a day before the version in force: refused beside the date.
        dialog.version.setText("2.0")
        assert dialog.errors["version"].isHidden()
        dialog.effective_on.line.setText("2026-13-45")
        dialog.save_button.click()
        seen.append(dialog.errors["effective_on"].text())
        dialog.effective_on.set_date(current.effective_on - timedelta(days=1))
        dialog.save_button.click()
        seen.append(dialog.errors["effective_on"].text())
        assert dialog.isVisible() and dialog.saved is None
        dialog.effective_on.set_date(current.effective_on + timedelta(days=30))
        dialog.save_button.click()
        return int(dialog.result())

    monkeypatch.setattr(PolicyVersionDialog, "exec", fill)
    action.trigger()

    assert f"Version {current.version} of the policy is already recorded" in seen[0]
    assert seen[1] == "There is no such date."
    assert current.effective_on.isoformat() in seen[2]
    newest = policies.list_versions(context.ledger, context.actor)[0]
    assert len(policies.list_versions(context.ledger, context.actor)) == len(versions) + 1
    assert (newest.version, newest.language) == ("2.0", current.language)
    assert newest.effective_on == current.effective_on + timedelta(days=30)
    assert newest.text.startswith("個人情報保護方針（第2版）")


def test_a_clerk_does_not_see_record_policy(qtbot: QtBot, clerk_ui: UiEnv) -> None:
    window = window_for(qtbot, clerk_ui)
    action = window.menus.actions["record_policy"]
    assert not action.isVisible() and not action.isEnabled()
    assert window.menus.actions["policy"].isVisible()
