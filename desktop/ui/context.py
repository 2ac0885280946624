"""What every part of the window is given: the open ledger, who is acting, and the hub."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, QSettings, Signal

from ..services.ledger import Ledger
from ..services.permissions import Actor, Permission, allowed


class Area(Enum):
    """The parts of the ledger a change can touch; each view listens for its own."""

    CLIENTS = "clients"
    PURPOSES = "purposes"
    CONSENTS = "consents"
    CONTRACTORS = "contractors"
    INCIDENTS = "incidents"
    REQUESTS = "requests"
    POLICY = "policy"
    USERS = "users"
    SETTINGS = "settings"
    AUDIT = "audit"


@dataclass(frozen=True)
class Change:
    """What changed: an area, and the changed rows when the service returned them.

    A view patches ``rows`` into its table; with no rows (many changed, or the
    change was not saved) it reloads.
    """

    area: Area
    rows: tuple[object, ...] = ()


class Hub(QObject):
    """Tells every view what changed, so no view reaches into another."""

    #: a :class:`Change`
    changed = Signal(object)
    #: a view asks the window to show a record in another tab: (tab key, record id, area).
    #: The area is that of the record (``Area.value``); "" means the tab's own kind, else
    #: the tab shows what it has about that record (a client's consents, say).
    show_record = Signal(str, int, str)
    #: a save failed; the main window offers Retry / Save As (message to show)
    save_failed = Signal(str)
    #: the ledger was saved (after a failure was recovered, or any commit)
    saved = Signal()


@dataclass
class UiContext:
    """Handed to the main window and each tab in their constructors (no globals)."""

    ledger: Ledger
    actor: Actor
    hub: Hub
    #: per-user window state (geometry, column layout) in the INI settings file
    settings: QSettings

    def announce(self, area: Area, *rows: object) -> None:
        """Tell every view that ``area`` changed (``rows``: the changed rows, if known)."""
        self.hub.changed.emit(Change(area, rows))

    def can(self, permission: Permission) -> bool:
        return allowed(self.actor, permission)

    @classmethod
    def for_ledger(cls, ledger: Ledger, hub: Hub, settings_file: str) -> UiContext:
        """The context of whoever is logged in to ``ledger``; window state kept per user."""
        from .prefs import user_settings

        assert ledger.actor is not None, "nobody is logged in"
        return cls(ledger, ledger.actor, hub, user_settings(settings_file, ledger.actor.username))
