"""The base of every tab: its own toolbar, search box, table and detail form."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from ..services.permissions import Actor
from .context import UiContext


class Tab(QWidget):
    """A page of the main window. The main window builds its tabs from a tuple of these."""

    #: the English title, declared as ``str(QT_TRANSLATE_NOOP("Tab", "..."))`` so that
    #: lupdate finds it; shown translated through :meth:`title`
    TITLE: ClassVar[str] = ""
    #: a stable name for saved state (column layout) and for returning to it after unlock
    KEY: ClassVar[str] = ""
    #: the tab's title changed (a count in it, say); the window shows the new text
    title_changed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"tab_{self.KEY}")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Tab", cls.TITLE)

    def current_title(self) -> str:
        """The title as the window shows it now (a tab may add a count to it)."""
        return self.title()

    @classmethod
    def available(cls, actor: Actor) -> bool:
        """Whether this role sees the tab at all."""
        return True

    def refresh(self) -> None:
        """Reload what is shown from the services."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""

    def new_record(self) -> None:
        """Ctrl+N: start a new record of this tab's kind."""

    def show_record(self, record_id: int) -> bool:
        """Select one record (another tab asked, through the window); False when not found."""
        return False

    def show_related(self, area: str, record_id: int) -> bool:
        """Show what this tab holds about a record of another area; False when nothing."""
        return False

    def save_state(self) -> None:
        """Remember column widths and order in ``context.settings``."""

    def restore_state(self) -> None:
        """Apply what :meth:`save_state` remembered."""
