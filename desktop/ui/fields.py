"""The form fields every tab shares: dates, the error label beside a field, purposes of use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from .. import jpdates
from ..services.clients import Purpose
from .dates import show_date

ERROR_COLOR = "#b00020"
OK_COLOR = "#1b5e20"


class DateError(ValueError):
    """The text is not a date a person meant; str() is the message to show (translated)."""


def parse_date(text: str) -> dt.date | None:
    """The date typed (ISO, slashes, 令和8年11月25日, R8.11.25), None for an empty field."""
    try:
        return jpdates.parse(text)
    except jpdates.DateError as exc:
        if exc.no_such_day:
            message = QCoreApplication.translate("DateField", "There is no such date.")
        else:
            message = QCoreApplication.translate(
                "DateField", "Enter a date as YYYY-MM-DD, for example 2025-04-01."
            )
        raise DateError(message) from None


class DateField(QWidget):
    """A date typed (YYYY-MM-DD, 2026/11/25, 令和8年11月25日, R8.11.25) or picked from a
    calendar; empty means "no date" (unknown). Leaving the field writes it as the window
    writes dates (:func:`dates.show_date`: 2026年11月25日 in Japanese, ISO in English)."""

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
        self.line.setText(show_date(value))

    def _tidy(self) -> None:
        """Leaving the field rewrites a date typed another way as the window writes dates."""
        try:
            value = self.date()
        except DateError:
            return
        if value is not None and self.line.text() != show_date(value):
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
    """A red message beside or under a field; takes no room while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Right under its field, even when the dialog gives the row more height.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, message: str) -> None:
        """Show ``message``; an empty one hides the label."""
        if message == self.text() and self.isHidden() != bool(message):
            return
        self.setText(message)
        self.setVisible(bool(message))
        if message:
            fit_dialog_height(self)


def fit_dialog_height(widget: QWidget) -> None:
    """Let the visible dialog around ``widget`` grow to the height its wrapped texts need.

    Qt keeps a window at least as large as its layout's minimum size, which counts
    one line for a word-wrapped label: a message of two lines (most Japanese ones
    at a dialog's width) would otherwise overlap the field below it.
    """
    window = widget.window()
    layout = window.layout()
    if not isinstance(window, QDialog) or not window.isVisible() or layout is None:
        return
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


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


class PurposesPicker(QListWidget):
    """The office's purposes of use as check boxes; a retired one only where already chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_purposes(self, purposes: Sequence[Purpose], chosen: Sequence[int]) -> None:
        """List ``purposes``, ticking those whose id is in ``chosen``."""
        self.clear()
        for purpose in purposes:
            ticked = purpose.id in chosen
            if purpose.retired and not ticked:
                continue  # a retired purpose stays only on the records that have it
            text = f"{purpose.number}. {purpose.title}"
            if purpose.retired:
                text += " " + QCoreApplication.translate("PurposesPicker", "(retired)")
            item = QListWidgetItem(text, self)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, purpose.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.fit()

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in map(self.item, range(self.count()))
            if item.checkState() is Qt.CheckState.Checked
        )

    def fit(self) -> None:
        """Show every purpose without scrolling (there are a handful, one line each)."""
        rows = max(self.count(), 3)
        row_height = self.sizeHintForRow(0) if self.count() else 0
        row_height = max(row_height, self.fontMetrics().height())
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)

    def wanted_width(self) -> int:
        """The width that shows the longest title whole."""
        return self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4
