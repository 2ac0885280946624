"""The Incidents tab as the office uses it: report, triage, deadlines, actions, close, print."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import audit, incidents
from desktop.services.incidents import (
    ActionKind,
    IncidentDetail,
    IncidentInput,
    IncidentRow,
    Kind,
    NoticeMethod,
    Stage,
    SubKind,
)
from desktop.services.incidents.clock import deadlines
from desktop.services.permissions import Actor, Role
from desktop.ui import operations
from desktop.ui.context import UiContext
from desktop.ui.incidents import IncidentsTab
from desktop.ui.incidents.form import IncidentDialog
from desktop.ui.incidents.model import OVERDUE_COLOUR, Col
from desktop.ui.incidents.printing import Output, PrintChoice, PrintDialog
from desktop.ui.incidents.progress import (
    ActionDialog,
    ActionRequest,
    NoticeDialog,
    NoticeRequest,
    StageDialog,
    StageRequest,
)
from tests.ui import incidents_support as support
from tests.ui.clients_support import (
    MANAGER,
    OFFSCREEN_SIZE_HINTS,
    UiEnv,
    show_active,
    type_into,
)
from tests.ui.conftest import MessageBoxes
from tests.unit.test_reports import pdf_text

clerk_ui = support.clerk_ui
manager_ui = support.manager_ui
incidents_template = support.incidents_template

pytestmark = OFFSCREEN_SIZE_HINTS

TODAY = date.today()
KNEW = TODAY - timedelta(days=2)


def open_tab(qtbot: QtBot, env: UiEnv) -> IncidentsTab:
    tab = IncidentsTab(env.context)
    tab.resize(1300, 500)
    show_active(qtbot, tab)
    return tab


def cell(
    tab: IncidentsTab, row: int, which: Col, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    return tab.proxy.index(row, which).data(role)


def report_as_a_person(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[IncidentDialog]:
    """Replace the form's run with one that fills it in as a clerk would, and answers Rule 7."""
    seen: list[IncidentDialog] = []

    def fill_in(
        parent: QWidget, context: UiContext, detail: IncidentDetail | None
    ) -> IncidentRow | None:
        dialog = IncidentDialog(context, detail, parent)
        seen.append(dialog)
        show_active(qtbot, dialog)
        f = dialog.fields
        type_into(qtbot, f.title, "申請書類の誤送付")
        f.kind.setCurrentIndex(f.kind.findData(Kind.LEAKAGE))
        f.sub_kind.setCurrentIndex(f.sub_kind.findData(SubKind.MISDELIVERY))
        type_into(qtbot, f.known_on.line, KNEW.isoformat())
        type_into(qtbot, f.known_time, "10:15")
        type_into(qtbot, f.data_items, "氏名、住所、在留カード番号")
        type_into(qtbot, f.persons_count, "2")
        for number in ("1", "C-000002"):  # "1" is short for C-000001
            type_into(qtbot, f.client_number, number)
            qtbot.mouseClick(f.add_client, Qt.MouseButton.LeftButton)
        dialog.pages.setCurrentIndex(2)  # "Report to the PPC"
        f.type_financial.setCurrentIndex(f.type_financial.findData(False))
        f.type_wrongful.setCurrentIndex(f.type_wrongful.findData(False))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(IncidentDialog, "edit", fill_in)
    return seen


