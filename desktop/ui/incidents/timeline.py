"""An incident's timeline (stages and actions, oldest first) and its send log of notices."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget

from ...services.incidents import IncidentDetail
from .model import word


def timeline_lines(detail: IncidentDetail) -> list[str]:
    """One line per stage reached and per action, in the order they happened."""
    entries: list[tuple[datetime, int, str]] = []
    for stage in detail.stages:
        at = datetime.combine(stage.reached_on, time.min)
        note = f" — {stage.note}" if stage.note else ""
        text = f"{stage.reached_on.isoformat()}　【{word(stage.stage)}】 {stage.by}{note}"
        entries.append((at, 0, text))
    for action in detail.actions:
        local = action.at.astimezone()
        text = f"{local:%Y-%m-%d %H:%M}　{word(action.kind)}: {action.text} ({action.by})"
        entries.append((local.replace(tzinfo=None), 1, text))
    return [text for *_, text in sorted(entries, key=lambda e: (e[0], e[1]))]


def fill_timeline(view: QListWidget, detail: IncidentDetail) -> None:
    view.clear()
    view.addItems(timeline_lines(detail))


def notice_lines(detail: IncidentDetail) -> list[str]:
    lines = []
    for notice in detail.notices:
        who = notice.client_number or QCoreApplication.translate(
            "IncidentTimeline", "{count} persons"
        ).format(count=notice.persons)
        note = f" — {notice.note}" if notice.note else ""
        lines.append(
            f"{notice.sent_on.isoformat()}　{word(notice.method)}　{who} ({notice.by}){note}"
        )
    return lines


def fill_notices(view: QListWidget, detail: IncidentDetail) -> None:
    view.clear()
    view.addItems(notice_lines(detail))
