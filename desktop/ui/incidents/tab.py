"""The Incidents tab: the register with the days left to each report, and the actions on one."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QWidget

from ...reports.incident_notice import addressable, notice_document
from ...reports.incident_report import incident_report_document
from ...services import incidents, settings
from ...services.incidents import IncidentDetail, IncidentRow, Report, Stage, clock
from ...services.permissions import Permission
from ..context import Area, UiContext
from ..operations import confirm, run_op
from ..record_tab import RecordTab, TabAction, needs_row
from .form import IncidentDialog
from .model import Col, IncidentModel, is_closed, word
from .printing import PrintDialog, deliver
from .progress import ActionDialog, NoticeDialog, StageDialog

#: how often the tab looks whether the day changed (the clocks count days)
DAY_CHECK_MS = 60_000


def _open_incident(tab: IncidentsTab, row: IncidentRow | None) -> bool:
    return tab.writable and row is not None and not row.closed


def _reporting(tab: IncidentsTab, row: IncidentRow | None) -> bool:
    return _open_incident(tab, row) and tab.context.can(Permission.REPORT_INCIDENT)


class IncidentsTab(RecordTab[IncidentRow]):
    """Incidents: report, triage, deadlines, stages, timeline, notices, printed documents."""

    KEY = "incidents"
    TITLE = str(QT_TRANSLATE_NOOP("Tab", "Incidents"))
    AREA = Area.INCIDENTS
    ROW_TYPE = IncidentRow
    SEARCH_HINT = str(QT_TRANSLATE_NOOP("IncidentsTab", "Search incident no. or title (Ctrl+F)"))
    HIDDEN_TOGGLE = str(QT_TRANSLATE_NOOP("IncidentsTab", "Show closed"))
    EMPTY = str(
        QT_TRANSLATE_NOOP("IncidentsTab", "No incidents recorded. Report an incident… adds one.")
    )
    SORT_COLUMN = Col.DAYS_LEFT
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Report an incident…")),
            "new_record",
            lambda tab, _row: tab.writable,
            permission=Permission.REPORT_INCIDENT,
        ),
        TabAction(
            "open",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Open")),
            "open_selected",
            needs_row,
            on_row=True,
        ),
        TabAction(
            "stage",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Stage reached…")),
            "record_stage",
            _reporting,
            permission=Permission.REPORT_INCIDENT,
            separator=True,
            on_row=True,
        ),
        TabAction(
            "action",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Add to timeline…")),
            "add_action",
            _reporting,
            permission=Permission.REPORT_INCIDENT,
            on_row=True,
        ),
        TabAction(
            "notices",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Notices sent…")),
            "log_notices",
            _reporting,
            permission=Permission.REPORT_INCIDENT,
            on_row=True,
        ),
        TabAction(
            "close",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Close incident…")),
            "close_incident",
            _open_incident,
            permission=Permission.CLOSE_INCIDENT,
            on_row=True,
        ),
        TabAction(
            "print_report",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Print report draft…")),
            "print_report",
            needs_row,
            permission=Permission.PRINT_RECORD,
            separator=True,
        ),
        TabAction(
            "print_notices",
            str(QT_TRANSLATE_NOOP("IncidentsTab", "Print notices…")),
            "print_notices",
            needs_row,
            permission=Permission.PRINT_RECORD,
        ),
    )

    model: IncidentModel

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        # Japan's holiday tables take a moment to load: in the background, before the first count.
        threading.Thread(target=clock.warm_up, name="holidays", daemon=True).start()
        super().__init__(context, parent)
        self._day = date.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()

    def make_model(self) -> IncidentModel:
        return IncidentModel(self)

    def load(self) -> Sequence[IncidentRow]:
        self._day = date.today()
        return incidents.list_incidents(self.context.ledger, self.context.actor, self._day)

    def hidden(self, row: IncidentRow) -> bool:
        return is_closed(row)

    def count_text(self, shown: str, total: str, total_count: int, searching: bool) -> str:
        if searching:
            text = self.tr("{shown} of {total} incidents")
        else:
            text = self.tr("{total} incidents") if total_count != 1 else self.tr("{total} incident")
        return text.format(shown=shown, total=total)

    def check_day(self, today: date | None = None) -> None:
        """After midnight every clock is one day further: count the days left again."""
        day = today or date.today()
        if day != self._day:
            self._day = day
            self.model.new_day(day)

    # --- actions -------------------------------------------------------------------------

    def new_record(self) -> None:
        if self.action("new").isEnabled():
            self._show_saved(IncidentDialog.edit(self, self.context, None))

    def open_selected(self) -> None:
        detail = self._detail()
        if detail is not None:
            self._show_saved(IncidentDialog.edit(self, self.context, detail))

    def record_stage(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        request = StageDialog.ask(self, self.context, detail)
        if request is not None:
            self._run(
                lambda: incidents.record_stage(
                    *self._who(), detail.id, request.stage, request.reached_on, request.note
                )
            )

    def add_action(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        request = ActionDialog.ask(self, detail)
        if request is not None:
            self._run(
                lambda: incidents.add_action(
                    *self._who(), detail.id, request.kind, request.text, request.at
                )
            )

    def log_notices(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        request = NoticeDialog.ask(self, detail)
        if request is not None:
            self._run(
                lambda: incidents.record_notice(
                    *self._who(),
                    detail.id,
                    request.method,
                    request.sent_on,
                    client_ids=request.client_ids,
                    persons=request.persons,
                    note=request.note,
                )
            )

    def close_incident(self) -> None:
        """Close the selected incident today; the service refuses a clerk and a missing step."""
        row = self.selected_row()
        if row is None or row.closed:
            return
        question = self.tr("Close incident {number}? It can no longer be changed afterwards.")
        if confirm(self, question.format(number=row.number), yes=self.tr("Close incident")):
            self._run(lambda: incidents.record_stage(*self._who(), row.id, Stage.CLOSED))

    def print_report(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        options = [
            (word(Report.PRELIMINARY), Report.PRELIMINARY),
            (word(Report.FINAL), Report.FINAL),
        ]
        if row.preliminary_sent:
            options.reverse()
        choice = PrintDialog.ask(self, self.tr("Print the report draft"), options)
        detail = self._detail() if choice is not None else None
        if choice is None or detail is None:
            return
        report = Report(str(choice.option))
        document = incident_report_document(
            detail,
            office_name=settings.get_settings(self.context.ledger, self.context.actor).office_name,
            report=report,
            prepared_on=date.today(),
        )
        if deliver(self, document, choice.output, f"{detail.number}-{report.value}.pdf"):
            self._record_print(detail, f"{report.value} report draft")

    def print_notices(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        people = addressable(detail)
        note = (
            self.tr("{count} letters, one for each linked client.").format(count=len(people))
            if people
            else self.tr("No linked client with an address: one letter without an address.")
        )
        choice = PrintDialog.ask(self, self.tr("Print the notices to the persons"), None, note)
        if choice is None:
            return
        document = notice_document(
            detail,
            people or [None],
            office_name=settings.get_settings(self.context.ledger, self.context.actor).office_name,
            sent_on=date.today(),
        )
        if deliver(self, document, choice.output, f"{detail.number}-notices.pdf"):
            self._record_print(detail, f"notices ({len(people)})")

    # --- helpers -------------------------------------------------------------------------

    def _who(self) -> tuple[Any, Any]:
        return self.context.ledger, self.context.actor

    def _detail(self) -> IncidentDetail | None:
        """The selected incident's whole record (the read is recorded in the audit trail)."""
        row = self.selected_row()
        if row is None:
            return None
        ledger, actor = self._who()
        return run_op(self, self.context, lambda: incidents.get_incident(ledger, actor, row.id))

    def _record_print(self, detail: IncidentDetail, what: str) -> None:
        ledger, actor = self._who()
        run_op(self, self.context, lambda: incidents.record_print(ledger, actor, detail.id, what))

    def _run(self, operation: Callable[[], object]) -> None:
        run_op(self, self.context, operation, changed=Area.INCIDENTS)

    def _show_saved(self, saved: IncidentRow | None) -> None:
        if saved is not None:
            self.show_record(saved.id)
