"""The audit log's action codes and record kinds as a person reads them, translated.

The codes stay in the log as the services wrote them (they are part of the
hash chain); only their display is translated. A code not listed here, from a
newer version for example, is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "AuditNames"

_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditNames", "Login"),
    "login.failures": QT_TRANSLATE_NOOP("AuditNames", "Failed logins"),
    "ledger.create": QT_TRANSLATE_NOOP("AuditNames", "Ledger created"),
    "ledger.rotate_key": QT_TRANSLATE_NOOP("AuditNames", "Encryption key renewed"),
    "ledger.recovery_key": QT_TRANSLATE_NOOP("AuditNames", "New recovery key issued"),
    "recovery.used": QT_TRANSLATE_NOOP("AuditNames", "Recovery key used"),
    "backup": QT_TRANSLATE_NOOP("AuditNames", "Backup"),
    "backup.daily": QT_TRANSLATE_NOOP("AuditNames", "Daily backup"),
    "settings.change": QT_TRANSLATE_NOOP("AuditNames", "Office settings changed"),
    "user.add": QT_TRANSLATE_NOOP("AuditNames", "User added"),
    "user.rename": QT_TRANSLATE_NOOP("AuditNames", "User renamed"),
    "user.password": QT_TRANSLATE_NOOP("AuditNames", "Own password changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditNames", "Password reset"),
    "user.role": QT_TRANSLATE_NOOP("AuditNames", "Role changed"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditNames", "User removed"),
    "user.reactivate": QT_TRANSLATE_NOOP("AuditNames", "User reactivated"),
    "client.view": QT_TRANSLATE_NOOP("AuditNames", "Client viewed"),
    "client.add": QT_TRANSLATE_NOOP("AuditNames", "Client added"),
    "client.edit": QT_TRANSLATE_NOOP("AuditNames", "Client edited"),
    "client.mark_due": QT_TRANSLATE_NOOP("AuditNames", "Marked due for disposal"),
    "client.unmark_due": QT_TRANSLATE_NOOP("AuditNames", "No longer due for disposal"),
    "client.dispose": QT_TRANSLATE_NOOP("AuditNames", "Client disposed of"),
    "purpose.add": QT_TRANSLATE_NOOP("AuditNames", "Purpose added"),
    "purpose.rename": QT_TRANSLATE_NOOP("AuditNames", "Purpose renamed"),
    "purpose.retire": QT_TRANSLATE_NOOP("AuditNames", "Purpose retired"),
    "purpose.reinstate": QT_TRANSLATE_NOOP("AuditNames", "Purpose back in use"),
    "contractor.add": QT_TRANSLATE_NOOP("AuditNames", "Contractor added"),
    "contractor.edit": QT_TRANSLATE_NOOP("AuditNames", "Contractor edited"),
    "contractor.selection": QT_TRANSLATE_NOOP("AuditNames", "Selection check recorded"),
    "contractor.contract": QT_TRANSLATE_NOOP("AuditNames", "Contract saved"),
    "contractor.contract_end": QT_TRANSLATE_NOOP("AuditNames", "Contract ended"),
    "checklist.edit": QT_TRANSLATE_NOOP("AuditNames", "Checklist edited"),
    "inspection.record": QT_TRANSLATE_NOOP("AuditNames", "Inspection recorded"),
    "inspection.edit": QT_TRANSLATE_NOOP("AuditNames", "Inspection corrected"),
    "inspection.approve": QT_TRANSLATE_NOOP("AuditNames", "Inspection approved"),
    "inspection.return": QT_TRANSLATE_NOOP("AuditNames", "Inspection returned"),
    "inspection.follow_up": QT_TRANSLATE_NOOP("AuditNames", "Corrective actions updated"),
    "inspection.print": QT_TRANSLATE_NOOP("AuditNames", "Inspection sheet printed"),
    "user.personnel": QT_TRANSLATE_NOOP("AuditNames", "Pledge and training dates set"),
}

_ENTITIES = {
    "client": QT_TRANSLATE_NOOP("AuditNames", "Client"),
    "user": QT_TRANSLATE_NOOP("AuditNames", "User"),
    "purpose": QT_TRANSLATE_NOOP("AuditNames", "Purpose"),
    "ledger": QT_TRANSLATE_NOOP("AuditNames", "Ledger"),
    "settings": QT_TRANSLATE_NOOP("AuditNames", "Settings"),
    "contractor": QT_TRANSLATE_NOOP("AuditNames", "Contractor"),
    "inspection": QT_TRANSLATE_NOOP("AuditNames", "Inspection"),
    "checklist": QT_TRANSLATE_NOOP("AuditNames", "Checklist"),
}


def action_name(code: str) -> str:
    """``client.view`` → "Client viewed" (translated); an unknown code as it is."""
    name = _ACTIONS.get(code)
    return QCoreApplication.translate(_CONTEXT, str(name)) if name is not None else code


def record_name(entity: str, entity_id: str) -> str:
    """``client``, ``8`` → "Client 8" (the kind translated)."""
    kind = _ENTITIES.get(entity)
    shown = QCoreApplication.translate(_CONTEXT, str(kind)) if kind is not None else entity
    return f"{shown} {entity_id}".strip()
