"""Older copies and cut audit trails are found on every open, and say so plainly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.services import settings
from desktop.services.places import Places
from desktop.services.verify import verify_file
from desktop.vault import read_header
from tests.ledger_fixtures import MANAGER, MANAGER_PASSWORD, Login, raw_query, tamper


def _change(login: Login, times: int = 1) -> None:
    ledger = login()
    assert ledger.actor is not None
    for n in range(times):
        settings.update_settings(ledger, ledger.actor, settings.OfficeSettings(f"Office {n}", 5))
    ledger.close()


def test_an_older_copy_is_found_on_open_and_by_verify(
    login: Login, ledger_file: Path, tmp_path: Path, places: Places
) -> None:
    old = tmp_path / "old-copy.pldb"
    shutil.copyfile(ledger_file, old)
    old_generation = read_header(old).generation
    _change(login)
    current = read_header(ledger_file).generation
    newest = login()
    assert newest.history is None  # the newest copy raises no warning
    newest.close()

    shutil.copyfile(old, ledger_file)
    ledger = login(read_only=True)
    assert ledger.history is not None and ledger.history.older
    assert f"save number {old_generation}" in ledger.history.describe()
    assert f"save number {current + 1}" in ledger.history.describe()
    ledger.close()

    report = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD, places=places)
    assert not report.ok
    assert report.lines[-1][0] == "history" and "older copy" in report.lines[-1][2]


def test_the_warning_stays_after_the_old_copy_is_saved_past_the_old_mark(
    login: Login, ledger_file: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old-copy.pldb"
    shutil.copyfile(ledger_file, old)
    _change(login, 2)
    shutil.copyfile(old, ledger_file)
    _change(login, 6)  # the replayed copy is now past the generation seen before
    ledger = login()
    assert ledger.history is not None and not ledger.history.older
    assert "audit trail is not the one this computer saw" in ledger.history.describe()


def test_a_cut_audit_tail_is_found(login: Login, ledger_file: Path, places: Places) -> None:
    _change(login, 3)
    login().close()
    (last,) = raw_query(ledger_file, "SELECT max(seq) FROM audit_events")[0:1]
    keep = int(str(last[0])) - 2
    (mac,) = raw_query(ledger_file, f"SELECT mac FROM audit_events WHERE seq = {keep}")[0]
    head = json.dumps([keep, mac])
    tamper(
        ledger_file,
        f"DELETE FROM audit_events WHERE seq > {keep};"
        f"UPDATE settings SET value = '{head}' WHERE key = 'audit_head';",
    )
    plain = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert plain.ok  # the chain itself is consistent: only this PC's record can tell
    report = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD, places=places)
    assert not report.ok
    assert f"has {keep} events" in report.lines[-1][2]
    ledger = login(read_only=True)
    assert ledger.history is not None


def test_accepting_an_older_copy_makes_it_the_new_mark(
    login: Login, ledger_file: Path, tmp_path: Path, places: Places
) -> None:
    old = tmp_path / "old-copy.pldb"
    shutil.copyfile(ledger_file, old)
    _change(login)
    shutil.copyfile(old, ledger_file)
    accepted = verify_file(
        ledger_file, username=MANAGER, password=MANAGER_PASSWORD, places=places, accept_older=True
    )
    assert accepted.ok and "accepted as the current copy" in accepted.lines[-1][2]
    assert verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD, places=places).ok
    assert login().history is None


def test_saving_writes_no_second_file(login: Login, places: Places) -> None:
    """The per-PC record is written on open and close, not at every save."""
    ledger = login()
    assert ledger.actor is not None
    record = places.seen_generations
    before = record.stat().st_mtime_ns, record.read_bytes()
    for n in range(3):
        settings.update_settings(ledger, ledger.actor, settings.OfficeSettings(f"Office {n}", 5))
    assert (record.stat().st_mtime_ns, record.read_bytes()) == before
    generation = ledger.vault.header.generation
    ledger.close()
    assert json.loads(record.read_text())[ledger.file_id]["generation"] == generation
