"""An unlocked ledger file: its header, its data key, its lock, and write-through saves."""

from __future__ import annotations

import secrets
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from . import fileformat, kdf, recovery, slots
from .atomic import describe_os_error, remove_leftovers, write_atomic
from .errors import (
    QT_TRANSLATE_NOOP,
    FileChangedOnDisk,
    FileExists,
    LedgerError,
    NoSuchLedger,
    Phrase,
    ReadOnlyLedger,
    SaveFailed,
    UnknownUser,
    WrongPassword,
)
from .fileformat import Header
from .lockfile import LedgerLock
from .seen import SeenGenerations
from .slots import KeySlot

DATA_KEY_BYTES = 32


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SlotState:
    """What a transaction may change in the header, kept to undo it on rollback."""

    slots: tuple[KeySlot, ...]
    data_key: bytes


class Vault:
    """One open ledger file. Create with :meth:`create` or :meth:`open`."""

    def __init__(
        self,
        path: Path,
        header: Header,
        data_key: bytes,
        *,
        read_only: bool,
        lock: LedgerLock | None,
        seen: SeenGenerations | None,
        app_version: str,
    ) -> None:
        self.path = path
        self.header = header
        self._data_key = data_key
        self._slots = header.slots
        self.read_only = read_only
        self._lock = lock
        self._seen = seen
        self.app_version = app_version
        #: (generation in the file, highest seen on this PC) when an older copy was opened
        self.rollback: tuple[int, int] | None = None

    # --- creating and opening -------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        username: str,
        password: str,
        image: bytes,
        *,
        app_version: str,
        seen: SeenGenerations | None = None,
        params: kdf.KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """Write a new ledger with one user slot and a recovery slot; return the recovery key."""
        if path.exists():
            raise FileExists(path)
        _check_password(password)
        file_id = uuid.uuid4().hex
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery_key = recovery.new_recovery_key()
        slot_list = (
            slots.new_user_slot(
                username, password, data_key, file_id, params or kdf.creation_params()
            ),
            slots.new_recovery_slot(recovery_key, data_key, file_id),
        )
        header = Header(
            file_id=file_id,
            generation=0,
            created=_now(),
            saved="",
            app_version=app_version,
            key_id=fileformat.key_id(data_key),
            body_salt=b"",
            body_nonce=b"",
            body_length=0,
            slots=slot_list,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = LedgerLock.acquire(path)
        vault = cls(
            path, header, data_key, read_only=False, lock=lock, seen=seen, app_version=app_version
        )
        try:
            vault.save(image)
        except LedgerError:
            lock.release()
            raise
        return vault, recovery.format_recovery_key(recovery_key)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        username: str | None = None,
        password: str | None = None,
        recovery_key: str | None = None,
        read_only: bool = False,
        seen: SeenGenerations | None = None,
        app_version: str = "",
    ) -> tuple[Vault, bytes]:
        """Unlock ``path`` with a user's password or the recovery key; return it and its image."""
        data = _read_file(path)
        header, prefix, body = fileformat.parse(data)
        lock = None if read_only else LedgerLock.acquire(path)
        if lock is not None:
            remove_leftovers(path)
        try:
            data_key = _unlock(header, username, password, recovery_key)
            image = fileformat.decrypt_body(header, prefix, body, data_key)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        vault = cls(
            path,
            header,
            data_key,
            read_only=read_only,
            lock=lock,
            seen=seen,
            app_version=app_version or header.app_version,
        )
        if seen is not None:
            highest = seen.highest(header.file_id)
            if header.generation < highest:
                vault.rollback = (header.generation, highest)
            seen.record(header.file_id, header.generation)
        return vault, image

    # --- saving ---------------------------------------------------------------------

    def save(self, image: bytes) -> None:
        """Encrypt ``image`` under a fresh per-save key and replace the file atomically."""
        if self.read_only:
            raise ReadOnlyLedger()
        if not self._data_key:
            # After close() the key is gone; saving would encrypt under an empty key.
            raise LedgerError(
                QT_TRANSLATE_NOOP(
                    "errors", "This ledger was closed; open it again to save changes."
                )
            )
        if self.header.generation > 0:
            self._check_disk_generation()
        new_header = replace(
            self.header,
            generation=self.header.generation + 1,
            saved=_now(),
            app_version=self.app_version,
            key_id=fileformat.key_id(self._data_key),
            body_salt=secrets.token_bytes(16),
            body_nonce=secrets.token_bytes(12),
            slots=self._slots,
        )
        write_atomic(self.path, fileformat.encode(new_header, self._data_key, image))
        self.header = new_header
        if self._seen is not None:
            self._seen.record(new_header.file_id, new_header.generation)

    def save_as(self, path: Path, image: bytes) -> None:
        """Write to a new place and continue there (after a save to the usual place failed)."""
        if path.exists():
            raise SaveFailed(
                Phrase(
                    QT_TRANSLATE_NOOP("errors", "A file named {path} already exists."), path=path
                )
            )
        lock = LedgerLock.acquire(path)
        old_path, old_lock, old_header = self.path, self._lock, self.header
        # The generation goes on (no file is at ``path``, so the disk check passes):
        # restarting at 1 would make this newest copy look like an old one.
        self.path, self._lock = path, lock
        try:
            self.save(image)
        except LedgerError:
            self.path, self._lock, self.header = old_path, old_lock, old_header
            lock.release()
            raise
        if old_lock is not None:
            old_lock.release()

    def _check_disk_generation(self) -> None:
        try:
            on_disk = fileformat.read_header(self.path)
        except FileNotFoundError:
            return  # nothing to overwrite: writing it anew loses nothing
        except OSError as exc:
            raise SaveFailed(describe_os_error(exc, self.path)) from exc
        except LedgerError as exc:
            raise FileChangedOnDisk() from exc
        if on_disk.file_id != self.header.file_id or on_disk.generation != self.header.generation:
            raise FileChangedOnDisk()

    def copy_to(self, target: Path) -> None:
        """Copy the file as last saved (encrypted) to ``target``, e.g. for a backup."""
        temp = target.with_name(target.name + ".part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.path, temp)
            temp.replace(target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise SaveFailed(describe_os_error(exc, target)) from exc

    def close(self) -> None:
        """Release the lock and forget the key."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._data_key = b""

    # --- key slots (written with the next save) -------------------------------------

    def usernames(self) -> list[str]:
        return [slot.username for slot in self._slots if slot.kind == "user"]

    def snapshot(self) -> SlotState:
        return SlotState(self._slots, self._data_key)

    def restore(self, state: SlotState) -> None:
        self._slots, self._data_key = state.slots, state.data_key

    def add_user(self, username: str, password: str, params: kdf.KdfParams | None = None) -> None:
        if any(slot.matches(username) for slot in self._slots):
            raise LedgerError(
                QT_TRANSLATE_NOOP("errors", "There is already a user named '{name}'."),
                name=username,
            )
        _check_password(password)
        slot = slots.new_user_slot(
            username, password, self._data_key, self.header.file_id, params or kdf.creation_params()
        )
        self._slots = (*self._slots, slot)

    def set_password(self, username: str, password: str) -> None:
        """Give a user's slot a new key pair under ``password``; other slots stay as they are."""
        _check_password(password)
        old = self._user_slot(username)
        params = kdf.creation_params()
        fresh = slots.new_user_slot(
            old.username, password, self._data_key, self.header.file_id, params
        )
        self._slots = tuple(fresh if slot is old else slot for slot in self._slots)

    def rename_user(self, old_name: str, new_name: str) -> None:
        slot = self._user_slot(old_name)
        if slot.username != new_name and any(
            s.matches(new_name) and s is not slot for s in self._slots
        ):
            raise LedgerError(
                QT_TRANSLATE_NOOP("errors", "There is already a user named '{name}'."),
                name=new_name,
            )
        self._slots = tuple(replace(s, username=new_name) if s is slot else s for s in self._slots)

    def remove_user(self, username: str) -> None:
        """Drop a user's slot and rotate the data key, so an old copy of it opens nothing new."""
        slot = self._user_slot(username)
        self._slots = tuple(s for s in self._slots if s is not slot)
        self.rotate_key()

    def rotate_key(self) -> None:
        """A new data key, wrapped to every remaining slot without knowing their passwords."""
        self._data_key = secrets.token_bytes(DATA_KEY_BYTES)
        self._slots = tuple(
            slots.rewrap(slot, self._data_key, self.header.file_id) for slot in self._slots
        )

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; the old recovery key stops working at the next save."""
        key = recovery.new_recovery_key()
        fresh = slots.new_recovery_slot(key, self._data_key, self.header.file_id)
        self._slots = (*(s for s in self._slots if s.kind != "recovery"), fresh)
        return recovery.format_recovery_key(key)

    def _user_slot(self, username: str) -> KeySlot:
        for slot in self._slots:
            if slot.matches(username):
                return slot
        raise UnknownUser(username)


def _read_file(path: Path) -> bytes:
    with reading(path):
        return path.read_bytes()


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


def _unlock(
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


def _check_password(password: str) -> None:
    if not password:
        raise LedgerError(QT_TRANSLATE_NOOP("errors", "The password must not be empty."))
