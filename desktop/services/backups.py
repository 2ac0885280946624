"""Backups: copies of the encrypted file, on demand to any folder and once a day automatically.

A backup is the ledger file as last saved, still encrypted; it opens with the
passwords (and the recovery key) that were valid when it was made. Every
backup is recorded in the audit trail (file name only, no personal data).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..vault import LedgerError
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit
from .ledger import LEDGER_RECORD, Ledger, LedgerAction
from .permissions import Actor
from .places import Places

#: automatic backups kept: the newest of each of 14 days, the first of each of 12 months
KEEP_DAILY = 14
KEEP_MONTHLY = 12
SUFFIX = ".pldb"


def backup_to(ledger: Ledger, actor: Actor, folder: Path, today: date | None = None) -> Path:
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
    ledger.copy_to(target)
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
    target = places.backups / f"{stem}-{today.isoformat()}{SUFFIX}"
    if target.exists():
        return None
    ledger.copy_to(target)
    with ledger.transaction() as session:
        audit.record(
            session, ledger.actor, LedgerAction.DAILY_BACKUP, LEDGER_RECORD, "", target.name
        )
    rotate(places.backups, stem)
    return target


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


def _free_name(folder: Path, stem: str, today: date) -> Path:
    target = folder / f"{stem}-{today.isoformat()}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{today.isoformat()}-{number}{SUFFIX}"
        number += 1
    return target
