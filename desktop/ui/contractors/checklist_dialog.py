"""The manager edits an inspection checklist; saving makes its next version.

Inspections already recorded keep the version they used, so nothing printed
or approved changes when a question is reworded.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...reports import contractor_labels as names
from ...services.contractors import checklists
from ...services.contractors.types import Category, ChecklistItemInput, ChecklistKind, Template
from ..context import UiContext
from ..operations import perform, run_op
from ..widgets import note


class ChecklistDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Inspection checklists"))
        self.kind = QComboBox()
        for kind in ChecklistKind:
            self.kind.addItem(names.label(names.KINDS[kind]), kind.value)
        self.version = QLabel()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("checklist_items")
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Question")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add question"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.add_button.clicked.connect(
            lambda: self._add(ChecklistItemInput(Category.ORGANIZATIONAL, ""))
        )
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save)
        self.kind.currentIndexChanged.connect(lambda _index: self.load())
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.version, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(
            note(
                self.tr(
                    "Saving makes the next version of the checklist. Inspections already "
                    "recorded keep the version they used."
                )
            )
        )
        layout.addWidget(buttons)
        self.load()
        self.resize(1000, 640)

    @classmethod
    def manage(cls, parent: QWidget, context: UiContext) -> None:
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

    def current_kind(self) -> ChecklistKind:
        return ChecklistKind(self.kind.currentData())

    def load(self) -> None:
        ledger, actor, kind = self.context.ledger, self.context.actor, self.current_kind()
        template = run_op(
            self, self.context, lambda: checklists.current_template(ledger, actor, kind)
        )
        if template is not None:
            self._show(template)

    def save(self) -> None:
        ledger, actor, kind = self.context.ledger, self.context.actor, self.current_kind()
        items = self.items()
        outcome = perform(
            self, self.context, lambda: checklists.save_template(ledger, actor, kind, items)
        )
        if outcome.value is not None:
            self._show(outcome.value)

    def items(self) -> list[ChecklistItemInput]:
        found = []
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 0)
            item = self.table.item(row, 1)
            if isinstance(box, QComboBox) and item is not None:
                found.append(ChecklistItemInput(Category(box.currentData()), item.text()))
        return found

    def _show(self, template: Template) -> None:
        self.version.setText(self.tr("Version {version} in use").format(version=template.version))
        self.table.setRowCount(0)
        for item in template.items:
            self._add(ChecklistItemInput(item.category, item.question))
        self.table.resizeRowsToContents()

    def _add(self, item: ChecklistItemInput) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = QComboBox()
        for category in Category:
            box.addItem(names.label(names.CATEGORIES[category]), category.value)
        box.setCurrentIndex(box.findData(item.category.value))
        self.table.setCellWidget(row, 0, box)
        self.table.setItem(row, 1, QTableWidgetItem(item.question))
        if not item.question:
            self.table.scrollToBottom()
            cell = self.table.item(row, 1)
            if cell is not None:
                self.table.editItem(cell)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
