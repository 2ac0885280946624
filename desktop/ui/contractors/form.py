"""The contractor form: the register fields of one outsourcing company (a manager's action)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import QT_TRANSLATE_NOOP
from ...reports import contractor_labels as names
from ...services.contractors import checks, register
from ...services.contractors.types import (
    ContractorDetail,
    ContractorInput,
    ContractorRow,
    ContractorStatus,
    SubcontractorInput,
)
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..fields import DateError, parse_date
from ..record_form import FormPages, RecordDialog
from ..widgets import char_width

_BAD_DATE = QT_TRANSLATE_NOOP("errors", "Write each approval date as YYYY-MM-DD.")


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class ContractorFields(FormPages):
    """The widgets of the form, by the names of ContractorInput."""

    def __init__(self) -> None:
        super().__init__()
        self.name, self.address = QLineEdit(), QLineEdit()
        self.representative, self.contact_person = QLineEdit(), QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.status = QComboBox()
        for status in ContractorStatus:
            self.status.addItem(names.label(names.CONTRACTOR_STATUSES[status]), status.value)
        self.cycle = QSpinBox()
        self.cycle.setRange(1, 60)
        self.cycle.setSuffix(self.tr(" months"))
        company = self.form()
        self.row(company, self.tr("Name"), "name", self.name)
        self.row(company, self.tr("Address"), "address", self.address)
        self.row(company, self.tr("Representative"), "representative", self.representative)
        self.row(company, self.tr("Contact person"), "contact_person", self.contact_person)
        self.row(company, self.tr("Phone"), "phone", self.phone)
        self.row(company, self.tr("E-mail"), "email", self.email)
        self.row(company, self.tr("Status"), "status", self.status)
        self.row(company, self.tr("Inspect every"), "inspection_cycle_months", self.cycle)
        self.add_page(self.tr("Company"), self.group(self.tr("The outsourcing company"), company))

        self.work, self.categories = text_box(), text_box(2)
        self.persons = QSpinBox()
        self.persons.setRange(-1, 100_000_000)
        self.persons.setSpecialValueText(self.tr("not known"))
        self.persons.setGroupSeparatorShown(True)
        self.sensitive = QCheckBox(
            self.tr("Includes sensitive personal information (要配慮個人情報)")
        )
        self.location = text_box(2)
        self.abroad = QCheckBox(self.tr("Handled abroad or on a foreign cloud"))
        data = self.form()
        self.row(data, self.tr("Outsourced work"), "outsourced_work", self.work)
        self.row(data, self.tr("Data entrusted"), "data_categories", self.categories)
        self.row(data, self.tr("Persons (approx.)"), "persons_count", self.persons)
        self.row(data, "", "sensitive", self.sensitive)
        self.row(data, self.tr("Where handled"), "handling_location", self.location)
        self.row(data, "", "abroad", self.abroad)
        self.subs = QTableWidget(0, 3)
        self.subs.setHorizontalHeaderLabels(
            [self.tr("Sub-contractor"), self.tr("Work"), self.tr("Approved on (YYYY-MM-DD)")]
        )
        self.subs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.subs.verticalHeader().hide()
        self.subs.setMinimumHeight(self.subs.fontMetrics().lineSpacing() * 6)
        self.add_sub, self.remove_sub = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_sub)
        buttons.addWidget(self.remove_sub)
        buttons.addStretch(1)
        subs = QVBoxLayout()
        subs.addWidget(self.subs)
        subs.addLayout(buttons)
        self.row(data, self.tr("Sub-contractors"), "subcontractors", subs)
        self.add_page(
            self.tr("Data entrusted"), self.group(self.tr("What the company handles"), data)
        )

        self.notes = text_box(6)
        other = self.form()
        self.row(other, self.tr("Notes"), "notes", self.notes)
        self.add_page(self.tr("Notes"), self.group(self.tr("Notes"), other))


class ContractorDialog(RecordDialog[ContractorInput, ContractorRow]):
    AREA = Area.CONTRACTORS

    def __init__(
        self, context: UiContext, detail: ContractorDetail | None, parent: QWidget | None = None
    ) -> None:
        self.fields: ContractorFields = ContractorFields()
        super().__init__(context, self.fields, existing=detail is not None, parent=parent)
        self.detail = detail
        if detail is None:
            self.setWindowTitle(self.tr("New contractor"))
        else:
            self.setWindowTitle(self.tr("Contractor {number}").format(number=detail.row.number))
        self._load(detail.data if detail else ContractorInput(""))
        f = self.fields
        f.cycle.valueChanged.connect(lambda _value: self.edited("inspection_cycle_months"))
        f.persons.valueChanged.connect(lambda _value: self.edited("persons_count"))
        f.subs.itemChanged.connect(lambda _item: self.edited("subcontractors"))
        f.add_sub.clicked.connect(self._add_sub)
        f.remove_sub.clicked.connect(self._remove_sub)
        self.start()
        f.name.setFocus()
        self.resize(max(self.sizeHint().width(), char_width(self) * 90), self.sizeHint().height())

    @classmethod
    def edit(
        cls, parent: QWidget, context: UiContext, detail: ContractorDetail | None
    ) -> ContractorRow | None:
        """Run the form; the saved contractor's row, or None when cancelled (tests replace this)."""
        dialog = cls(context, detail, parent)
        dialog.exec()
        return dialog.saved

    def form_input(self) -> ContractorInput:
        f = self.fields
        return ContractorInput(
            name=f.name.text(),
            address=f.address.text(),
            representative=f.representative.text(),
            contact_person=f.contact_person.text(),
            phone=f.phone.text(),
            email=f.email.text(),
            outsourced_work=f.work.toPlainText(),
            data_categories=f.categories.toPlainText(),
            persons_count=None if f.persons.value() < 0 else f.persons.value(),
            sensitive=f.sensitive.isChecked(),
            handling_location=f.location.toPlainText(),
            abroad=f.abroad.isChecked(),
            status=ContractorStatus(f.status.currentData()),
            inspection_cycle_months=f.cycle.value(),
            notes=f.notes.toPlainText(),
            subcontractors=tuple(self._subs()),
        )

    def rule_errors(self, data: ContractorInput) -> Sequence[ValidationError]:
        problems = []
        for row in range(self.fields.subs.rowCount()):
            try:
                parse_date(self._cell(row, 2))
            except DateError:
                problems.append(ValidationError(_BAD_DATE, "subcontractors"))
        try:
            checks.check_contractor(data)
        except ValidationError as exc:
            problems.append(exc)
        return problems

    def save(self, data: ContractorInput) -> ContractorRow:
        ledger, actor = self.context.ledger, self.context.actor
        if self.detail is None:
            return register.add_contractor(ledger, actor, data)
        return register.update_contractor(ledger, actor, self.detail.row.id, data)

    # --- helpers -------------------------------------------------------------------------

    def _load(self, data: ContractorInput) -> None:
        f = self.fields
        f.name.setText(data.name)
        f.address.setText(data.address)
        f.representative.setText(data.representative)
        f.contact_person.setText(data.contact_person)
        f.phone.setText(data.phone)
        f.email.setText(data.email)
        f.status.setCurrentIndex(f.status.findData(ContractorStatus(data.status).value))
        f.cycle.setValue(data.inspection_cycle_months)
        f.work.setPlainText(data.outsourced_work)
        f.categories.setPlainText(data.data_categories)
        f.persons.setValue(-1 if data.persons_count is None else data.persons_count)
        f.sensitive.setChecked(data.sensitive)
        f.location.setPlainText(data.handling_location)
        f.abroad.setChecked(data.abroad)
        f.notes.setPlainText(data.notes)
        for sub in data.subcontractors:
            self._add_sub(sub)

    def _add_sub(self, sub: SubcontractorInput | None = None) -> None:
        table = self.fields.subs
        row = table.rowCount()
        table.insertRow(row)
        values = (
            ("", "", "")
            if not isinstance(sub, SubcontractorInput)
            else (
                sub.name,
                sub.work,
                sub.approved_on.isoformat() if sub.approved_on else "",
            )
        )
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        if not isinstance(sub, SubcontractorInput):
            first = table.item(row, 0)
            if first is not None:
                table.editItem(first)

    def _remove_sub(self) -> None:
        row = self.fields.subs.currentRow()
        if row >= 0:
            self.fields.subs.removeRow(row)
            self.edited("subcontractors")

    def _cell(self, row: int, column: int) -> str:
        item = self.fields.subs.item(row, column)
        return "" if item is None else item.text().strip()

    def _subs(self) -> list[SubcontractorInput]:
        subs = []
        for row in range(self.fields.subs.rowCount()):
            try:
                approved = parse_date(self._cell(row, 2))
            except DateError:
                approved = None
            if any(self._cell(row, column) for column in range(3)):
                subs.append(SubcontractorInput(self._cell(row, 0), self._cell(row, 1), approved))
        return subs
