"""Backups: on demand to a folder, daily into the backups folder, rotation 14 daily + 12 monthly."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services import audit, backups
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger
from desktop.vault import LedgerError, Vault

USER, PASSWORD = "tanaka", "backup-test-password"


@pytest.fixture(scope="module")
def backup_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("backup-template")
    ledger, _ = create_ledger(
        folder / "office.pldb",
        NewLedger("Yamada Office", USER, "Tanaka Misaki", PASSWORD),
        Places(folder / "data"),
    )
    ledger.close()
    return folder / "office.pldb"


@pytest.fixture
def places(tmp_path: Path) -> Places:
    return Places(tmp_path / "data")


@pytest.fixture
def opened(backup_template: Path, tmp_path: Path, places: Places) -> Iterator[Ledger]:
    path = tmp_path / "office.pldb"
    shutil.copyfile(backup_template, path)
    ledger = open_ledger(path, USER, PASSWORD, places)
    yield ledger
    ledger.close()


def _actions(ledger: Ledger) -> list[tuple[str, str]]:
    assert ledger.actor is not None
    return [(e.action, e.summary) for e in audit.list_events(ledger, ledger.actor)]


def test_backup_to_copies_the_encrypted_file_and_records_it(opened: Ledger, tmp_path: Path) -> None:
    assert opened.actor is not None
    usb = tmp_path / "usb"
    target = backups.backup_to(opened, opened.actor, usb, today=date(2026, 3, 9))
    assert target == usb / "office-2026-03-09.pldb"
    # the copy is a real ledger that opens with the same password
    vault, image = Vault.open(target, username=USER, password=PASSWORD, read_only=True)
    vault.close()
    assert image
    assert _actions(opened)[0] == ("backup", "copy saved as office-2026-03-09.pldb")


def test_second_backup_the_same_day_gets_its_own_name(opened: Ledger, tmp_path: Path) -> None:
    assert opened.actor is not None
    first = backups.backup_to(opened, opened.actor, tmp_path / "usb", today=date(2026, 3, 9))
    second = backups.backup_to(opened, opened.actor, tmp_path / "usb", today=date(2026, 3, 9))
    assert first.exists() and second.exists()
    assert second.name == "office-2026-03-09-2.pldb"


def test_backup_refused_while_a_change_is_unsaved(opened: Ledger, tmp_path: Path) -> None:
    assert opened.actor is not None
    opened.unsaved = True
    with pytest.raises(LedgerError, match="not saved yet"):
        backups.backup_to(opened, opened.actor, tmp_path / "usb")
    assert not (tmp_path / "usb").exists()


def test_daily_backup_once_a_day(opened: Ledger, places: Places) -> None:
    day = date(2026, 3, 9)
    made = backups.daily_backup(opened, places, today=day)
    assert made == places.backups_of(opened.path, opened.file_id) / "office-2026-03-09.pldb"
    assert made.exists()
    assert backups.daily_backup(opened, places, today=day) is None
    assert [a for a, _ in _actions(opened)].count("backup.daily") == 1
    assert backups.daily_backup(opened, places, today=day + timedelta(days=1)) is not None


def test_daily_backup_skipped_when_read_only(
    backup_template: Path, tmp_path: Path, places: Places
) -> None:
    path = tmp_path / "office.pldb"
    shutil.copyfile(backup_template, path)
    ledger = open_ledger(path, USER, PASSWORD, places, read_only=True)
    try:
        assert backups.daily_backup(ledger, places) is None
    finally:
        ledger.close()
    assert not places.backups.exists()


def _touch_backups(folder: Path, days: list[date]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for day in days:
        (folder / f"office-{day.isoformat()}.pldb").write_bytes(b"x")


def _kept(folder: Path) -> list[date]:
    return [day for day, _ in backups.dated_backups(folder, "office")]


def test_rotation_keeps_14_days_and_the_first_of_12_months(tmp_path: Path) -> None:
    start = date(2025, 1, 1)
    days = [start + timedelta(days=n) for n in range(500)]  # 2025-01-01 .. 2026-05-15
    _touch_backups(tmp_path, days)
    other = tmp_path / "office-before-upgrade-0001-2025-01-01.pldb"
    other.write_bytes(b"x")
    stranger = tmp_path / "archive-2025-01-01.pldb"
    stranger.write_bytes(b"x")

    backups.rotate(tmp_path, "office")

    kept = _kept(tmp_path)
    newest = days[-14:]
    monthly = [date(2026, m, 1) for m in range(1, 6)] + [date(2025, m, 1) for m in range(6, 13)]
    assert sorted(kept) == sorted(set(newest) | set(monthly))
    assert len(kept) == 14 + 12  # newest days: 2026-05-02 .. 2026-05-15
    assert other.exists() and stranger.exists()  # only dated copies of this ledger are rotated


def test_rotation_keeps_the_first_backup_of_a_month_even_if_not_the_1st(tmp_path: Path) -> None:
    days = [date(2025, 6, 17), date(2025, 6, 20)] + [
        date(2025, 7, 1) + timedelta(days=n) for n in range(20)
    ]
    _touch_backups(tmp_path, days)
    backups.rotate(tmp_path, "office")
    kept = _kept(tmp_path)
    assert date(2025, 6, 17) in kept
    assert date(2025, 6, 20) not in kept
    assert date(2025, 7, 1) in kept  # first of July, though older than the 14 newest
    assert len(kept) == 14 + 2
