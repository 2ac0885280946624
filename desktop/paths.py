"""Every folder the program uses, from one place (QStandardPaths, or --basedir for tests)."""

from __future__ import annotations

import os
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
        basedir = Path(location)
    return Places(basedir)


def resources_dir() -> Path:
    """The resources folder (policy text, translations), installed as ``desktop.resources``."""
    from importlib.resources import files

    try:
        return Path(str(files("desktop.resources")))
    except ModuleNotFoundError:  # a source checkout run with PYTHONPATH: the folder beside desktop/
        return Path(__file__).resolve().parent.parent / "resources"
