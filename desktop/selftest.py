"""``privacy-ledger --self-test``: does this installation work? (for the frozen build too)

Each step uses the parts a person relies on, in a temporary folder that is
removed afterwards: the encrypted file (create, save, reopen), the schema migrations, the shared
report renderer with Japanese text read back from the PDF, and the Japanese
translations (the program's and Qt's own). It prints one line per step and
exits 0; the first failing step is named on standard error and the exit code
is 1. Nothing in the user's data folder is touched.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import __version__
from .vault.errors import EXIT_UNEXPECTED

SELF_TEST_PASSWORD = "self-test-2026"
SELF_TEST_NAME = "山田 太郎"
SELF_TEST_TEXT = "個人情報保護 山田太郎 〒100-0001"


class StepFailed(Exception):
    """A self-test step found something wrong (not a bug in the test itself)."""


def _write(stream: TextIO | None, line: str) -> None:
    # A windowed Windows program has no console: sys.stdout is None there.
    if stream is not None:
        print(line, file=stream, flush=True)


def check_ledger(folder: Path) -> str:
    """Create a ledger, save a change with Japanese text, reopen it and find the change."""
    from .services import users
    from .services.permissions import Role
    from .services.places import Places
    from .services.session import NewLedger, create_ledger, open_ledger

    places = Places(folder / "data")
    path = folder / "self-test.pldb"
    new = NewLedger("自己診断", "manager", "管理者", SELF_TEST_PASSWORD, "ja")
    ledger, _recovery_key = create_ledger(path, new, places)
    try:
        assert ledger.actor is not None
        users.add_user(ledger, ledger.actor, "clerk", SELF_TEST_NAME, Role.CLERK, "clerk-2026!")
    finally:
        ledger.close()
    reopened = open_ledger(path, "manager", SELF_TEST_PASSWORD, places)
    try:
        assert reopened.actor is not None
        names = [row.display_name for row in users.list_users(reopened, reopened.actor)]
        report = reopened.verify_chain()
    finally:
        reopened.close()
    if SELF_TEST_NAME not in names:
        raise StepFailed(f"the saved user is missing after reopening (found {names})")
    if not report.ok:
        raise StepFailed("the audit trail of the reopened ledger does not verify")
    return f"{path.stat().st_size} bytes, saved and reopened"


def check_migrations(_folder: Path) -> str:
    """Upgrade an empty database through every migration script, as an older file would be."""
    from sqlalchemy import create_engine

    from .db import migrate

    engine = create_engine("sqlite://")
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            found = revision.scalar()
    finally:
        engine.dispose()
    if found != migrate.HEAD:
        raise StepFailed(f"the migrations ended at revision {found}, not {migrate.HEAD}")
    return f"revisions {', '.join(migrate.REVISIONS)}"


def check_pdf(folder: Path) -> str:
    """Render Japanese text with the report renderer and find it again in the PDF."""
    from .reports import Document, ensure_gui_application
    from .reports.pdf_read import extract_text

    ensure_gui_application()
    document = Document(title="自己診断", body_html=f"<h1>自己診断</h1><p>{SELF_TEST_TEXT}</p>")
    path = folder / "self-test.pdf"
    document.write_pdf(path)
    text = extract_text(path.read_bytes())
    if "".join(SELF_TEST_TEXT.split()) not in "".join(text.split()):
        raise StepFailed(f"the PDF does not read back as the Japanese text printed: {text!r}")
    return f"{path.stat().st_size} bytes, Japanese text read back"


def check_translations(_folder: Path) -> str:
    """Load the program's and Qt's Japanese translations and translate one string of each."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .paths import resources_dir

    program = str(resources_dir() / "translations")
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    for name, folder, context, source in (
        ("privacy_ledger_ja", program, "AboutDialog", "About Privacy Ledger"),
        ("messages_ja", program, "errors", "the office name"),
        ("qtbase_ja", qt, "QPlatformTheme", "Cancel"),
    ):
        translator = QTranslator()
        if not translator.load(name, folder):
            raise StepFailed(f"{name}.qm is missing or unreadable in {folder}")
        text = translator.translate(context, source)
        if not text or text.isascii():
            raise StepFailed(f"{name}.qm has no Japanese for {source!r}")
        found.append(name)
    return ", ".join(found)


STEPS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("ledger", check_ledger),
    ("migrations", check_migrations),
    ("pdf", check_pdf),
    ("translations", check_translations),
)


def run(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; 0 when all pass, else 1 after naming the failed step."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _write(out, f"privacy-ledger {__version__} self-test ({'frozen' if _frozen() else 'source'})")
    with tempfile.TemporaryDirectory(prefix="privacy-ledger-selftest-") as temp:
        for name, step in STEPS:
            try:
                detail = step(Path(temp))
            except Exception as exc:  # every failure is reported as the step's, never a traceback
                reason = str(exc) or exc.__class__.__name__
                _write(err, f"privacy-ledger: self-test failed at step '{name}': {reason}")
                return EXIT_UNEXPECTED
            _write(out, f"{name + ':':<14} ok ({detail})")
    _write(out, "self-test passed")
    return 0


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
