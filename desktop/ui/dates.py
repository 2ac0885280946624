"""Dates and times as the window shows them: 2026年11月25日 in Japanese, 2026-11-25 in English.

Every date a person reads in the window (tables, forms, the status bar,
dialogs) goes through :func:`show_date`, so the two languages never mix. The
form is the translation of a Qt date format (context "Dates"), so it follows
the interface language. Printed forms that an office files use the era
instead: :func:`desktop.jpdates.printed_date`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime

CONTEXT = "Dates"
#: Qt date formats; the Japanese translation writes 年月日 without zero padding
DATE_FORMAT = QT_TRANSLATE_NOOP("Dates", "yyyy-MM-dd")
DATE_TIME_FORMAT = QT_TRANSLATE_NOOP("Dates", "yyyy-MM-dd HH:mm")
DATE_TIME_SECONDS_FORMAT = QT_TRANSLATE_NOOP("Dates", "yyyy-MM-dd HH:mm:ss")


def show_date(value: dt.date | None) -> str:
    """A date as the interface writes it; "" for no date."""
    if value is None:
        return ""
    day = QDate(value.year, value.month, value.day)
    return day.toString(QCoreApplication.translate(CONTEXT, str(DATE_FORMAT)))


def show_time(value: dt.datetime, *, seconds: bool = False) -> str:
    """A moment in local time, with its date (an aware ``value`` is converted)."""
    local = value.astimezone() if value.tzinfo is not None else value
    moment = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    pattern = DATE_TIME_SECONDS_FORMAT if seconds else DATE_TIME_FORMAT
    return moment.toString(QCoreApplication.translate(CONTEXT, str(pattern)))
