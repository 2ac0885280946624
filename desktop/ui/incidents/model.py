"""The incident table's columns, declared once as data over the service's light rows.

"Days left" counts to the report owed next (preliminary, then final): orange
when a week or less is left, red at two days or less, and an overdue report
reads "⚠ n days overdue" in red, so it cannot be mistaken for a count.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from ...reports.incident_labels import CONTEXT as LABELS
from ...reports.incident_labels import label
from ...services.incidents import Due, Duty, IncidentRow, Report, Stage, recompute_deadlines
from ...services.textsearch import fold
from ..table import DUE_COLOUR, OVERDUE_COLOUR, RIGHT, Column, RecordModel

_CONTEXT = "IncidentModel"


def word(value: object) -> str:
    """A choice's name in the window's language (kinds, stages, reports...)."""
    return QCoreApplication.translate(LABELS, label(value))  # type: ignore[arg-type]


class Col(IntEnum):
    """The columns by position, for the tab and the tests."""

    NUMBER = 0
    TITLE = 1
    KIND = 2
    KNOWN = 3
    STAGE = 4
    DUTY = 5
    NEXT = 6
    DUE = 7
    DAYS_LEFT = 8


def days_left_text(row: IncidentRow) -> str:
    upcoming = row.next_deadline
    if upcoming is None:
        return ""
    left = upcoming.days_left
    if left < 0:
        return QCoreApplication.translate("IncidentModel", "⚠ {days} days overdue").format(
            days=-left
        )
    if left == 0:
        return QCoreApplication.translate("IncidentModel", "Due today")
    if left == 1:
        return QCoreApplication.translate("IncidentModel", "1 day")
    return QCoreApplication.translate("IncidentModel", "{days} days").format(days=left)


def days_left_colour(row: IncidentRow) -> QColor | None:
    upcoming = row.next_deadline
    if upcoming is None:
        return None
    if upcoming.due_state in (Due.OVERDUE, Due.URGENT):
        return OVERDUE_COLOUR
    return DUE_COLOUR if upcoming.due_state is Due.SOON else None


def days_left_key(row: IncidentRow) -> tuple[bool, int]:
    """Most urgent first when ascending; incidents owing no report last."""
    upcoming = row.next_deadline
    return upcoming is None, upcoming.days_left if upcoming else 0


def number_key(row: IncidentRow) -> tuple[int, str]:
    return len(row.number), row.number


def is_closed(row: IncidentRow) -> bool:
    """The rule hiding a row until "Show closed" is ticked."""
    return row.stage is Stage.CLOSED


def search_key(row: IncidentRow) -> str:
    return fold(f"{row.number} {row.title}")


class IncidentModel(RecordModel[IncidentRow]):
    """Every incident row, with the report each owes next and the days left for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.today = date.today()
        #: folded search keys by (number, title): a reload folds only what changed
        self._folded: dict[tuple[str, str], str] = {}
        columns: tuple[Column[IncidentRow], ...] = (
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Incident no.")),
                lambda r: r.number,
                number_key,
                sample="I-000000",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Title")),
                lambda r: r.title,
                lambda r: fold(r.title),
                sample="メール誤送信 / E-mail sent to the wrong",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Kind")),
                lambda r: word(r.kind),
                sample="Damage or falsification",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Office knew")),
                lambda r: r.known_on.isoformat(),
                lambda r: r.known_on,
                alignment=RIGHT,
                sample="2026-12-31",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Stage")),
                lambda r: word(r.stage),
                lambda r: list(Stage).index(r.stage),
                sample="Preliminary report sent",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Report to the PPC")),
                lambda r: word(r.duty),
                lambda r: (r.duty is not Duty.REQUIRED, r.duty is not Duty.UNDECIDED),
                foreground=lambda r: DUE_COLOUR if r.duty is Duty.UNDECIDED else None,
                tooltip=self._duty_tooltip,
                sample="No report required",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Next report")),
                lambda r: word(r.next_deadline.report) if r.next_deadline else "",
                lambda r: r.next_deadline.report if r.next_deadline else "",
                sample="Preliminary report",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Due")),
                lambda r: r.next_deadline.due.isoformat() if r.next_deadline else "",
                lambda r: (r.next_deadline is None, r.next_deadline.due if r.next_deadline else 0),
                alignment=RIGHT,
                sample="2026-12-31",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("IncidentModel", "Days left")),
                days_left_text,
                days_left_key,
                alignment=RIGHT,
                foreground=days_left_colour,
                tooltip=self._due_tooltip,
                sample="⚠ 100 days overdue",
            ),
        )
        super().__init__(
            columns,
            _CONTEXT,
            key=lambda r: r.id,
            search_key=self._search_key,
            tie_key=number_key,
            muted=is_closed,
            parent=parent,
        )

    def _search_key(self, row: IncidentRow) -> str:
        key = (row.number, row.title)
        folded = self._folded.get(key)
        if folded is None:
            folded = self._folded[key] = search_key(row)
        return folded

    def new_day(self, today: date) -> None:
        """Count every open incident's deadlines again (the window stayed open past midnight)."""
        self.today = today
        self.replace_all(recompute_deadlines(list(self.rows()), today))

    def _duty_tooltip(self, row: IncidentRow) -> str | None:
        if not row.types:
            return None
        return "\n".join(word(t) for t in row.types)

    def _due_tooltip(self, row: IncidentRow) -> str | None:
        upcoming = row.next_deadline
        if upcoming is None or row.deadlines is None:
            return None
        text = QCoreApplication.translate(
            "IncidentModel", "Preliminary report target {preliminary}; final report due {final}"
        )
        return text.format(
            preliminary=row.deadlines.preliminary_target.isoformat(),
            final=row.deadlines.final_due.isoformat(),
        )


__all__ = ["Col", "IncidentModel", "Report", "days_left_text", "is_closed"]
