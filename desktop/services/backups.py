"""Backups: copies of the encrypted file, on demand to any folder and once a day automatically.

A backup is the ledger file as last saved, still encrypted; it opens with the
passwords (and the recovery key) that were valid when it was made. Every copy
is verified before it gets its name: header, decryption with the data key in
memory and the database's integrity check. Every backup is recorded in the
audit trail (file name only, no personal data), and the time of the last good
one in the ledger's settings (shown in the status bar).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ..db import Database
from ..db.models import Setting
from ..vault import CorruptFile, LedgerError
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit_chain as audit
from .ledger import LEDGER_RECORD, Ledger, LedgerAction
from .permissions import Actor
from .places import Places

LAST_BACKUP = "last_backup"
#: the status bar warns when the last good backup is older than this
STALE_BACKUP_DAYS = 7
Progress = Callable[[int, int], None]

#: automatic backups kept: the newest of each of 14 days, the first of each of 12 months
KEEP_DAILY = 14
KEEP_MONTHLY = 12
SUFFIX = ".pldb"


def backup_to(
    ledger: Ledger,
    actor: Actor,
    folder: Path,
    today: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy the saved file to ``folder`` as ``<stem>-<date>.pldb``; any role may make a backup."""
    if ledger.unsaved:
        raise LedgerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The latest change is not saved yet, so a backup would miss it. "
                "Save it first (Retry or Save As), then make the backup.",
            )
        )
    target = _free_name(folder, ledger.path.stem, today or date.today())
    ledger.copy_to(target, progress=progress, check=check_image)
    if not ledger.read_only:
        with ledger.transaction() as session:
            audit.record(
                session,
                actor,
                LedgerAction.BACKUP,
                LEDGER_RECORD,
                "",
                f"copy saved as {target.name}",
            )
            _stamp(session)
    return target


def daily_backup(ledger: Ledger, places: Places, today: date | None = None) -> Path | None:
    """On the first unlock of a day, copy the file into ``places.backups`` and rotate old copies.

    Returns the new backup, or None when today's backup exists already (or the
    ledger is open read-only: whoever has it open for writing makes the backups).
    """
    today = today or date.today()
    if ledger.read_only or ledger.unsaved:
        return None
    stem = ledger.path.stem
    folder = places.backups_of(ledger.path, ledger.file_id)
    target = folder / f"{stem}-{today.isoformat()}{SUFFIX}"
    if target.exists():
        return None
    ledger.copy_to(target, check=check_image)
    with ledger.transaction() as session:
        audit.record(
            session, ledger.actor, LedgerAction.DAILY_BACKUP, LEDGER_RECORD, "", target.name
        )
        _stamp(session)
    rotate(folder, stem)
    return target


def check_image(image: bytes) -> None:
    """The decrypted copy is a sound database (run on every backup before it is named)."""
    database = Database.from_image(image)
    try:
        problems = database.integrity_problems()
    finally:
        database.close()
    if problems:
        raise CorruptFile(CorruptFile.BAD_DATABASE, "; ".join(problems[:3]))


def last_backup(ledger: Ledger) -> datetime | None:
    """When the last verified backup was made (None: never)."""
    with ledger.read() as session:
        row = session.get(Setting, LAST_BACKUP)
    if row is None:
        return None
    try:
        return datetime.fromisoformat(row.value)
    except ValueError:
        return None


def backup_is_stale(ledger: Ledger, now: datetime | None = None) -> bool:
    made = last_backup(ledger)
    now = now or datetime.now().astimezone()
    return made is None or (now - made).days >= STALE_BACKUP_DAYS


def _stamp(session: Session) -> None:
    value = datetime.now().astimezone().isoformat(timespec="seconds")
    row = session.get(Setting, LAST_BACKUP)
    if row is None:
        session.add(Setting(key=LAST_BACKUP, value=value))
    else:
        row.value = value


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the daily backups of ``stem`` that neither of the two rotations keeps."""
    dated = dated_backups(folder, stem)
    keep = {path for _, path in dated[:KEEP_DAILY]}
    first_of_month: dict[tuple[int, int], Path] = {}
    for day, path in reversed(dated):  # oldest first: the first backup of each month wins
        first_of_month.setdefault((day.year, day.month), path)
    months = sorted(first_of_month, reverse=True)[:KEEP_MONTHLY]
    keep.update(first_of_month[month] for month in months)
    removed = []
    for _, path in dated:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def dated_backups(folder: Path, stem: str) -> list[tuple[date, Path]]:
    """The automatic backups of ``stem`` in ``folder``, newest first."""
    pattern = re.compile(re.escape(stem) + r"-(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + "$")
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.match(path.name)
            if match is None:
                continue
            try:
                found.append((date.fromisoformat(match.group(1)), path))
            except ValueError:
                continue
    return sorted(found, reverse=True)


def backups_of(ledger: Ledger, places: Places) -> list[Path]:
    """Every backup in this ledger's own backup folder (daily, before upgrades and
    restores, and those made there on demand), newest first."""
    folder = places.backups_of(ledger.path, ledger.file_id)
    if not folder.is_dir():
        return []
    found = [path for path in folder.glob(f"*{SUFFIX}") if path.is_file()]
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def _free_name(folder: Path, stem: str, today: date) -> Path:
    target = folder / f"{stem}-{today.isoformat()}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{today.isoformat()}-{number}{SUFFIX}"
        number += 1
    return target
