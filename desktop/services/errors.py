"""Errors the rules of the office raise, each with a message fit to show a person."""

from __future__ import annotations

from ..vault import LedgerError
from ..vault.errors import EXIT_USAGE


class PermissionDenied(LedgerError):
    """The acting user's role does not allow this action."""

    exit_code = EXIT_USAGE

    def __init__(self, action: str) -> None:
        super().__init__(f"Your role does not allow this: {action}. Ask the office manager.")
        self.action = action


class ValidationError(LedgerError):
    """Input that breaks a rule; ``field`` names the form field to show it next to."""

    exit_code = EXIT_USAGE  # on the command line, the input given was not acceptable

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFound(LedgerError):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was not found; it may have been removed meanwhile.")


class LastManager(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            "The ledger needs at least one active manager; make another user a manager first."
        )


class NeedsUpgrade(LedgerError):
    def __init__(self) -> None:
        super().__init__(
            "This ledger was made by an older version and must be upgraded; "
            "open it normally (not read-only) once to upgrade it."
        )


class ReadCannotBeRecorded(LedgerError):
    """Personal details are shown only when the read can be written to the audit trail."""

    def __init__(self) -> None:
        super().__init__(
            "This ledger is open read-only, so opening a client's details cannot be recorded "
            "in the audit trail. The list stays visible; to see details, close the ledger in "
            "the other program and open it normally."
        )
