"""Durable file replacement: temp file beside the target, fsync, replace, fsync the folder.

The target is never written in place, so a failure at any step leaves the
previous file as it was. Replacing is retried for a few seconds when Windows
reports the file busy (antivirus scanners and sync clients hold files open
briefly after every write).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import time
from pathlib import Path
from typing import BinaryIO

from .errors import QT_TRANSLATE_NOOP, Phrase, SaveFailed

REPLACE_RETRY_SECONDS = 5.0
#: no space left, or the user's disk quota used up (EDQUOT does not exist on Windows)
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: a drive that went away while in use (POSIX: no such device; Windows: not ready, network
#: name gone, no media, device not connected). EIO stays a plain write error: a short write
#: or a failing disk is not a removed one.
_DRIVE_GONE = {errno.ENODEV, errno.ENXIO}
_DRIVE_GONE_WINDOWS = {21, 64, 1112, 1167}
_sleep = time.sleep  # tests replace this to retry without waiting


def write_atomic(path: Path, data: bytes | memoryview) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new, never a mix."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open_private(temp) as handle:
            written = handle.write(data)
            if written is not None and written != len(data):
                raise OSError(errno.EIO, f"short write ({written} of {len(data)} bytes)")
            handle.flush()
            os.fsync(handle.fileno())
        _replace_with_retry(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SaveFailed(describe_os_error(exc, path)) from exc
    _fsync_folder(path.parent)


def remove_leftovers(path: Path) -> int:
    """Delete temp files a killed save left beside ``path``; call only while holding its lock."""
    removed = 0
    for temp in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            temp.unlink()
            removed += 1
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)


def describe_os_error(exc: OSError, path: Path) -> Phrase:
    """One sentence a person can act on, for the usual reasons a write fails."""
    folder = path.parent
    if exc.errno in _DISK_FULL:
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "The disk holding {folder} is full."), folder=folder
        )
    if exc.errno == errno.EROFS:
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} is on a read-only disk."),
            folder=folder,
        )
    if isinstance(exc, PermissionError):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "Privacy Ledger may not write to {folder}, or another program keeps the file busy.",
            ),
            folder=folder,
        )
    if exc.errno in _DRIVE_GONE or getattr(exc, "winerror", None) in _DRIVE_GONE_WINDOWS:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The drive holding {folder} was removed or stopped answering. "
                "Put it back (or choose another place) and try again.",
            ),
            folder=folder,
        )
    if isinstance(exc, FileNotFoundError):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} is no longer there (was a drive removed?)."
            ),
            folder=folder,
        )
    return Phrase(
        QT_TRANSLATE_NOOP("errors", "The ledger could not be written to {folder}: {reason}."),
        folder=folder,
        reason=exc.strerror or exc,
    )


def open_private(temp: Path) -> BinaryIO:
    """A new file only its owner may read (0600 on POSIX; on Windows it inherits the
    folder's ACL, which in the user's profile admits only that user and the system)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    return os.fdopen(fd, "wb")


def _replace_with_retry(source: Path, target: Path) -> None:
    deadline = time.monotonic() + REPLACE_RETRY_SECONDS
    delay = 0.05
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if time.monotonic() >= deadline:
                raise
            _sleep(delay)
            delay = min(delay * 2, 0.5)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open folders, and needs no such step."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
