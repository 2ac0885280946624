"""The Consents tab as a person uses it: record a consent and a provision, withdraw, be refused."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import purposes
from desktop.services.consents import add_recipient, list_consents, list_provisions
from desktop.services.consents.types import RecipientInput, RecipientKind
from desktop.ui.consents import ConsentsTab
from desktop.ui.consents.consent_form import ConsentDialog, WithdrawDialog
from desktop.ui.consents.record_forms import ProvisionDialog
from tests.ui import clients_support as support
from tests.ui.clients_support import OFFSCREEN_SIZE_HINTS, UiEnv, show_active, toggle_check
from tests.ui.conftest import MessageBoxes

# the fixtures this module uses
clients_template = support.clients_template
manager_ui = support.manager_ui

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def tab(qtbot: QtBot, manager_ui: UiEnv) -> ConsentsTab:
    add_recipient(
        manager_ui.ledger,
        manager_ui.context.actor,
        RecipientInput(
            "ABC株式会社", RecipientKind.COMPANY, "東京都港区1-2-3", "代表取締役 青木 一"
        ),
    )
    tab = ConsentsTab(manager_ui.context)
    tab.resize(1200, 600)
    show_active(qtbot, tab)
    return tab


def column(view: object, number: int) -> list[str]:
    proxy = view.proxy  # type: ignore[attr-defined]
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def fill(qtbot: QtBot, dialog: ConsentDialog | ProvisionDialog, env: UiEnv) -> None:
    """Yamada, ABC, purpose 1, the first data item: what a clerk picks in the form."""
    f = dialog.fields
    f.client.choose(env.row("山田").id)
    f.recipient.setCurrentIndex(0)
    first = next(p for p in purposes.list_purposes(env.ledger) if p.number == 1)
    f.purpose.choose(first.id)
    toggle_check(qtbot, f.items, 0)


def test_consent_provision_withdrawal_and_the_refusal_after_it(
    qtbot: QtBot,
    tab: ConsentsTab,
    manager_ui: UiEnv,
    messages: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    consents, provisions = tab.views[0], tab.views[1]
    assert consents.count.text() == "0 consents"

    # Record a consent.
    dialog = ConsentDialog(manager_ui.context, None, parent=consents)
    show_active(qtbot, dialog)
    fill(qtbot, dialog, manager_ui)
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.saved is not None
    assert column(consents, 0) == ["CS-000001"]
    assert column(consents, 7) == ["Active"]
    assert consents.count.text() == "1 consent"

    # Record a provision: the consent is found without asking.
    tab.switch.setCurrentIndex(1)
    dialog = ProvisionDialog(manager_ui.context, parent=provisions)
    show_active(qtbot, dialog)
    fill(qtbot, dialog, manager_ui)
    dialog.accept()
    assert dialog.result() and dialog.saved is not None
    assert column(provisions, 0) == ["PV-000001"]
    assert column(provisions, 5) == ["CS-000001"]

    # Withdraw in two clicks: Withdraw… on the row, Withdraw in the dialog.
    tab.switch.setCurrentIndex(0)
    assert consents.select_record(consents.model.row_at(0).id)
    monkeypatch.setattr(
        WithdrawDialog, "exec", lambda self: (self.withdraw_button.click(), self.result())[1]
    )
    consents.action("withdraw").trigger()
    assert column(consents, 7) == ["Withdrawn"]
    (notice,) = messages.texts()
    assert "Consent CS-000001 is withdrawn" in notice and "PV-000001" in notice
    assert not consents.action("withdraw").isEnabled()

    # Providing again is refused, with the reason beside the consent field.
    dialog = ProvisionDialog(manager_ui.context, parent=provisions)
    show_active(qtbot, dialog)
    fill(qtbot, dialog, manager_ui)
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    error = dialog.fields.errors["consent_id"].text()
    assert "withdrawn on " + date.today().isoformat() in error
    actor = manager_ui.context.actor
    assert len(list_provisions(manager_ui.ledger, actor)) == 1
    assert [c.number for c in list_consents(manager_ui.ledger, actor)] == ["CS-000001"]


def test_the_filters_narrow_every_view_to_one_client(
    qtbot: QtBot, tab: ConsentsTab, manager_ui: UiEnv
) -> None:
    for family in ("山田", "佐藤"):
        dialog = ConsentDialog(manager_ui.context, None, parent=tab)
        show_active(qtbot, dialog)
        fill(qtbot, dialog, manager_ui)
        dialog.fields.client.choose(manager_ui.row(family).id)
        dialog.accept()
    consents = tab.views[0]
    assert len(column(consents, 0)) == 2

    sato = manager_ui.row("佐藤")
    tab.show_client(sato.id, f"{sato.number} {sato.name}")
    assert column(consents, 1) == [f"{sato.number} {sato.name}"]
    assert tab.client_label.isVisible() and sato.name in tab.client_label.text()
    tab.client_clear.click()
    assert len(column(consents, 0)) == 2
