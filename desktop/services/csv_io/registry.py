"""The registers that can be exported and imported: one line per register and direction.

An area declares its ``ExportKind`` / ``ImportKind`` in its own module (see
``clients.py`` here) and adds it below; the command line, the window and the
README's column table all follow from this list.
"""

from __future__ import annotations

from . import clients, consents, contractors, incidents
from .errors import UnknownKind
from .kinds import ExportKind, ImportKind

EXPORT_KINDS: tuple[ExportKind, ...] = (
    clients.EXPORT,
    consents.RECIPIENTS,
    consents.CONSENTS,
    consents.PROVISIONS,
    consents.RECEIPTS,
    contractors.CONTRACTORS,
    contractors.INSPECTIONS,
    incidents.EXPORT,
)
IMPORT_KINDS: tuple[ImportKind, ...] = (clients.IMPORT,)


def export_kind(name: str) -> ExportKind:
    for kind in EXPORT_KINDS:
        if kind.name == name:
            return kind
    raise UnknownKind(name, ", ".join(k.name for k in EXPORT_KINDS))


def import_kind(name: str) -> ImportKind:
    for kind in IMPORT_KINDS:
        if kind.name == name:
            return kind
    raise UnknownKind(name, ", ".join(k.name for k in IMPORT_KINDS))


def export_kind_names() -> list[str]:
    return [kind.name for kind in EXPORT_KINDS]


def import_kind_names() -> list[str]:
    return [kind.name for kind in IMPORT_KINDS]
