"""The lock file beside an open ledger: who has it open, on which host, since when.

A second opener is told who holds the ledger; a lock left behind by a process
that no longer runs on this same host is taken over.
"""

from __future__ import annotations

import contextlib
import ctypes
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, LedgerError, LedgerLocked, Phrase


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    since: str

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
        return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(info: LockInfo) -> bool:
    """A lock is stale when it was taken on this host by a process that has ended."""
    return info.host == _host() and info.pid != os.getpid() and not _pid_alive(info.pid)


class LedgerLock:
    """Holds the lock file of one ledger until released."""

    def __init__(self, ledger: Path) -> None:
        self.path = lock_path(ledger)
        self.info = LockInfo(
            _host(), _user(), os.getpid(), datetime.now().isoformat("T", "seconds")
        )
        self._held = False

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
        payload = json.dumps(asdict(self.info)).encode()
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            other = _read_lock_file(self.path)
            if other is not None and not is_stale(other):
                raise LedgerLocked(other.describe(), other.since) from None
            # Unreadable (a crash while writing it) or left by a dead process: take it over.
            temp = self.path.with_name(self.path.name + f".{os.getpid()}")
            temp.write_bytes(payload)
            os.replace(temp, self.path)
            self._held = True
            return
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        self._held = True

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        current = _read_lock_file(self.path)
        if current is None or current == self.info:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _host() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises several kinds when no name is set
        return "unknown"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows, so ask the kernel instead.
    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        access_denied = 5
        return bool(kernel32.GetLastError() == access_denied)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
