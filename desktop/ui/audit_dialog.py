"""Admin ▸ Audit log: the events, newest first, a filter, and whether the chain is intact."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import audit, audit_labels
from ..services.audit import AuditRow, ChainReport
from . import operations, workers
from .audit_names import action_name, record_name
from .context import Area, UiContext
from .dates import show_time
from .fields import ERROR_COLOR, OK_COLOR
from .i18n import translated
from .table import RIGHT, Column, RecordModel, compact_table

LIMIT = 5000


class AuditDialog(QDialog):
    """Read-only: the audit log is append-only through the program."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Audit log"))
        self.filter = QLineEdit()
        self.filter.setObjectName("audit_filter")
        self.filter.setPlaceholderText(self.tr("Filter by user, record or text"))
        self.filter.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.addItem(self.tr("All actions"), "")
        #: what the records of the shown events are called now (looked up at each reload)
        self.labels: audit_labels.Labels = {}
        self.model = RecordModel(self._columns(), "AuditDialog", key=lambda r: r.seq, parent=self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        compact_table(self.table, stretch_last=True)
        self.count = QLabel()
        self.chain = QLabel()
        self.chain.setObjectName("chain_status")
        top = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        top.addWidget(filter_label)
        top.addWidget(self.filter, 2)
        top.addWidget(self.action, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._debounce.start)
        self.action.currentIndexChanged.connect(self.reload)
        self.reload()
        self._fill_actions()
        self._verify()
        self.resize(900, 560)

    @classmethod
    def run(cls, parent: QWidget | None, context: UiContext) -> None:
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

    def _columns(self) -> tuple[Column[AuditRow], ...]:
        def record(row: AuditRow) -> str:
            label = self.labels.get((row.entity, row.entity_id), "")
            return record_name(row.entity, row.entity_id, label)

        return (
            Column(
                str(QT_TRANSLATE_NOOP("AuditDialog", "No.")), lambda r: str(r.seq), alignment=RIGHT
            ),
            Column(
                str(QT_TRANSLATE_NOOP("AuditDialog", "Time")),
                lambda r: show_time(r.at, seconds=True),
            ),
            Column(str(QT_TRANSLATE_NOOP("AuditDialog", "User")), lambda r: r.username),
            Column(
                str(QT_TRANSLATE_NOOP("AuditDialog", "Action")), lambda r: action_name(r.action)
            ),
            Column(str(QT_TRANSLATE_NOOP("AuditDialog", "Record")), record),
            Column(str(QT_TRANSLATE_NOOP("AuditDialog", "Details")), lambda r: r.summary),
        )

    def reload(self) -> None:
        context = self.context
        rows = operations.run_op(
            self,
            context,
            lambda: audit.list_events(
                context.ledger,
                context.actor,
                text=self.filter.text().strip(),
                action=str(self.action.currentData() or ""),
                limit=LIMIT,
            ),
        )
        self.labels = (
            operations.run_op(
                self,
                context,
                lambda: audit_labels.record_labels(context.ledger, context.actor, rows or []),
            )
            or {}
        )
        self.model.replace_all(rows or [])
        self.table.resizeColumnsToContents()
        shown = len(self.model.rows())
        text = (
            self.tr("The newest %1 events are shown; filter to find older ones.")
            if shown >= LIMIT
            else self.tr("%1 events")
        )
        self.count.setText(text.replace("%1", f"{shown:,}"))

    def _fill_actions(self) -> None:
        names = {row.action: action_name(row.action) for row in self.model.rows()}
        for action, name in sorted(names.items(), key=lambda item: item[1]):
            self.action.addItem(name, action)

    def _verify(self) -> None:
        self.chain.setText(self.tr("Checking the audit trail…"))
        ledger = self.context.ledger
        workers.start(lambda _progress: ledger.verify_chain(), self._verified, workers.report_bug)

    def _verified(self, report: ChainReport) -> None:
        if report.ok:
            text = self.tr("Audit trail intact: all %1 events verified.").replace(
                "%1", f"{report.events:,}"
            )
            color = OK_COLOR
        else:
            text = (
                self.tr("Audit trail BROKEN at event %1: %2. Tell the office manager.")
                .replace("%1", str(report.first_broken))
                .replace("%2", translated(report.problem))
            )
            color = ERROR_COLOR
        self.chain.setText(text)
        self.chain.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.context.announce(Area.AUDIT)
