"""How the Consents tab opens with the demo's consents and provisions of 10,000 clients.

Each sub-view's first screen: the service's query, the table filled, the first rows
painted. Prints the figures (``pytest tests/benchmarks -s``); the target is under
150 ms per view. Asserts only that what is shown is right.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo.fill import fill_ledger
from desktop.services import session
from desktop.services.consents import list_consents, list_provisions
from desktop.services.places import Places
from desktop.ui.consents import ConsentsTab
from desktop.ui.context import Hub, UiContext
from desktop.ui.prefs import user_settings

CLIENTS = 10_000  # the demo gives about 14,000 consents and 19,000 provisions

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def test_each_sub_view_opens_with_the_demo_consents_of_10000_clients(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    new = session.NewLedger("山田行政書士事務所", "bench", "Bench", "bench-password-1")
    ledger, _ = session.create_ledger(tmp_path / "bench.pldb", new, Places(tmp_path))
    try:
        actor = ledger.actor
        assert actor is not None
        started = time.perf_counter()
        fill_ledger(ledger, actor, clients=CLIENTS, batch=CLIENTS)
        print(f"\nfill {CLIENTS} clients with consents: {ms(time.perf_counter() - started)}")
        context = UiContext(ledger, actor, Hub(), user_settings(str(tmp_path / "s.ini"), "bench"))
        tab = ConsentsTab(context)
        tab.resize(1400, 800)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitExposed(tab)
        for index, view in enumerate(tab.views):
            tab.switch.setCurrentIndex(index)
            qapp.processEvents()
            started = time.perf_counter()  # the first screen: query, table, painted rows
            view.refresh()
            view.view.viewport().repaint()
            qapp.processEvents()
            elapsed = time.perf_counter() - started
            print(f"{view.KEY:24} {view.model.rowCount():7,} rows: {ms(elapsed)}")
            assert view.proxy.rowCount() == view.model.rowCount()
        assert tab.views[0].model.rowCount() == len(list_consents(ledger, actor))
        assert tab.views[1].model.rowCount() == len(list_provisions(ledger, actor))
    finally:
        ledger.close()
