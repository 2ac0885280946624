"""The lock beside an open ledger: one writer at a time, and who that writer is.

The lock file ``<ledger>.lock`` is held open with an operating-system lock for
the whole session (``fcntl.flock`` on POSIX, ``msvcrt.locking`` — the C
runtime's ``LockFile`` — on Windows), so two programs can never both hold it,
however they race. The operating system drops the lock when the holder ends,
even when it is killed. The file's text names the holder (host, user, process
id and the process's start time) so a second opener can be told who has it.

Where a file system cannot lock (some network shares), the text alone decides:
a lock taken on this host by a process that has ended, or by a process whose
start time differs (its id was reused by an unrelated program), is taken over.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from . import processes
from .errors import QT_TRANSLATE_NOOP, LedgerError, LedgerLocked, Phrase

#: where on Windows the one locked byte sits: far past the text, which stays readable
_WINDOWS_LOCK_OFFSET = 1 << 30
#: errors meaning "this file system does not lock", not "someone holds it"
_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    since: str
    #: the holder's start time as the operating system reports it ("" when unknown)
    started: str = ""

    def describe(self) -> Phrase:
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "{user} on {host}, process {pid}"),
            user=self.user,
            host=self.host,
            pid=self.pid,
        )


def lock_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".lock")


def read_lock(ledger: Path) -> LockInfo | None:
    """The current lock of ``ledger``, or None when it is free (or the lock is unreadable)."""
    return _read_lock_file(lock_path(ledger))


def _read_lock_file(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(
            str(data["host"]),
            str(data["user"]),
            int(data["pid"]),
            str(data["since"]),
            str(data.get("started", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def is_stale(info: LockInfo) -> bool:
    """Stale: taken on this host by a process that has ended, or whose id now names another."""
    if info.host != _host() or info.pid == os.getpid():
        return False
    if not processes.alive(info.pid):
        return True
    started = processes.start_time(info.pid)
    return bool(info.started and started and started != info.started)


class LedgerLock:
    """Holds the lock of one ledger until released."""

    def __init__(self, ledger: Path) -> None:
        self.path = lock_path(ledger)
        self.info = LockInfo(
            _host(),
            _user(),
            os.getpid(),
            datetime.now().isoformat("T", "seconds"),
            processes.start_time(os.getpid()),
        )
        self._fd: int | None = None

    @classmethod
    def acquire(cls, ledger: Path) -> LedgerLock:
        lock = cls(ledger)
        try:
            lock._take()
        except OSError as exc:  # e.g. a read-only folder or disk
            raise LedgerError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The ledger cannot be opened for changes because no lock file can be written "
                    "beside it ({reason}). Open it read-only instead.",
                ),
                reason=exc.strerror or exc,
            ) from exc
        return lock

    def _take(self) -> None:
        for _ in range(20):  # the file may be removed by its last holder as we open it
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            try:
                locked = _os_lock(fd)
                if locked is False:
                    other = _read_lock_file(self.path)
                    raise LedgerLocked(
                        *(other.describe(), other.since) if other else (Phrase("?"), "?")
                    )
                if not _same_file(fd, self.path):
                    _os_unlock(fd)
                    os.close(fd)
                    continue
                other = _read_lock_file(self.path)
                # A lock taken on another PC is never taken over: its holder's operating
                # system lock may not reach this PC through a network share.
                if other is not None and other.host != _host():
                    raise LedgerLocked(other.describe(), other.since)
                # Without an operating-system lock (None) the text alone decides.
                if other is not None and locked is None and not is_stale(other):
                    raise LedgerLocked(other.describe(), other.since)
                _write_info(fd, json.dumps(asdict(self.info)).encode())
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            self._fd = fd
            return
        raise OSError(errno.EBUSY, "the lock file keeps changing")

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        current = _read_lock_file(self.path)
        ours = current is None or current == self.info  # else a PC without locking took it
        if ours:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
        if ours and sys.platform != "win32":
            # Removed while still locked: a waiting opener then finds a new file.
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _os_unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
        if ours and sys.platform == "win32":
            with contextlib.suppress(OSError):  # fails while another opener holds it: fine
                self.path.unlink()


def _write_info(fd: int, payload: bytes) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, payload)
    os.fsync(fd)


def _os_lock(fd: int) -> bool | None:
    """True when locked, False when another holds it, None when the file system cannot lock."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            os.lseek(fd, 0, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _NO_LOCKING:
            return None
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except OSError:
        return False


def _host() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises several kinds when no name is set
        return "unknown"
