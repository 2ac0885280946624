"""The Clients tab: the register as a table, a search box, and the actions on one client."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from ...services import clients, purposes
from ...services.clients import ClientRow, ClientStatus
from ...services.permissions import Permission
from ..context import Area, Change
from ..operations import run_op
from ..purposes_dialog import PurposesDialog
from ..record_tab import RecordTab, TabAction, needs_row
from .dispose import DisposeDialog, MarkDueDialog, TombstoneDialog
from .form import ClientDialog
from .model import ClientModel, is_disposed


def _editing(status: ClientStatus | None = None) -> Callable[[Any, Any], bool]:
    """An action for clerks and managers on a writable ledger (and a row of ``status``)."""

    def enabled(tab: ClientsTab, row: ClientRow | None) -> bool:
        allowed = tab.writable and tab.context.can(Permission.EDIT_CLIENTS)
        return allowed and (status is None or (row is not None and row.status is status))

    return enabled


def _disposable(tab: ClientsTab, row: ClientRow | None) -> bool:
    return (
        tab.writable
        and tab.context.can(Permission.DISPOSE_CLIENT)
        and row is not None
        and row.status is not ClientStatus.DISPOSED
    )


class ClientsTab(RecordTab[ClientRow]):
    """The client register: search as you type, open, add, mark due, dispose (managers)."""

    KEY = "clients"
    TITLE = str(QT_TRANSLATE_NOOP("Tab", "Clients"))
    AREA = Area.CLIENTS
    ROW_TYPE = ClientRow
    SEARCH_HINT = str(
        QT_TRANSLATE_NOOP("ClientsTab", "Search name, kana, phone, e-mail or client no. (Ctrl+F)")
    )
    HIDDEN_TOGGLE = str(QT_TRANSLATE_NOOP("ClientsTab", "Show disposed"))
    EMPTY = str(
        QT_TRANSLATE_NOOP("ClientsTab", "No clients yet. Begin by adding the first client:")
    )
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("ClientsTab", "New client…")),
            "new_record",
            _editing(),
            permission=Permission.EDIT_CLIENTS,
        ),
        TabAction(
            "open",
            str(QT_TRANSLATE_NOOP("ClientsTab", "Open")),
            "open_selected",
            needs_row,
            on_row=True,
        ),
        TabAction(
            "mark_due",
            str(QT_TRANSLATE_NOOP("ClientsTab", "Mark due for disposal…")),
            "mark_due",
            _editing(ClientStatus.ACTIVE),
            separator=True,
            on_row=True,
        ),
        TabAction(
            "unmark_due",
            str(QT_TRANSLATE_NOOP("ClientsTab", "Not due after all")),
            "unmark_due",
            _editing(ClientStatus.DUE_FOR_DISPOSAL),
            on_row=True,
        ),
        TabAction(
            "dispose",
            str(QT_TRANSLATE_NOOP("ClientsTab", "Dispose…")),
            "dispose",
            _disposable,
            permission=Permission.DISPOSE_CLIENT,
            shortcut=QKeySequence.StandardKey.Delete,
            on_row=True,
        ),
        TabAction(
            "purposes",
            str(QT_TRANSLATE_NOOP("ClientsTab", "Purposes of use…")),
            "edit_purposes",
            permission=Permission.EDIT_SETTINGS,
            separator=True,
        ),
    )

    model: ClientModel

    def make_model(self) -> ClientModel:
        return ClientModel(self)

    def load(self) -> Sequence[ClientRow]:
        self._load_purpose_titles()
        return clients.list_clients(self.context.ledger, self.context.actor)

    def hidden(self, row: ClientRow) -> bool:
        return is_disposed(row)

    def count_text(self, shown: str, total: str, total_count: int, searching: bool) -> str:
        if searching:
            text = self.tr("{shown} of {total} clients")
            if total_count == 1:
                text = self.tr("{shown} of {total} client")
        else:
            text = self.tr("{total} clients") if total_count != 1 else self.tr("{total} client")
        return text.format(shown=shown, total=total)

    def on_change(self, change: Change) -> None:
        if change.area is Area.PURPOSES:
            # A purpose keeps its number when renamed or retired: only the tooltips change.
            self._load_purpose_titles()

    # --- actions -------------------------------------------------------------------------

    def new_record(self) -> None:
        if self.action("new").isEnabled():
            self._show_saved(ClientDialog.edit(self, self.context, None))

    def open_selected(self) -> None:
        """Open the client's form (reading the details is recorded in the audit trail)."""
        row = self.selected_row()
        if row is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        detail = run_op(self, self.context, lambda: clients.get_client(ledger, actor, row.id))
        if detail is None:
            return
        if detail.status is ClientStatus.DISPOSED:
            TombstoneDialog.show_record(self, detail)
            return
        self._show_saved(ClientDialog.edit(self, self.context, detail))

    def mark_due(self) -> None:
        row = self.selected_row()
        if row is None or row.status is not ClientStatus.ACTIVE:
            return
        reason = MarkDueDialog.ask(self, row)
        if reason is not None:
            ledger, actor = self.context.ledger, self.context.actor
            self._run(lambda: clients.mark_due_for_disposal(ledger, actor, row.id, reason))

    def unmark_due(self) -> None:
        row = self.selected_row()
        if row is not None and row.status is ClientStatus.DUE_FOR_DISPOSAL:
            ledger, actor = self.context.ledger, self.context.actor
            self._run(lambda: clients.unmark_due_for_disposal(ledger, actor, row.id))

    def dispose(self) -> None:
        row = self.selected_row()
        if not _disposable(self, row) or row is None:
            return
        request = DisposeDialog.ask(self, row)
        if request is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        # The tombstone stays in view where the client was, even with disposed rows hidden.
        self.proxy.keep_visible(row.id)
        self._run(
            lambda: clients.dispose_client(
                ledger,
                actor,
                row.id,
                request.method,
                request.reason,
                disposed_on=request.disposed_on,
            )
        )

    def edit_purposes(self) -> None:
        if self.context.can(Permission.EDIT_SETTINGS):
            PurposesDialog.manage(self, self.context)

    # --- helpers -------------------------------------------------------------------------

    def _run(self, operation: Callable[[], ClientRow]) -> None:
        run_op(self, self.context, operation, changed=Area.CLIENTS)

    def _show_saved(self, saved: ClientRow | None) -> None:
        """Select the saved client, clearing a search it no longer matches (it must not vanish)."""
        if saved is not None:
            self.show_record(saved.id)

    def _load_purpose_titles(self) -> None:
        titles = {p.number: p.title for p in purposes.list_purposes(self.context.ledger)}
        self.model.set_purpose_titles(titles)
