"""How the Clients tab feels with 10,000 clients: load, each keystroke of a search, sorting.

Prints the figures (run with ``pytest tests/benchmarks -s``); asserts only that
what is shown is right, since timings depend on the machine.
"""

from __future__ import annotations

import time
from pathlib import Path
from statistics import mean

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo.fill import fill_ledger
from desktop.services import clients, session, textsearch
from desktop.services.clients import ClientRow, ClientStatus
from desktop.services.places import Places
from desktop.ui.clients import ClientsTab
from desktop.ui.clients.model import Col
from desktop.ui.context import Hub, UiContext

CLIENTS = 10_000
TYPED = ("やまだ たろう", "090", "ﾔﾏﾓﾄ", "example.jp", "C-0099")

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def expected(rows: list[ClientRow], query: str) -> int:
    return sum(
        row.status is not ClientStatus.DISPOSED
        and textsearch.matches(query, row.number, row.name, row.kana, row.phone, row.email)
        for row in rows
    )


def test_ten_thousand_clients_stay_fluid(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    new = session.NewLedger("山田行政書士事務所", "bench", "Bench", "bench-password-1")
    ledger, _ = session.create_ledger(tmp_path / "bench.pldb", new, Places(tmp_path))
    try:
        actor = ledger.actor
        assert actor is not None
        started = time.perf_counter()
        fill_ledger(ledger, actor, clients=CLIENTS, batch=CLIENTS, consents=False)
        print(f"\nfill {CLIENTS} clients (one save): {ms(time.perf_counter() - started)}")

        started = time.perf_counter()
        rows = clients.list_clients(ledger, actor)
        print(f"list_clients:                   {ms(time.perf_counter() - started)}")
        assert len(rows) == CLIENTS

        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        tab = ClientsTab(UiContext(ledger, actor, Hub(), settings))
        tab.resize(1200, 700)
        qtbot.addWidget(tab)
        started = time.perf_counter()
        tab.show()
        qapp.processEvents()
        print(f"first show (query + model + paint): {ms(time.perf_counter() - started)}")
        started = time.perf_counter()
        tab.refresh()
        qapp.processEvents()
        print(f"refresh (query + model + paint):    {ms(time.perf_counter() - started)}")

        worst_filter = worst = 0.0
        for query in TYPED:
            filtering, keystrokes = [], []
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                tab.search.setText(query[:end])  # filter, count label, selection
                filtered = time.perf_counter()
                qapp.processEvents()  # and the repaint
                filtering.append(filtered - started)
                keystrokes.append(time.perf_counter() - started)
            worst_filter, worst = max(worst_filter, *filtering), max(worst, *keystrokes)
            shown = tab.proxy.rowCount()
            print(
                f"typing {query!r:16} filter mean {ms(mean(filtering))} worst {ms(max(filtering))};"
                f" with repaint mean {ms(mean(keystrokes))} worst {ms(max(keystrokes))}"
                f" -> {shown} rows"
            )
            assert shown == expected(rows, query)
            assert tab.count.text() == f"{shown:,} of {tab.proxy.total_count():,} clients"
            tab.search.clear()
        print(
            f"worst keystroke over {CLIENTS} rows: filter {ms(worst_filter)},"
            f" with repaint {ms(worst)}"
        )

        for column in (Col.NAME, Col.PHONE, Col.RETENTION_END):
            started = time.perf_counter()
            tab.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            qapp.processEvents()
            print(f"sort by {column.name:14}          {ms(time.perf_counter() - started)}")
        ends = [tab.proxy.index(row, Col.RETENTION_END).data() for row in range(200)]
        assert ends == sorted(ends) and all(ends)  # the earliest dates first, a date in each
    finally:
        ledger.close()
