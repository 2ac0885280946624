"""What to tell a person whose ledger would not open, and what to do about it.

Shared by the login and the recovery dialog (each imports it; neither imports the other
for it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..errors import LedgerError
from ..services.errors import NeedsUpgrade
from ..services.file_info import CorruptFile, LedgerLocked
from ..services.places import Places
from .i18n import error_text, translated


def describe_open_error(exc: LedgerError, places: Places) -> str:
    """The message for a ledger that could not be opened, with what to do about it."""
    if isinstance(exc, LedgerLocked):
        return (
            QCoreApplication.translate(
                "LoginForm",
                "The ledger is open in another program (%1, since %2). Close it there first, "
                "or open it read-only to look things up without changing anything.",
            )
            .replace("%1", translated(exc.owner))
            .replace("%2", exc.since.replace("T", " ")[:16])  # 2026-04-01 09:30
        )
    if isinstance(exc, CorruptFile):
        if exc.reason == CorruptFile.UNKNOWN_VERSION:
            return QCoreApplication.translate(
                "LoginForm",
                "This ledger was written by a newer version of Privacy Ledger. Install the "
                "newer version to open it; the file was not changed.",
            )
        if exc.reason == CorruptFile.NOT_A_LEDGER:
            return QCoreApplication.translate(
                "LoginForm",
                "This file is not a Privacy Ledger file. Open the ledger file (*.pldb) instead.",
            )
        return QCoreApplication.translate(
            "LoginForm",
            "The ledger file is damaged or was changed outside Privacy Ledger, so it was not "
            "opened and nothing was changed. Restore the latest backup; the automatic "
            "backups are in %1.",
        ).replace("%1", str(places.backups))
    if isinstance(exc, NeedsUpgrade):
        return QCoreApplication.translate(
            "LoginForm",
            "This ledger was made by an older version and must be upgraded first: "
            "open it normally (not read-only) once.",
        )
    return error_text(exc)
