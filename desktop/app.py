"""The composition root of the window: QApplication, translations, crash dialog, start-up flow.

Start-up, without any modal loop: a demo ledger is made (worker + progress
dialog) when asked; a missing ledger starts the setup wizard; otherwise the
login dialog. Whichever ends with an open ledger opens the main window.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, Qt, QTranslator, Signal
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from . import paths
from .demo.fill import DEMO_CONTRACTORS, DEMO_PASSWORD, DEMO_USERS, fill_ledger
from .errors import LedgerError
from .services.ledger import Ledger
from .services.places import Places
from .services.session import NewLedger, create_ledger
from .ui import operations, prefs, workers
from .ui.context import Hub, UiContext
from .ui.crash_dialog import CrashDialog
from .ui.i18n import error_text
from .ui.login import DemoCredentials
from .ui.login_dialog import LoginDialog
from .ui.main_window import MainWindow
from .ui.setup_wizard import SetupWizard

DEMO_CLIENTS = 300
DEMO_INCIDENTS = 300
DEMO_OFFICE = "山田行政書士事務所（デモ）"


def run_gui(args: argparse.Namespace, places: Places) -> int:
    """``privacy-ledger [--demo] [--lang L] [FILE]``: the window until it is closed."""
    app = application()
    settings = prefs.open_settings(places)
    language = choose_language(args.lang, settings)
    translators = install_translators(app, language)
    if language == "ja":
        use_japanese_font(app)
    install_excepthook(debug=bool(args.debug))
    startup = Startup(places, settings, language=language)
    startup.finished.connect(app.exit)
    if args.demo:
        startup.start_demo()
    else:
        startup.start(args.ledger or places.default_ledger)
    try:
        code = app.exec()
    finally:
        workers.wait_for_all()
        startup.cleanup()
        for translator in translators:
            app.removeTranslator(translator)
    return code


def application() -> QApplication:
    """The running QApplication (a test driver may have made it), set up as the program's."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(paths.ORGANIZATION)
    app.setApplicationName(paths.APP_NAME)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "privacy-ledger-256.png")))
    app.setQuitOnLastWindowClosed(False)  # the start-up flow decides when the program ends
    return app


def choose_language(requested: str | None, settings: QSettings) -> str:
    """--lang, else the saved preference, else the system's language if it is one we have."""
    if requested in prefs.LANGUAGES:
        return str(requested)
    saved = prefs.LANGUAGE.get(settings)
    if saved in prefs.LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in prefs.LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (buttons, dialogs) and the program's, where a translation exists."""
    if language == "en":
        return []
    QLocale.setDefault(QLocale(language))
    installed = []
    ours = paths.resources_dir() / "translations"
    candidates = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        # every catalog: the window's, the messages of the lower layers (context "errors";
        # see ui/i18n.py) and one per area (clients_ja.qm, ...)
        *((qm.stem, str(ours)) for qm in sorted(ours.glob(f"*_{language}.qm"))),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


#: fonts made for Japanese screens, Windows's first; the first installed one is used
JAPANESE_UI_FAMILIES = (
    "Yu Gothic UI",
    "Meiryo UI",
    "MS UI Gothic",
    "Hiragino Sans",
    "Noto Sans CJK JP",
    "Source Han Sans JP",
)


def use_japanese_font(app: QApplication) -> None:
    """Japanese text in one font: the system's, if it has Japanese, else a Japanese UI font.

    With a font that lacks Japanese, Qt borrows each kanji from another font whose
    lines are taller: wrapped labels are measured with one height and painted with
    the other, and their last line is cut off (the setup wizard's subtitles).
    """
    font = app.font()
    if QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(font.family()):
        return
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))
    for family in JAPANESE_UI_FAMILIES:
        if family in installed:
            font.setFamilies([family])
            app.setFont(font)
            return


_showing_crash = False


