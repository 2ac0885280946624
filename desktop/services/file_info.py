"""What the window shows of the ledger file, and the file errors it handles, without the vault.

The window reads the user names offered at login, when the file was last
saved and whether it is an old copy through here, so that ``desktop.ui``
never imports ``desktop.vault`` (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..vault import (
    CorruptFile,
    FileChangedOnDisk,
    FileExists,
    LedgerLocked,
    NoSuchLedger,
    ReadOnlyLedger,
    SaveFailed,
    UnknownUser,
    WrongPassword,
    ledger_header,
)
from .ledger import Ledger

__all__ = [
    "CorruptFile",
    "FileChangedOnDisk",
    "FileExists",
    "FileState",
    "LedgerLocked",
    "LoginNames",
    "NoSuchLedger",
    "ReadOnlyLedger",
    "SaveFailed",
    "UnknownUser",
    "WrongPassword",
    "file_state",
    "login_names",
]


@dataclass(frozen=True)
class LoginNames:
    """Who may log in to a file (read from its header, before any password)."""

    file_id: str
    usernames: tuple[str, ...]


@dataclass(frozen=True)
class FileState:
    """The open file as the status bar and the old-copy warning see it."""

    path: Path
    read_only: bool
    #: the last save, by this program or (before the first) as the file says; None if unreadable
    last_saved: datetime | None
    #: (save number found, highest this computer has seen) when this is an older copy
    old_copy: tuple[int, int] | None


def login_names(path: Path) -> LoginNames:
    """The user names of ``path``, sorted as a person reads them; a LedgerError if unreadable."""
    header = ledger_header(path)
    return LoginNames(header.file_id, tuple(sorted(header.usernames(), key=str.casefold)))


def file_state(ledger: Ledger) -> FileState:
    saved = ledger.last_saved
    if saved is None:
        try:
            saved = datetime.fromisoformat(ledger.vault.header.saved)
        except ValueError:
            saved = None
    return FileState(ledger.path, ledger.read_only, saved, ledger.vault.rollback)
