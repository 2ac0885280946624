"""A changed password or recovery key, with an old copy of the file in hand, opens nothing new.

Each of these rotates the data key: an old copy (a backup on the same PC) plus
the old password or the old recovery sheet yields only the old data key, which
decrypts neither the current file nor any later save.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.services import users
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.session import open_with_recovery
from desktop.vault import CorruptFile, Vault, WrongPassword, fileformat
from tests.ledger_fixtures import (
    CLERK,
    CLERK_PASSWORD,
    MANAGER,
    MANAGER_PASSWORD,
    LedgerTemplate,
    Login,
)

NEW_PASSWORD = "plum blossoms at dawn"


def _old_key(old_copy: Path, **credentials: str) -> bytes:
    vault, _ = Vault.open(old_copy, read_only=True, **credentials)
    key = vault._data_key
    vault.close()
    return key


def _cannot_decrypt(path: Path, key: bytes) -> None:
    header, prefix, body = fileformat.read_file(path)
    with pytest.raises(CorruptFile):
        fileformat.decrypt_body(header, prefix, body, key)


def _own_password(ledger: Ledger, t: LedgerTemplate, places: Places) -> dict[str, str]:
    assert ledger.actor is not None
    users.change_own_password(ledger, ledger.actor, MANAGER_PASSWORD, NEW_PASSWORD)
    return {"username": MANAGER, "password": MANAGER_PASSWORD}


def _reset(ledger: Ledger, t: LedgerTemplate, places: Places) -> dict[str, str]:
    assert ledger.actor is not None
    users.reset_password(ledger, ledger.actor, t.clerk_id, NEW_PASSWORD)
    return {"username": CLERK, "password": CLERK_PASSWORD}


def _new_recovery_key(ledger: Ledger, t: LedgerTemplate, places: Places) -> dict[str, str]:
    assert ledger.actor is not None
    users.new_recovery_key(ledger, ledger.actor)
    return {"recovery_key": t.recovery_key}


def _recovery(ledger: Ledger, t: LedgerTemplate, places: Places) -> dict[str, str]:
    path = ledger.path
    ledger.close()
    recovered = open_with_recovery(path, t.recovery_key, places)
    users.recover_manager(recovered, MANAGER, NEW_PASSWORD)
    recovered.close()
    return {"username": MANAGER, "password": MANAGER_PASSWORD}


CHANGES: dict[str, Callable[[Ledger, LedgerTemplate, Places], dict[str, str]]] = {
    "own password changed": _own_password,
    "manager's reset": _reset,
    "new recovery key": _new_recovery_key,
    "recovery with the recovery key": _recovery,
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_the_old_secret_and_an_old_copy_open_nothing_saved_since(
    change: str,
    login: Login,
    ledger_file: Path,
    ledger_template: LedgerTemplate,
    places: Places,
    tmp_path: Path,
) -> None:
    old_copy = tmp_path / "backup.pldb"
    shutil.copyfile(ledger_file, old_copy)
    before = fileformat.read_header(ledger_file).key_id
    ledger = login()
    old_secret = CHANGES[change](ledger, ledger_template, places)
    assert fileformat.read_header(ledger_file).key_id != before  # the data key was rotated
    _cannot_decrypt(ledger_file, _old_key(old_copy, **old_secret))
    if "password" in old_secret:
        with pytest.raises(WrongPassword):
            Vault.open(ledger_file, read_only=True, **old_secret)