def test_a_clerk_reports_triages_and_sees_the_deadlines(
    qtbot: QtBot, clerk_ui: UiEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = report_as_a_person(qtbot, monkeypatch)
    tab = open_tab(qtbot, clerk_ui)
    assert tab.empty.isVisible()
    tab.action("new").trigger()

    dialog = seen[0]
    answer = dialog.fields.answer.text()
    # Type 1 was not answered, but the linked C-000002 has sensitive data: that answers it.
    assert "Report to the PPC and notify the persons: required" in answer
    assert "sensitive personal information is involved (type 1)" in answer
    assert "C-000002" in dialog.fields.sensitive_hint.text()
    dates = deadlines(KNEW, wrongful_purpose=False)
    assert dates.final_due.isoformat() in dialog.fields.clocks.text()
    assert dates.preliminary_target.isoformat() in dialog.fields.clocks.text()

    assert tab.count.text() == "1 incident"
    selected = tab.selected_row()
    assert selected is not None and selected.number == "I-000001"
    assert cell(tab, 0, Col.DUTY) == "Report required"
    assert cell(tab, 0, Col.NEXT) == "Preliminary report"
    assert cell(tab, 0, Col.DUE) == dates.preliminary_target.isoformat()
    left = (dates.preliminary_target - TODAY).days
    assert cell(tab, 0, Col.DAYS_LEFT) == (f"{left} days" if left > 1 else "1 day")
    detail = incidents.get_incident(clerk_ui.ledger, clerk_ui.context.actor, selected.id)
    assert [c.number for c in detail.linked] == ["C-000001", "C-000002"]
    assert detail.data.known_time is not None and detail.data.known_time.hour == 10


def seed(env: UiEnv, **changes: object) -> IncidentRow:
    data = IncidentInput(
        title="USB memory lost",
        kind=Kind.LOSS,
        sub_kind=SubKind.LOST_DEVICE,
        known_on=KNEW,
        client_ids=(2,),
        type_financial=False,
        type_wrongful=False,
    )
    data = IncidentInput(**{**data.__dict__, **changes})
    return incidents.report_incident(env.ledger, env.context.actor, data)


def test_actions_then_a_clerk_cannot_close_and_a_manager_can(
    qtbot: QtBot,
    clerk_ui: UiEnv,
    incidents_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: MessageBoxes,
) -> None:
    row = seed(clerk_ui)
    tab = open_tab(qtbot, clerk_ui)
    tab.select_record(row.id)
    at = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)
    monkeypatch.setattr(
        ActionDialog,
        "ask",
        lambda parent, detail: ActionRequest(ActionKind.PREVENTION_DONE, "暗号化USBのみ使用", at),
    )
    tab.action("action").trigger()
    monkeypatch.setattr(
        StageDialog, "ask", lambda parent, context, detail: StageRequest(Stage.CONTAINED, KNEW, "")
    )
    tab.action("stage").trigger()
    assert cell(tab, 0, Col.STAGE) == "Contained"

    # A clerk has no Close button; asking anyway is refused by the service, with its reason.
    assert not tab.action("close").isVisible()
    messages.answers.append(QMessageBox.StandardButton.Yes)
    tab.close_incident()
    assert "Your role does not allow this" in messages.texts()[-1]
    assert incidents.list_incidents(clerk_ui.ledger, clerk_ui.context.actor)[0].stage is (
        Stage.CONTAINED
    )
    clerk_ui.ledger.close()

    manager = support.open_env(incidents_template, tmp_path, MANAGER)
    try:
        boss = open_tab(qtbot, manager)
        boss.select_record(row.id)
        assert boss.action("close").isVisible() and boss.action("close").isEnabled()
        messages.answers.append(QMessageBox.StandardButton.Yes)
        boss.close_incident()  # the report is required: final report and notices first
        assert "record the final report and the notices" in messages.texts()[-1]
        monkeypatch.setattr(
            StageDialog,
            "ask",
            lambda parent, context, detail: StageRequest(Stage.FINAL_SENT, TODAY, "web form"),
        )
        boss.action("stage").trigger()
        monkeypatch.setattr(
            NoticeDialog,
            "ask",
            lambda parent, detail: NoticeRequest(NoticeMethod.LETTER, TODAY, (2,), None, ""),
        )
        boss.action("notices").trigger()
        monkeypatch.setattr(
            StageDialog,
            "ask",
            lambda parent, context, detail: StageRequest(Stage.PERSONS_NOTIFIED, TODAY, ""),
        )
        boss.action("stage").trigger()
        messages.answers.append(QMessageBox.StandardButton.Yes)
        boss.close_incident()
        closed = incidents.get_incident(manager.ledger, manager.context.actor, row.id)
        assert (closed.stage, closed.closed_on) == (Stage.CLOSED, TODAY)
        assert boss.proxy.rowCount() == 0  # closed incidents are hidden
        boss.show_hidden.setChecked(True)
        assert cell(boss, 0, Col.STAGE) == "Closed" and cell(boss, 0, Col.DAYS_LEFT) == ""
        timeline = [a.text for a in closed.actions]
        assert timeline == ["暗号化USBのみ使用"]
    finally:
        support.close_env(manager)


