"""The open file's key slots, as the users service changes them.

Services reach the ledger's rows only through ``Ledger.read()`` and
``Ledger.transaction()``, and its key slots only through this narrow
interface: a second store (a server database) would stand beside the file
with its own way of letting people in. Slot changes are made inside a
transaction; if it fails, the transaction puts the slots back as they were.
"""

from __future__ import annotations

from ..vault import Vault, WrongPassword
from ..vault import slots as vault_slots


class KeySlots:
    """One slot per user plus the recovery slot, each wrapping the data key."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, username: str, password: str) -> None:
        self._vault.add_user(username, password)

    def rename(self, old: str, new: str) -> None:
        self._vault.rename_user(old, new)

    def set_password(self, username: str, password: str) -> None:
        self._vault.set_password(username, password)

    def remove(self, username: str) -> None:
        self._vault.remove_user(username)

    def rotate_data_key(self) -> None:
        self._vault.rotate_key()

    def new_recovery_key(self) -> str:
        return self._vault.new_recovery_key()

    def opens(self, username: str, password: str) -> bool:
        """Whether ``password`` opens this user's slot (costs one key derivation)."""
        slot = next((s for s in self._vault.snapshot().slots if s.matches(username)), None)
        if slot is None:
            return False
        try:
            vault_slots.unlock_with_password(slot, password, self._vault.header.file_id)
        except WrongPassword:
            return False
        return True
