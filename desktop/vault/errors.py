"""Errors a person can cause when opening or saving a ledger file.

Every error carries a message fit to show as it is and the command-line exit
code from DESIGN.md; the UI and CLI print ``str(error)``, never a traceback.
"""

from __future__ import annotations

EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSWORD = 3
EXIT_CORRUPT = 4
EXIT_LOCKED = 5


class LedgerError(Exception):
    """Base of every error whose message is meant for a person."""

    exit_code = EXIT_UNEXPECTED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WrongPassword(LedgerError):
    """The password (or recovery key) does not open this ledger."""

    exit_code = EXIT_WRONG_PASSWORD

    def __init__(self, message: str = "The password is not correct for this ledger.") -> None:
        super().__init__(message)


class UnknownUser(LedgerError):
    """No key slot in the file belongs to this user name."""

    exit_code = EXIT_WRONG_PASSWORD

    def __init__(self, username: str) -> None:
        super().__init__(f"There is no user named '{username}' in this ledger.")
        self.username = username


class NoSuchLedger(LedgerError):
    """The path given does not lead to a ledger file."""

    exit_code = EXIT_USAGE

    def __init__(self, path: object) -> None:
        super().__init__(f"There is no ledger file at {path}.")


class FileExists(LedgerError):
    """A new ledger would overwrite an existing file."""

    exit_code = EXIT_USAGE

    def __init__(self, path: object) -> None:
        super().__init__(f"A file named {path} already exists; choose another name.")


class CorruptFile(LedgerError):
    """The file is not a ledger, or it was damaged or changed outside the program."""

    exit_code = EXIT_CORRUPT

    NOT_A_LEDGER = "not a ledger"
    UNKNOWN_VERSION = "unknown version"
    DAMAGED_HEADER = "damaged header"
    DAMAGED_BODY = "damaged body"
    TRUNCATED = "truncated"
    BAD_DATABASE = "damaged database"
    UNSAFE_PARAMETERS = "unsafe key parameters"

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason == self.NOT_A_LEDGER:
            text = "This file is not a Privacy Ledger file."
        elif reason == self.UNKNOWN_VERSION:
            text = (
                "This ledger was written by a newer version of Privacy Ledger; "
                "install the newer version to open it."
            )
        else:
            text = (
                f"The ledger file is damaged or was changed outside Privacy Ledger ({reason}). "
                "Restore the latest backup."
            )
        super().__init__(f"{text} {detail}".strip())
        self.reason = reason


class LedgerLocked(LedgerError):
    """Another program (or person) has the ledger open."""

    exit_code = EXIT_LOCKED

    def __init__(self, owner: str, since: str) -> None:
        super().__init__(
            f"The ledger is open in another program ({owner}, since {since}). "
            "Close it there first, or open this ledger read-only."
        )
        self.owner = owner
        self.since = since


class ReadOnlyLedger(LedgerError):
    """A change was attempted on a ledger opened read-only."""

    def __init__(self) -> None:
        super().__init__("This ledger is open read-only; changes cannot be saved.")


class SaveFailed(LedgerError):
    """Writing the ledger failed; the previous file is untouched, the change is in memory."""

    def __init__(self, message: str) -> None:
        super().__init__(
            f"{message} The previous file was left as it was and your change is kept "
            "in memory: try again, or save a copy elsewhere."
        )


class FileChangedOnDisk(SaveFailed):
    """Another program wrote the ledger file since it was loaded."""

    def __init__(self) -> None:
        super().__init__(
            "The ledger file was changed by another program since it was opened, "
            "so it was not overwritten."
        )
