"""What every part of the window is given: the open ledger, who is acting, and the hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from ..services.ledger import Ledger
from ..services.permissions import Actor, Permission, allowed


class Hub(QObject):
    """Tells every view what changed, so no view reaches into another."""

    #: an area of the ledger changed ("clients", "users", "settings", "purposes", ...)
    changed = Signal(str)
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

    def can(self, permission: Permission) -> bool:
        return allowed(self.actor, permission)

    @classmethod
    def for_ledger(cls, ledger: Ledger, hub: Hub, settings_file: str) -> UiContext:
        """The context of whoever is logged in to ``ledger``; window state kept per user."""
        from .prefs import user_settings

        assert ledger.actor is not None, "nobody is logged in"
        return cls(ledger, ledger.actor, hub, user_settings(settings_file, ledger.actor.username))
