"""Small dialogs that move an incident on: record a stage, add an action, log notices.

Each has a classmethod ``ask`` that runs it and returns what was entered (None
when cancelled), so tests replace ``ask`` and no modal loop blocks them. The
service checks every rule; these only collect the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.incidents import (
    STAGE_ORDER,
    ActionKind,
    IncidentDetail,
    NoticeMethod,
    Stage,
    stage_permission,
)
from ..context import UiContext
from ..fields import DateError, DateField, ErrorLabel
from .form_pages import number_line, text_box, time_line
from .model import word


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


@dataclass(frozen=True)
class StageRequest:
    stage: Stage
    reached_on: date
    note: str


class StageDialog(QDialog):
    """Choose the stage reached (those not yet recorded that this role may record)."""

    def __init__(self, context: UiContext, detail: IncidentDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Incident {number}: stage reached").format(number=detail.number)
        )
        self.stage = QComboBox()
        for stage in STAGE_ORDER:
            if not detail.reached(stage) and context.can(stage_permission(stage)):
                self.stage.addItem(word(stage), stage)
        self.on = DateField()
        self.on.set_date(date.today())
        self.note = text_box(3)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def request(self) -> StageRequest | None:
        try:
            on = self.on.date()
        except DateError as exc:
            self.error.show_error(str(exc))
            return None
        if self.stage.currentData() is None or on is None:
            return None
        return StageRequest(Stage(self.stage.currentData()), on, self.note.toPlainText())

    def accept(self) -> None:
        if self.request() is not None:
            super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget, context: UiContext, detail: IncidentDetail
    ) -> StageRequest | None:
        dialog = cls(context, detail, parent)
        if dialog.stage.count() == 0 or dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


@dataclass(frozen=True)
class ActionRequest:
    kind: ActionKind
    text: str
    at: datetime


class ActionDialog(QDialog):
    """An entry of the timeline: what was done, and when (now unless changed)."""

    def __init__(self, detail: IncidentDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Incident {number}: add to the timeline").format(number=detail.number)
        )
        self.kind = QComboBox()
        for kind in ActionKind:
            self.kind.addItem(word(kind), kind)
        now = datetime.now().astimezone()
        self.on = DateField()
        self.on.set_date(now.date())
        self.time = time_line()
        self.time.setText(now.strftime("%H:%M"))
        self.text = text_box(4)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("What was done"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def request(self) -> ActionRequest | None:
        try:
            day = self.on.date() or date.today()
        except DateError as exc:
            self.error.show_error(str(exc))
            return None
        try:
            hours, minutes = (int(part) for part in self.time.text().strip().split(":"))
            at = datetime.combine(day, time(hours, minutes)).astimezone()
        except ValueError:
            self.error.show_error(self.tr("Enter the time as HH:MM, for example 09:30."))
            return None
        return ActionRequest(
            ActionKind(self.kind.currentData()), self.text.toPlainText(), at.astimezone(UTC)
        )

    def accept(self) -> None:
        if self.request() is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget, detail: IncidentDetail) -> ActionRequest | None:
        dialog = cls(detail, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


@dataclass(frozen=True)
class NoticeRequest:
    method: NoticeMethod
    sent_on: date
    client_ids: tuple[int, ...]
    persons: int | None
    note: str


class NoticeDialog(QDialog):
    """Log notices sent (Rule 10): to linked clients ticked in the list, or a number of persons."""

    def __init__(self, detail: IncidentDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Incident {number}: notices sent").format(number=detail.number))
        self.method = QComboBox()
        for method in NoticeMethod:
            self.method.addItem(word(method), method)
        self.on = DateField()
        self.on.set_date(date.today())
        self.to_clients = QRadioButton(self.tr("Linked clients"))
        self.to_count = QRadioButton(self.tr("A number of persons (not linked)"))
        group = QButtonGroup(self)
        group.addButton(self.to_clients)
        group.addButton(self.to_count)
        self.clients = QListWidget()
        for client in detail.linked:
            label = f"{client.number}　{client.name}".strip()
            if client.notified:
                label += "　" + self.tr("(notified already)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if client.notified else Qt.CheckState.Checked
            )
            self.clients.addItem(item)
        self.count = number_line()
        self.note = QLineEdit()
        (self.to_clients if detail.linked else self.to_count).setChecked(True)
        self.to_clients.setEnabled(bool(detail.linked))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Sent on"), self.on)
        form.addRow(self.to_clients)
        form.addRow(self.clients)
        form.addRow(self.to_count, self.count)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def request(self) -> NoticeRequest | None:
        try:
            on = self.on.date() or date.today()
        except DateError as exc:
            self.error.show_error(str(exc))
            return None
        ids: tuple[int, ...] = ()
        persons = None
        if self.to_clients.isChecked():
            ids = tuple(
                int(self.clients.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.clients.count())
                if self.clients.item(i).checkState() == Qt.CheckState.Checked
            )
        else:
            text = self.count.text().strip()
            persons = int(text) if text.isdigit() else 0
        return NoticeRequest(
            NoticeMethod(self.method.currentData()), on, ids, persons, self.note.text()
        )

    def accept(self) -> None:
        if self.request() is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget, detail: IncidentDetail) -> NoticeRequest | None:
        dialog = cls(detail, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


__all__ = ["ActionDialog", "NoticeDialog", "QPlainTextEdit", "StageDialog"]
