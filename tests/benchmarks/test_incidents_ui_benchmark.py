"""How the Incidents tab feels with 300 incidents: the first screen, and a new day's recount.

Prints the figures (run with ``pytest tests/benchmarks -s``); asserts only that
what is shown is right. The holiday tables are loaded first (the tab does that
in the background as it is built, long before the person opens it).
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo.fill import fill_ledger
from desktop.services import incidents, session
from desktop.services.incidents import clock
from desktop.services.places import Places
from desktop.ui.context import Hub, UiContext
from desktop.ui.incidents import IncidentsTab
from desktop.ui.incidents.model import Col, days_left_text

INCIDENTS = 300

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def test_three_hundred_incidents(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    new = session.NewLedger("山田行政書士事務所", "bench", "Bench", "bench-password-1")
    ledger, _ = session.create_ledger(tmp_path / "bench.pldb", new, Places(tmp_path))
    try:
        actor = ledger.actor
        assert actor is not None
        fill_ledger(ledger, actor, clients=100, incidents=INCIDENTS)
        started = time.perf_counter()
        clock.warm_up()
        print(f"\nholiday tables (once, in the background): {ms(time.perf_counter() - started)}")

        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        tab = IncidentsTab(UiContext(ledger, actor, Hub(), settings))
        tab.resize(1300, 700)
        qtbot.addWidget(tab)
        tab.show()
        qapp.processEvents()
        print(f"first screen (build + query + model + paint): {ms(time.perf_counter() - started)}")
        started = time.perf_counter()
        tab.refresh()
        qapp.processEvents()
        print(f"refresh (query + model + paint):              {ms(time.perf_counter() - started)}")
        assert tab.model.rowCount() == INCIDENTS

        rows = list(tab.model.rows())
        open_rows = [r for r in rows if not r.closed and r.deadlines is not None]
        tomorrow = date.today() + timedelta(days=1)
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            recounted = incidents.recompute_deadlines(rows, tomorrow)
            best = min(best, time.perf_counter() - started)
        print(f"deadlines of {len(open_rows)} open incidents recounted: {ms(best)}")
        started = time.perf_counter()
        tab.check_day(tomorrow)
        qapp.processEvents()
        print(
            f"a new day in the tab (recount + model + paint):  {ms(time.perf_counter() - started)}"
        )
        shown = [tab.model.index(n, Col.DAYS_LEFT).data() for n in range(tab.model.rowCount())]
        assert shown == [days_left_text(row) for row in recounted]
    finally:
        ledger.close()
