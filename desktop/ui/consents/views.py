"""The four tables of the Consents tab, each a record view of the kit with its own actions.

The views share one :class:`Filters` (client, recipient, state, date range), set by
the tab's filter bar; a view applies it when it loads its rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.consents import (
    list_consents,
    list_provisions,
    list_receipts,
    list_recipients,
)
from ...services.consents.types import (
    ConsentRow,
    ConsentState,
    ProvisionRow,
    ReceiptRow,
    Recipient,
)
from ...services.permissions import Permission
from ..context import Area, Change, UiContext
from ..record_tab import PATCH_LIMIT, RecordTab, TabAction, needs_row
from ..table import RecordModel
from . import actions, models

R = TypeVar("R")


@dataclass
class Filters:
    """What the filter bar asks for; None / "" means any."""

    client_id: int | None = None
    client_label: str = ""
    recipient_id: int | None = None
    state: ConsentState | None = None
    since: date | None = None
    until: date | None = None

    def in_range(self, day: date) -> bool:
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


def editing(tab: Any, _row: Any) -> bool:
    return bool(tab.writable and tab.context.can(Permission.EDIT_CLIENTS))


def editing_row(tab: Any, row: Any) -> bool:
    return row is not None and editing(tab, row)


def withdrawable(tab: Any, row: ConsentRow | None) -> bool:
    return editing_row(tab, row) and row is not None and row.state is not ConsentState.WITHDRAWN


def purging(tab: Any, _row: Any) -> bool:
    return bool(tab.writable and tab.context.can(Permission.DISPOSE_CLIENT))


class ConsentView(RecordTab[R]):
    """A table of the consent register; the tab hands it the shared filters."""

    AREA = Area.CONSENTS
    #: the count label's texts (one, several), in this class's context
    COUNT: ClassVar[tuple[str, str]] = ("", "")

    def __init__(self, context: UiContext, filters: Filters) -> None:
        self.filters = filters
        super().__init__(context)

    def count_text(self, shown: str, total: str, total_count: int, searching: bool) -> str:
        one, many = self.COUNT
        text = self._tr(one if total_count == 1 else many).format(total=total)
        if searching:
            text = QCoreApplication.translate("ConsentView", "{shown} of {all}").format(
                shown=shown, all=text
            )
        return text

    def changed_rows(self, change: Change) -> Sequence[R] | None:
        """Rows of this view's kind are patched; a change of another kind touches nothing."""
        if not change.rows:
            return None
        rows = [row for row in change.rows if isinstance(row, self.ROW_TYPE)]
        return rows if len(rows) <= PATCH_LIMIT else None

    def new_record(self) -> None:
        for declared in self.ACTIONS:
            if declared.name == "new" and self.action("new").isEnabled():
                getattr(self, declared.slot)()

    def show_saved(self, saved: Any) -> None:
        if saved is not None:
            self.show_record(int(saved.id))

    def reload_later(self) -> None:
        """The filters changed: reload now when shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()


class ConsentsView(ConsentView[ConsentRow]):
    KEY = "consents.consents"
    ROW_TYPE = ConsentRow
    SEARCH_HINT = str(
        QT_TRANSLATE_NOOP("ConsentsView", "Search client, recipient, data item or no. (Ctrl+F)")
    )
    EMPTY = str(QT_TRANSLATE_NOOP("ConsentsView", "No consents here. New consent… records one."))
    COUNT = (
        str(QT_TRANSLATE_NOOP("ConsentsView", "{total} consent")),
        str(QT_TRANSLATE_NOOP("ConsentsView", "{total} consents")),
    )
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("ConsentsView", "New consent…")),
            "new_consent",
            editing,
            permission=Permission.EDIT_CLIENTS,
        ),
        TabAction(
            "open",
            str(QT_TRANSLATE_NOOP("ConsentsView", "Open")),
            "open_selected",
            needs_row,
            on_row=True,
        ),
        TabAction(
            "withdraw",
            str(QT_TRANSLATE_NOOP("ConsentsView", "Withdraw…")),
            "withdraw",
            withdrawable,
            permission=Permission.EDIT_CLIENTS,
            separator=True,
            on_row=True,
        ),
        TabAction(
            "print",
            str(QT_TRANSLATE_NOOP("ConsentsView", "Print consent form…")),
            "print_form",
            needs_row,
            permission=Permission.PRINT_RECORD,
            on_row=True,
        ),
    )

    def make_model(self) -> RecordModel[ConsentRow]:
        return models.consent_model(self)

    def load(self) -> Sequence[ConsentRow]:
        f = self.filters
        rows = list_consents(
            self.context.ledger,
            self.context.actor,
            client_id=f.client_id,
            recipient_id=f.recipient_id,
        )
        return [
            r for r in rows if (f.state is None or r.state is f.state) and f.in_range(r.obtained_on)
        ]

    def new_consent(self) -> None:
        actions.new_consent(self)

    def open_selected(self) -> None:
        actions.open_consent(self)

    def withdraw(self) -> None:
        actions.withdraw(self)

    def print_form(self) -> None:
        actions.print_form(self)


class ProvisionsView(ConsentView[ProvisionRow]):
    KEY = "consents.provisions"
    ROW_TYPE = ProvisionRow
    SEARCH_HINT = str(
        QT_TRANSLATE_NOOP("ProvisionsView", "Search client, recipient, consent or no. (Ctrl+F)")
    )
    EMPTY = str(
        QT_TRANSLATE_NOOP("ProvisionsView", "No provisions here. Record provision… adds one.")
    )
    COUNT = (
        str(QT_TRANSLATE_NOOP("ProvisionsView", "{total} provision")),
        str(QT_TRANSLATE_NOOP("ProvisionsView", "{total} provisions")),
    )
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("ProvisionsView", "Record provision…")),
            "new_provision",
            editing,
            permission=Permission.EDIT_CLIENTS,
        ),
        TabAction(
            "open",
            str(QT_TRANSLATE_NOOP("ProvisionsView", "Show record")),
            "open_selected",
            needs_row,
            on_row=True,
        ),
        TabAction(
            "purge",
            str(QT_TRANSLATE_NOOP("ProvisionsView", "Purge expired records…")),
            "purge",
            purging,
            permission=Permission.DISPOSE_CLIENT,
            separator=True,
        ),
    )

    def make_model(self) -> RecordModel[ProvisionRow]:
        return models.provision_model(self)

    def load(self) -> Sequence[ProvisionRow]:
        f = self.filters
        rows = list_provisions(
            self.context.ledger,
            self.context.actor,
            client_id=f.client_id,
            recipient_id=f.recipient_id,
        )
        return [r for r in rows if f.in_range(r.provided_on)]

    def new_provision(self) -> None:
        actions.new_provision(self)

    def open_selected(self) -> None:
        actions.show_provision_record(self)

    def purge(self) -> None:
        actions.purge(self)


class ReceiptsView(ConsentView[ReceiptRow]):
    KEY = "consents.receipts"
    ROW_TYPE = ReceiptRow
    SEARCH_HINT = str(QT_TRANSLATE_NOOP("ReceiptsView", "Search client, provider or no. (Ctrl+F)"))
    EMPTY = str(QT_TRANSLATE_NOOP("ReceiptsView", "No receipts here. Record receipt… adds one."))
    COUNT = (
        str(QT_TRANSLATE_NOOP("ReceiptsView", "{total} receipt")),
        str(QT_TRANSLATE_NOOP("ReceiptsView", "{total} receipts")),
    )
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("ReceiptsView", "Record receipt…")),
            "new_receipt",
            editing,
            permission=Permission.EDIT_CLIENTS,
        ),
    )

    def make_model(self) -> RecordModel[ReceiptRow]:
        return models.receipt_model(self)

    def load(self) -> Sequence[ReceiptRow]:
        f = self.filters
        rows = list_receipts(self.context.ledger, self.context.actor, client_id=f.client_id)
        return [r for r in rows if f.in_range(r.received_on)]

    def new_receipt(self) -> None:
        actions.new_receipt(self)


class RecipientsView(ConsentView[Recipient]):
    KEY = "consents.recipients"
    ROW_TYPE = Recipient
    SEARCH_HINT = str(QT_TRANSLATE_NOOP("RecipientsView", "Search name or address (Ctrl+F)"))
    EMPTY = str(
        QT_TRANSLATE_NOOP("RecipientsView", "No recipients yet. New recipient… adds the first.")
    )
    COUNT = (
        str(QT_TRANSLATE_NOOP("RecipientsView", "{total} recipient")),
        str(QT_TRANSLATE_NOOP("RecipientsView", "{total} recipients")),
    )
    ACTIONS = (
        TabAction(
            "new",
            str(QT_TRANSLATE_NOOP("RecipientsView", "New recipient…")),
            "new_recipient",
            editing,
            permission=Permission.EDIT_CLIENTS,
        ),
        TabAction(
            "open",
            str(QT_TRANSLATE_NOOP("RecipientsView", "Edit…")),
            "open_selected",
            editing_row,
            on_row=True,
        ),
    )

    def make_model(self) -> RecordModel[Recipient]:
        return models.recipient_model(self)

    def load(self) -> Sequence[Recipient]:
        return list_recipients(self.context.ledger, self.context.actor)

    def new_recipient(self) -> None:
        actions.edit_recipient(self, None)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None and editing(self, row):
            actions.edit_recipient(self, row)


VIEWS: tuple[type[ConsentView[Any]], ...] = (
    ConsentsView,
    ProvisionsView,
    ReceiptsView,
    RecipientsView,
)
