"""The form of a record: pages of fields, each field's error beside it, OK only when valid.

A tab's form builds its pages with :class:`FormPages` (one ``row`` per field,
named as in the service's input) and says how to read the input, which
service rules check it and which service call saves it. The service's own
validation is the only source of field errors; the form adds only "this is
not a date" for a date it cannot read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import ValidationError
from .context import Area, UiContext
from .fields import DateError, DateField, ErrorLabel, with_error
from .i18n import error_text
from .operations import Status, perform

D = TypeVar("D")  # what the form reads (the service's input dataclass)
R = TypeVar("R")  # what saving returns (the saved light row)


class FormPages(QObject):
    """Builds a form's pages; keeps each field's error label, page and widgets by name."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, ErrorLabel] = {}
        self.page_of: dict[str, int] = {}
        self.dates: dict[str, DateField] = {}
        #: (field name, widget): an edit of the widget touches the field
        self.watched: list[tuple[str, QWidget]] = []
        self.pages: list[tuple[str, QWidget]] = []
        self._labels: list[QLabel] = []  # of the page being built

    @staticmethod
    def form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def row(self, form: QFormLayout, label: str, name: str, widget: QWidget | QVBoxLayout) -> None:
        """A labelled field named as in the input, its error label beneath it."""
        error = ErrorLabel()
        error.setObjectName(f"error_{name}")
        self.errors[name] = error
        self.page_of[name] = len(self.pages)
        title = QLabel(label)
        self._labels.append(title)
        if isinstance(widget, QWidget):
            title.setBuddy(widget)
            self.watch(name, widget)
        form.addRow(title, with_error(widget, error))

    def watch(self, name: str, *widgets: QWidget) -> None:
        """An edit of any of ``widgets`` touches the field ``name``."""
        for widget in widgets:
            self.watched.append((name, widget))
            if isinstance(widget, DateField):
                self.dates[name] = widget

    @staticmethod
    def group(title: str, form: QFormLayout) -> QGroupBox:
        group = QGroupBox(title)
        group.setLayout(form)
        return group

    def add_page(self, title: str, *groups: QGroupBox) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for group in groups:
            layout.addWidget(group)
        layout.addStretch(1)
        # One label width for every group on the page, so the fields line up.
        width = max((label.sizeHint().width() for label in self._labels), default=0)
        for label in self._labels:
            label.setMinimumWidth(width)
        self._labels = []
        self.pages.append((title, page))
        return page


