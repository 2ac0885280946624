"""The selection check before entrusting data: the questionnaire's answers, who and when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...errors import QT_TRANSLATE_NOOP
from ...services.contractors import checks, register
from ...services.contractors.types import ContractorDetail, ContractorRow, SelectionInput
from ...services.errors import ValidationError
from ..context import Area, UiContext
from ..fields import DateError, DateField
from ..record_form import FormPages, RecordDialog
from .form import text_box


class SelectionFields(FormPages):
    def __init__(self) -> None:
        super().__init__()
        self.checked_on = DateField()
        self.privacy_mark = QCheckBox(self.tr("Holds the Privacy Mark (Pマーク)"))
        self.isms = QCheckBox(self.tr("ISMS (ISO/IEC 27001) certified"))
        self.responsible = QLineEdit()
        self.has_rules = QCheckBox(self.tr("Has written rules for handling personal data"))
        self.incidents = text_box(3)
        self.incidents.setPlaceholderText(self.tr("incidents in the past years, or none"))
        self.note = text_box(3)
        form = self.form()
        self.row(form, self.tr("Checked on"), "checked_on", self.checked_on)
        self.row(form, "", "privacy_mark", self.privacy_mark)
        self.row(form, "", "isms", self.isms)
        self.row(form, self.tr("Responsible person"), "responsible_person", self.responsible)
        self.row(form, "", "has_rules", self.has_rules)
        self.row(form, self.tr("Past incidents"), "past_incidents", self.incidents)
        self.row(form, self.tr("Note"), "selection_note", self.note)
        self.add_page(self.tr("Selection"), self.group(self.tr("Before entrusting any data"), form))


class SelectionDialog(RecordDialog[SelectionInput | None, ContractorRow]):
    AREA = Area.CONTRACTORS

    def __init__(
        self, context: UiContext, detail: ContractorDetail, parent: QWidget | None
    ) -> None:
        self.fields: SelectionFields = SelectionFields()
        super().__init__(context, self.fields, existing=detail.selection is not None, parent=parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Selection check of {name}").format(name=detail.row.name))
        f = self.fields
        if detail.selection is None:
            f.checked_on.set_date(date.today())
        else:
            data = detail.selection.data
            f.checked_on.set_date(data.checked_on)
            f.privacy_mark.setChecked(data.privacy_mark)
            f.isms.setChecked(data.isms)
            f.responsible.setText(data.responsible_person)
            f.has_rules.setChecked(data.has_rules)
            f.incidents.setPlainText(data.past_incidents)
            f.note.setPlainText(data.note)
        self.start()

    @classmethod
    def edit(
        cls, parent: QWidget, context: UiContext, detail: ContractorDetail
    ) -> ContractorRow | None:
        dialog = cls(context, detail, parent)
        dialog.exec()
        return dialog.saved

    def form_input(self) -> SelectionInput | None:
        f = self.fields
        try:
            day = f.checked_on.date()
        except DateError:
            day = None
        if day is None:
            return None
        return SelectionInput(
            checked_on=day,
            privacy_mark=f.privacy_mark.isChecked(),
            isms=f.isms.isChecked(),
            responsible_person=f.responsible.text(),
            has_rules=f.has_rules.isChecked(),
            past_incidents=f.incidents.toPlainText(),
            note=f.note.toPlainText(),
        )

    def rule_errors(self, data: SelectionInput | None) -> Sequence[ValidationError]:
        if data is None:
            return [ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the date."), "checked_on")]
        try:
            checks.check_selection(data)
        except ValidationError as exc:
            return [exc]
        return []

    def save(self, data: SelectionInput | None) -> ContractorRow:
        assert data is not None
        ledger, actor = self.context.ledger, self.context.actor
        return register.record_selection(ledger, actor, self.detail.row.id, data).row
