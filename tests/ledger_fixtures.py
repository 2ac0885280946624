"""Shared fixtures for the service and command-line tests: one ledger per session, copied.

The session ledger is made once through ``create_ledger`` (a manager and a
clerk who has chosen their password) with the cheap test-only key
parameters; each test gets its own copy and its own data folder, so nothing
touches the real user folder. Registered by tests/unit/conftest.py and
tests/cli/conftest.py.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.services import users
from desktop.services.ledger import Ledger
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger
from desktop.vault import Vault

MANAGER, MANAGER_PASSWORD = "manager", "manager-pass-2026"
CLERK, CLERK_PASSWORD = "clerk", "clerk-pass-2026"
OFFICE = "Yamada Gyoseishoshi Office"
LEDGER_NAME = "office.pldb"
PASSWORDS = {MANAGER: MANAGER_PASSWORD, CLERK: CLERK_PASSWORD}


@dataclass(frozen=True)
class LedgerTemplate:
    """The ledger made once per session, and what its creator knows about it."""

    path: Path
    recovery_key: str
    manager_id: int
    clerk_id: int


@pytest.fixture(scope="session")
def ledger_template(tmp_path_factory: pytest.TempPathFactory) -> LedgerTemplate:
    folder = tmp_path_factory.mktemp("ledger-template")
    places = Places(folder / "data")
    path = folder / LEDGER_NAME
    new = NewLedger(OFFICE, MANAGER, "Yamada Taro", MANAGER_PASSWORD)
    ledger, recovery_key = create_ledger(path, new, places)
    assert ledger.actor is not None
    manager_id = ledger.actor.id
    clerk = users.add_user(ledger, ledger.actor, CLERK, "Suzuki Kenta", Role.CLERK, "first-pass-1")
    ledger.close()
    ledger = open_ledger(path, CLERK, "first-pass-1", places)
    assert ledger.actor is not None
    users.change_own_password(ledger, ledger.actor, "first-pass-1", CLERK_PASSWORD)
    ledger.close()
    path.chmod(0o400)  # a test that wrote to the template instead of its copy would fail
    return LedgerTemplate(path, recovery_key, manager_id, clerk.id)


@pytest.fixture
def places(tmp_path: Path) -> Places:
    """The program's own folder (backups, login failures, seen generations) for this test."""
    return Places(tmp_path / "data")


@pytest.fixture
def ledger_file(ledger_template: LedgerTemplate, tmp_path: Path) -> Path:
    """A private, writable copy of the session ledger."""
    path = tmp_path / LEDGER_NAME
    shutil.copyfile(ledger_template.path, path)
    return path


Login = Callable[..., Ledger]


@pytest.fixture
def login(ledger_file: Path, places: Places) -> Iterator[Login]:
    """Open a ledger as a user (the copy by default); every ledger opened is closed afterwards."""
    opened: list[Ledger] = []

    def _login(
        user: str = MANAGER,
        password: str | None = None,
        *,
        path: Path | None = None,
        read_only: bool = False,
    ) -> Ledger:
        ledger = open_ledger(
            path or ledger_file,
            user,
            PASSWORDS[user] if password is None else password,
            places,
            read_only=read_only,
        )
        opened.append(ledger)
        return ledger

    yield _login
    for ledger in opened:
        ledger.close()


def digest(path: Path) -> str:
    """The SHA-256 of a file: equal digests mean nothing at all was written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, sql: str, *, user: str = MANAGER, password: str | None = None) -> None:
    """Change the database inside the file behind the program's back, as an insider could.

    Decrypts with a user's password, runs ``sql`` on the raw SQLite image and
    saves it through the Vault API, so the file itself is well-formed and
    authenticated: only the audit chain can tell.
    """
    vault, image = Vault.open(path, username=user, password=password or PASSWORDS[user])
    try:
        connection = sqlite3.connect(":memory:")
        connection.deserialize(image)
        connection.executescript(sql)
        vault.save(connection.serialize())
        connection.close()
    finally:
        vault.close()


def raw_query(path: Path, sql: str, *, user: str = MANAGER) -> list[tuple[object, ...]]:
    """Rows of ``sql`` run on the decrypted image, opened read-only (no lock, no save)."""
    vault, image = Vault.open(path, username=user, password=PASSWORDS[user], read_only=True)
    vault.close()
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(image)
        return connection.execute(sql).fetchall()
    finally:
        connection.close()
