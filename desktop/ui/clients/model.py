"""The client table's columns, declared once as data over the service's light rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from ...services.clients import ClientRow, ClientStanding, ClientStatus
from ...services.purposes import short_title
from ...services.retention import is_due
from ...services.textsearch import fold
from ..table import CENTER, DUE_COLOUR, OVERDUE_COLOUR, Column, RecordModel, date_column

_STATUS_WORDS = {
    ClientStanding.ACTIVE: str(QT_TRANSLATE_NOOP("ClientModel", "Active")),
    ClientStanding.PAST_RETENTION: str(QT_TRANSLATE_NOOP("ClientModel", "Past retention")),
    ClientStanding.DUE_FOR_DISPOSAL: str(QT_TRANSLATE_NOOP("ClientModel", "Due for disposal")),
    ClientStanding.DISPOSED: str(QT_TRANSLATE_NOOP("ClientModel", "Disposed")),
}
_STATUS_ORDER = {standing: number for number, standing in enumerate(_STATUS_WORDS)}
#: the statuses that ask for action, in the colour of things due
_CALLING = {
    ClientStanding.PAST_RETENTION: OVERDUE_COLOUR,
    ClientStanding.DUE_FOR_DISPOSAL: DUE_COLOUR,
}


def status_word(standing: ClientStanding | ClientStatus) -> str:
    """ "Active", "Past retention"...: a stored status reads as the standing of that name."""
    return QCoreApplication.translate("ClientModel", _STATUS_WORDS[ClientStanding(standing.value)])


def status_colour(standing: ClientStanding) -> QColor | None:
    return _CALLING.get(standing)


class Col(IntEnum):
    """The columns by position, for the tab and the tests."""

    NUMBER = 0
    NAME = 1
    KANA = 2
    PHONE = 3
    EMAIL = 4
    PURPOSES = 5
    SENSITIVE = 6
    STATUS = 7
    RETENTION_END = 8


def is_disposed(row: ClientRow) -> bool:
    """The rule hiding a row until "Show disposed" is ticked: only the tombstone is left."""
    return row.status is ClientStatus.DISPOSED


def number_key(row: ClientRow) -> tuple[int, str]:
    # "C-000123": the width may grow past six digits one day, so length first.
    return len(row.number), row.number


class ClientModel(RecordModel[ClientRow]):
    """Every client row; "today" and the purposes' titles colour and explain the cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.today = date.today()
        self.purpose_titles: dict[int, str] = {}
        columns: tuple[Column[ClientRow], ...] = (
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Client no.")),
                lambda r: r.number,
                number_key,
                sample="C-000000",
            ),
            # Japanese names sort by their reading, as in any office register.
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Name")),
                lambda r: r.name,
                lambda r: (fold(r.kana), r.name),
                sample="長谷川 美智子子",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Kana")),
                lambda r: r.kana,
                lambda r: fold(r.kana),
                sample="ハセガワ ミチコミチ",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Phone")),
                lambda r: r.phone,
                lambda r: fold(r.phone),
                sample="090-0000-0000",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "E-mail")),
                lambda r: r.email,
                lambda r: r.email.casefold(),
                sample="takeshi.yamamoto@example.com",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Purposes")),
                self._purposes_text,
                lambda r: r.purposes,
                tooltip=self._purposes_tooltip,
                sample="1 官公署提出, 2 本人確認・請求",
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Sensitive")),
                lambda r: QCoreApplication.translate("ClientModel", "Yes") if r.sensitive else "",
                lambda r: not r.sensitive,  # flagged first when ascending
                alignment=CENTER,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Status")),
                lambda r: status_word(r.standing(self.today)),
                lambda r: _STATUS_ORDER[r.standing(self.today)],
                foreground=lambda r: status_colour(r.standing(self.today)),
                tooltip=self._retention_tooltip,
                sample=max(map(status_word, ClientStanding), key=len),
            ),
            date_column(
                str(QT_TRANSLATE_NOOP("ClientModel", "Keep until")),
                lambda r: r.retention_end,
                foreground=lambda r: OVERDUE_COLOUR if self._overdue(r) else None,
                tooltip=self._retention_tooltip,
            ),
        )
        super().__init__(
            columns,
            "ClientModel",
            key=lambda r: r.id,
            search_key=lambda r: r.search_key,
            tie_key=number_key,
            muted=is_disposed,
            muted_tooltip=str(
                QT_TRANSLATE_NOOP(
                    "ClientModel",
                    "Disposed: the personal data was deleted; the client number remains.",
                )
            ),
            parent=parent,
        )

    def set_rows(self, rows: Sequence[ClientRow], *, today: date | None = None) -> None:
        """Replace every row, as of ``today`` (default: the real today)."""
        self.today = today or date.today()
        self.replace_all(rows)

    def set_purpose_titles(self, titles: dict[int, str]) -> None:
        """Purpose number → title, for the tooltip of the purposes column."""
        self.purpose_titles = dict(titles)
        self.refresh_column(Col.PURPOSES, Qt.ItemDataRole.DisplayRole)
        self.refresh_column(Col.PURPOSES, Qt.ItemDataRole.ToolTipRole)

    def _overdue(self, row: ClientRow) -> bool:
        return is_due(row.retention_end, self.today)

    def _purposes_text(self, row: ClientRow) -> str:
        """ "1 官公署提出, 3 質問・相談": each number with its purpose's short name."""
        titles = self.purpose_titles
        return ", ".join(
            f"{number} {short_title(titles.get(number, ''))}".strip() for number in row.purposes
        )

    def _purposes_tooltip(self, row: ClientRow) -> str | None:
        titles = self.purpose_titles
        lines = (f"{number}. {titles.get(number, '')}".rstrip() for number in row.purposes)
        return "\n".join(lines) or None

    def _retention_tooltip(self, row: ClientRow) -> str | None:
        if not self._overdue(row):
            return None
        return QCoreApplication.translate("ClientModel", "The retention period is over.")
