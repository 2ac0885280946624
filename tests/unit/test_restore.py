"""Backups are verified before they are named; a manager restores one and nothing is lost."""

from __future__ import annotations

import errno
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.services import audit, backups, settings, users
from desktop.services.places import Places
from desktop.services.restore import inspect_backup, restore_backup
from desktop.services.session import NewLedger, create_ledger
from desktop.services.verify import verify_file
from desktop.vault import CorruptFile, LedgerError, SaveFailed, ledgerfile, read_header
from tests.ledger_fixtures import MANAGER, MANAGER_PASSWORD, Login

NEW_PASSWORD = "plum blossoms at dawn"


def _rename(ledger: Any, name: str) -> None:
    settings.update_settings(ledger, ledger.actor, settings.OfficeSettings(name, 5))


def test_two_ledgers_with_the_same_name_never_share_a_backup_folder(
    login: Login, ledger_file: Path, places: Places, tmp_path: Path
) -> None:
    first = login()
    backups.daily_backup(first, places, date(2026, 3, 9))
    other_path = tmp_path / "elsewhere" / ledger_file.name
    other, _ = create_ledger(
        other_path, NewLedger("Other Office", "boss", "Boss", "another office 2026"), places
    )
    backups.daily_backup(other, places, date(2026, 3, 9))
    folders = sorted(p.parent for p in places.backups.rglob("office-2026-03-09.pldb"))
    assert len(folders) == 2 and folders[0] != folders[1]
    other.close()


def test_a_backup_is_verified_and_its_time_recorded(login: Login, tmp_path: Path) -> None:
    ledger = login()
    assert ledger.actor is not None
    assert backups.last_backup(ledger) is None and backups.backup_is_stale(ledger)
    seen: list[tuple[int, int]] = []
    target = backups.backup_to(
        ledger,
        ledger.actor,
        tmp_path / "usb",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1] == target.stat().st_size
    made = backups.last_backup(ledger)
    assert made is not None and not backups.backup_is_stale(ledger)
    assert backups.backup_is_stale(ledger, made + timedelta(days=7))


def test_a_copy_damaged_on_the_medium_is_refused_and_not_named(
    login: Login, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = login()
    assert ledger.actor is not None
    real = ledgerfile.open_private

    class Flipping:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def write(self, data: bytes) -> int:
            damaged = bytearray(data)
            damaged[-1] ^= 0xFF
            return int(self.handle.write(bytes(damaged)))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

        def __enter__(self) -> Any:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    monkeypatch.setattr(ledgerfile, "open_private", lambda path: Flipping(real(path)))
    with pytest.raises(CorruptFile):
        backups.backup_to(ledger, ledger.actor, tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []
    assert backups.last_backup(ledger) is None


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "is no longer there"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only disk"),
    ],
    ids=["medium full", "medium removed", "read-only medium"],
)
def test_a_failing_medium_gets_one_clear_message_and_retry_works(
    login: Login, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: OSError, message: str
) -> None:
    ledger = login()
    assert ledger.actor is not None
    real = ledgerfile.open_private
    active = [True]

    def failing(path: Path) -> Any:
        if active[0]:
            raise fault
        return real(path)

    monkeypatch.setattr(ledgerfile, "open_private", failing)
    usb = tmp_path / "usb"
    with pytest.raises(SaveFailed, match=message):
        backups.backup_to(ledger, ledger.actor, usb)
    assert not usb.exists() or list(usb.iterdir()) == []
    active[0] = False
    target = backups.backup_to(ledger, ledger.actor, usb)
    assert [p.name for p in usb.iterdir()] == [target.name]


def test_restore_brings_the_backup_back_and_keeps_the_current_file(
    login: Login, ledger_file: Path, places: Places, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    _rename(ledger, "Before Office")
    backup = backups.backup_to(ledger, ledger.actor, tmp_path / "usb")
    _rename(ledger, "After Office")
    generation = ledger.vault.header.generation
    info, _ = inspect_backup(ledger, backup)
    assert info.generation == read_header(backup).generation and info.users == 2
    kept = restore_backup(ledger, ledger.actor, backup, places)
    assert settings.get_settings(ledger, ledger.actor).office_name == "Before Office"
    assert ledger.vault.header.generation == generation + 1
    (note,) = audit.list_events(ledger, ledger.actor, action="ledger.restore")
    assert backup.name in note.summary and kept.name in note.summary
    ledger.close()
    again = login()
    assert again.history is None  # a deliberate restore raises no "old copy" alarm
    assert again.actor is not None
    assert settings.get_settings(again, again.actor).office_name == "Before Office"
    again.close()
    report = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD, places=places)
    assert report.ok, report.lines
    # the file before the restore was kept, verified, and still holds the later change
    info, _ = inspect_backup(login(), kept)
    assert info.generation == generation


def test_a_backup_from_before_a_password_change_needs_the_old_password(
    login: Login, places: Places, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    backup = backups.backup_to(ledger, ledger.actor, tmp_path / "usb")
    users.change_own_password(ledger, ledger.actor, MANAGER_PASSWORD, NEW_PASSWORD)
    with pytest.raises(LedgerError, match="as it was then"):
        inspect_backup(ledger, backup)
    restore_backup(ledger, ledger.actor, backup, places, MANAGER_PASSWORD)
    ledger.close()
    login(MANAGER, NEW_PASSWORD).close()  # today's password still opens the restored ledger


def test_a_clerk_may_not_restore(login: Login, places: Places, tmp_path: Path) -> None:
    manager = login()
    assert manager.actor is not None
    backup = backups.backup_to(manager, manager.actor, tmp_path / "usb")
    manager.close()
    clerk = login("clerk")
    assert clerk.actor is not None
    with pytest.raises(LedgerError, match="restore a backup"):
        restore_backup(clerk, clerk.actor, backup, places)
