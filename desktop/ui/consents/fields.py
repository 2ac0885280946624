"""The consent register's form fields: pickers of client, recipient, purpose and data items."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListWidget, QListWidgetItem, QWidget

from ...services import clients, purposes
from ...services.clients import ClientStatus
from ...services.consents import list_data_items, list_recipients
from ..context import UiContext


class Picker(QComboBox):
    """A choice by id among labelled options; editable ones complete on any part typed."""

    def __init__(self, *, searchable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(searchable)
        if searchable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            assert completer is not None  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_options(self, options: Sequence[tuple[Any, str]], chosen: Any = None) -> None:
        self.blockSignals(True)
        self.clear()
        for value, label in options:
            self.addItem(label, value)
        self.blockSignals(False)
        self.choose(chosen)

    def choose(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        self.setCurrentIndex(index)
        if index < 0 and self.isEditable():
            self.setEditText("")

    def value(self) -> Any:
        """The chosen value; None when nothing (or text matching no option) is chosen."""
        index = self.currentIndex()
        if index < 0 or (self.isEditable() and self.currentText() != self.itemText(index)):
            return None
        return self.itemData(index)


def enum_options(values: Sequence[StrEnum], words: dict[Any, str], context: str) -> list[Any]:
    return [(value, QCoreApplication.translate(context, words[value])) for value in values]


class ItemsPicker(QListWidget):
    """The office's data items with a tick each; sensitive ones say so."""

    def set_items(self, context: UiContext, chosen: Sequence[int]) -> None:
        self.clear()
        sensitive = QCoreApplication.translate("ItemsPicker", "{name} (sensitive)")
        for item in list_data_items(context.ledger):
            if item.retired and item.id not in chosen:
                continue
            entry = QListWidgetItem(
                sensitive.format(name=item.name) if item.sensitive else item.name
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = item.id in chosen
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.addItem(entry)
        rows = min(max(self.count(), 4), 10)
        self.setMinimumHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth())

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() is Qt.CheckState.Checked
        )


def client_options(context: UiContext) -> list[tuple[int, str]]:
    """Every client whose data is kept, as "C-000012 山田 花子"."""
    rows = clients.list_clients(context.ledger, context.actor)
    return [(r.id, f"{r.number} {r.name}") for r in rows if r.status is not ClientStatus.DISPOSED]


def recipient_options(context: UiContext) -> list[tuple[int, str]]:
    return [(r.id, r.name) for r in list_recipients(context.ledger, context.actor)]


def purpose_options(context: UiContext, keep: int | None = None) -> list[tuple[int, str]]:
    return [
        (p.id, f"{p.number}. {p.title}")
        for p in purposes.list_purposes(context.ledger)
        if not p.retired or p.id == keep
    ]