def test_overdue_is_unmistakable_and_a_new_day_counts_again(qtbot: QtBot, clerk_ui: UiEnv) -> None:
    seed(clerk_ui, known_on=TODAY - timedelta(days=20))
    tab = open_tab(qtbot, clerk_ui)
    text = str(cell(tab, 0, Col.DAYS_LEFT))
    assert text.startswith("⚠ ") and text.endswith("days overdue")
    assert cell(tab, 0, Col.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    dates = deadlines(TODAY - timedelta(days=20), wrongful_purpose=False)
    overdue = (TODAY - dates.preliminary_target).days
    assert text == f"⚠ {overdue} days overdue"
    tab.check_day(TODAY + timedelta(days=3))
    assert cell(tab, 0, Col.DAYS_LEFT) == f"⚠ {overdue + 3} days overdue"


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, clerk_ui: UiEnv, qtmodeltester: object
) -> None:
    seed(clerk_ui)
    seed(clerk_ui, title="Second", known_on=TODAY)
    tab = open_tab(qtbot, clerk_ui)
    qtmodeltester.check(tab.model)


def test_the_answer_follows_the_questionnaire(qtbot: QtBot, clerk_ui: UiEnv) -> None:
    dialog = IncidentDialog(clerk_ui.context, None)
    show_active(qtbot, dialog)
    f = dialog.fields
    type_into(qtbot, f.title, "x")
    for box in (f.type_sensitive, f.type_financial, f.type_wrongful):
        box.setCurrentIndex(box.findData(False))
    assert "not decided yet" in f.answer.text()  # the number of persons is unknown
    type_into(qtbot, f.persons_max, "1000")
    assert "not required" in f.answer.text()
    type_into(qtbot, f.persons_max, "1001")
    assert "required" in f.answer.text() and "more than 1,000 (type 4)" in f.answer.text()
    f.type_wrongful.setCurrentIndex(f.type_wrongful.findData(True))
    assert "(day 60)" in f.clocks.text()
    f.strongly_encrypted.setChecked(True)
    assert "not required" in f.answer.text() and "No report deadlines." in f.clocks.text()


def test_print_the_report_draft_to_pdf(
    qtbot: QtBot, clerk_ui: UiEnv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = seed(clerk_ui)
    tab = open_tab(qtbot, clerk_ui)
    tab.select_record(row.id)
    out = tmp_path / "draft.pdf"
    monkeypatch.setattr(
        PrintDialog, "ask", lambda *args, **kwargs: PrintChoice(Output.PDF, incidents.Report.FINAL)
    )
    monkeypatch.setattr(operations, "choose_save_file", lambda *args: str(out))
    monkeypatch.setattr("desktop.ui.incidents.printing.choose_save_file", lambda *args: str(out))
    tab.action("print_report").trigger()
    text = pdf_text(out)
    assert "確報" in text and "USB memory lost" in text
    boss = Actor(1, MANAGER.username, MANAGER.display_name, Role.MANAGER)
    events = [(e.username, e.action, e.summary) for e in audit.list_events(clerk_ui.ledger, boss)]
    assert ("suzuki", "incident.print", "I-000001: final report draft") in events
