"""The incident form: report or edit an incident; the Rule 7 answer follows every edit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidgetItem, QWidget

from ...services import clients, incidents
from ...services.clients import ClientRow
from ...services.errors import ValidationError
from ...services.incidents import (
    SUB_KINDS,
    Certainty,
    Duty,
    IncidentDetail,
    IncidentInput,
    IncidentRow,
    Kind,
    SubKind,
)
from ...services.incidents.clock import PRELIMINARY_DAY
from ...services.incidents.triage import PERSONS_THRESHOLD
from ..context import Area, UiContext
from ..fields import DateError, DateField
from ..i18n import translated
from ..record_form import RecordDialog
from ..widgets import char_width
from .form_pages import IncidentFields
from .model import word
from .timeline import fill_notices, fill_timeline

_WIDTH = 100  # characters
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


class IncidentDialog(RecordDialog[IncidentInput, IncidentRow]):
    """Reports or edits one incident; OK saves through the service."""

    AREA = Area.INCIDENTS
    TOUCHES: ClassVar[dict[str, tuple[str, ...]]] = {
        "occurred_on": ("known_on",),
        "known_on": ("occurred_on", "contractor_told_on"),
        "kind": ("sub_kind",),
        "persons_count": ("persons_max",),
        "contractor_id": ("contractor_told_on",),
    }

    def __init__(
        self, context: UiContext, detail: IncidentDetail | None, parent: QWidget | None = None
    ) -> None:
        self.fields: IncidentFields = IncidentFields(existing=detail is not None)
        super().__init__(context, self.fields, existing=detail is not None, parent=parent)
        self.detail = detail
        self.setWindowTitle(
            self.tr("Report an incident")
            if detail is None
            else self.tr("Incident {number}").format(number=detail.number)
        )
        #: clients by number, for the links (numbers and names only: the list the Clients tab shows)
        self._clients: dict[str, ClientRow] = {
            row.number: row for row in clients.list_clients(context.ledger, context.actor)
        }
        self._by_id = {row.id: row for row in self._clients.values()}
        data = detail.data if detail else IncidentInput("", known_on=date.today())
        self._load(data)
        if detail is not None:
            fill_timeline(self.fields.timeline, detail)
            fill_notices(self.fields.notices, detail)
        f = self.fields
        f.kind.currentIndexChanged.connect(self._follow_kind)
        f.add_client.clicked.connect(self._add_typed_client)
        f.client_number.returnPressed.connect(self._add_typed_client)
        f.client_number.textChanged.connect(self.follow_choices)
        f.remove_client.clicked.connect(self._remove_client)
        f.clients.itemSelectionChanged.connect(self.follow_choices)
        self.start()
        f.title.setFocus()
        hint = self.sizeHint()
        screen = self.screen().availableGeometry()
        self.resize(
            min(max(hint.width(), char_width(self) * _WIDTH), screen.width() * 9 // 10),
            min(hint.height(), screen.height() * 9 // 10),
        )

    @classmethod
    def edit(
        cls, parent: QWidget, context: UiContext, detail: IncidentDetail | None
    ) -> IncidentRow | None:
        """Run the form; the saved incident's row, or None when cancelled (tests replace this)."""
        dialog = cls(context, detail, parent)
        dialog.exec()
        return dialog.saved

    # --- RecordDialog --------------------------------------------------------------------

    def form_input(self) -> IncidentInput:
        f = self.fields
        return IncidentInput(
            title=f.title.text().strip(),
            kind=Kind(f.kind.currentData()),
            sub_kind=SubKind(f.sub_kind.currentData() or SubKind.OTHER),
            certainty=Certainty(f.certainty.currentData()),
            occurred_on=_date_or_none(f.occurred_on),
            occurred_time=_time_or_none(f.occurred_time),
            known_on=_date_or_none(f.known_on),
            known_time=_time_or_none(f.known_time),
            found_by=f.found_by.text().strip(),
            description=f.description.toPlainText(),
            data_items=f.data_items.toPlainText(),
            media=tuple(medium for medium, box in f.media.items() if box.isChecked()),
            persons_count=_int_or_none(f.persons_count),
            persons_max=_int_or_none(f.persons_max),
            client_ids=tuple(
                int(f.clients.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(f.clients.count())
            ),
            contractor_id=_int_or_none(f.contractor_id),
            contractor_told_on=_date_or_none(f.contractor_told_on),
            cause=f.cause.toPlainText(),
            secondary_harm=f.secondary_harm.toPlainText(),
            response_to_persons=f.response_to_persons.toPlainText(),
            publication=f.publication.toPlainText(),
            other_notes=f.other_notes.toPlainText(),
            type_sensitive=f.type_sensitive.currentData(),
            type_financial=f.type_financial.currentData(),
            type_wrongful=f.type_wrongful.currentData(),
            strongly_encrypted=f.strongly_encrypted.isChecked(),
        )

    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for name, line in (
            ("occurred_on", self.fields.occurred_time),
            ("known_on", self.fields.known_time),
        ):
            if line.text().strip() and _time_or_none(line) is None:
                errors[name] = self.tr("Enter the time as HH:MM, for example 09:30.")
        return {**errors, **{k: v for k, v in super().field_errors().items() if k not in errors}}

    def rule_errors(self, data: IncidentInput) -> Sequence[ValidationError]:
        return incidents.validate_incident(data)

    def save(self, data: IncidentInput) -> IncidentRow:
        ledger, actor = self.context.ledger, self.context.actor
        if self.detail is None:
            return incidents.report_incident(ledger, actor, data)
        return incidents.update_incident(ledger, actor, self.detail.id, data)

    def follow_choices(self) -> None:
        f = self.fields
        f.add_client.setEnabled(bool(f.client_number.text().strip()))
        f.remove_client.setEnabled(bool(f.clients.selectedItems()))
        f.contractor_told_on.setEnabled(bool(f.contractor_id.text().strip()))
        self._show_triage()

    # --- the questionnaire's answer ------------------------------------------------------

    def _show_triage(self) -> None:
        f = self.fields
        data = self.form_input()
        linked = [self._by_id[c] for c in data.client_ids if c in self._by_id]
        sensitive = [row.number for row in linked if row.sensitive]
        f.sensitive_hint.setText(
            self.tr("The record of {numbers} is flagged sensitive: this counts as yes.").format(
                numbers=", ".join(sensitive)
            )
            if sensitive and data.type_sensitive is None
            else ""
        )
        f.sensitive_hint.setVisible(bool(f.sensitive_hint.text()))
        known = [n for n in (data.persons_count, data.persons_max) if n is not None]
        if linked:
            known.append(len(linked))
        if known:
            most = max(known)
            f.persons_hint.setText(
                (
                    self.tr("Yes: up to {count} persons.")
                    if most > PERSONS_THRESHOLD
                    else self.tr("No: at most {count} persons (more than 1,000 counts).")
                ).format(count=f"{most:,}")
            )
        else:
            f.persons_hint.setText(self.tr("Enter the number of persons on the previous page."))
        if data.known_on is None:
            f.answer.setText("")
            f.clocks.setText("")
            return
        result, dates = incidents.assess(self.context.ledger, self.context.actor, data)
        reasons = "".join(f"<li>{_html(translated(reason))}</li>" for reason in result.reasons)
        colour = {"required": "#b00020", "undecided": "#a05a00"}.get(result.duty.value, "#1b5e20")
        because = self.tr("because:")
        f.answer.setText(
            f'<b style="color: {colour};">{_html(translated(result.headline))}</b>'
            f"<br>{_html(because)}<ul>{reasons}</ul>"
        )
        if dates is None:
            f.clocks.setText(self.tr("No report deadlines."))
            return
        lines = [
            self.tr("Day 1: {day} (the day the office knew, or the contractor told it)"),
            self.tr("Preliminary report: target {preliminary} (day {number})"),
            self.tr("Final report: due {final} (day {days})"),
        ]
        values = {
            "day": dates.start.isoformat(),
            "preliminary": dates.preliminary_target.isoformat(),
            "number": PRELIMINARY_DAY,
            "final": dates.final_due.isoformat(),
            "days": dates.final_days,
        }
        text = "<br>".join(_html(line.format(**values)) for line in lines)
        if result.duty is Duty.UNDECIDED:
            text += "<br><i>" + _html(self.tr("The clock runs while the answer is open.")) + "</i>"
        f.clocks.setText(text)

    # --- loading and the links -----------------------------------------------------------

    def _load(self, data: IncidentInput) -> None:
        f = self.fields
        f.title.setText(data.title)
        _choose(f.kind, data.kind)
        self._follow_kind()
        _choose(f.sub_kind, data.sub_kind)
        _choose(f.certainty, data.certainty)
        f.occurred_on.set_date(data.occurred_on)
        f.occurred_time.setText(data.occurred_time.strftime("%H:%M") if data.occurred_time else "")
        f.known_on.set_date(data.known_on)
        f.known_time.setText(data.known_time.strftime("%H:%M") if data.known_time else "")
        f.found_by.setText(data.found_by)
        f.description.setPlainText(data.description)
        f.data_items.setPlainText(data.data_items)
        for medium, box in f.media.items():
            box.setChecked(medium in data.media)
        for line, number in (
            (f.persons_count, data.persons_count),
            (f.persons_max, data.persons_max),
            (f.contractor_id, data.contractor_id),
        ):
            line.setText("" if number is None else str(number))
        for client_id in data.client_ids:
            row = self._by_id.get(client_id)
            if row is not None:
                self._add_client_item(row)
        f.contractor_told_on.set_date(data.contractor_told_on)
        for answer, value in (
            (f.type_sensitive, data.type_sensitive),
            (f.type_financial, data.type_financial),
            (f.type_wrongful, data.type_wrongful),
        ):
            _choose(answer, value)
        f.strongly_encrypted.setChecked(data.strongly_encrypted)
        for text_box, text in (
            (f.cause, data.cause),
            (f.secondary_harm, data.secondary_harm),
            (f.response_to_persons, data.response_to_persons),
            (f.publication, data.publication),
            (f.other_notes, data.other_notes),
        ):
            text_box.setPlainText(text)

    def _follow_kind(self) -> None:
        """The details offered are those of the kind chosen; a detail that fits stays."""
        f = self.fields
        current = f.sub_kind.currentData()
        f.sub_kind.blockSignals(True)
        f.sub_kind.clear()
        for sub_kind in SUB_KINDS[Kind(f.kind.currentData())]:
            f.sub_kind.addItem(word(sub_kind), sub_kind)
        f.sub_kind.blockSignals(False)
        _choose(f.sub_kind, current)

    def _add_client_item(self, row: ClientRow) -> None:
        item = QListWidgetItem(f"{row.number}　{row.name}".strip())
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.fields.clients.addItem(item)

    def _add_typed_client(self) -> None:
        f = self.fields
        typed = f.client_number.text().strip().upper()
        if not typed:
            return
        number = (
            typed if typed.startswith("C-") else f"C-{int(typed):06d}" if typed.isdigit() else typed
        )
        row = self._clients.get(number)
        if row is None:
            self._service_errors["client_ids"] = self.tr("There is no client {number}.").format(
                number=typed
            )
            self.validate()
            return
        present = {
            int(f.clients.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(f.clients.count())
        }
        if row.id not in present:
            self._add_client_item(row)
        f.client_number.clear()

    def _remove_client(self) -> None:
        for item in self.fields.clients.selectedItems():
            self.fields.clients.takeItem(self.fields.clients.row(item))


def _choose(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def _date_or_none(field: DateField) -> date | None:
    try:
        return field.date()
    except DateError:
        return None


def _time_or_none(line: QLineEdit) -> time | None:
    found = _TIME.match(line.text().strip())
    return time(int(found.group(1)), int(found.group(2))) if found else None


def _int_or_none(line: QLineEdit) -> int | None:
    text = line.text().strip().replace(",", "")
    return int(text) if text.isdigit() else None


def _html(text: str) -> str:
    import html

    return html.escape(text)


__all__ = ["IncidentDialog", "datetime"]
