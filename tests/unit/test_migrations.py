"""Real ledger files from every past schema open with today's program and lose nothing.

Each tests/data/ledger-schema-<revision>.pldb was written by the program at that
revision (see tests/data/make_fixture.py) with a manifest of what it holds.
Opening one upgrades it to ``migrate.HEAD`` after copying the file, as it was,
into the backups folder.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.db import Database, migrate
from desktop.services import audit, clients, policies, purposes, settings, users
from desktop.services.errors import NeedsUpgrade
from desktop.services.places import Places
from desktop.services.session import open_ledger, open_with_recovery
from desktop.services.verify import verify_file
from desktop.vault import CorruptFile, UnknownUser, Vault, read_lock
from tests.ledger_fixtures import MANAGER, Login, digest, tamper

DATA = Path(__file__).resolve().parent.parent / "data"
FIXTURES = sorted(DATA.glob("ledger-schema-*.pldb"))
#: the fixtures made when the ledger had clients (schema 0002 on)
WITH_CLIENTS = [
    path for path in FIXTURES if "clients" in json.loads(path.with_suffix(".json").read_text())
]


@dataclass(frozen=True)
class Fixture:
    path: Path
    manifest: dict[str, Any]

    @property
    def revision(self) -> str:
        return str(self.manifest["revision"])

    def password(self, user: str) -> str:
        return str(self.manifest["passwords"][user])

    def copy_to(self, folder: Path) -> Path:
        target = folder / self.path.name
        shutil.copyfile(self.path, target)
        return target


def load(path: Path) -> Fixture:
    return Fixture(path, json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))


def image_revision(path: Path, password: str) -> str | None:
    vault, image = Vault.open(path, username=MANAGER, password=password, read_only=True)
    vault.close()
    database = Database.from_image(image)
    try:
        return database.revision
    finally:
        database.close()


def test_there_is_a_fixture_from_every_past_schema() -> None:
    frozen = {load(path).revision for path in FIXTURES}
    missing = [revision for revision in migrate.REVISIONS[:-1] if revision not in frozen]
    assert not missing, (
        f"no ledger file from schema {missing}: run tests/data/make_fixture.py against the "
        "program of that revision (see its docstring)"
    )
    assert "0001" in frozen


@pytest.mark.parametrize("fixture_path", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_an_old_ledger_opens_upgraded_with_everything_in_it(
    fixture_path: Path, tmp_path: Path, places: Places
) -> None:
    fixture = load(fixture_path)
    path = fixture.copy_to(tmp_path)
    assert image_revision(path, fixture.password(MANAGER)) == fixture.revision

    ledger = open_ledger(path, MANAGER, fixture.password(MANAGER), places)
    try:
        assert ledger.db.revision == migrate.HEAD
        assert ledger.chain.ok, ledger.chain.describe()
        backups = (
            sorted(places.backups.glob("*-before-upgrade-*")) if places.backups.exists() else []
        )
        if fixture.revision == migrate.HEAD:
            assert backups == []
        else:
            (backup,) = backups
            assert backup.name.startswith(f"{path.stem}-before-upgrade-{fixture.revision}-")
            assert backup.read_bytes() == fixture_path.read_bytes()

        assert ledger.actor is not None
        listed = [
            {
                "username": row.username,
                "display_name": row.display_name,
                "role": row.role.value,
                "active": row.active,
                "must_change_password": row.must_change_password,
            }
            for row in users.list_users(ledger, ledger.actor)
        ]
        assert listed == fixture.manifest["users"]
        office = settings.get_settings(ledger, ledger.actor)
        assert (office.office_name, office.idle_lock_minutes) == tuple(
            fixture.manifest["office"].values()
        )
        trail = [
            [row.seq, row.username, row.action, row.summary]
            for row in reversed(audit.list_events(ledger, ledger.actor))
        ]
        old = fixture.manifest["audit"]
        assert trail[: len(old)] == old
        # The policy in force is the one the program shipped, from the day the ledger was made.
        versions = policies.list_versions(ledger, ledger.actor)
        assert sorted((v.version, v.language) for v in versions) == [("1.0", "en"), ("1.0", "ja")]
        created = audit.list_events(ledger, ledger.actor)[-1]
        assert created.action == "ledger.create"
        assert {v.effective_on for v in versions} == {created.at.date()}
        assert [row[2] for row in trail[len(old) :]] == ["login"]
    finally:
        ledger.close()

    assert image_revision(path, fixture.password(MANAGER)) == migrate.HEAD  # saved upgraded
    report = verify_file(path, username=MANAGER, password=fixture.password(MANAGER))
    assert report.ok, report.lines
    for user, password in fixture.manifest["passwords"].items():
        open_ledger(path, user, password, places).close()
    with pytest.raises(UnknownUser):
        open_ledger(path, "former", "temporary-3", places)
    open_with_recovery(path, fixture.manifest["recovery_key"], places).close()
    # Reopening finds nothing more to upgrade.
    backups_after = sorted(places.backups.glob("*")) if places.backups.exists() else []
    assert len(backups_after) == (0 if fixture.revision == migrate.HEAD else 1)


@pytest.mark.parametrize("fixture_path", WITH_CLIENTS, ids=[path.stem for path in WITH_CLIENTS])
def test_clients_keep_their_numbers_and_new_ones_follow(
    fixture_path: Path, tmp_path: Path, places: Places
) -> None:
    fixture = load(fixture_path)
    path = fixture.copy_to(tmp_path)
    ledger = open_ledger(path, MANAGER, fixture.password(MANAGER), places)
    try:
        actor = ledger.actor
        assert actor is not None
        listed = [
            [row.number, row.name, row.status.value, list(row.purposes)]
            for row in clients.list_clients(ledger, actor)
        ]
        assert listed == fixture.manifest["clients"]
        kept = [[p.number, p.title, p.retired] for p in purposes.list_purposes(ledger)]
        assert kept == fixture.manifest["purposes"]

        # The next numbers follow the highest ever given, a disposed client's included.
        highest = max(int(number.removeprefix("C-")) for number, *_ in listed)
        first_purpose = min(p.id for p in purposes.list_purposes(ledger))
        new = clients.add_client(
            ledger,
            actor,
            clients.ClientInput(
                "新規", "顧客", obtained_on=date.today(), purpose_ids=(first_purpose,)
            ),
        )
        assert new.number == f"C-{highest + 1:06d}"
        added = purposes.add_purpose(ledger, actor, "A purpose added after the upgrade")
        assert added.number == max(number for number, *_ in kept) + 1
    finally:
        ledger.close()


def test_an_old_ledger_opened_read_only_asks_to_be_upgraded(tmp_path: Path, places: Places) -> None:
    for fixture in map(load, FIXTURES):
        path = fixture.copy_to(tmp_path)
        before = digest(path)
        if fixture.revision == migrate.HEAD:
            open_ledger(path, MANAGER, fixture.password(MANAGER), places, read_only=True).close()
        else:
            with pytest.raises(NeedsUpgrade) as info:
                open_ledger(path, MANAGER, fixture.password(MANAGER), places, read_only=True)
            assert "must be upgraded" in str(info.value)
        assert digest(path) == before
        assert read_lock(path) is None


def test_a_failed_upgrade_leaves_the_file_as_it_was(
    tmp_path: Path, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixture = load(FIXTURES[0])
    assert fixture.revision != migrate.HEAD, "the oldest fixture is older than the program"
    path = fixture.copy_to(tmp_path)

    def fail(self: Database) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(Database, "upgrade", fail)
    with pytest.raises(RuntimeError):
        open_ledger(path, MANAGER, fixture.password(MANAGER), places)

    assert path.read_bytes() == fixture.path.read_bytes()
    assert read_lock(path) is None
    (backup,) = places.backups.iterdir()  # the copy was made before the upgrade started
    assert backup.read_bytes() == fixture.path.read_bytes()


def test_a_ledger_from_a_newer_program_is_refused(
    ledger_file: Path, places: Places, login: Login
) -> None:
    tamper(ledger_file, "UPDATE alembic_version SET version_num = '9999'")
    before = digest(ledger_file)
    for read_only in (False, True):
        with pytest.raises(CorruptFile) as info:
            login(read_only=read_only)
        assert info.value.reason == CorruptFile.UNKNOWN_VERSION
        assert "written by a newer version of Privacy Ledger" in str(info.value)
    assert digest(ledger_file) == before
    assert read_lock(ledger_file) is None
    assert not places.backups.exists()
