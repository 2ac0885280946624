"""The contract of a contractor: dates, the clause checklist (missing ones in red), its end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...errors import QT_TRANSLATE_NOOP
from ...reports import contractor_labels as names
from ...services.contractors import checks, register
from ...services.contractors.rules import missing_clauses
from ...services.contractors.types import (
    Clause,
    ClauseCheck,
    ContractEnd,
    ContractInput,
    ContractorDetail,
    ContractorRow,
    EndHandling,
)
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..fields import ERROR_COLOR, DateError, DateField
from ..record_form import FormPages, RecordDialog
from ..widgets import char_width


def _date(field: DateField) -> date | None:
    try:
        return field.date()
    except DateError:
        return None


class ContractFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.signed_on, self.starts_on = DateField(), DateField()
        self.ends_on, self.renewal_on = DateField(), DateField()
        self.file_reference = QLineEdit()
        self.file_reference.setPlaceholderText(self.tr("for example: binder 3, no. 12"))
        dates = self.form()
        self.row(dates, self.tr("Signed on"), "signed_on", self.signed_on)
        self.row(dates, self.tr("Starts on"), "starts_on", self.starts_on)
        self.row(dates, self.tr("Ends on"), "ends_on", self.ends_on)
        self.row(dates, self.tr("Renewal on"), "renewal_on", self.renewal_on)
        self.row(dates, self.tr("Kept at"), "file_reference", self.file_reference)
        self.boxes: dict[Clause, QCheckBox] = {}
        self.notes: dict[Clause, QLineEdit] = {}
        grid = QGridLayout()
        for number, clause in enumerate(Clause):
            box = QCheckBox(names.label(names.CLAUSES[clause]))
            box.setObjectName(f"clause_{clause.value}")
            note = QLineEdit()
            note.setPlaceholderText(self.tr("note (article, wording)"))
            note.setMinimumWidth(note.fontMetrics().averageCharWidth() * 28)
            self.boxes[clause], self.notes[clause] = box, note
            grid.addWidget(box, number, 0)
            grid.addWidget(note, number, 1)
            self.watch("clauses", box, note)
        grid.setColumnStretch(1, 1)
        self.missing = QLabel()
        self.missing.setObjectName("missing_clauses")
        self.missing.setWordWrap(True)
        grid.addWidget(self.missing, len(Clause), 0, 1, 2)
        clauses = self.form()
        holder = QWidget()
        holder.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.row(clauses, self.tr("Clauses"), "clauses", holder)
        self.add_page(
            self.tr("Contract"),
            self.group(self.tr("Dates and where it is kept"), dates),
            self.group(self.tr("Clauses the contract must have"), clauses),
        )


class ContractDialog(RecordDialog[ContractInput, ContractorRow]):
    AREA = Area.CONTRACTORS

    def __init__(
        self, context: UiContext, detail: ContractorDetail, parent: QWidget | None
    ) -> None:
        self.fields: ContractFields = ContractFields()
        super().__init__(context, self.fields, existing=detail.contract is not None, parent=parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Contract with {name}").format(name=detail.row.name))
        data = detail.contract.data if detail.contract else ContractInput()
        f = self.fields
        for field, value in (
            (f.signed_on, data.signed_on),
            (f.starts_on, data.starts_on),
            (f.ends_on, data.ends_on),
            (f.renewal_on, data.renewal_on),
        ):
            field.set_date(value)
        f.file_reference.setText(data.file_reference)
        for check in data.clauses:
            f.boxes[check.clause].setChecked(check.present)
            f.notes[check.clause].setText(check.note)
        self.start()
        self.resize(max(self.sizeHint().width(), char_width(self) * 100), self.sizeHint().height())

    @classmethod
    def edit(
        cls, parent: QWidget, context: UiContext, detail: ContractorDetail
    ) -> ContractorRow | None:
        """Run the form; the contractor's row after saving, or None (tests replace this)."""
        dialog = cls(context, detail, parent)
        dialog.exec()
        return dialog.saved

    def form_input(self) -> ContractInput:
        f = self.fields
        return ContractInput(
            signed_on=_date(f.signed_on),
            starts_on=_date(f.starts_on),
            ends_on=_date(f.ends_on),
            renewal_on=_date(f.renewal_on),
            file_reference=f.file_reference.text(),
            clauses=tuple(
                ClauseCheck(clause, f.boxes[clause].isChecked(), f.notes[clause].text())
                for clause in Clause
            ),
        )

    def follow_choices(self) -> None:
        """Missing clauses in red, and named below the list."""
        f = self.fields
        missing = missing_clauses(self.form_input().clauses)
        for clause, box in f.boxes.items():
            box.setStyleSheet(f"color: {ERROR_COLOR};" if clause in missing else "")
        if missing:
            f.missing.setText(
                self.tr("{count} required clause(s) missing.").format(count=len(missing))
            )
            f.missing.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        else:
            f.missing.setText(self.tr("Every required clause is in the contract."))
            f.missing.setStyleSheet("")

    def rule_errors(self, data: ContractInput) -> Sequence[ValidationError]:
        try:
            checks.check_contract(data)
        except ValidationError as exc:
            return [exc]
        return []

    def save(self, data: ContractInput) -> ContractorRow:
        ledger, actor = self.context.ledger, self.context.actor
        return register.save_contract(ledger, actor, self.detail.row.id, data).row


class EndFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.handling = QComboBox()
        for handling in EndHandling:
            self.handling.addItem(names.label(names.END_HANDLINGS[handling]), handling.value)
        self.handled_on = DateField()
        self.certificate = QLineEdit()
        self.certificate.setPlaceholderText(
            self.tr("for example: disposal certificate no. 2026-014")
        )
        form = self.form()
        self.row(form, self.tr("The data was"), "handling", self.handling)
        self.row(form, self.tr("On"), "handled_on", self.handled_on)
        self.row(form, self.tr("Certificate"), "certificate_reference", self.certificate)
        self.add_page(
            self.tr("End of contract"), self.group(self.tr("Return or erasure of the data"), form)
        )


class EndContractDialog(RecordDialog[ContractEnd | None, ContractorRow]):
    """Records that the entrusted data came back (or was erased); the contractor is then ended."""

    AREA = Area.CONTRACTORS

    def __init__(self, context: UiContext, row: ContractorRow, parent: QWidget | None) -> None:
        self.fields: EndFields = EndFields()
        super().__init__(context, self.fields, existing=False, parent=parent)
        self.row = row
        self.setWindowTitle(self.tr("End the contract with {name}").format(name=row.name))
        self.fields.handled_on.set_date(date.today())
        self.start()

    @classmethod
    def ask(cls, parent: QWidget, context: UiContext, row: ContractorRow) -> ContractorRow | None:
        dialog = cls(context, row, parent)
        dialog.exec()
        return dialog.saved

    def form_input(self) -> ContractEnd | None:
        day = _date(self.fields.handled_on)
        if day is None:
            return None
        handling = EndHandling(self.fields.handling.currentData())
        return ContractEnd(handling, day, self.fields.certificate.text())

    def rule_errors(self, data: ContractEnd | None) -> Sequence[ValidationError]:
        if data is None:
            return [ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the date."), "handled_on")]
        try:
            checks.check_end(data)
        except ValidationError as exc:
            return [exc]
        return []

    def save(self, data: ContractEnd | None) -> ContractorRow:
        assert data is not None
        return register.end_contract(self.context.ledger, self.context.actor, self.row.id, data)
