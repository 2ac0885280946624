"""A contractor's inspections (or the office's own): record, open, approve or return, print."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...reports import contractor_labels as names
from ...services.contractors import checklists, inspections, schedule, sheets
from ...services.contractors.types import ChecklistKind, InspectionRow, InspectionStatus
from ...services.permissions import Permission
from ..context import Area, UiContext
from ..operations import run_op
from ..table import CENTER, DUE_COLOUR, OVERDUE_COLOUR, RIGHT, Column, RecordModel, compact_table
from .inspection import InspectionDialog
from .printing import choose_output, output_sheets

_CONTEXT = "InspectionsDialog"
COLUMNS: tuple[Column[InspectionRow], ...] = (
    Column(
        str(QT_TRANSLATE_NOOP("InspectionsDialog", "Date")),
        lambda r: r.inspected_on.isoformat(),
        alignment=RIGHT,
        sample="2026-12-31",
    ),
    Column(
        str(QT_TRANSLATE_NOOP("InspectionsDialog", "Method")),
        lambda r: names.label(names.METHODS[r.method]),
        sample="Questionnaire",
    ),
    Column(str(QT_TRANSLATE_NOOP("InspectionsDialog", "Inspector")), lambda r: r.inspector),
    Column(
        str(QT_TRANSLATE_NOOP("InspectionsDialog", "Status")),
        lambda r: names.label(names.INSPECTION_STATUSES[r.status]),
        foreground=lambda r: DUE_COLOUR if r.status is not InspectionStatus.APPROVED else None,
        sample="Awaiting approval",
    ),
    Column(
        str(QT_TRANSLATE_NOOP("InspectionsDialog", "Non-conformities")),
        lambda r: str(r.nonconformities) if r.nonconformities else "",
        alignment=CENTER,
        foreground=lambda r: OVERDUE_COLOUR if r.nonconformities else None,
    ),
    Column(
        str(QT_TRANSLATE_NOOP("InspectionsDialog", "Follow-up")),
        lambda r: names.label(names.FOLLOW_UPS[r.follow_up]),
        sample="No action needed",
    ),
    Column(str(QT_TRANSLATE_NOOP("InspectionsDialog", "Decided by")), lambda r: r.decided_by),
)


class InspectionsDialog(QDialog):
    """The inspections of one contractor (``contractor_id``) or of the office (None)."""

    def __init__(
        self, context: UiContext, contractor_id: int | None, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.contractor_id, self.name = context, contractor_id, name
        self.setWindowTitle(self.tr("Inspections: {name}").format(name=name))
        self.model: RecordModel[InspectionRow] = RecordModel(
            COLUMNS, _CONTEXT, key=lambda r: r.id, parent=self
        )
        self.table = QTableView()
        self.table.setObjectName("inspections_table")
        self.table.setModel(self.model)
        compact_table(self.table, stretch_last=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.due = QLabel()
        writable = not context.ledger.read_only
        can_record = writable and context.can(Permission.RECORD_INSPECTION)
        can_decide = writable and context.can(Permission.APPROVE_INSPECTION)
        self.record_button = QPushButton(self.tr("&Record an inspection…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.print_button = QPushButton(self.tr("&Print sheet…"))
        self.blank_button = QPushButton(self.tr("Print &blank sheet…"))
        self.record_button.setVisible(can_record)
        self.approve_button.setVisible(can_decide)
        self.return_button.setVisible(can_decide)
        column = QVBoxLayout()
        for button, slot in (
            (self.record_button, self.record),
            (self.open_button, self.open_selected),
            (self.approve_button, self.approve),
            (self.return_button, self.return_selected),
            (self.print_button, self.print_selected),
            (self.blank_button, self.print_blank),
        ):
            button.clicked.connect(slot)
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._follow)
        self.refresh()
        self.resize(980, 460)

    @classmethod
    def manage(
        cls, parent: QWidget, context: UiContext, contractor_id: int | None, name: str
    ) -> None:
        dialog = cls(context, contractor_id, name, parent)
        dialog.exec()
        dialog.deleteLater()

    def refresh(self, select: int | None = None) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        rows = run_op(
            self,
            self.context,
            lambda: inspections.list_inspections(ledger, actor, self.contractor_id),
        )
        self.model.replace_all(rows or [])
        self.table.resizeColumnsToContents()
        if self.contractor_id is None:
            state = run_op(
                self, self.context, lambda: schedule.self_inspection_state(ledger, actor)
            )
            if state is not None:
                text = self.tr("Next self-inspection due by {date}.").format(date=state.next_due)
                self.due.setText(text)
        target = select if select is not None else (rows[0].id if rows else None)
        if target is not None:
            self.table.selectRow(self.model.row_of(target))
        self._follow()

    def selected(self) -> InspectionRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def _follow(self) -> None:
        row = self.selected()
        waiting = row is not None and row.status is InspectionStatus.RECORDED
        self.open_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)
        self.approve_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting)

    def _title(self) -> str:
        return self.tr("Inspection of {name}").format(name=self.name)

    def record(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        kind = ChecklistKind.SELF if self.contractor_id is None else ChecklistKind.CONTRACTOR
        template = run_op(
            self, self.context, lambda: checklists.current_template(ledger, actor, kind)
        )
        if template is None:
            return
        saved = InspectionDialog.edit(
            self, self.context, self.contractor_id, template, None, self._title()
        )
        if saved is not None:
            self.refresh(saved.id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        detail = run_op(
            self, self.context, lambda: inspections.get_inspection(ledger, actor, row.id)
        )
        if detail is None:
            return
        saved = InspectionDialog.edit(
            self, self.context, self.contractor_id, detail.template, detail, self._title()
        )
        if saved is not None:
            self.refresh(saved.id)

    def approve(self) -> None:
        row = self.selected()
        if row is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        done = run_op(
            self,
            self.context,
            lambda: inspections.approve_inspection(ledger, actor, row.id),
            changed=Area.CONTRACTORS,
        )
        if done is not None:
            self.refresh(row.id)

    def return_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = ask_reason(self)
        if reason is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        done = run_op(
            self,
            self.context,
            lambda: inspections.return_inspection(ledger, actor, row.id, reason),
            changed=Area.CONTRACTORS,
        )
        if done is not None:
            self.refresh(row.id)

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._print(row.id)

    def print_blank(self) -> None:
        self._print(None)

    def _print(self, inspection_id: int | None) -> None:
        output = choose_output(self)
        if output is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        sheet = run_op(
            self,
            self.context,
            lambda: sheets.inspection_sheet(ledger, actor, self.contractor_id, inspection_id),
        )
        if sheet is not None:
            output_sheets(self, self.context, [sheet], output)


def ask_reason(parent: QWidget) -> str | None:
    """Why the inspection goes back (None when cancelled); tests replace this."""
    text, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("InspectionsDialog", "Return the inspection"),
        QCoreApplication.translate("InspectionsDialog", "What must be corrected?"),
    )
    return text if ok else None
