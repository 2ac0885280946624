"""Admin ▸ Users ▸ Pledge and training: personnel measures (GL 10), a manager's record.

Each user's confidentiality pledge date and last privacy training date; a user
never trained, or trained more than a year ago, is shown in red.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.personnel import PersonnelRow, list_personnel, set_personnel_dates
from .context import Area, UiContext
from .fields import DateError, DateField, ErrorLabel, with_error
from .operations import perform, run_op
from .table import OVERDUE_COLOUR, RIGHT, Column, RecordModel, compact_table
from .widgets import note


def _day(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


def _training_text(row: PersonnelRow) -> str:
    text = _day(row.trained_on)
    if row.training_due:
        due = QCoreApplication.translate("PersonnelDialog", "training due")
        return f"{text} ({due})" if text else due
    return text


COLUMNS: tuple[Column[PersonnelRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("PersonnelDialog", "User name")), lambda r: r.username),
    Column(str(QT_TRANSLATE_NOOP("PersonnelDialog", "Name")), lambda r: r.display_name),
    Column(
        str(QT_TRANSLATE_NOOP("PersonnelDialog", "Confidentiality pledge")),
        lambda r: _day(r.pledge_signed_on),
        alignment=RIGHT,
    ),
    Column(
        str(QT_TRANSLATE_NOOP("PersonnelDialog", "Last privacy training")),
        _training_text,
        alignment=RIGHT,
        foreground=lambda r: OVERDUE_COLOUR if r.training_due else None,
    ),
)


class PersonnelDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Confidentiality pledges and training"))
        self.model: RecordModel[PersonnelRow] = RecordModel(
            COLUMNS, "PersonnelDialog", key=lambda r: r.user_id, muted=lambda r: not r.active,
            parent=self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("personnel_table")
        self.table.setModel(self.model)
        compact_table(self.table, stretch_last=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pledge, self.trained = DateField(), DateField()
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save dates"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Pledge signed on"), self.pledge)
        form.addRow(self.tr("Last trained on"), with_error(self.trained, self.error))
        form.addRow("", self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addLayout(form, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(
            note(
                self.tr(
                    "Every person who handles personal data signs a confidentiality pledge and "
                    "is trained when joining and at least once a year."
                )
            )
        )
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._load_selected)
        self.refresh()
        self.resize(900, 380)

    @classmethod
    def run(cls, parent: QWidget | None, context: UiContext) -> None:
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

    def refresh(self, select: int | None = None) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        rows = run_op(self, self.context, lambda: list_personnel(ledger, actor)) or []
        self.model.replace_all(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(self.model.row_of(select) if select is not None else 0)
        self._load_selected()

    def selected(self) -> PersonnelRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _load_selected(self) -> None:
        row = self.selected()
        self.pledge.set_date(None if row is None else row.pledge_signed_on)
        self.trained.set_date(None if row is None else row.trained_on)
        self.save_button.setEnabled(row is not None and not self.context.ledger.read_only)
        self.error.show_error("")

    def save(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            pledge, trained = self.pledge.date(), self.trained.date()
        except DateError as exc:
            self.error.show_error(str(exc))
            return
        ledger, actor = self.context.ledger, self.context.actor
        outcome = perform(
            self,
            self.context,
            lambda: set_personnel_dates(
                ledger, actor, row.user_id, pledge_signed_on=pledge, trained_on=trained
            ),
            changed=Area.USERS,
        )
        if outcome.changed:
            self.refresh(row.user_id)