def install_excepthook(*, debug: bool) -> None:
    """No traceback reaches a person: a person's error is a message, a bug the crash dialog."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        global _showing_crash
        details = "".join(traceback.format_exception(kind, error, trace))
        if debug:
            sys.stderr.write(details)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.exit(1)
            return
        if isinstance(error, LedgerError):
            operations.show_error(None, error_text(error))
            return
        if _showing_crash:
            return  # one dialog at a time; a bug in a loop must not stack windows
        _showing_crash = True
        try:
            if CrashDialog.run(details):
                QApplication.exit(1)
        finally:
            _showing_crash = False

    sys.excepthook = hook


class Startup(QObject):
    """From nothing to the main window: demo data, setup wizard or login."""

    #: the program should end, with this exit code
    finished = Signal(int)

    def __init__(self, places: Places, settings: QSettings, *, language: str = "en") -> None:
        super().__init__()
        self.places = places
        self.settings = settings
        self.language = language
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.wizard: SetupWizard | None = None
        self.progress: QProgressDialog | None = None
        self._demo_dir: Path | None = None

    def start(self, path: Path) -> None:
        # The wizard is for the first run only: a ledger named on the command line that is
        # not there (a typing error, a drive not connected) gets a message, not a new ledger.
        if path.exists() or path != self.places.default_ledger:
            self.show_login(path, self.places)
        else:
            self.wizard = SetupWizard(self.places, path, language=self.language)
            self.wizard.finished.connect(self._wizard_finished)
            self.wizard.show()

    def show_login(self, path: Path, places: Places, demo: DemoCredentials | None = None) -> None:
        username = demo.users[0][0] if demo else prefs.LAST_USERNAME.get(self.settings)
        self.login = LoginDialog(path, places, username=username, demo=demo)
        self.login.accepted.connect(lambda: self._logged_in(places))
        self.login.rejected.connect(lambda: self.finished.emit(0))
        self.login.show()

    def _logged_in(self, places: Places) -> None:
        assert self.login is not None and self.login.ledger is not None
        ledger, self.login = self.login.ledger, None
        self.open_window(ledger, places)

    def _wizard_finished(self) -> None:
        assert self.wizard is not None
        ledger, self.wizard = self.wizard.ledger, None
        if ledger is None:
            self.finished.emit(0)
        else:
            self.open_window(ledger, self.places)

    def open_window(self, ledger: Ledger, places: Places) -> None:
        context = UiContext.for_ledger(ledger, Hub(), self.settings.fileName())
        self.window = MainWindow(context, places, language=self.language)
        self.window.closed.connect(lambda: self.finished.emit(0))
        self.window.show()

    # --- demo ----------------------------------------------------------------------------

    def start_demo(self, clients: int = DEMO_CLIENTS) -> None:
        """A fresh demo ledger in a temporary folder, filled by a worker, then the login."""
        self._demo_dir = Path(tempfile.mkdtemp(prefix="privacy-ledger-demo-"))
        places = Places(self._demo_dir / "data")
        path = self._demo_dir / "demo.pldb"
        username, display_name, _role = DEMO_USERS[0]
        new = NewLedger(
            DEMO_OFFICE, username, display_name, DEMO_PASSWORD, self.language, demo=True
        )
        self.progress = QProgressDialog(self.tr("Creating the demo ledger…"), "", 0, 0)
        self.progress.setWindowTitle(self.tr("Privacy Ledger — Demo"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.show()

        def make(progress: workers.Progress) -> None:
            ledger, _key = create_ledger(path, new, places)
            try:
                assert ledger.actor is not None
                fill_ledger(
                    ledger,
                    ledger.actor,
                    clients=clients,
                    progress=progress,
                    demo_users=True,
                    contractors=DEMO_CONTRACTORS,
                    incidents=DEMO_INCIDENTS if clients else 0,
                )
            finally:
                ledger.close()

        credentials = DemoCredentials(tuple(DEMO_USERS), DEMO_PASSWORD)
        workers.start(
            make,
            lambda _result: self._demo_ready(path, places, credentials),
            self._demo_failed,
            self._demo_progress,
        )

    def _demo_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                self.tr("Adding made-up clients: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _demo_ready(self, path: Path, places: Places, credentials: DemoCredentials) -> None:
        self._close_progress()
        self.show_login(path, places, credentials)

    def _demo_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, LedgerError):
            operations.show_error(None, error_text(error))
        else:
            workers.report_bug(error)
        self.finished.emit(1)

    def cleanup(self) -> None:
        """Remove the demo ledger's temporary folder (nothing real is ever in it)."""
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)
            self._demo_dir = None
