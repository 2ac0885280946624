"""The incident register as a CSV export (``privacy-ledger export FILE incidents``).

The rows come from the incident service (services/incidents/export.py); the
date range filters the day the office knew. Linked clients appear by number.
"""

from __future__ import annotations

from ..incidents import EXPORT_HEADER, export_rows
from ..ledger import Ledger
from ..permissions import Actor, Permission
from .kinds import ExportKind, ExportOptions, Field


def _rows(ledger: Ledger, actor: Actor, options: ExportOptions) -> list[tuple[str, ...]]:
    return export_rows(ledger, actor, date_from=options.date_from, date_to=options.date_to)


EXPORT = ExportKind(
    name="incidents",
    fields=tuple(Field(key, en, ja) for key, en, ja in EXPORT_HEADER),
    # Descriptions and causes may name people, and linked clients are listed.
    personal=True,
    permission=Permission.VIEW_INCIDENTS,
    rows=_rows,
    by_date="known_on",
)
