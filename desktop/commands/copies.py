"""``privacy-ledger backup`` and ``restore``: verified copies, and bringing one back."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .. import paths
from ..services.backups import backup_to
from ..services.ledger import Ledger
from ..services.restore import restore_backup

COMMANDS = ("backup", "restore")


def add_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore``; ``command(name, help)`` makes a parser with FILE."""
    backup = command("backup", "copy the ledger to DEST (a folder) and verify the copy")
    backup.add_argument("dest", type=Path, help="the folder to write the backup into")
    backup.add_argument("--user", required=True)
    backup.add_argument("--password-stdin", action="store_true")

    restore = command(
        "restore", "bring back a backup (manager); the current file is kept as a backup first"
    )
    restore.add_argument("backup", type=Path, help="the backup file to restore")
    restore.add_argument("--user", required=True, help="the manager doing it")
    restore.add_argument(
        "--password-stdin",
        action="store_true",
        help="stdin: the password, and on a second line the password as it was when the "
        "backup was made (if it has changed since)",
    )


def backup(args: argparse.Namespace, ledger: Ledger) -> int:
    assert ledger.actor is not None
    target = backup_to(ledger, ledger.actor, args.dest)
    print(f"Backup written and verified: {target}")
    return 0


def restore(args: argparse.Namespace, ledger: Ledger) -> int:
    assert ledger.actor is not None
    secrets: list[str] = args.secrets
    then = secrets[1] if len(secrets) > 1 else secrets[0]
    places = paths.places(args.basedir)
    kept = restore_backup(ledger, ledger.actor, args.backup, places, then)
    print(f"Restored {args.backup.name} into {args.file}; the file before is kept as {kept}.")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace, Ledger], int]] = {
    "backup": backup,
    "restore": restore,
}
