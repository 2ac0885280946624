"""The window's figures (offscreen): each tab's first screen, search per keystroke, edit to row.

Each register's tab is taken from ``MainWindow.TABS``, so tabs that land later
are measured without a change here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.services import clients
from desktop.services.clients import ClientInput, ClientRow
from desktop.services.ledger import Ledger
from desktop.ui.clients import ClientsTab
from desktop.ui.clients.form import ClientDialog
from desktop.ui.clients.model import Col
from desktop.ui.context import Hub, UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.tab import Tab

from .measure import Figure, figure

#: typed one character at a time, each prefix a keystroke: kana, digits, a number, a name
TYPED = ("やまだた", "ヤマモト", "0901", "C-00", "さとう", "田中")


def context_for(ledger: Ledger, folder: Path) -> UiContext:
    assert ledger.actor is not None
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(ledger, ledger.actor, Hub(), settings)


def first_screens(app: QApplication, context: UiContext, rounds: int) -> dict[str, Figure]:
    """Each tab built, shown and painted with its rows, from nothing."""
    result = {}
    for tab_class in MainWindow.TABS:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            tab: Tab = tab_class(context)
            tab.resize(1200, 700)
            tab.show()
            app.processEvents()
            times.append(time.perf_counter() - started)
            tab.close()
            tab.deleteLater()
            app.processEvents()
        result[tab_class.KEY] = figure(times)
    return result


def search(app: QApplication, context: UiContext, rounds: int) -> tuple[Figure, Figure, int]:
    """Every keystroke of ``TYPED`` (and the clearing after each) to the filtered table painted;
    and the share of it before painting (fold the query, filter the rows, the count)."""
    tab = ClientsTab(context)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    times: list[float] = []
    filtering: list[float] = []
    for _ in range(rounds):
        for word in TYPED:
            for end in range(1, len(word) + 1):
                _timed_text(app, tab, word[:end], times, filtering)
            _timed_text(app, tab, "", times, filtering)
    tab.close()
    return figure(times), figure(filtering), len(times)


def _timed_text(
    app: QApplication, tab: ClientsTab, text: str, times: list[float], filtering: list[float]
) -> None:
    started = time.perf_counter()
    tab.search.setText(text)  # the tab filters at once (no debounce)
    filtering.append(time.perf_counter() - started)
    app.processEvents()  # the repaint the filter asked for
    times.append(time.perf_counter() - started)


def edits(app: QApplication, context: UiContext, count: int) -> tuple[Figure, Figure]:
    """OK in the client form to the updated row on screen; and the service's share of it."""
    ledger, actor = context.ledger, context.actor
    tab = ClientsTab(context)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    rows = [r for r in clients.list_clients(ledger, actor) if r.status.value == "active"]
    totals, services = [], []
    for edit in range(count):
        row = rows[(edit * 104_729) % len(rows)]
        tab.select_record(row.id)
        dialog = ClientDialog(context, clients.get_client(ledger, actor, row.id), tab)
        phone = f"098-{edit:04d}-{row.id % 10000:04d}"
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
        app.processEvents()
        started = time.perf_counter()
        dialog.accept()
        app.processEvents()
        totals.append(time.perf_counter() - started)
        shown = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(row.id), Col.PHONE))
        assert shown.data() == phone, "the edit did not reach the table"
        dialog.deleteLater()
    tab.close()
    return figure(totals), figure(services)
