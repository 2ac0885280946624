"""An unlocked ledger file: its header, its data key, its lock, and write-through saves."""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from . import fileformat, kdf, recovery, slots
from .atomic import describe_os_error, open_private, remove_leftovers, write_atomic
from .errors import (
    QT_TRANSLATE_NOOP,
    CorruptFile,
    FileChangedOnDisk,
    FileExists,
    LedgerError,
    Phrase,
    ReadOnlyLedger,
    SaveFailed,
    UnknownUser,
)
from .fileformat import Header
from .lockfile import LedgerLock
from .slots import KeySlot
from .unlock import check_password as _check_password
from .unlock import ledger_header, reading, unlock

#: chunk of a backup copy between two progress reports
COPY_CHUNK = 1024 * 1024
#: (bytes copied, bytes in all)
Progress = Callable[[int, int], None]

DATA_KEY_BYTES = 32
__all__ = ["Progress", "SlotState", "Vault", "ledger_header", "reading"]


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
        app_version: str,
    ) -> None:
        self.path = path
        self.header = header
        self._data_key = data_key
        self._slots = header.slots
        self.read_only = read_only
        self._lock = lock
        self.app_version = app_version
        #: one buffer for every save's encrypted image, grown as the ledger grows
        self._buffer = bytearray()

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
        vault = cls(path, header, data_key, read_only=False, lock=lock, app_version=app_version)
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
        app_version: str = "",
    ) -> tuple[Vault, bytes]:
        """Unlock ``path`` with a user's password or the recovery key; return it and its image."""
        with reading(path):
            header, prefix, body = fileformat.read_file(path)
        lock = None if read_only else LedgerLock.acquire(path)
        if lock is not None:
            remove_leftovers(path)
        try:
            data_key = unlock(header, username, password, recovery_key)
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
            app_version=app_version or header.app_version,
        )
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
            self._check_disk_token()
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
        view, written = fileformat.encode_into(self._buffer, new_header, self._data_key, image)
        with view:
            write_atomic(self.path, view)
        self.header = written

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

    def _check_disk_token(self) -> None:
        """The file on disk must be the one this program last read or wrote.

        Compared by the body nonce, fresh at every save, not only the generation: two
        writers at the same generation would otherwise both pass.
        """
        try:
            on_disk = fileformat.read_header(self.path)
        except FileNotFoundError:
            return  # nothing to overwrite: writing it anew loses nothing
        except OSError as exc:
            raise SaveFailed(describe_os_error(exc, self.path)) from exc
        except LedgerError as exc:
            raise FileChangedOnDisk() from exc
        if (on_disk.file_id, on_disk.generation, on_disk.body_nonce) != (
            self.header.file_id,
            self.header.generation,
            self.header.body_nonce,
        ):
            raise FileChangedOnDisk()

    def copy_to(
        self,
        target: Path,
        *,
        progress: Progress | None = None,
        check: Callable[[bytes], None] | None = None,
    ) -> None:
        """Copy the file as last saved (encrypted) to ``target``, and prove the copy opens.

        The copy is written beside ``target`` under a temporary name, flushed to the
        medium, read back, its header checked and its body decrypted with the data key
        in memory; ``check`` then sees the decrypted image (e.g. a database integrity
        check). Only a copy that passed all of this gets its name.
        """
        temp = target.with_name(f".{target.name}.part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("rb") as source, open_private(temp) as out:
                total = os.fstat(source.fileno()).st_size
                done = 0
                while chunk := source.read(COPY_CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
                out.flush()
                os.fsync(out.fileno())
            header, prefix, body = fileformat.read_file(temp)
            if header.file_id != self.header.file_id:
                raise CorruptFile(CorruptFile.DAMAGED_HEADER)
            image = fileformat.decrypt_body(header, prefix, body, self._data_key)
            if check is not None:
                check(image)
            os.replace(temp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise SaveFailed(describe_os_error(exc, target)) from exc
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise

    def close(self) -> None:
        """Release the lock and forget the key."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._data_key = b""

    def decrypt_copy(self, path: Path) -> tuple[Header, bytes] | None:
        """Header and image of a copy of this ledger made under the data key in memory.

        None when the copy was made under an earlier data key (it needs the password
        that was valid then). Raises CorruptFile for a damaged copy or another ledger.
        """
        with reading(path):
            header, prefix, body = fileformat.read_file(path)
        if header.file_id != self.header.file_id:
            raise LedgerError(
                QT_TRANSLATE_NOOP("errors", "{path} is a copy of another ledger, not of this one."),
                path=path,
            )
        if header.key_id != fileformat.key_id(self._data_key):
            return None
        return header, fileformat.decrypt_body(header, prefix, body, self._data_key)

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
        """Give a user's slot a new key pair under ``password`` and rotate the data key.

        Revoked: the old password, on any copy of the file, opens neither this file
        nor any later save. Not revoked: copies made before (backups) still open
        with the password that was valid when they were made.
        """
        _check_password(password)
        old = self._user_slot(username)
        params = kdf.creation_params()
        fresh = slots.new_user_slot(
            old.username, password, self._data_key, self.header.file_id, params
        )
        self._slots = tuple(fresh if slot is old else slot for slot in self._slots)
        self.rotate_key()

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
        """Replace the recovery slot and rotate the data key (written with the next save).

        Revoked: the old recovery sheet opens neither the saved file nor any later
        save, even with an old copy of the file in hand. Not revoked: copies made
        before (backups) still open with the old sheet.
        """
        key = recovery.new_recovery_key()
        fresh = slots.new_recovery_slot(key, self._data_key, self.header.file_id)
        self._slots = (*(s for s in self._slots if s.kind != "recovery"), fresh)
        self.rotate_key()
        return recovery.format_recovery_key(key)

    def _user_slot(self, username: str) -> KeySlot:
        for slot in self._slots:
            if slot.matches(username):
                return slot
        raise UnknownUser(username)
