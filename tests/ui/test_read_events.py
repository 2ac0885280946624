"""A read's audit event (a login, viewing a client) waits for no save, and is never lost.

It is committed in memory at once; the window writes it within a few seconds,
and before it locks or closes; a write that fails then stops the lock like any
unsaved change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import audit, clients, session
from desktop.services.clients import ClientInput
from desktop.services.places import Places
from desktop.ui import operations
from desktop.ui.file_state import FLUSH_MS
from desktop.ui.main_window import MainWindow
from desktop.vault import SaveFailed, Vault, read_header

from .conftest import MANAGER, OFFSCREEN_SIZE_HINTS, MessageBoxes

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)
CLIENT = ClientInput(
    family_name="山田", given_name="花子", obtained_on=date(2025, 4, 1), purpose_ids=(1,)
)


def views_in_file(path: Path, places: Places) -> int:
    """The client views the file holds, read through a read-only open (which adds none)."""
    ledger = session.open_ledger(path, MANAGER.username, MANAGER.password, places, read_only=True)
    try:
        assert ledger.actor is not None
        return sum(row.action == "client.view" for row in audit.list_events(ledger, ledger.actor))
    finally:
        ledger.close()


def view_a_client(window: MainWindow) -> int:
    """Add a client (saved at once), then view it: return the generation after the add."""
    assert window.context is not None
    ledger, actor = window.context.ledger, window.context.actor
    row = clients.add_client(ledger, actor, CLIENT)
    generation = read_header(window.path).generation
    assert clients.get_client(ledger, actor, row.id).data.family_name == "山田"
    assert ledger.pending and read_header(window.path).generation == generation  # no save
    return generation


def test_the_login_event_reaches_the_file_within_seconds(
    qtbot: QtBot, window: MainWindow, places: Places
) -> None:
    assert window.context is not None
    ledger = window.context.ledger
    before = views_in_file(window.path, places)
    generation = view_a_client(window)
    qtbot.waitUntil(lambda: not ledger.pending, timeout=FLUSH_MS + 3000)
    assert read_header(window.path).generation == generation + 1
    assert views_in_file(window.path, places) == before + 1


@pytest.mark.parametrize("leave", [MainWindow.lock, MainWindow.close], ids=["lock", "close"])
def test_leaving_writes_the_waiting_events(
    leave: Callable[[MainWindow], bool], window: MainWindow, places: Places
) -> None:
    window.saving.flusher.stop()  # no timer: only leaving writes them
    before = views_in_file(window.path, places)
    generation = view_a_client(window)
    assert leave(window)
    assert read_header(window.path).generation == generation + 1
    assert views_in_file(window.path, places) == before + 1


def test_a_failed_write_of_waiting_events_stops_the_lock(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: MessageBoxes, places: Places
) -> None:
    window.saving.flusher.stop()
    before = views_in_file(window.path, places)
    view_a_client(window)

    def broken(self: Vault, image: bytes) -> None:
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(Vault, "save", broken)
    messages.answers.append(operations.Button.Cancel)
    assert not window.lock()
    assert not window.locked
    assert "not saved" in messages.texts()[-1]
    monkeypatch.undo()
    assert window.lock()  # Retry inside lock() writes them now
    assert views_in_file(window.path, places) == before + 1
