"""Incidents as rows of text for the CSV export (``privacy-ledger export FILE incidents``).

The header is (key, English heading, Japanese heading) per column; rows are
plain tuples of str in the same order, dates as YYYY-MM-DD. Linked clients
appear by number, never by name. The CSV registry wraps these in its kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import select

from ...db.models import Client, Incident, incident_clients
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import records
from .types import IncidentRow

EXPORT_HEADER: tuple[tuple[str, str, str], ...] = (
    ("number", "Number", "番号"),
    ("title", "Title", "件名"),
    ("kind", "Kind", "事態の区分"),
    ("sub_kind", "Detail", "詳細"),
    ("certainty", "Suspected or confirmed", "おそれ・確定"),
    ("occurred_on", "Occurred on", "発生日"),
    ("known_on", "Office knew on", "発覚日"),
    ("contractor_told_on", "Contractor told the office on", "委託先からの報告日"),
    ("found_by", "Found by", "発見者"),
    ("persons_count", "Persons", "本人の数"),
    ("persons_max", "Persons (maximum possible)", "本人の数（最大）"),
    ("clients", "Linked clients", "関係する顧客"),
    ("data_items", "Data items", "個人データの項目"),
    ("media", "Media", "媒体"),
    ("duty", "Report and notice", "報告・通知"),
    ("types", "Rule 7 types", "規則7条の類型"),
    ("preliminary_target", "Preliminary report target", "速報の目安"),
    ("final_due", "Final report due", "確報の期限"),
    ("stage", "Stage", "段階"),
    ("closed_on", "Closed on", "完了日"),
    ("cause", "Cause", "原因"),
    ("secondary_harm", "Secondary harm", "二次被害"),
)


def export_rows(
    ledger: Ledger,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> list[tuple[str, ...]]:
    """One row per incident the office knew of between ``date_from`` and ``date_to``."""
    require(actor, Permission.VIEW_INCIDENTS)
    require(actor, Permission.EXPORT)
    with ledger.read() as session:
        linked: defaultdict[int, list[str]] = defaultdict(list)
        query = (
            select(incident_clients.c.incident_id, Client.number)
            .join(Client, Client.id == incident_clients.c.client_id)
            .order_by(Client.number)
        )
        for incident_id, number in session.execute(query):
            linked[incident_id].append(number)
        rows = {row.id: row for row in records.rows(session, today or date.today())}
        where = []
        if date_from is not None:
            where.append(Incident.known_on >= date_from)
        if date_to is not None:
            where.append(Incident.known_on <= date_to)
        incidents = session.scalars(select(Incident).where(*where).order_by(Incident.id))
        return list(_rows(incidents, rows, linked))


def _rows(
    incidents: Iterable[Incident], rows: dict[int, IncidentRow], linked: dict[int, list[str]]
) -> Iterator[tuple[str, ...]]:
    for incident in incidents:
        row = rows[incident.id]
        data = records.input_of(incident, ())
        dates = row.deadlines
        yield (
            incident.number,
            incident.title,
            incident.kind,
            incident.sub_kind,
            incident.certainty,
            _day(incident.occurred_on),
            _day(incident.known_on),
            _day(incident.contractor_told_on),
            incident.found_by,
            _number(incident.persons_count),
            _number(incident.persons_max),
            " ".join(linked.get(incident.id, ())),
            incident.data_items,
            " ".join(str(m) for m in data.media),
            row.duty.value,
            " ".join(str(int(t)) for t in row.types),
            _day(dates.preliminary_target if dates else None),
            _day(dates.final_due if dates else None),
            incident.stage,
            _day(incident.closed_on),
            incident.cause,
            incident.secondary_harm,
        )


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
