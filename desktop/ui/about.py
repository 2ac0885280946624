"""Help: About Privacy Ledger, and the office's privacy policy the program serves."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..licences import shown_licences
from ..paths import resources_dir
from ..services.policies import PolicyVersionRow
from .dates import show_date
from .prefs import LANGUAGES
from .widgets import heading


def policy_text(language: str) -> str:
    """The privacy policy (Markdown) in ``language``, English where there is no translation."""
    folder = resources_dir()
    names = [f"policy_{language}.md"] if language in LANGUAGES else []
    for name in [*names, "policy_en.md"]:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Privacy Ledger"))
        text = QLabel(
            "<p>"
            + self.tr(
                "The privacy register of the office: whose personal data it holds and why, "
                "consents, outsourcing companies and their inspections, and incidents, in one "
                "encrypted file."
            )
            + "</p><p>"
            + self.tr("Version %1").replace("%1", __version__)
            + "<br>"
            + self.tr("Python %1, Qt %2, PySide %3")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
            + "</p><p>"
            + self.tr("Settings and backups: %1").replace("%1", str(data_dir))
            + "</p>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        licences = buttons.addButton(self.tr("&Licences…"), QDialogButtonBox.ButtonRole.HelpRole)
        licences.clicked.connect(lambda: LicencesDialog.run(self))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Privacy Ledger")))
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @classmethod
    def run(cls, parent: QWidget | None, data_dir: Path) -> None:
        dialog = cls(data_dir, parent)
        dialog.exec()
        dialog.deleteLater()


class PolicyDialog(QDialog):
    """The policy's seven clauses, each of which a part of the program serves.

    With a ledger open, the version in force as the ledger records it, with its
    label and effective date; otherwise the text the program ships.
    """

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        current: PolicyVersionRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy policy"))
        self.version = QLabel()
        self.version.setObjectName("policyVersion")
        if current is not None:
            self.version.setText(
                self.tr("Version %1, in force since %2")
                .replace("%1", current.version)
                .replace("%2", show_date(current.effective_on))
            )
        self.version.setVisible(current is not None)
        self.browser = QTextBrowser()
        self.browser.setObjectName("policy")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(policy_text(language) if current is None else current.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 600)

    @classmethod
    def run(
        cls, parent: QWidget | None, language: str, current: PolicyVersionRow | None = None
    ) -> None:
        dialog = cls(language, parent, current)
        dialog.exec()
        dialog.deleteLater()


class LicencesDialog(QDialog):
    """The licence of the program and of every library shipped with it (Qt: LGPL-3.0)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("licences")
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.browser.setPlainText(shown_licences())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 600)

    @classmethod
    def run(cls, parent: QWidget | None) -> None:
        dialog = cls(parent)
        dialog.exec()
        dialog.deleteLater()
