"""Restoring a backup (manager): see what it holds, keep the current file, bring the backup back.

The backup's data is written into the ledger as its next save, under the
current key slots: the passwords and recovery key in force today stay in
force (a restore never brings back a revoked password), the generation keeps
rising, and the audit trail of the restored data gets a note saying which
backup was restored. This PC's record then takes the restored ledger as the
current one, so no "old copy" alarm follows a deliberate restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..db.models import AuditEvent, Client, User
from ..vault import CorruptFile, LedgerError, Vault
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit_chain as audit
from .backups import check_image
from .ledger import LEDGER_RECORD, Ledger, LedgerAction
from .permissions import Actor, Permission, require
from .places import Places


class OldPasswordNeeded(LedgerError):
    """The backup is under an earlier data key: it opens with the password of that time."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup was made before a password change: enter your password "
                "as it was then.",
            )
        )


@dataclass(frozen=True)
class BackupInfo:
    """What a person sees before confirming a restore."""

    path: Path
    saved: str
    generation: int
    clients: int
    users: int
    events: int


def inspect_backup(
    ledger: Ledger, backup: Path, password: str | None = None
) -> tuple[BackupInfo, bytes]:
    """Open ``backup`` (a copy of this ledger) and count what it holds; nothing is changed.

    A backup made under the current data key opens without a password; an older one
    needs the password of the person restoring as it was when the backup was made.
    """
    copy = ledger.decrypt_copy(backup)
    if copy is None:
        if ledger.actor is None or password is None:
            raise OldPasswordNeeded()
        vault, image = Vault.open(
            backup, username=ledger.actor.username, password=password, read_only=True
        )
        header = vault.header
        vault.close()
    else:
        header, image = copy
    check_image(image)
    database = Database.from_image(image)
    try:
        with database.session() as session:
            chain = audit.verify_chain(session)
            if not chain.ok:
                raise CorruptFile(CorruptFile.BAD_DATABASE, chain.describe())
            info = BackupInfo(
                backup,
                header.saved,
                header.generation,
                _count(session, Client),
                _count(session, User),
                chain.events,
            )
    finally:
        database.close()
    return info, image


def restore_backup(
    ledger: Ledger, actor: Actor, backup: Path, places: Places, password: str | None = None
) -> Path:
    """Restore ``backup`` into the open ledger; return the copy kept of the current file."""
    require(actor, Permission.RESTORE_BACKUP)
    if ledger.unsaved:
        raise LedgerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The latest change is not saved yet. Save it first (Retry or Save As), "
                "then restore.",
            )
        )
    info, image = inspect_backup(ledger, backup, password)
    restored = Database.from_image(image)
    try:
        if restored.needs_upgrade():
            restored.upgrade()
    except BaseException:
        restored.close()
        raise
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    kept = places.backups_of(ledger.path, ledger.file_id) / (
        f"{ledger.path.stem}-before-restore-{stamp}.pldb"
    )
    try:
        ledger.copy_to(kept, check=check_image)
    except BaseException:
        restored.close()
        raise
    ledger.replace_database(restored)
    with ledger.transaction() as session:
        audit.record(
            session,
            actor,
            LedgerAction.RESTORE,
            LEDGER_RECORD,
            "",
            f"restored from {backup.name} (save {info.generation}, saved {info.saved}); "
            f"the file before was kept as {kept.name}",
        )
    ledger.verify_chain()
    ledger.accept_history()
    return kept


def _count(session: Session, model: type[Client] | type[User] | type[AuditEvent]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)
