"""The Consents tab: four tables under one filter bar (client, recipient, state, dates)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.consents.types import ConsentState
from ..context import UiContext
from ..fields import DateError, DateField
from ..tab import Tab
from .fields import Picker, recipient_options
from .models import state_word
from .views import VIEWS, ConsentView, Filters


class ConsentsTab(Tab):
    """Consents, provisions, receipts and recipients, each a table of the record kit."""

    KEY = "consents"
    TITLE = str(QT_TRANSLATE_NOOP("Tab", "Consents"))
    #: the sub-views' titles, in their order
    VIEW_TITLES = (
        str(QT_TRANSLATE_NOOP("ConsentsTab", "Consents")),
        str(QT_TRANSLATE_NOOP("ConsentsTab", "Provisions")),
        str(QT_TRANSLATE_NOOP("ConsentsTab", "Receipts")),
        str(QT_TRANSLATE_NOOP("ConsentsTab", "Recipients")),
    )

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = Filters()
        self.views: list[ConsentView[Any]] = [view(context, self.filters) for view in VIEWS]
        self.switch = QTabWidget()
        self.switch.setObjectName("consents_switch")
        self.switch.setDocumentMode(True)
        for view, title in zip(self.views, self.VIEW_TITLES, strict=True):
            self.switch.addTab(view, self.tr(title))

        self.client_label = QLabel()
        self.client_clear = QToolButton()
        self.client_clear.setText(self.tr("All clients"))
        self.client_clear.clicked.connect(lambda: self.show_client(None))
        self.recipient = Picker()
        self.state = Picker()
        self.since = DateField(self.tr("from"))
        self.until = DateField(self.tr("until"))
        bar = QHBoxLayout()
        bar.addWidget(self.client_label)
        bar.addWidget(self.client_clear)
        bar.addWidget(QLabel(self.tr("Recipient")))
        bar.addWidget(self.recipient, 2)
        bar.addWidget(QLabel(self.tr("State")))
        bar.addWidget(self.state, 1)
        bar.addWidget(QLabel(self.tr("Dates")))
        bar.addWidget(self.since, 1)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.until, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.switch, 1)

        states = [(None, self.tr("Any"))] + [
            (s, state_word(s))
            for s in (ConsentState.ACTIVE, ConsentState.WITHDRAWN, ConsentState.EXPIRED)
        ]
        self.state.set_options(states, None)
        self.state.setCurrentIndex(0)
        self._show_client_filter()
        self.recipient.currentIndexChanged.connect(self._filter)
        self.state.currentIndexChanged.connect(self._filter)
        self.since.edited.connect(self._filter)
        self.until.edited.connect(self._filter)
        self.switch.currentChanged.connect(self._follow_view)
        self._follow_view()

    # --- Tab -----------------------------------------------------------------------------

    @property
    def current(self) -> ConsentView[Any]:
        return self.views[self.switch.currentIndex()]

    def refresh(self) -> None:
        self._load_recipients()
        for view in self.views:
            view.reload_later()

    def focus_search(self) -> None:
        self.current.focus_search()

    def new_record(self) -> None:
        self.current.new_record()

    def show_record(self, record_id: int) -> bool:
        """Show a consent (another tab asked)."""
        self.switch.setCurrentIndex(0)
        return self.views[0].show_record(record_id)

    def show_client(self, client_id: int | None, label: str = "") -> None:
        """Only this client's consents, provisions and receipts (None: every client's)."""
        self.filters.client_id, self.filters.client_label = client_id, label
        self._show_client_filter()
        for view in self.views:
            view.reload_later()

    def save_state(self) -> None:
        for view in self.views:
            view.save_state()

    def restore_state(self) -> None:
        for view in self.views:
            view.restore_state()

    # --- filters -------------------------------------------------------------------------

    def _load_recipients(self) -> None:
        chosen = self.recipient.value()
        self.recipient.blockSignals(True)
        self.recipient.set_options([(None, self.tr("Any")), *recipient_options(self.context)])
        self.recipient.choose(chosen)
        if self.recipient.currentIndex() < 0:
            self.recipient.setCurrentIndex(0)
        self.recipient.blockSignals(False)

    def _show_client_filter(self) -> None:
        shown = self.filters.client_id is not None
        self.client_label.setText(
            self.tr("Client: {client}").format(client=self.filters.client_label)
        )
        self.client_label.setVisible(shown)
        self.client_clear.setVisible(shown)

    def _filter(self) -> None:
        f = self.filters
        f.recipient_id = self.recipient.value()
        f.state = self.state.value()
        try:
            f.since, f.until = self.since.date(), self.until.date()
        except DateError:
            return  # the field says what is wrong; the tables stay as they are
        for view in self.views:
            view.reload_later()

    def _follow_view(self) -> None:
        # Receipts have no recipient, recipients no state or dates.
        index = self.switch.currentIndex()
        self.recipient.setEnabled(index in (0, 1))
        self.state.setEnabled(index == 0)
        self.since.setEnabled(index < 3)
        self.until.setEnabled(index < 3)

    def showEvent(self, event: Any) -> None:
        if self.recipient.count() == 0:
            self._load_recipients()
        super().showEvent(event)
