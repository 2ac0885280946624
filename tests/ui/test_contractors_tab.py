"""The Contractors tab as a person uses it: add a contractor and its contract, record an
inspection with a non-conformity, approve it as the manager, see the next due date move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.contractors.rules import add_months
from desktop.services.contractors.types import Clause, ContractorRow, InspectionStatus, ItemResult
from desktop.services.ledger import Ledger
from desktop.ui.context import Hub, UiContext
from desktop.ui.contractors.contract import ContractDialog
from desktop.ui.contractors.form import ContractorDialog
from desktop.ui.contractors.inspection import InspectionDialog
from desktop.ui.contractors.inspections_dialog import InspectionsDialog
from desktop.ui.contractors.model import Col
from desktop.ui.contractors.tab import ContractorsTab
from tests.ui.conftest import CLERK, MANAGER, OFFSCREEN_SIZE_HINTS, MessageBoxes, Person, type_text

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)

TODAY = date.today()
START = TODAY - timedelta(days=400)


def make_tab(qtbot: QtBot, context: UiContext) -> ContractorsTab:
    widget = ContractorsTab(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def only_row(widget: ContractorsTab) -> ContractorRow:
    (row,) = widget.model.rows()
    return row


def fill_contractor(qtbot: QtBot) -> Callable[..., ContractorRow | None]:
    def edit(parent: Any, context: UiContext, detail: Any) -> ContractorRow | None:
        dialog = ContractorDialog(context, detail, parent)
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()  # a name is needed first
        type_text(qtbot, dialog.fields.name, "株式会社みなと印刷")
        dialog.fields.status.setCurrentIndex(dialog.fields.status.findData("active"))
        type_text(qtbot, dialog.fields.work, "Printing and mailing newsletters")
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        return dialog.saved

    return edit


def fill_contract(qtbot: QtBot) -> Callable[..., ContractorRow | None]:
    def edit(parent: Any, context: UiContext, detail: Any) -> ContractorRow | None:
        dialog = ContractDialog(context, detail, parent)
        qtbot.addWidget(dialog)
        f = dialog.fields
        type_text(qtbot, f.starts_on.line, START.isoformat())
        for clause, box in f.boxes.items():
            box.setChecked(clause is not Clause.REMEDIES)
        assert "1" in f.missing.text()  # one clause missing, said below the list
        assert "color" in f.boxes[Clause.REMEDIES].styleSheet()  # and shown in red
        assert f.boxes[Clause.CONFIDENTIALITY].styleSheet() == ""
        dialog.accept()
        return dialog.saved

    return edit


def record_with_a_non_conformity(qtbot: QtBot) -> Callable[..., Any]:
    def edit(
        parent: Any, context: UiContext, contractor_id: Any, template: Any, detail: Any, title: str
    ) -> Any:
        dialog = InspectionDialog(context, contractor_id, template, detail, title, parent)
        qtbot.addWidget(dialog)
        f = dialog.fields
        failing = template.items[2].id
        for item_id, box in f.results.items():
            wanted = ItemResult.DOES_NOT_CONFORM if item_id == failing else ItemResult.CONFORMS
            box.setCurrentIndex(box.findData(wanted.value))
        assert not dialog.ok_button.isEnabled()  # "does not conform" needs a comment
        assert "Item 3 does not conform" in " ".join(dialog.field_errors().values())
        f.comments[failing].setText("The cabinet was not locked.")
        type_text(qtbot, f.findings, "Cabinet unlocked after hours.")
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        return dialog.saved

    return edit


def test_add_a_contractor_with_a_contract_inspect_approve_and_the_due_date_moves(
    qtbot: QtBot, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = make_tab(qtbot, context)
    # the empty register says how to add the first contractor, with the button that does it
    assert widget.empty.isVisibleTo(widget) and not widget.view.isVisibleTo(widget)
    assert widget.empty_button.text() == widget.action("new").text()
    titles: list[str] = []
    widget.title_changed.connect(titles.append)

    monkeypatch.setattr(ContractorDialog, "edit", fill_contractor(qtbot))
    widget.action("new").trigger()
    row = only_row(widget)
    assert (row.number, row.name) == ("CTR-0001", "株式会社みなと印刷")
    assert widget.selected_row() == row

    monkeypatch.setattr(ContractDialog, "edit", fill_contract(qtbot))
    widget.action("contract").trigger()
    row = only_row(widget)
    assert row.missing_clauses == (Clause.REMEDIES,)
    assert widget.model.data(widget.model.index(0, Col.MISSING)) == "1"
    assert row.next_due == add_months(START, 12) and row.overdue
    assert (
        widget.model.data(widget.model.index(0, Col.NEXT_DUE), Qt.ItemDataRole.ForegroundRole)
        is not None
    )  # red
    assert titles[-1] == "Contractors (1 overdue)"

    monkeypatch.setattr(InspectionDialog, "edit", record_with_a_non_conformity(qtbot))
    dialog = InspectionsDialog(context, row.id, row.name, widget)
    qtbot.addWidget(dialog)
    dialog.record_button.click()
    (recorded,) = dialog.model.rows()
    assert recorded.status is InspectionStatus.RECORDED and recorded.nonconformities == 1
    assert only_row(widget).next_due == add_months(START, 12)  # recording moves nothing
    assert not dialog.approve_button.isHidden() and dialog.approve_button.isEnabled()

    dialog.approve_button.click()
    (approved,) = dialog.model.rows()
    assert (
        approved.status is InspectionStatus.APPROVED and approved.decided_by == MANAGER.display_name
    )
    assert not dialog.approve_button.isEnabled()
    row = only_row(widget)
    assert row.next_due == add_months(TODAY, 12) and not row.overdue
    assert (
        widget.model.data(widget.model.index(0, Col.NEXT_DUE)) == add_months(TODAY, 12).isoformat()
    )
    assert titles[-1] == "Contractors"


def clerk_context(login: Callable[[Person], Ledger], settings_file: str) -> UiContext:
    return UiContext.for_ledger(login(CLERK), Hub(), settings_file)


def test_a_clerk_records_but_cannot_approve_or_edit_contracts(
    qtbot: QtBot,
    context: UiContext,
    login: Callable[[Person], Ledger],
    settings_file: str,
    monkeypatch: pytest.MonkeyPatch,
    messages: MessageBoxes,
) -> None:
    manager_tab = make_tab(qtbot, context)
    monkeypatch.setattr(ContractorDialog, "edit", fill_contractor(qtbot))
    manager_tab.action("new").trigger()
    context.ledger.close()

    clerk = clerk_context(login, settings_file)
    widget = make_tab(qtbot, clerk)
    assert not widget.action("new").isVisible() and not widget.action("contract").isVisible()
    widget.select_record(only_row(widget).id)
    monkeypatch.setattr(InspectionDialog, "edit", record_with_a_non_conformity(qtbot))
    dialog = InspectionsDialog(clerk, only_row(widget).id, "x", widget)
    qtbot.addWidget(dialog)
    dialog.record_button.click()
    (recorded,) = dialog.model.rows()
    assert recorded.inspector == CLERK.display_name
    assert dialog.approve_button.isHidden() and dialog.return_button.isHidden()
    assert messages.shown == []


def test_personnel_dates_are_set_under_admin_users_and_old_training_is_red(
    qtbot: QtBot, context: UiContext
) -> None:
    from desktop.ui.personnel_dialog import PersonnelDialog
    from desktop.ui.table import OVERDUE_COLOUR

    dialog = PersonnelDialog(context)
    qtbot.addWidget(dialog)
    names = [row.username for row in dialog.model.rows()]
    assert names == sorted([MANAGER.username, CLERK.username])
    clerk_row = names.index(CLERK.username)
    training = dialog.model.index(clerk_row, 3)
    assert "training due" in dialog.model.data(training)  # never trained
    dialog.table.selectRow(clerk_row)
    old = add_months(TODAY, -13)
    type_text(qtbot, dialog.pledge.line, "2024-04-01")
    type_text(qtbot, dialog.trained.line, old.isoformat())
    dialog.save_button.click()
    row = dialog.model.rows()[clerk_row]
    assert (row.pledge_signed_on, row.trained_on, row.training_due) == (date(2024, 4, 1), old, True)
    assert dialog.model.data(training, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR

    dialog.table.selectRow(clerk_row)
    dialog.trained.set_date(TODAY)
    dialog.save_button.click()
    assert dialog.model.data(dialog.model.index(clerk_row, 3)) == TODAY.isoformat()
    assert dialog.model.data(training, Qt.ItemDataRole.ForegroundRole) is None


def test_the_contractor_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = make_tab(qtbot, context)
    monkeypatch.setattr(ContractorDialog, "edit", fill_contractor(qtbot))
    widget.action("new").trigger()
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.proxy)


def test_print_a_filled_sheet_to_pdf_from_the_inspections(
    qtbot: QtBot, context: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from desktop.services import audit
    from desktop.ui.contractors import inspections_dialog, printing
    from desktop.ui.contractors.printing import Output

    widget = make_tab(qtbot, context)
    monkeypatch.setattr(ContractorDialog, "edit", fill_contractor(qtbot))
    widget.action("new").trigger()
    monkeypatch.setattr(InspectionDialog, "edit", record_with_a_non_conformity(qtbot))
    dialog = InspectionsDialog(context, only_row(widget).id, "Minato", widget)
    qtbot.addWidget(dialog)
    dialog.record_button.click()

    pdf = tmp_path / "sheet.pdf"
    monkeypatch.setattr(inspections_dialog, "choose_output", lambda _parent: Output.PDF)
    monkeypatch.setattr(printing, "choose_save_file", lambda *_args: str(pdf))
    dialog.print_button.click()
    assert pdf.read_bytes().startswith(b"%PDF")
    event = audit.list_events(context.ledger, context.actor)[0]
    assert (event.action, event.summary) == (
        "inspection.print",
        f"CTR-0001: inspection {dialog.model.rows()[0].id} sheet to PDF",
    )


def test_the_manager_edits_a_checklist_and_records_the_selection_check(
    qtbot: QtBot, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.contractors import checklists, register
    from desktop.services.contractors.types import ChecklistKind
    from desktop.ui.contractors.checklist_dialog import ChecklistDialog
    from desktop.ui.contractors.selection import SelectionDialog

    widget = make_tab(qtbot, context)
    monkeypatch.setattr(ContractorDialog, "edit", fill_contractor(qtbot))
    widget.action("new").trigger()

    def check(parent: Any, ctx: UiContext, detail: Any) -> Any:
        dialog = SelectionDialog(ctx, detail, parent)
        qtbot.addWidget(dialog)
        dialog.fields.privacy_mark.setChecked(True)
        type_text(qtbot, dialog.fields.responsible, "佐藤 花子")
        dialog.accept()
        return dialog.saved

    monkeypatch.setattr(SelectionDialog, "edit", check)
    widget.action("selection").trigger()
    detail = register.get_contractor(context.ledger, context.actor, only_row(widget).id)
    assert detail.selection is not None
    assert (
        detail.selection.data.privacy_mark and detail.selection.checked_by == MANAGER.display_name
    )
    assert detail.selection.data.responsible_person == "佐藤 花子"

    dialog = ChecklistDialog(context, widget)
    qtbot.addWidget(dialog)
    count = dialog.table.rowCount()
    assert count == 30 and "1" in dialog.version.text()
    dialog.add_button.click()
    item = dialog.table.item(count, 1)
    assert item is not None
    item.setText("Is the server room locked?")
    dialog.save_button.click()
    assert "2" in dialog.version.text()
    template = checklists.current_template(context.ledger, context.actor, ChecklistKind.CONTRACTOR)
    assert template.version == 2 and len(template.items) == 31
    assert "Is the server room locked?" in [i.question for i in template.items]
