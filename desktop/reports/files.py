"""Writing a printed document to a file: atomically, with a message a person can act on."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..errors import LedgerError


class ReportError(LedgerError):
    """A document could not be printed or saved, for a reason a person can act on."""


def write_file_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, then replace ``path`` with it.

    Raises ReportError with a message a person can act on; no temp file is left behind.
    """
    if path.is_dir():
        raise ReportError(
            QCoreApplication.translate("reports", "{path} is a folder; choose a file name.").format(
                path=path
            )
        )
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        # Documents hold personal data (or the recovery key): readable by this user only.
        fd = os.open(temp, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    except OSError as exc:
        raise ReportError(_describe_os_error(exc, path)) from exc


def _describe_os_error(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("reports", "The disk holding {folder} is full.").format(
            folder=folder
        )
    if exc.errno == errno.EROFS:
        return QCoreApplication.translate(
            "reports", "The folder {folder} is on a read-only disk."
        ).format(folder=folder)
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("reports", "The folder {folder} does not exist.").format(
            folder=folder
        )
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "reports",
            "Privacy Ledger may not write to {folder}, or {name} is open in another "
            "program (close the PDF viewer and try again).",
        ).format(folder=folder, name=path.name)
    return QCoreApplication.translate(
        "reports", "The document could not be saved to {path}: {reason}."
    ).format(path=path, reason=exc.strerror or exc)
