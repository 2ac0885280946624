"""Every folder the program uses, from one place (QStandardPaths, or --basedir for tests)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .services.places import Places

APP_NAME = "Privacy Ledger"
ORGANIZATION = "PrivacyLedger"
BASEDIR_ENV = "PRIVACY_LEDGER_BASEDIR"


def places(basedir: Path | None = None) -> Places:
    """The program's folders: ``basedir``, $PRIVACY_LEDGER_BASEDIR, or the user's data folder."""
    if basedir is None and os.environ.get(BASEDIR_ENV):
        basedir = Path(os.environ[BASEDIR_ENV])
    if basedir is None:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        basedir = move_old_data_folder(data_folder(Path(location)))
    return Places(basedir)


def data_folder(location: Path) -> Path:
    """``…/PrivacyLedger`` for Qt's ``…/PrivacyLedger/Privacy Ledger`` (organisation/program).

    One folder, named once: it is the folder a clerk is told about (the installer's
    uninstall message, Help ▸ About) and the one they back up.
    """
    if location.name == APP_NAME and location.parent.name == ORGANIZATION:
        return location.parent
    return location


def move_old_data_folder(folder: Path) -> Path:
    """Move what version 0.1 kept in ``folder/Privacy Ledger`` up into ``folder``.

    Entries already present in ``folder`` stay where they are (nothing is
    overwritten). If anything cannot be moved (a file held open by another
    program), the old folder is used as it is this time, so the office's ledger
    is still found, and the move is tried again at the next start.
    """
    old = folder / APP_NAME
    if not old.is_dir():
        return folder
    try:
        for entry in sorted(old.iterdir()):
            target = folder / entry.name
            if not target.exists():
                shutil.move(str(entry), str(target))
        if not any(old.iterdir()):
            old.rmdir()
    except OSError:
        return old if (old / Places(old).default_ledger.name).exists() else folder
    return folder


def resources_dir() -> Path:
    """The resources folder (policy text, translations, icons).

    Installed with pip it is the package ``desktop.resources``; in a source
    checkout and in the frozen Windows build it is ``resources/`` beside ``desktop/``.
    """
    from importlib.resources import files

    try:
        return Path(str(files("desktop.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "resources"