class RecordDialog(QDialog, Generic[D, R]):
    """Adds or edits a record; OK saves through the service and stays open if it refuses."""

    AREA: ClassVar[Area]
    #: an edit of the key touches these fields too (their rules depend on it)
    TOUCHES: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init__(
        self, context: UiContext, fields: FormPages, *, existing: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.fields = fields
        #: the saved row once OK succeeded
        self.saved: R | None = None
        self._service_errors: dict[str, str] = {}
        #: fields the person has edited: only their errors show until OK is attempted
        self._touched: set[str] = set()
        #: every error shows: an existing record, or after OK was attempted
        self._show_all = existing

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for title, page in fields.pages:
            self.pages.addTab(page, title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.installEventFilter(self)  # a click on the disabled OK shows why
        #: messages of rules that belong to no single field
        self.summary = ErrorLabel()
        #: the record's status above the pages ("Status: Past retention"), for an existing one
        self.status_line = QLabel()
        self.status_line.setObjectName("record_status")
        self.status_line.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_line)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # --- what a form declares ------------------------------------------------------------

    def form_input(self) -> D:
        """What the fields say now; a date that cannot be read counts as empty."""
        raise NotImplementedError

    def rule_errors(self, data: D) -> Sequence[ValidationError]:
        """The service's rules over ``data``: every problem, each naming its field."""
        raise NotImplementedError

    def save(self, data: D) -> R:
        """Add or update through the service."""
        raise NotImplementedError

    def follow_choices(self) -> None:
        """Show and enable what the answers call for (after every edit)."""

    def show_status(self, text: str, colour: QColor | None = None) -> None:
        """Say the record's status above its pages, in ``colour`` when it calls for action."""
        self.status_line.setText(text)
        style = f"color: {colour.name()}; font-weight: bold;" if colour is not None else ""
        self.status_line.setStyleSheet(style)
        self.status_line.setVisible(bool(text))

    # --- checking ------------------------------------------------------------------------

    def start(self) -> None:
        """Connect the fields (after loading them) and check once."""
        for name, widget in self.fields.watched:
            self._connect(name, widget)
        self.follow_choices()
        self.validate()

    def field_errors(self) -> dict[str, str]:
        """Field name → message: dates the form cannot read, then the service's rules."""
        errors: dict[str, str] = {}
        for name, field in self.fields.dates.items():
            try:
                field.date()
            except DateError as exc:
                errors[name] = str(exc)
        for error in self.rule_errors(self.form_input()):
            errors.setdefault(error.field, error_text(error))
        for name, message in self._service_errors.items():
            errors.setdefault(name, message)
        return errors

    def validate(self) -> None:
        """Enable OK only when all is well; show the errors of the fields the person edited.

        A new, untouched form shows no errors: a person who has not typed yet has
        done nothing wrong. Attempting OK (Enter, or a click on the disabled
        button) shows them all.
        """
        errors = self.field_errors()
        shown = {
            name: message
            for name, message in errors.items()
            if self._show_all or name in self._touched or name in self._service_errors
        }
        pages_with_errors: set[int] = set()
        for name, label in self.fields.errors.items():
            message = shown.get(name, "")
            label.show_error(message)
            if message:
                pages_with_errors.add(self.fields.page_of[name])
        unplaced = [message for name, message in shown.items() if name not in self.fields.errors]
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for page in range(self.pages.count()):
            has_error = page in pages_with_errors
            self.pages.setTabIcon(page, warning if has_error else QIcon())
            self.pages.setTabToolTip(
                page,
                QCoreApplication.translate("RecordDialog", "Something on this page needs fixing.")
                if has_error
                else "",
            )
        self.summary.show_error("\n".join(unplaced))
        self.ok_button.setEnabled(not errors)

    def edited(self, *names: str) -> None:
        self._touched.update(names)
        for name in names:
            self._touched.update(self.TOUCHES.get(name, ()))
        self._service_errors.clear()
        self.follow_choices()
        self.validate()

    def _connect(self, name: str, widget: QWidget) -> None:
        def touch(*_args: Any) -> None:
            self.edited(name)

        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(touch)
        elif isinstance(widget, DateField):
            widget.edited.connect(touch)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(touch)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(touch)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(touch)
            widget.model().rowsRemoved.connect(touch)
            widget.model().rowsInserted.connect(touch)

    def _show_every_error(self) -> None:
        """OK was attempted while something is wrong: show it all, starting with the first page."""
        self._show_all = True
        self.validate()
        pages = [
            self.fields.page_of[name] for name in self.field_errors() if name in self.fields.page_of
        ]
        if pages and self.pages.currentIndex() not in pages:
            self.pages.setCurrentIndex(min(pages))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.ok_button.isEnabled():
            event.accept()
            self._show_every_error()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ok_button
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.ok_button.isEnabled()
        ):
            self._show_every_error()
        return super().eventFilter(watched, event)

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        if self.field_errors():
            self._show_every_error()
            return
        data = self.form_input()
        outcome = perform(
            self,
            self.context,
            lambda: self.save(data),
            changed=self.AREA,
            fields=self.fields.errors,
        )
        if outcome.status is Status.REFUSED:
            if outcome.field in self.fields.errors:
                # A rule only the stored data can check (a duplicate, say): beside its field.
                self._service_errors[outcome.field] = outcome.reason
                self.validate()
                self.pages.setCurrentIndex(self.fields.page_of[outcome.field])
            return  # the person may correct it or cancel
        # A failed save still changed the ledger in memory; the main window offers Retry.
        self.saved = outcome.value
        super().accept()
