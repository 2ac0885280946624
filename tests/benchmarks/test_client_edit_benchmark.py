"""OK in the client form to the updated row on screen, with 10,000 clients (target < 60 ms).

The service returns the changed row and the tab patches it into its table
instead of reloading every client. Prints the figures (run with
``pytest tests/benchmarks -s``); asserts only what a person would see.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from statistics import mean

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo.fill import fill_ledger
from desktop.services import clients, session
from desktop.services.clients import ClientInput, ClientRow
from desktop.services.places import Places
from desktop.ui.clients import ClientsTab
from desktop.ui.clients.form import ClientDialog
from desktop.ui.clients.model import Col
from desktop.ui.context import Hub, UiContext

CLIENTS = 10_000
EDITS = 5

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def test_an_edit_reaches_the_table_without_a_reload(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    new = session.NewLedger("山田行政書士事務所", "bench", "Bench", "bench-password-1")
    ledger, _ = session.create_ledger(tmp_path / "bench.pldb", new, Places(tmp_path))
    try:
        actor = ledger.actor
        assert actor is not None
        fill_ledger(ledger, actor, clients=CLIENTS, batch=CLIENTS)
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        context = UiContext(ledger, actor, Hub(), settings)
        tab = ClientsTab(context)
        tab.resize(1200, 700)
        qtbot.addWidget(tab)
        tab.show()
        qapp.processEvents()

        started = time.perf_counter()
        tab.refresh()
        qapp.processEvents()
        print(f"\nfull reload of {CLIENTS} clients: {ms(time.perf_counter() - started)}")

        totals, services = [], []
        rows = clients.list_clients(ledger, actor)
        for edit in range(EDITS):
            row = rows[edit * 1000]
            tab.select_record(row.id)
            dialog = ClientDialog(context, clients.get_client(ledger, actor, row.id), tab)
            qtbot.addWidget(dialog)
            phone = f"099-0000-{edit:04d}"
            dialog.fields.phone.setText(phone)
            save = dialog.save

            def timed_save(
                data: ClientInput, save: Callable[[ClientInput], ClientRow] = save
            ) -> ClientRow:
                started = time.perf_counter()
                try:
                    return save(data)
                finally:
                    services.append(time.perf_counter() - started)

            dialog.save = timed_save  # type: ignore[method-assign]
            qapp.processEvents()  # what building the form left to do is not the edit's cost
            started = time.perf_counter()
            dialog.accept()  # OK: save through the service, then the hub, the patch
            qapp.processEvents()  # and the repaint
            totals.append(time.perf_counter() - started)
            selected = tab.selected_row()
            assert selected is not None and selected.phone == phone
            shown = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(row.id), Col.PHONE))
            assert shown.data() == phone
        window = [total - service for total, service in zip(totals, services, strict=True)]
        print(
            f"OK to updated row ({CLIENTS} clients): mean {ms(mean(totals))},"
            f" worst {ms(max(totals))}\n"
            f"  the service (update, audit, encrypted save to disk): mean {ms(mean(services))}\n"
            f"  the window (hub, patch, filter, repaint): mean {ms(mean(window))},"
            f" worst {ms(max(window))}"
        )
        assert tab.model.rowCount() == CLIENTS  # patched, nothing added or lost
    finally:
        ledger.close()
