"""The main window's menus, declared as data: each item's text, slot, shortcut and need."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class Needs(Enum):
    """When an item can be used."""

    ALWAYS = "always"
    SESSION = "session"  # somebody is logged in (not locked)
    WRITABLE = "writable"  # logged in to a ledger opened for writing
    MANAGER = "manager"  # a manager is logged in


@dataclass(frozen=True)
class Item:
    """A menu item; the window gets it as ``<name>_action`` and calls its method ``slot``."""

    name: str
    text: str  # untranslated, context "MainWindow"
    slot: str
    shortcut: str | QKeySequence.StandardKey | None = None
    needs: Needs = Needs.SESSION


#: a line between items
SEPARATOR = None
#: where the File menu lists the languages
LANGUAGES = "languages"


@dataclass(frozen=True)
class Menu:
    name: str
    title: str
    items: tuple[Item | str | None, ...]
    needs: Needs = Needs.ALWAYS


MENUS = (
    Menu(
        "file",
        str(QT_TRANSLATE_NOOP("MainWindow", "&File")),
        (
            Item("lock", str(QT_TRANSLATE_NOOP("MainWindow", "&Lock")), "lock", "Ctrl+L"),
            Item(
                "password",
                str(QT_TRANSLATE_NOOP("MainWindow", "Change my &password…")),
                "change_password",
                needs=Needs.WRITABLE,
            ),
            Item("backup", str(QT_TRANSLATE_NOOP("MainWindow", "&Back up to…")), "backup_now"),
            LANGUAGES,
            SEPARATOR,
            Item(
                "quit",
                str(QT_TRANSLATE_NOOP("MainWindow", "&Quit")),
                "close",
                QKeySequence.StandardKey.Quit,
                Needs.ALWAYS,
            ),
        ),
    ),
    Menu(
        "record",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Record")),
        (
            Item(
                "new",
                str(QT_TRANSLATE_NOOP("MainWindow", "&New")),
                "new_record",
                QKeySequence.StandardKey.New,
            ),
            Item(
                "find",
                str(QT_TRANSLATE_NOOP("MainWindow", "&Search")),
                "focus_search",
                QKeySequence.StandardKey.Find,
            ),
        ),
        Needs.SESSION,
    ),
    Menu(
        "admin",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Admin")),
        (
            Item("users", str(QT_TRANSLATE_NOOP("MainWindow", "&Users…")), "show_users"),
            Item(
                "settings",
                str(QT_TRANSLATE_NOOP("MainWindow", "Office &settings…")),
                "show_settings",
            ),
            Item("audit", str(QT_TRANSLATE_NOOP("MainWindow", "&Audit log…")), "show_audit"),
            SEPARATOR,
            Item(
                "restore",
                str(QT_TRANSLATE_NOOP("MainWindow", "Res&tore from backup…")),
                "restore_backup",
            ),
            Item(
                "recovery_key",
                str(QT_TRANSLATE_NOOP("MainWindow", "New recovery &key…")),
                "new_recovery_key",
            ),
        ),
        Needs.MANAGER,
    ),
    Menu(
        "help",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Help")),
        (
            Item(
                "policy",
                str(QT_TRANSLATE_NOOP("MainWindow", "&Privacy policy")),
                "show_policy",
                needs=Needs.ALWAYS,
            ),
            Item(
                "record_policy",
                str(QT_TRANSLATE_NOOP("MainWindow", "Record a &new privacy policy version…")),
                "record_policy",
                needs=Needs.MANAGER,
            ),
            Item(
                "about",
                str(QT_TRANSLATE_NOOP("MainWindow", "&About Privacy Ledger")),
                "show_about",
                needs=Needs.ALWAYS,
            ),
        ),
    ),
)

# Manager-only menus make their items manager-only too.
ITEMS: tuple[tuple[Item, Needs], ...] = tuple(
    (item, Needs.MANAGER if menu.needs is Needs.MANAGER else item.needs)
    for menu in MENUS
    for item in menu.items
    if isinstance(item, Item)
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MenuBar:
    """Builds :data:`MENUS` on a window and enables each item by what it needs."""

    def __init__(self, window: QMainWindow, languages: Any) -> None:
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._needs: dict[str, Needs] = {}
        bar = window.menuBar()
        for menu in MENUS:
            widget = bar.addMenu(_tr(menu.title))
            self.menus[menu.name] = widget
            for item in menu.items:
                if item is SEPARATOR:
                    widget.addSeparator()
                elif item == LANGUAGES:
                    languages(widget)
                elif isinstance(item, Item):
                    action = QAction(_tr(item.text), window)
                    if item.shortcut is not None:
                        action.setShortcut(QKeySequence(item.shortcut))
                    action.triggered.connect(getattr(window, item.slot))
                    window.addAction(action)  # shortcuts work while the menu bar is hidden
                    widget.addAction(action)
                    self.actions[item.name] = action
        self._needs = {item.name: needs for item, needs in ITEMS}

    def follow(self, *, session: bool, writable: bool, manager: bool) -> None:
        """Enable what can be used now; show a menu only to whom it is for."""
        met = {
            Needs.ALWAYS: True,
            Needs.SESSION: session,
            Needs.WRITABLE: session and writable,
            Needs.MANAGER: session and manager,
        }
        for name, action in self.actions.items():
            action.setEnabled(met[self._needs[name]])
            if self._needs[name] is Needs.MANAGER:  # a clerk does not see what is not theirs
                action.setVisible(met[Needs.MANAGER])
        for menu in MENUS:
            self.menus[menu.name].menuAction().setVisible(met[menu.needs])
