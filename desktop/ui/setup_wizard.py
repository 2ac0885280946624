"""First run: the office, its first manager, where the file lives, and the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..errors import LedgerError
from ..services.errors import ValidationError
from ..services.ledger import Ledger
from ..services.places import Places
from ..services.session import NewLedger, create_ledger
from ..services.validation import check_password, check_username, required_text
from . import operations, workers
from .fields import ErrorLabel
from .i18n import error_text
from .recovery_key import RecoveryKeyPanel, SheetFacts
from .widgets import BusyBar, NewPasswordFields, note


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Privacy Ledger"))
        self.setSubTitle(
            self.tr(
                "This creates the ledger: one encrypted file holding the office's privacy "
                "register. You become its first manager and can add colleagues afterwards."
            )
        )
        self.office = QLineEdit()
        self.office.setObjectName("office_name")
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Office name:"), self.office)
        form.addRow("", self.error)
        self.registerField("office_name*", self.office)

    def validatePage(self) -> bool:
        try:
            required_text(self.office.text(), "office_name", self.tr("the office name"))
        except ValidationError as exc:
            self.error.show_error(error_text(exc))
            return False
        return True


class ManagerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first manager"))
        self.setSubTitle(
            self.tr(
                "You log in with the user name and password. Choose a password that nobody "
                "else knows; a long sentence is easier to remember than a short code."
            )
        )
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_error = ErrorLabel()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username_error = ErrorLabel()
        self.fields = NewPasswordFields(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Your name:"), self.display_name)
        form.addRow("", self.display_error)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow("", self.username_error)
        self.fields.add_to(form, self.tr("&Password:"), self.tr("&Repeat it:"))
        for edit in (self.display_name, self.username):
            edit.textChanged.connect(self.completeChanged)
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(
            self.display_name.text().strip()
            and self.username.text().strip()
            and self.fields.complete()
        )

    def validatePage(self) -> bool:
        ok = True
        your_name = self.tr("your name")
        for check, error in (
            (lambda: required_text(self.display_name.text(), "display_name", your_name), None),
            (lambda: check_username(self.username.text()), self.username_error),
            (lambda: check_password(self.fields.text()), None),
        ):
            try:
                check()
            except ValidationError as exc:
                ok = False
                if exc.field == "display_name":
                    self.display_error.show_error(error_text(exc))
                elif error is not None:
                    error.show_error(error_text(exc))
                else:
                    self.fields.show_error(error_text(exc))
        return ok


class LocationPage(QWizardPage):
    def __init__(self, default: Path, places: Places) -> None:
        super().__init__()
        self.places = places
        self.setTitle(self.tr("Where to keep the ledger"))
        self.setSubTitle(self.tr("Keep the file on this computer's own disk."))
        # Below the field, not in the subtitle: the wizard's header shows two lines at
        # most, and the backups folder alone may take one.
        copies = note(
            self.tr(
                "Copies are made automatically once a day into %1; "
                "use File ▸ Back up to… for a copy on a USB stick."
            ).replace("%1", str(places.backups))
        )
        self.path = QLineEdit(str(default))
        self.path.setObjectName("ledger_path")
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = ErrorLabel()
        self.busy = BusyBar()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        label = QLabel(self.tr("Fi&le:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        form.addRow("", self.error)
        form.addRow(copies)
        form.addRow(self.busy)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create ledger"))
        self.path.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def chosen(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix == ".pldb" else path.with_name(path.name + ".pldb")

    def _browse(self) -> None:
        name = operations.choose_save_file(
            self, self.tr("Where to keep the ledger"), self.path.text(), self.tr("Ledger (*.pldb)")
        )
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:
        path = self.chosen()
        self.error.show_error("")
        if path.exists():
            self.error.show_error(self.tr("A file already exists there. Choose another name."))
            return False
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        new = NewLedger(
            office_name=self.field("office_name"),
            username=wizard.manager_page.username.text(),
            display_name=wizard.manager_page.display_name.text(),
            password=wizard.manager_page.fields.text(),
            language=wizard.language,
        )
        places = self.places
        self.busy.start(self.tr("Creating the ledger…"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            wizard.ledger, wizard.recovery_key = workers.call(
                lambda: create_ledger(path, new, places), wizard
            )
        except OSError as exc:
            self.error.show_error(
                self.tr("The folder %1 cannot be created: %2")
                .replace("%1", str(path.parent))
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        except LedgerError as exc:
            self.error.show_error(error_text(exc))
            return False
        finally:
            self.busy.stop()
        return True


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every manager password is lost, this key is the only way to open the "
                "ledger. It is shown only now: print the recovery sheet and keep it locked "
                "in the office safe."
            )
        )
        self.panel = RecoveryKeyPanel()
        self.key = self.panel.key
        self.stored = self.panel.stored
        self.print_button = self.panel.print_button
        self.pdf_button = self.panel.pdf_button
        self.panel.stored_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard) and wizard.ledger is not None
        ledger = wizard.ledger
        facts = SheetFacts(str(self.field("office_name")), str(ledger.path), ledger.file_id)
        self.panel.show_key(wizard.recovery_key, facts)
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)

    def isComplete(self) -> bool:
        return self.stored.isChecked()


class SetupWizard(QWizard):
    """Creates the ledger; afterwards ``ledger`` is open with the new manager logged in."""

    def __init__(
        self,
        places: Places,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ):
        super().__init__(parent)
        #: the window's language, also that of the office data seeded (purposes of use)
        self.language = language
        self.setWindowTitle(self.tr("Privacy Ledger — New ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.ledger: Ledger | None = None
        self.recovery_key = ""
        self.office_page = OfficePage()
        self.manager_page = ManagerPage()
        self.location_page = LocationPage(path or places.default_ledger, places)
        self.recovery_page = RecoveryKeyPage()
        for page in (self.office_page, self.manager_page, self.location_page, self.recovery_page):
            self.addPage(page)
        self.setMinimumSize(600, 480)

    @classmethod
    def run(cls, places: Places, path: Path | None = None, language: str = "en") -> Ledger | None:
        """Show the wizard (modal); the new ledger, or None when cancelled before creating it."""
        wizard = cls(places, path, language=language)
        wizard.exec()
        return wizard.ledger

    def reject(self) -> None:
        if self.ledger is None:  # once created, the recovery key must be acknowledged
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ledger is None:
            super().closeEvent(event)
        else:
            event.ignore()
