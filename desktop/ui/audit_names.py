"""The audit log's action codes and record kinds as a person reads them, translated.

The codes stay in the log as the services wrote them (they are part of the
hash chain); each area declares its codes and their names next to its service
(desktop/services/audit_catalog.py gathers them). A code no area declares,
from a newer version for example, is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import audit_catalog
from ..services.audit_actions import CONTEXT


def action_name(code: str) -> str:
    """``client.view`` → "Client viewed" (translated); an unknown code as it is."""
    action = audit_catalog.action(code)
    return QCoreApplication.translate(CONTEXT, action.label) if action is not None else code


def record_name(entity: str, entity_id: str, label: str = "") -> str:
    """``client``, ``8``, ``C-000008 山田 太郎`` → "Client C-000008 山田 太郎" (the kind
    translated); without a label (a register, the ledger) the stored id."""
    kind = audit_catalog.record_kind(entity)
    shown = QCoreApplication.translate(CONTEXT, kind.label) if kind is not None else entity
    return f"{shown} {label or entity_id}".strip()
