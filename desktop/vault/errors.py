"""Errors a person can cause when opening or saving a ledger file.

Their base (LedgerError, Phrase, the exit codes) lives in desktop/errors.py,
which every layer shares; it is re-exported here.
"""

from __future__ import annotations

from typing import Any

from ..errors import (  # the neutral base; re-exported for code that imports it from here
    EXIT_CORRUPT,
    EXIT_LOCKED,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    EXIT_WRONG_PASSWORD,
    QT_TRANSLATE_NOOP,
    LedgerError,
    Phrase,
    render,
)

__all__ = [
    "EXIT_CORRUPT",
    "EXIT_LOCKED",
    "EXIT_UNEXPECTED",
    "EXIT_USAGE",
    "EXIT_WRONG_PASSWORD",
    "QT_TRANSLATE_NOOP",
    "CorruptFile",
    "FileChangedOnDisk",
    "FileExists",
    "LedgerError",
    "LedgerLocked",
    "NoSuchLedger",
    "Phrase",
    "ReadOnlyLedger",
    "SaveFailed",
    "UnknownUser",
    "WrongPassword",
    "render",
]


class WrongPassword(LedgerError):
    """The password (or recovery key) does not open this ledger."""

    exit_code = EXIT_WRONG_PASSWORD

    def __init__(
        self,
        template: str = QT_TRANSLATE_NOOP("errors", "The password is not correct for this ledger."),
        **params: Any,
    ) -> None:
        super().__init__(template, **params)


class UnknownUser(LedgerError):
    """No key slot in the file belongs to this user name."""

    exit_code = EXIT_WRONG_PASSWORD

    def __init__(self, username: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "There is no user named '{username}' in this ledger."),
            username=username,
        )
        self.username = username


class NoSuchLedger(LedgerError):
    """The path given does not lead to a ledger file."""

    exit_code = EXIT_USAGE

    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "There is no ledger file at {path}."), path=path
        )


class FileExists(LedgerError):
    """A new ledger would overwrite an existing file."""

    exit_code = EXIT_USAGE

    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "A file named {path} already exists; choose another name."),
            path=path,
        )


class CorruptFile(LedgerError):
    """The file is not a ledger, or it was damaged or changed outside the program.

    ``detail`` (a :class:`Phrase` where it is a fixed phrase) is added after the message.
    """

    exit_code = EXIT_CORRUPT

    NOT_A_LEDGER = Phrase(QT_TRANSLATE_NOOP("errors", "not a ledger"))
    UNKNOWN_VERSION = Phrase(QT_TRANSLATE_NOOP("errors", "unknown version"))
    DAMAGED_HEADER = Phrase(QT_TRANSLATE_NOOP("errors", "damaged header"))
    DAMAGED_BODY = Phrase(QT_TRANSLATE_NOOP("errors", "damaged body"))
    TRUNCATED = Phrase(QT_TRANSLATE_NOOP("errors", "truncated"))
    BAD_DATABASE = Phrase(QT_TRANSLATE_NOOP("errors", "damaged database"))
    UNSAFE_PARAMETERS = Phrase(QT_TRANSLATE_NOOP("errors", "unsafe key parameters"))

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason == self.NOT_A_LEDGER:
            template = (
                QT_TRANSLATE_NOOP("errors", "This file is not a Privacy Ledger file. {detail}")
                if detail
                else QT_TRANSLATE_NOOP("errors", "This file is not a Privacy Ledger file.")
            )
        elif reason == self.UNKNOWN_VERSION:
            template = (
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This ledger was written by a newer version of Privacy Ledger; "
                    "install the newer version to open it. {detail}",
                )
                if detail
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "This ledger was written by a newer version of Privacy Ledger; "
                    "install the newer version to open it.",
                )
            )
        else:
            template = (
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The ledger file is damaged or was changed outside Privacy Ledger ({reason}). "
                    "Restore the latest backup. {detail}",
                )
                if detail
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "The ledger file is damaged or was changed outside Privacy Ledger ({reason}). "
                    "Restore the latest backup.",
                )
            )
        params: dict[str, Any] = {"reason": reason}
        if detail:
            params["detail"] = detail
        super().__init__(template, **params)
        self.reason = reason


class LedgerLocked(LedgerError):
    """Another program (or person) has the ledger open."""

    exit_code = EXIT_LOCKED

    def __init__(self, owner: str, since: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The ledger is open in another program ({owner}, since {since}). "
                "Close it there first, or open this ledger read-only.",
            ),
            owner=owner,
            since=since,
        )
        self.owner = owner
        self.since = since


class ReadOnlyLedger(LedgerError):
    """A change was attempted on a ledger opened read-only."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "This ledger is open read-only; changes cannot be saved.")
        )


class SaveFailed(LedgerError):
    """Writing the ledger failed; the previous file is untouched, the change is in memory.

    ``cause`` is one sentence saying why, a :class:`Phrase` where it can be translated.
    """

    def __init__(self, cause: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{cause} The previous file was left as it was and your change is kept "
                "in memory: try again, or save a copy elsewhere.",
            ),
            cause=cause,
        )
        self.cause = cause


class FileChangedOnDisk(SaveFailed):
    """Another program wrote the ledger file since it was loaded."""

    def __init__(self) -> None:
        super().__init__(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The ledger file was changed by another program since it was opened, "
                    "so it was not overwritten.",
                )
            )
        )
