"""Turning a key slot and a secret into the data key, and reading errors into plain words."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import fileformat, recovery, slots
from .errors import (
    QT_TRANSLATE_NOOP,
    CorruptFile,
    LedgerError,
    NoSuchLedger,
    Phrase,
    UnknownUser,
    WrongPassword,
)
from .fileformat import Header

KEY_PARAMETERS_CHANGED = Phrase(
    QT_TRANSLATE_NOOP("errors", "(key parameters differ from those recorded in the file)")
)


def ledger_header(path: Path) -> Header:
    """The checked header of ``path`` (user names, generation), with person-facing errors."""
    with reading(path):
        return fileformat.read_header(path)


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn the ways reading a ledger file fails into messages a person can act on."""
    try:
        yield
    except FileNotFoundError:
        raise NoSuchLedger(path) from None
    except IsADirectoryError:
        raise LedgerError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a ledger file."), path=path
        ) from None
    except OSError as exc:
        raise LedgerError(
            QT_TRANSLATE_NOOP("errors", "The ledger file {path} cannot be read: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def unlock(
    header: Header, username: str | None, password: str | None, recovery_key: str | None
) -> bytes:
    if recovery_key is not None:
        key = recovery.parse_recovery_key(recovery_key)
        slot = next((s for s in header.slots if s.kind == "recovery"), None)
        if slot is None:
            raise WrongPassword(QT_TRANSLATE_NOOP("errors", "This ledger has no recovery key."))
        try:
            private = slots.unlock_with_recovery_key(slot, key, header.file_id)
        except WrongPassword:
            raise WrongPassword(
                QT_TRANSLATE_NOOP("errors", "The recovery key does not belong to this ledger.")
            ) from None
    else:
        if username is None or password is None:
            raise WrongPassword(
                QT_TRANSLATE_NOOP(
                    "errors", "A user name and password are needed to open the ledger."
                )
            )
        slot = next((s for s in header.slots if s.matches(username)), None)
        if slot is None:
            raise UnknownUser(username)
        if header.calibration is not None and slot.kdf_params not in header.calibration:
            # Edited parameters would derive a wrong key: that is damage, not a wrong password.
            raise CorruptFile(CorruptFile.DAMAGED_HEADER, KEY_PARAMETERS_CHANGED)
        private = slots.unlock_with_password(slot, password, header.file_id)
    data_key = slots.unwrap_data_key(slot, private, header.file_id)
    if fileformat.key_id(data_key) != header.key_id:
        raise WrongPassword(
            QT_TRANSLATE_NOOP(
                "errors",
                "This password belongs to an earlier state of the ledger and no longer opens it.",
            )
        )
    return data_key


def check_password(password: str) -> None:
    if not password:
        raise LedgerError(QT_TRANSLATE_NOOP("errors", "The password must not be empty."))
