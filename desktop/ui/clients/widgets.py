"""Small widgets the client dialogs share: a date field that may be empty, an error label."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from .model import OVERDUE_COLOUR

# 2025-04-01, 2025/4/1, 2025.4.1, 2025年4月1日, 20250401 (after NFKC, so full-width digits too)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


class DateError(ValueError):
    """The text is not a date a person meant; str() is the message to show."""


def parse_date(text: str) -> dt.date | None:
    """The date typed, None for an empty field; DateError when it is not a date."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None
    match = _DATE.match(folded) or _COMPACT_DATE.match(folded)
    if match is None:
        raise DateError(
            QCoreApplication.translate(
                "DateField", "Enter a date as YYYY-MM-DD, for example 2025-04-01."
            )
        )
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise DateError(QCoreApplication.translate("DateField", "There is no such date.")) from None


class DateField(QWidget):
    """A date typed as YYYY-MM-DD or picked from a calendar; empty means "no date" (unknown)."""

    #: the text changed (typed, picked or set)
    edited = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder or self.tr("YYYY-MM-DD"))
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self.edited)
        self.line.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.line)

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on the keyboard
        self._menu = QMenu(self)
        picker = QWidgetAction(self._menu)
        picker.setDefaultWidget(self.calendar)
        self._menu.addAction(picker)
        self._menu.aboutToShow.connect(self._show_current)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._pop_up)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)

    def text(self) -> str:
        return self.line.text()

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def date(self) -> dt.date | None:
        """The date, or None when empty; raises DateError for text that is not a date."""
        return parse_date(self.line.text())

    def set_date(self, value: dt.date | None) -> None:
        self.line.setText(value.isoformat() if value else "")

    def _tidy(self) -> None:
        """Leaving the field rewrites a date typed another way as YYYY-MM-DD."""
        try:
            value = self.date()
        except DateError:
            return
        if value is not None and self.line.text() != value.isoformat():
            self.set_date(value)

    def _pop_up(self) -> None:
        self._menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))

    def _show_current(self) -> None:
        try:
            value = self.date()
        except DateError:
            value = None
        shown = value or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, picked: QDate) -> None:
        self.set_date(dt.date(picked.year(), picked.month(), picked.day()))
        self._menu.close()


class ErrorLabel(QLabel):
    """A field's validation message under it, in red; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVERDUE_COLOUR)
        self.setPalette(palette)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def with_error(field: QWidget | QLayout, error: ErrorLabel) -> QWidget:
    """The field with its error label beneath, as one cell of a form row."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(error)
    return cell
