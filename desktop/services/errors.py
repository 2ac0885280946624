"""Errors the rules of the office raise, each with a message fit to show a person.

Messages are English templates marked for translation (see vault/errors.py).
"""

from __future__ import annotations

from typing import Any

from ..vault import LedgerError, SaveFailed
from ..vault.errors import EXIT_USAGE, QT_TRANSLATE_NOOP, Phrase


class PermissionDenied(LedgerError):
    """The acting user's role does not allow this action; ``action`` is a marked phrase."""

    exit_code = EXIT_USAGE

    def __init__(self, action: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Your role does not allow this: {action}. Ask the office manager."
            ),
            action=Phrase(action),
        )
        self.action = action


class ValidationError(LedgerError):
    """Input that breaks a rule; ``field`` names the form field to show it next to."""

    exit_code = EXIT_USAGE  # on the command line, the input given was not acceptable

    def __init__(self, template: str, field: str = "", **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFound(LedgerError):
    """A record vanished between listing and acting; ``what`` is a marked phrase ("The client")."""

    def __init__(self, what: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "{what} was not found; it may have been removed meanwhile."
            ),
            what=Phrase(what),
        )


class LastManager(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The ledger needs at least one active manager; make another user a manager first.",
            )
        )


class NeedsUpgrade(LedgerError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This ledger was made by an older version and must be upgraded; "
                "open it normally (not read-only) once to upgrade it.",
            )
        )


class ReadCannotBeRecorded(LedgerError):
    """Personal details are shown only when the read can be written to the audit trail."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This ledger is open read-only, so opening a client's details cannot be recorded "
                "in the audit trail. The list stays visible; to see details, close the ledger in "
                "the other program and open it normally.",
            )
        )


class UnsavedRecoveryKey(SaveFailed):
    """A new recovery key is in force in memory but could not be saved yet.

    It carries the key, because the key is shown only once: the person must see
    and store it even while the save waits for Retry or Save As.
    """

    def __init__(self, cause: str, recovery_key: str) -> None:
        super().__init__(cause)
        self.recovery_key = recovery_key
