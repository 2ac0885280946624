"""The Contractors tab: the register with overdue inspections counted in the tab's title."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.contractors import register, sheets
from ...services.contractors.types import ContractorRow, ContractorStatus
from ...services.permissions import Permission
from ..context import Area, Change, UiContext
from ..operations import inform, run_op
from ..record_tab import RecordTab, TabAction, needs_row
from .checklist_dialog import ChecklistDialog
from .contract import ContractDialog, EndContractDialog
from .form import ContractorDialog
from .inspections_dialog import InspectionsDialog
from .model import ContractorModel, is_ended
from .printing import choose_output, output_sheets
from .selection import SelectionDialog


def _may(permission: Permission, rule: Callable[[ContractorRow], bool] | None = None) -> Any:
    def enabled(tab: ContractorsTab, row: ContractorRow | None) -> bool:
        if not (tab.writable and tab.context.can(permission)):
            return False
        return rule is None or (row is not None and rule(row))

    return enabled


def _has_contract(row: ContractorRow) -> bool:
    return row.has_contract and row.status is not ContractorStatus.ENDED


class ContractorsTab(RecordTab[ContractorRow]):
    """Outsourcing companies: contracts, inspections, approvals and printed sheets."""

    KEY = "contractors"
    TITLE = str(QT_TRANSLATE_NOOP("Tab", "Contractors"))
    AREA = Area.CONTRACTORS
    ROW_TYPE = ContractorRow
    SEARCH_HINT = str(QT_TRANSLATE_NOOP("ContractorsTab", "Search name, work or no. (Ctrl+F)"))
    HIDDEN_TOGGLE = str(QT_TRANSLATE_NOOP("ContractorsTab", "Show ended"))
    EMPTY = str(
        QT_TRANSLATE_NOOP("ContractorsTab", "No contractors yet. New contractor… adds the first.")
    )
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "New contractor…")),
            "new_record",
            _may(Permission.EDIT_CONTRACT),
            permission=Permission.EDIT_CONTRACT,
        ),
        TabAction(
            "open",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Open")),
            "open_selected",
            needs_row,
            on_row=True,
        ),
        TabAction(
            "contract",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Contract…")),
            "edit_contract",
            _may(Permission.EDIT_CONTRACT, lambda row: row.status is not ContractorStatus.ENDED),
            permission=Permission.EDIT_CONTRACT,
            on_row=True,
        ),
        TabAction(
            "selection",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Selection check…")),
            "edit_selection",
            _may(Permission.EDIT_CONTRACT, lambda row: row.status is not ContractorStatus.ENDED),
            permission=Permission.EDIT_CONTRACT,
            on_row=True,
        ),
        TabAction(
            "end",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "End of contract…")),
            "end_contract",
            _may(Permission.EDIT_CONTRACT, _has_contract),
            permission=Permission.EDIT_CONTRACT,
            on_row=True,
        ),
        TabAction(
            "inspections",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Inspections…")),
            "show_inspections",
            needs_row,
            separator=True,
            on_row=True,
        ),
        TabAction(
            "due_sheets",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Print sheets due this month…")),
            "print_due",
            permission=Permission.PRINT_RECORD,
        ),
        TabAction(
            "self",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Office self-inspection…")),
            "self_inspection",
            separator=True,
        ),
        TabAction(
            "checklists",
            str(QT_TRANSLATE_NOOP("ContractorsTab", "Checklists…")),
            "edit_checklists",
            _may(Permission.EDIT_CHECKLIST),
            permission=Permission.EDIT_CHECKLIST,
        ),
    )

    model: ContractorModel

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Loaded at once, not when first shown: the tab's title counts the overdue ones.
        self.refresh()

    def make_model(self) -> ContractorModel:
        return ContractorModel(self)

    def load(self) -> Sequence[ContractorRow]:
        rows = register.list_contractors(self.context.ledger, self.context.actor)
        self._show_overdue(rows)
        return rows

    def hidden(self, row: ContractorRow) -> bool:
        return is_ended(row)

    def count_text(self, shown: str, total: str, total_count: int, searching: bool) -> str:
        if searching:
            text = self.tr("{shown} of {total} contractors")
        else:
            text = (
                self.tr("{total} contractors")
                if total_count != 1
                else self.tr("{total} contractor")
            )
        return text.format(shown=shown, total=total)

    def changed_rows(self, change: Change) -> Sequence[ContractorRow] | None:
        rows = super().changed_rows(change)
        if rows is not None:
            self._show_overdue([*self.model.rows(), *rows])
        return rows

    def current_title(self) -> str:
        """ "Contractors (3 overdue)" while inspections are overdue."""
        overdue = getattr(self, "_overdue", 0)
        base = self.title()
        if not overdue:
            return base
        return QCoreApplication.translate("ContractorsTab", "{title} ({count} overdue)").format(
            title=base, count=overdue
        )

    # --- actions -------------------------------------------------------------------------

    def new_record(self) -> None:
        if self.action("new").isEnabled():
            self._show_saved(ContractorDialog.edit(self, self.context, None))

    def open_selected(self) -> None:
        """The register form for a manager; the inspections for everyone else."""
        row = self.selected_row()
        if row is None:
            return
        if not (self.writable and self.context.can(Permission.EDIT_CONTRACT)):
            self.show_inspections()
            return
        detail = self._detail(row)
        if detail is not None:
            self._show_saved(ContractorDialog.edit(self, self.context, detail))

    def edit_contract(self) -> None:
        row = self.selected_row()
        detail = None if row is None else self._detail(row)
        if detail is not None:
            self._show_saved(ContractDialog.edit(self, self.context, detail))

    def edit_selection(self) -> None:
        row = self.selected_row()
        detail = None if row is None else self._detail(row)
        if detail is not None:
            self._show_saved(SelectionDialog.edit(self, self.context, detail))

    def edit_checklists(self) -> None:
        if self.action("checklists").isEnabled():
            ChecklistDialog.manage(self, self.context)

    def end_contract(self) -> None:
        row = self.selected_row()
        if row is not None and _has_contract(row):
            self._show_saved(EndContractDialog.ask(self, self.context, row))

    def show_inspections(self) -> None:
        row = self.selected_row()
        if row is not None:
            InspectionsDialog.manage(self, self.context, row.id, f"{row.number} {row.name}")
            self.refresh()

    def self_inspection(self) -> None:
        InspectionsDialog.manage(self, self.context, None, self.tr("the office itself"))

    def print_due(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        due = run_op(self, self.context, lambda: sheets.sheets_due_this_month(ledger, actor))
        if due is None:
            return
        if not due:
            inform(self, self.tr("No contractor is due for inspection by the end of this month."))
            return
        output = choose_output(self)
        if output is not None:
            title = self.tr("Inspection sheets due by {month}").format(
                month=date.today().strftime("%Y-%m")
            )
            output_sheets(self, self.context, due, output, title)

    # --- helpers -------------------------------------------------------------------------

    def _detail(self, row: ContractorRow) -> Any:
        ledger, actor = self.context.ledger, self.context.actor
        return run_op(self, self.context, lambda: register.get_contractor(ledger, actor, row.id))

    def _show_saved(self, saved: ContractorRow | None) -> None:
        if saved is not None:
            self.show_record(saved.id)

    def _show_overdue(self, rows: Sequence[ContractorRow]) -> None:
        latest = {row.id: row for row in rows}
        self._overdue = sum(row.overdue for row in latest.values())
        self.title_changed.emit(self.current_title())
