"""Fixtures for the Incidents tab tests: a ledger with clients and users, made once, copied.

The test modules bind the fixtures they use by assignment, as the Clients tab
tests do (tests/ui/conftest.py belongs to the main window's tests).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services import clients, purposes, session, users
from desktop.services.clients import ClientInput
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.ui.context import Hub, UiContext
from tests.ui.clients_support import CLERK, MANAGER, OFFICE, Person, UiEnv, settings_file

#: the clients every test starts with: C-000001 ordinary, C-000002 with sensitive data
ORDINARY = ClientInput(
    family_name="井上",
    given_name="真一",
    postal_code="231-0001",
    address="神奈川県横浜市中区新港9-9-1",
    obtained_on=date(2024, 6, 1),
)
SENSITIVE = ClientInput(
    family_name="Garcia",
    given_name="Maria",
    postal_code="460-0008",
    address="愛知県名古屋市中区栄9-9-2",
    obtained_on=date(2024, 9, 1),
    sensitive=True,
    sensitive_note="診断書 (在留資格申請)",
)

_templates: dict[Path, Path] = {}


@pytest.fixture(scope="session")
def incidents_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    if base not in _templates:
        _templates[base] = _make_template(tmp_path_factory.mktemp("incidents-template"))
    return _templates[base]


def _make_template(folder: Path) -> Path:
    path = folder / "office.pldb"
    new = session.NewLedger(OFFICE, MANAGER.username, MANAGER.display_name, MANAGER.password)
    ledger, _recovery = session.create_ledger(path, new, Places(folder))
    try:
        actor = ledger.actor
        assert actor is not None
        users.add_user(
            ledger, actor, CLERK.username, CLERK.display_name, Role.CLERK, CLERK.password
        )
        purpose = purposes.list_purposes(ledger)[0].id
        for data in (ORDINARY, SENSITIVE):
            clients.add_client(
                ledger, actor, ClientInput(**{**data.__dict__, "purpose_ids": (purpose,)})
            )
    finally:
        ledger.close()
    path.chmod(0o400)
    return path


def open_env(template: Path, folder: Path, person: Person) -> UiEnv:
    """The ledger at ``folder`` (copied from the template the first time) opened as ``person``."""
    path = folder / "office.pldb"
    if not path.exists():
        shutil.copyfile(template, path)
        path.chmod(0o600)
    places = Places(folder / "data")
    ledger = session.open_ledger(path, person.username, person.password, places)
    assert ledger.actor is not None
    return UiEnv(path, places, person, UiContext.for_ledger(ledger, Hub(), settings_file(folder)))


def close_env(env: UiEnv) -> None:
    with contextlib.suppress(Exception):
        env.ledger.close()


@pytest.fixture
def clerk_ui(qapp: QApplication, incidents_template: Path, tmp_path: Path) -> Iterator[UiEnv]:
    env = open_env(incidents_template, tmp_path, CLERK)
    yield env
    close_env(env)


@pytest.fixture
def manager_ui(qapp: QApplication, incidents_template: Path, tmp_path: Path) -> Iterator[UiEnv]:
    env = open_env(incidents_template, tmp_path, MANAGER)
    yield env
    close_env(env)
