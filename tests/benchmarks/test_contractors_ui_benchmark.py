"""How fast the Contractors tab shows its first screen with 60 contractors and 600+ inspections.

Target: under 150 ms from constructing the tab to the painted table. Prints
the figures (``pytest tests/benchmarks -s``); asserts only what is shown.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.demo.contractors import fill_contractors
from desktop.services import session
from desktop.services.contractors import inspections, register
from desktop.services.places import Places
from desktop.ui.context import Hub, UiContext
from desktop.ui.contractors import ContractorsTab

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def test_first_screen_with_60_contractors_and_600_inspections(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    new = session.NewLedger("山田行政書士事務所", "bench", "Bench", "bench-password-1")
    ledger, _ = session.create_ledger(tmp_path / "bench.pldb", new, Places(tmp_path))
    try:
        actor = ledger.actor
        assert actor is not None
        fill_contractors(ledger, actor, count=60, years=21)
        rows = register.list_contractors(ledger, actor)
        total = sum(len(inspections.list_inspections(ledger, actor, r.id)) for r in rows)
        assert len(rows) == 60 and total >= 600
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        context = UiContext(ledger, actor, Hub(), settings)

        times = []
        for _ in range(3):
            started = time.perf_counter()
            tab = ContractorsTab(context)
            tab.resize(1400, 700)
            qtbot.addWidget(tab)
            tab.show()
            qapp.processEvents()
            times.append(time.perf_counter() - started)
            tab.close()
        print(
            f"\n{total} inspections; first screen (build, query, model, paint): {ms(min(times))}"
            f" (first run {ms(times[0])})"
        )
        overdue = sum(r.overdue for r in rows)
        assert tab.current_title() == f"Contractors ({overdue} overdue)"
        assert tab.proxy.rowCount() == sum(r.status != "ended" for r in rows)
    finally:
        ledger.close()
