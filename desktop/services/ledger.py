"""An open ledger: the vault, the database in memory, the person using it.

:meth:`Ledger.transaction` is the unit of work: a service makes its changes
and its audit event in one session; on commit the image is serialized and
written through to the file at once, outside any open transaction. If the
write fails the change stays in memory, ``unsaved`` is set, and the caller is
told (``SaveFailed``); :meth:`retry_save` and :meth:`save_as` finish the job.

:meth:`deferred` is for the audit events of reads (viewing a client, logging
in): committed in memory at once, written with the next save or by
:meth:`flush`, which the window calls within seconds and before it locks or
closes, and :meth:`close` calls too. A read thus never waits for a whole-file
save; a power cut can lose the read events of the last few seconds, never a change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..db import Database
from ..vault import Header, ReadOnlyLedger, SaveFailed, SeenGenerations, Vault
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit_chain as audit
from . import history
from .audit_actions import AuditAction, RecordKind
from .key_slots import KeySlots
from .permissions import Actor


class LedgerAction(AuditAction):
    """The ledger as a whole: its creation, its keys and its copies."""

    CREATE = "ledger.create", QT_TRANSLATE_NOOP("AuditNames", "Ledger created")
    ROTATE_KEY = "ledger.rotate_key", QT_TRANSLATE_NOOP("AuditNames", "Encryption key renewed")
    RECOVERY_KEY = "ledger.recovery_key", QT_TRANSLATE_NOOP("AuditNames", "New recovery key issued")
    RECOVERY_USED = "recovery.used", QT_TRANSLATE_NOOP("AuditNames", "Recovery key used")
    BACKUP = "backup", QT_TRANSLATE_NOOP("AuditNames", "Backup")
    DAILY_BACKUP = "backup.daily", QT_TRANSLATE_NOOP("AuditNames", "Daily backup")
    RESTORE = "ledger.restore", QT_TRANSLATE_NOOP("AuditNames", "Backup restored")


LEDGER_RECORD = RecordKind("ledger", QT_TRANSLATE_NOOP("AuditNames", "Ledger"))


class Ledger:
    """The open ledger file and its database. Build with :mod:`desktop.services.session`."""

    def __init__(self, vault: Vault, database: Database, actor: Actor | None) -> None:
        self.vault = vault
        self.db = database
        #: the file's key slots: the one way services change who can open the file
        self.keys = KeySlots(vault)
        self.actor = actor
        self.unsaved = False
        #: audit events of reads committed in memory, not yet written to the file
        self.pending = False
        self.last_saved: datetime | None = None
        self.chain = audit.ChainReport(True, 0)
        #: values derived from the data and kept between calls (search keys); cleared on close
        self.memo: dict[str, Any] = {}
        #: this PC's record of the ledger, and what differs from it (None: nothing)
        self.seen: SeenGenerations | None = None
        self.history: history.HistoryFinding | None = None
        self._lock = threading.RLock()
        self._closed = False

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def read_only(self) -> bool:
        return self.vault.read_only

    @property
    def file_id(self) -> str:
        return self.vault.header.file_id

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is committed or saved."""
        with self._lock, self.db.session() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit, then write the whole ledger through to the file."""
        if self.read_only:
            raise ReadOnlyLedger()
        with self._lock:
            state = self.vault.snapshot()
            with self.db.session() as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    self.vault.restore(state)
                    raise
            self.write_through()

    @contextmanager
    def deferred(self) -> Iterator[Session]:
        """A unit of work committed in memory only; written with the next save or ``flush``."""
        if self.read_only:
            raise ReadOnlyLedger()
        with self._lock, self.db.session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            self.pending = True

    def flush(self, *, wait: bool = True) -> bool:
        """Write what ``deferred`` left in memory; True if something was written.

        ``wait=False`` (the window's timer) gives up at once while another thread is in
        a transaction, which writes the events with its own save anyway.
        """
        if not self._lock.acquire(blocking=wait):
            return False
        try:
            if not self.pending or self.read_only:
                return False
            self.write_through()
            return True
        finally:
            self._lock.release()

    def write_through(self) -> None:
        """Save the current image; on failure keep it in memory and mark the ledger unsaved."""
        with self._lock:
            try:
                self.vault.save(self.db.serialize())
            except SaveFailed:
                self.unsaved = True
                raise
            self.unsaved = self.pending = False
            self.last_saved = datetime.now().astimezone()

    def copy_to(
        self,
        target: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        check: Callable[[bytes], None] | None = None,
    ) -> None:
        """Copy the file as saved (a backup), proved to open; the same passwords open it.

        ``progress(done, total)`` is called from the copying thread; ``check`` sees
        the copy's decrypted image before the copy gets its name.
        """
        self.vault.copy_to(target, progress=progress, check=check)

    def decrypt_copy(self, path: Path) -> tuple[Header, bytes] | None:
        """A copy of this ledger opened with the data key in memory (None: another key)."""
        return self.vault.decrypt_copy(path)

    @property
    def generation(self) -> int:
        """The save number of the file as last read or written."""
        return self.vault.header.generation

    def retry_save(self) -> None:
        self.write_through()

    def save_as(self, path: Path) -> None:
        with self._lock:
            self.vault.save_as(path, self.db.serialize())
            self.unsaved = self.pending = False
            self.last_saved = datetime.now().astimezone()

    def replace_database(self, database: Database) -> None:
        """Work on ``database`` from now on (a restore); the old one leaves memory."""
        with self._lock:
            old, self.db = self.db, database
            self.memo.clear()
            old.close()

    def verify_chain(self) -> audit.ChainReport:
        """Walk the whole audit chain (``privacy-ledger verify``)."""
        with self.read() as session:
            self.chain = audit.verify_chain(session)
        return self.chain

    def check_history(self, seen: SeenGenerations) -> history.HistoryFinding | None:
        """Compare with this PC's record; record the ledger when nothing differs."""
        self.seen = seen
        with self.read() as session:
            self.history = history.check(session, self.file_id, self.generation, seen)
        if self.history is None:
            self.remember()
        return self.history

    def accept_history(self) -> None:
        """The person chose this copy (a restore, ``--accept-older``): it is the new mark."""
        self.history = None
        self.remember()

    def remember(self) -> None:
        """Record the ledger as it is in this PC's record (on open, lock and close)."""
        if self.seen is None or self.history is not None or self._closed:
            return
        with self.read() as session:
            history.remember(session, self.file_id, self.generation, self.seen)

    def check_chain(self) -> audit.ChainReport:
        """Check the audit chain from its checkpoint: the events since the last open (unlock)."""
        with self.read() as session:
            self.chain = audit.check_from_checkpoint(session)
        return self.chain

    def close(self) -> None:
        """Write pending read events, then drop the database and key and release the file.

        A failed write of pending events raises ``SaveFailed`` after the ledger is closed
        anyway; the window flushes first and asks Retry / Save As before it gets here.
        """
        with self._lock:
            try:
                if self.pending and not self.unsaved:
                    self.flush()
            finally:
                self._drop()

    def _drop(self) -> None:
        with self._lock:
            if not self._closed:
                self.remember()
            self._closed = True
            self.memo.clear()
            self.db.close()
            self.vault.close()
