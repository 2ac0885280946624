"""The dialogs the main window's menus open (Admin and Help): each runs over the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..services import policies
from .about import AboutDialog, PolicyDialog
from .audit_dialog import AuditDialog
from .context import UiContext
from .file_state import SaveGuard
from .office_settings_dialog import OfficeSettingsDialog
from .policy_version_dialog import PolicyVersionDialog
from .recovery_key import issue_new_recovery_key
from .users_dialog import UsersDialog


class MenuDialogs:
    """Mixed into the main window: the menus name these methods (ui/menus.py)."""

    context: UiContext | None
    language: str
    saving: SaveGuard
    places_data_dir: Path

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def show_users(self) -> None:
        if self.context is not None:
            UsersDialog.run(self._parent(), self.context)
        self._after_dialog()

    def show_settings(self) -> None:
        if self.context is not None:
            OfficeSettingsDialog.run(self._parent(), self.context)
        self._after_dialog()

    def show_audit(self) -> None:
        if self.context is not None:
            AuditDialog.run(self._parent(), self.context)
        self._after_dialog()

    def new_recovery_key(self) -> None:
        if self.context is not None:
            issue_new_recovery_key(self._parent(), self.context)
        self._after_dialog()

    def show_policy(self) -> None:
        context, current = self.context, None
        if context is not None:  # the version in force, as the ledger records it
            current = policies.current_version(context.ledger, context.actor, self.language)
        PolicyDialog.run(self._parent(), self.language, current)

    def record_policy(self) -> None:
        if self.context is not None:
            PolicyVersionDialog.run(self._parent(), self.context, self.language)
        self._after_dialog()

    def show_about(self) -> None:
        AboutDialog.run(self._parent(), self.places_data_dir)

    def _after_dialog(self) -> None:
        """A dialog may have saved, or failed to; the bars say which."""
        self.saving.check()
