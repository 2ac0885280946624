"""The encrypted ledger file. Knows bytes, keys and files only; imports nothing of the project."""

from .errors import (
    CorruptFile,
    FileChangedOnDisk,
    FileExists,
    LedgerError,
    LedgerLocked,
    NoSuchLedger,
    ReadOnlyLedger,
    SaveFailed,
    UnknownUser,
    WrongPassword,
)
from .fileformat import Header, read_header
from .ledgerfile import SlotState, Vault, ledger_header
from .lockfile import LockInfo, read_lock
from .seen import SeenGenerations

__all__ = [
    "CorruptFile",
    "FileChangedOnDisk",
    "FileExists",
    "Header",
    "LedgerError",
    "LedgerLocked",
    "LockInfo",
    "NoSuchLedger",
    "ReadOnlyLedger",
    "SaveFailed",
    "SeenGenerations",
    "SlotState",
    "UnknownUser",
    "Vault",
    "WrongPassword",
    "ledger_header",
    "read_header",
    "read_lock",
]
