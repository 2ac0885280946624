"""The incident form's fields, page by page: what happened, data and persons, the report
questionnaire (Rule 7), cause and response, and (for a saved incident) its timeline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.incidents import Certainty, Kind, Medium
from ..fields import DateField
from ..record_form import FormPages
from .model import word

#: the answers of a Rule 7 question; None is "not answered yet"
ANSWERS = (
    (None, QT_TRANSLATE_NOOP("IncidentFields", "Not answered yet")),
    (True, QT_TRANSLATE_NOOP("IncidentFields", "Yes")),
    (False, QT_TRANSLATE_NOOP("IncidentFields", "No")),
)
_MAX_PERSONS = 100_000_000


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def answer_box() -> QComboBox:
    box = QComboBox()
    for value, text in ANSWERS:
        box.addItem(QCoreApplication.translate("IncidentFields", str(text)), value)
    return box


def number_line() -> QLineEdit:
    line = QLineEdit()
    line.setValidator(QIntValidator(0, _MAX_PERSONS))
    line.setMaximumWidth(line.fontMetrics().horizontalAdvance("0") * 14)
    return line


def time_line() -> QLineEdit:
    line = QLineEdit()
    line.setPlaceholderText("HH:MM")
    line.setMaxLength(5)
    line.setMaximumWidth(line.fontMetrics().horizontalAdvance("00:00") * 3)
    return line


class IncidentFields(FormPages):
    """Every field widget of the incident form, by its IncidentInput name."""

    def __init__(self, *, existing: bool) -> None:
        super().__init__()
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(word(kind), kind)
        self.sub_kind = QComboBox()
        self.certainty = QComboBox()
        for certainty in Certainty:
            self.certainty.addItem(word(certainty), certainty)
        self.occurred_on = DateField(self.tr("YYYY-MM-DD, empty if unknown"))
        self.occurred_time = time_line()
        self.known_on = DateField()
        self.known_time = time_line()
        self.found_by = QLineEdit()
        self.description = text_box(5)

        self.data_items = text_box(3)
        self.data_items.setPlaceholderText(self.tr("for example: name, address, passport number"))
        self.media = {medium: QCheckBox(word(medium)) for medium in Medium}
        self.persons_count = number_line()
        self.persons_max = number_line()
        self.clients = QListWidget()
        self.clients.setMaximumHeight(self.clients.fontMetrics().lineSpacing() * 6)
        self.client_number = QLineEdit()
        self.client_number.setPlaceholderText(self.tr("Client no., for example C-000012"))
        self.add_client = QPushButton(self.tr("Add"))
        self.remove_client = QPushButton(self.tr("Remove"))
        self.contractor_id = number_line()
        self.contractor_told_on = DateField(self.tr("YYYY-MM-DD, when the contractor told us"))

        self.type_sensitive = answer_box()
        self.type_financial = answer_box()
        self.type_wrongful = answer_box()
        self.sensitive_hint = QLabel()
        self.sensitive_hint.setWordWrap(True)
        self.persons_hint = QLabel()
        self.persons_hint.setWordWrap(True)
        self.strongly_encrypted = QCheckBox(
            self.tr("All the data was strongly encrypted, and the key was not lost")
        )
        self.answer = QLabel()
        self.answer.setObjectName("triage_answer")
        self.answer.setWordWrap(True)
        self.clocks = QLabel()
        self.clocks.setObjectName("triage_clocks")
        self.clocks.setWordWrap(True)

        self.cause = text_box(4)
        self.secondary_harm = text_box(3)
        self.response_to_persons = text_box(3)
        self.publication = text_box(2)
        self.other_notes = text_box(3)

        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.notices = QListWidget()
        self.notices.setObjectName("notices")

        self._what_page()
        self._data_page()
        self._triage_page()
        self._cause_page()
        if existing:
            self._timeline_page()

    def _what_page(self) -> None:
        what = self.form()
        self.row(what, self.tr("Title"), "title", self.title)
        self.row(what, self.tr("Kind"), "kind", self.kind)
        self.row(what, self.tr("Detail"), "sub_kind", self.sub_kind)
        self.row(what, self.tr("Suspected or confirmed"), "certainty", self.certainty)
        self.row(what, self.tr("Found by"), "found_by", self.found_by)
        self.row(what, self.tr("What happened"), "description", self.description)
        when = self.form()
        self.row(
            when, self.tr("Occurred on"), "occurred_on", _pair(self.occurred_on, self.occurred_time)
        )
        self.watch("occurred_on", self.occurred_on, self.occurred_time)
        self.row(
            when, self.tr("The office knew on"), "known_on", _pair(self.known_on, self.known_time)
        )
        self.watch("known_on", self.known_on, self.known_time)
        self.add_page(
            self.tr("What happened"),
            self.group(self.tr("The incident"), what),
            self.group(self.tr("When"), when),
        )

    def _data_page(self) -> None:
        data = self.form()
        self.row(data, self.tr("Data items"), "data_items", self.data_items)
        media = QWidget()
        row = QHBoxLayout(media)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.media.values():
            row.addWidget(box)
        row.addStretch(1)
        self.row(data, self.tr("Media"), "media", media)
        self.watch("media", *self.media.values())
        persons = self.form()
        self.row(persons, self.tr("Number of persons"), "persons_count", self.persons_count)
        self.row(persons, self.tr("Maximum possible number"), "persons_max", self.persons_max)
        picker = QVBoxLayout()
        picker.addWidget(self.clients)
        adding = QHBoxLayout()
        adding.addWidget(self.client_number, 1)
        adding.addWidget(self.add_client)
        adding.addWidget(self.remove_client)
        picker.addLayout(adding)
        self.row(persons, self.tr("Clients affected"), "client_ids", picker)
        self.watch("client_ids", self.clients)
        contractor = self.form()
        self.row(contractor, self.tr("Contractor no."), "contractor_id", self.contractor_id)
        self.row(
            contractor,
            self.tr("Contractor told the office on"),
            "contractor_told_on",
            self.contractor_told_on,
        )
        self.add_page(
            self.tr("Data and persons"),
            self.group(self.tr("Personal data concerned"), data),
            self.group(self.tr("Persons affected"), persons),
            self.group(self.tr("Contractor involved (if any)"), contractor),
        )

    def _triage_page(self) -> None:
        questions = self.form()
        self.row(
            questions,
            self.tr("1. Is sensitive personal information (要配慮個人情報) involved?"),
            "type_sensitive",
            self.type_sensitive,
        )
        questions.addRow("", self.sensitive_hint)
        self.row(
            questions,
            self.tr("2. Could misuse cause financial damage (card or bank data)?"),
            "type_financial",
            self.type_financial,
        )
        self.row(
            questions,
            self.tr("3. Is a wrongful purpose suspected (access, theft, an insider)?"),
            "type_wrongful",
            self.type_wrongful,
        )
        questions.addRow(self.tr("4. More than 1,000 persons?"), self.persons_hint)
        self.row(questions, "", "strongly_encrypted", self.strongly_encrypted)
        answer = self.form()
        answer.addRow(self.answer)
        answer.addRow(self.clocks)
        self.add_page(
            self.tr("Report to the PPC"),
            self.group(self.tr("Questions (Rule 7)"), questions),
            self.group(self.tr("Answer and deadlines"), answer),
        )

    def _cause_page(self) -> None:
        cause = self.form()
        self.row(cause, self.tr("Cause"), "cause", self.cause)
        self.row(cause, self.tr("Secondary harm"), "secondary_harm", self.secondary_harm)
        self.row(
            cause,
            self.tr("Response to the persons"),
            "response_to_persons",
            self.response_to_persons,
        )
        self.row(cause, self.tr("Publication"), "publication", self.publication)
        self.row(cause, self.tr("Other"), "other_notes", self.other_notes)
        self.add_page(self.tr("Cause and response"), self.group(self.tr("For the report"), cause))

    def _timeline_page(self) -> None:
        timeline = self.form()
        timeline.addRow(self.timeline)
        notices = self.form()
        notices.addRow(self.notices)
        self.add_page(
            self.tr("Timeline"),
            self.group(self.tr("Stages and actions"), timeline),
            self.group(self.tr("Notices sent"), notices),
        )


def _pair(date: DateField, time: QLineEdit) -> QVBoxLayout:
    """A date and its optional time on one line (a layout, so the form watches them apart)."""
    outer = QVBoxLayout()
    row = QHBoxLayout()
    row.addWidget(date, 1)
    row.addWidget(time)
    outer.addLayout(row)
    return outer
