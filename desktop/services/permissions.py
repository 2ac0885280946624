"""Roles and what each may do (docs/architecture.md, "Roles and permissions").

The one table of grants; every service function calls :func:`require` first,
and the UI asks :func:`allowed` only to hide what a role cannot use.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..vault.errors import QT_TRANSLATE_NOOP
from .errors import PermissionDenied


class Role(StrEnum):
    MANAGER = "manager"
    CLERK = "clerk"


class Permission(StrEnum):
    """What a role may do; each value is a phrase for "Your role does not allow this: ..."."""

    VIEW_CLIENTS = QT_TRANSLATE_NOOP("errors", "view clients")
    EDIT_CLIENTS = QT_TRANSLATE_NOOP("errors", "add or edit clients, consents and provisions")
    DISPOSE_CLIENT = QT_TRANSLATE_NOOP("errors", "dispose of a client's data")
    VIEW_CONTRACTORS = QT_TRANSLATE_NOOP("errors", "view contractors")
    RECORD_INSPECTION = QT_TRANSLATE_NOOP("errors", "record an inspection")
    EDIT_CONTRACT = QT_TRANSLATE_NOOP("errors", "edit a contractor's contract")
    APPROVE_INSPECTION = QT_TRANSLATE_NOOP("errors", "approve an inspection")
    EDIT_CHECKLIST = QT_TRANSLATE_NOOP("errors", "edit the inspection checklist")
    VIEW_INCIDENTS = QT_TRANSLATE_NOOP("errors", "view incidents")
    REPORT_INCIDENT = QT_TRANSLATE_NOOP("errors", "report an incident or add actions")
    CLOSE_INCIDENT = QT_TRANSLATE_NOOP(
        "errors", "mark an incident reported to the regulator, or close it"
    )
    PRINT_RECORD = QT_TRANSLATE_NOOP("errors", "print a single record")
    EXPORT = QT_TRANSLATE_NOOP("errors", "export data")
    MANAGE_USERS = QT_TRANSLATE_NOOP("errors", "manage users")
    VIEW_OFFICE = QT_TRANSLATE_NOOP("errors", "see the office settings")
    EDIT_SETTINGS = QT_TRANSLATE_NOOP("errors", "change office settings")
    RECORD_POLICY = QT_TRANSLATE_NOOP("errors", "record a new version of the privacy policy")
    VIEW_AUDIT = QT_TRANSLATE_NOOP("errors", "view the audit log")
    RESTORE_BACKUP = QT_TRANSLATE_NOOP("errors", "restore a backup")


_CLERK = frozenset(
    {
        Permission.VIEW_CLIENTS,
        Permission.EDIT_CLIENTS,
        Permission.VIEW_CONTRACTORS,
        Permission.RECORD_INSPECTION,
        Permission.VIEW_INCIDENTS,
        Permission.REPORT_INCIDENT,
        Permission.PRINT_RECORD,
        Permission.VIEW_OFFICE,
    }
)

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _CLERK,
    Role.MANAGER: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """The logged-in user, as services see them."""

    id: int
    username: str
    display_name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in GRANTS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(permission.value)
