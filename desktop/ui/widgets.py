"""Small widgets shared by the dialogs: busy bar, password fields, save-failed bar, headings."""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..services.permissions import Role
from .fields import ErrorLabel


class BusyBar(QWidget):
    """A moving bar with a line of text, shown while a worker runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


def password_score(password: str) -> int:
    """0 (too short) to 4 (strong): a rough guess of how hard the password is to guess."""
    if len(password) < 8:
        return 0
    pool = 0
    if any(c.islower() and c.isascii() for c in password):
        pool += 26
    if any(c.isupper() and c.isascii() for c in password):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in password):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in password):
        pool += 32
    if any(not c.isascii() for c in password):
        # kana and kanji: a large alphabet, though real phrases use a small part of it
        pool += 200 if any(unicodedata.category(c) == "Lo" for c in password) else 60
    distinct = len(set(password))
    effective = min(len(password), distinct * 2)  # "aaaaaaaa" or "abababab" count for little
    bits = effective * math.log2(max(pool, 2))
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


_LEVELS = (
    (QT_TRANSLATE_NOOP("StrengthMeter", "Too short"), "#b00020"),
    (QT_TRANSLATE_NOOP("StrengthMeter", "Weak"), "#d84315"),
    (QT_TRANSLATE_NOOP("StrengthMeter", "Fair"), "#f9a825"),
    (QT_TRANSLATE_NOOP("StrengthMeter", "Good"), "#7cb342"),
    (QT_TRANSLATE_NOOP("StrengthMeter", "Strong"), "#2e7d32"),
)


class StrengthMeter(QWidget):
    """Four segments and a word: how strong the password typed so far is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.score = 0
        self.update_for("")

    def update_for(self, password: str) -> None:
        self.score = password_score(password)
        word, color = _LEVELS[self.score]
        self.bar.setValue(self.score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {color}; }}")
        self.label.setText(
            QCoreApplication.translate("StrengthMeter", str(word)) if password else ""
        )
        # As wide as the longest word in the person's language, so the bar does not jump.
        widest = max(
            self.fontMetrics().horizontalAdvance(
                QCoreApplication.translate("StrengthMeter", str(level)) + "  "
            )
            for level, _color in _LEVELS
        )
        self.label.setMinimumWidth(widest + 4)


class NewPasswordFields(QObject):
    """A new password, its strength and its repetition, added as rows of a form."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("new_password")
        self.meter = StrengthMeter()
        self.password_error = ErrorLabel()
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat_password")
        self.repeat_error = ErrorLabel()
        self.password.textChanged.connect(self._on_change)
        self.repeat.textChanged.connect(self._on_change)

    def add_to(self, form: QFormLayout, label: str, repeat_label: str) -> None:
        form.addRow(label, self.password)
        form.addRow("", self.meter)
        form.addRow("", self.password_error)
        form.addRow(repeat_label, self.repeat)
        form.addRow("", self.repeat_error)

    def text(self) -> str:
        return self.password.text()

    def complete(self) -> bool:
        """Both typed and equal (the rules themselves are the service's to check)."""
        return bool(self.password.text()) and self.password.text() == self.repeat.text()

    def show_error(self, message: str) -> None:
        self.password_error.show_error(message)

    def _on_change(self) -> None:
        self.meter.update_for(self.password.text())
        self.password_error.show_error("")
        # Still typing the repetition is not an error; a character that differs is.
        if not self.password.text().startswith(self.repeat.text()):
            self.repeat_error.show_error(self.tr("The two passwords differ."))
        else:
            self.repeat_error.show_error("")
        self.changed.emit()


class SaveFailedBar(QFrame):
    """The non-modal warning over the tabs after a failed save: Retry or Save As."""

    retry = Signal()
    save_as = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_failed_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#save_failed_bar { background-color: #fdecea; border: 1px solid #b00020; }"
        )
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        standard = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(standard.pixmap(size, size))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.save_as_button = QPushButton(self.tr("Save &As…"))
        self.retry_button.clicked.connect(self.retry)
        self.save_as_button.clicked.connect(self.save_as)
        layout = QHBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.save_as_button)
        self.hide()

    def show_failure(self, message: str) -> None:
        self.message.setText(
            self.tr("Your last change is not saved yet. %1").replace("%1", message)
        )
        self.show()


def monospace_font(points: float = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if points:
        font.setPointSizeF(points)
    return font


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def char_width(widget: QWidget) -> int:
    """An average Latin letter's width in ``widget``'s font, for sizes given in characters.

    Not QFontMetrics.averageCharWidth(): a Japanese font reports the average of its
    full-width glyphs, twice as wide, and dialogs sized with it would fill the screen.
    """
    return max(1, widget.fontMetrics().horizontalAdvance(_ALPHABET) // len(_ALPHABET))


def heading(text: str, scale: float = 1.4) -> QLabel:
    """A bold, larger label for the top of a page."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def note(text: str) -> QLabel:
    """A wrapped paragraph of explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


_ROLE_NAMES = {
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "manager"),
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "clerk"),
}


def role_name(role: Role) -> str:
    """The role as a person reads it (translated)."""
    return QCoreApplication.translate("Role", str(_ROLE_NAMES[role]))
