"""The inspection form: date, method, a result and comment per checklist item, findings, actions.

The same form records a contractor's inspection and the office's own
self-inspection; an approved inspection opens read-only (it is final), except
its corrective actions, which are followed up after approval.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import QT_TRANSLATE_NOOP
from ...reports import contractor_labels as names
from ...services.contractors import inspections, rules
from ...services.contractors.types import (
    ActionInput,
    Category,
    InspectionDetail,
    InspectionInput,
    InspectionMethod,
    InspectionRow,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
    Template,
)
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..fields import DateError, DateField, parse_date
from ..record_form import FormPages, RecordDialog
from ..widgets import char_width

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADING = QColor(0xE8, 0xE8, 0xE8)


class InspectionFields(FormPages):
    def __init__(self, template: Template) -> None:
        super().__init__()
        self.inspected_on = DateField()
        self.method = QComboBox()
        for method in InspectionMethod:
            self.method.addItem(names.label(names.METHODS[method]), method.value)
        self.inspector = QLabel()
        self.version = QLabel(self.tr("version {version}").format(version=template.version))
        head = self.form()
        self.row(head, self.tr("Date"), "inspected_on", self.inspected_on)
        self.row(head, self.tr("Method"), "method", self.method)
        self.row(head, self.tr("Inspector"), "inspector", self.inspector)
        self.row(head, self.tr("Checklist"), "version", self.version)

        self.items = QTableWidget(0, 4)
        self.items.setObjectName("checklist")
        self.items.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Question"), self.tr("Result"), self.tr("Comment")]
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().hide()
        self.items.setWordWrap(True)
        self.results: dict[int, QComboBox] = {}
        self.comments: dict[int, QTableWidgetItem] = {}
        category = None
        for item in template.items:
            if item.category is not category:
                category = item.category
                row = self.items.rowCount()
                self.items.insertRow(row)
                title = QTableWidgetItem(names.label(names.CATEGORIES[Category(category)]))
                title.setFlags(Qt.ItemFlag.ItemIsEnabled)
                title.setBackground(_HEADING)
                self.items.setItem(row, 0, title)
                self.items.setSpan(row, 0, 1, 4)
            row = self.items.rowCount()
            self.items.insertRow(row)
            number = QTableWidgetItem(str(item.position))
            question = QTableWidgetItem(item.question)
            for cell in (number, question):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items.setItem(row, 0, number)
            self.items.setItem(row, 1, question)
            result = QComboBox()
            result.setObjectName(f"result_{item.position}")
            result.addItem("—", "")
            for value in ItemResult:
                result.addItem(names.label(names.RESULTS[value]), value.value)
            self.items.setCellWidget(row, 2, result)
            comment = QTableWidgetItem("")
            comment.setData(ITEM_ROLE, item.id)
            self.items.setItem(row, 3, comment)
            self.results[item.id], self.comments[item.id] = result, comment
        self.items.resizeColumnToContents(0)
        self.items.resizeRowsToContents()
        self.items.setMinimumHeight(self.items.fontMetrics().lineSpacing() * 18)
        checklist = self.form()
        # The table spans the group; its errors ("Item 3 does not conform: ...") show below it.
        checklist.addRow(self.items)
        self.add_page(
            self.tr("Checklist"),
            self.group(self.tr("Inspection"), head),
            self.group(self.tr("Checklist: a result for every item"), checklist),
        )

        self.findings = QPlainTextEdit()
        self.actions = QTableWidget(0, 4)
        self.actions.setObjectName("actions")
        self.actions.setHorizontalHeaderLabels(
            [
                self.tr("Corrective action"),
                self.tr("Responsible (at the contractor)"),
                self.tr("Due"),
                self.tr("Done"),
            ]
        )
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.verticalHeader().hide()
        self.add_action, self.remove_action = (
            QPushButton(self.tr("Add")),
            QPushButton(self.tr("Remove")),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        buttons.addStretch(1)
        actions = QVBoxLayout()
        actions.addWidget(self.actions)
        actions.addLayout(buttons)
        results = self.form()
        self.row(results, self.tr("Findings"), "findings", self.findings)
        self.row(results, self.tr("Corrective actions"), "actions", actions)
        self.add_page(self.tr("Findings and actions"), self.group(self.tr("Findings"), results))


class InspectionDialog(RecordDialog[InspectionInput, InspectionRow]):
    AREA = Area.CONTRACTORS

    def __init__(
        self,
        context: UiContext,
        contractor_id: int | None,
        template: Template,
        detail: InspectionDetail | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        self.fields: InspectionFields = InspectionFields(template)
        super().__init__(context, self.fields, existing=detail is not None, parent=parent)
        self.contractor_id, self.template, self.detail = contractor_id, template, detail
        self.setWindowTitle(title)
        f = self.fields
        f.inspector.setText(detail.row.inspector if detail else context.actor.display_name)
        f.inspected_on.set_date(detail.data.inspected_on if detail else date.today())
        if detail is not None:
            f.method.setCurrentIndex(f.method.findData(detail.data.method.value))
            for answer in detail.data.answers:
                f.results[answer.item_id].setCurrentIndex(
                    f.results[answer.item_id].findData(answer.result.value)
                )
                f.comments[answer.item_id].setText(answer.comment)
            f.findings.setPlainText(detail.data.findings)
            for action in detail.data.actions:
                self._add_action(action)
        for box in f.results.values():
            box.currentIndexChanged.connect(lambda _index: self.edited("answers"))
        f.items.itemChanged.connect(lambda _item: self.edited("answers"))
        f.actions.itemChanged.connect(lambda _item: self.edited("actions"))
        f.add_action.clicked.connect(lambda: self._add_action(None))
        f.remove_action.clicked.connect(self._remove_action)
        self.final = detail is not None and detail.row.status is InspectionStatus.APPROVED
        if self.final:  # only the follow-up of the actions stays open
            f.inspected_on.setEnabled(False)
            f.method.setEnabled(False)
            for box in f.results.values():
                box.setEnabled(False)
            for comment in f.comments.values():
                comment.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            f.findings.setReadOnly(True)
        self.start()
        width = char_width(self) * 120
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 9 // 10), min(screen.height() * 8 // 10, 800))

    @classmethod
    def edit(
        cls,
        parent: QWidget,
        context: UiContext,
        contractor_id: int | None,
        template: Template,
        detail: InspectionDetail | None,
        title: str,
    ) -> InspectionRow | None:
        """Run the form; the saved inspection's row, or None when cancelled (tests replace this)."""
        dialog = cls(context, contractor_id, template, detail, title, parent)
        dialog.exec()
        return dialog.saved

    def form_input(self) -> InspectionInput:
        f = self.fields
        try:
            day = f.inspected_on.date() or date.today()
        except DateError:
            day = date.today()
        answers = tuple(
            ItemAnswer(item_id, ItemResult(box.currentData()), f.comments[item_id].text())
            for item_id, box in f.results.items()
            if box.currentData()
        )
        return InspectionInput(
            inspected_on=day,
            method=InspectionMethod(f.method.currentData()),
            answers=answers,
            findings=f.findings.toPlainText(),
            actions=tuple(self._actions()),
        )

    def rule_errors(self, data: InspectionInput) -> Sequence[ValidationError]:
        problems: list[ValidationError] = []
        if not self.fields.inspected_on.text().strip():
            problems.append(
                ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the date."), "inspected_on")
            )
        try:
            rules.check_answers(self.template.items, data.answers)
        except ValidationError as exc:
            problems.append(ValidationError(exc.template, "answers", **exc.params))
        for row in range(self.fields.actions.rowCount()):
            for column in (2, 3):
                try:
                    parse_date(self._cell(row, column))
                except DateError:
                    problems.append(
                        ValidationError(
                            QT_TRANSLATE_NOOP("errors", "Write the actions' dates as YYYY-MM-DD."),
                            "actions",
                        )
                    )
        return problems

    def save(self, data: InspectionInput) -> InspectionRow:
        ledger, actor = self.context.ledger, self.context.actor
        if self.detail is None:
            return inspections.record_inspection(ledger, actor, self.contractor_id, data)
        if self.final:
            return inspections.update_actions(ledger, actor, self.detail.row.id, data.actions)
        return inspections.update_inspection(ledger, actor, self.detail.row.id, data)

    # --- corrective actions --------------------------------------------------------------

    def _add_action(self, action: ActionInput | None) -> None:
        table = self.fields.actions
        row = table.rowCount()
        table.insertRow(row)
        values = ("", "", "", "")
        if action is not None:
            due = action.due_on.isoformat() if action.due_on else ""
            done = action.done_on.isoformat() if action.done_on else ""
            values = (action.action, action.owner, due, done)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        if action is None:
            first = table.item(row, 0)
            if first is not None:
                table.editItem(first)
            self.edited("actions")

    def _remove_action(self) -> None:
        row = self.fields.actions.currentRow()
        if row >= 0:
            self.fields.actions.removeRow(row)
            self.edited("actions")

    def _cell(self, row: int, column: int) -> str:
        item = self.fields.actions.item(row, column)
        return "" if item is None else item.text().strip()

    def _actions(self) -> list[ActionInput]:
        found = []
        for row in range(self.fields.actions.rowCount()):
            if not any(self._cell(row, column) for column in range(4)):
                continue
            dates = []
            for column in (2, 3):
                try:
                    dates.append(parse_date(self._cell(row, column)))
                except DateError:
                    dates.append(None)
            found.append(ActionInput(self._cell(row, 0), self._cell(row, 1), dates[0], dates[1]))
        return found
