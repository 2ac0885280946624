"""Roles and what each may do (DESIGN.md, "People and permissions").

The one table of grants; every service function calls :func:`require` first,
and the UI asks :func:`allowed` only to hide what a role cannot use.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied


class Role(StrEnum):
    MANAGER = "manager"
    CLERK = "clerk"


class Permission(StrEnum):
    VIEW_CLIENTS = "view clients"
    EDIT_CLIENTS = "add or edit clients, consents and provisions"
    DISPOSE_CLIENT = "dispose of a client's data"
    VIEW_CONTRACTORS = "view contractors"
    RECORD_INSPECTION = "record an inspection"
    EDIT_CONTRACT = "edit a contractor's contract"
    APPROVE_INSPECTION = "approve an inspection"
    EDIT_CHECKLIST = "edit the inspection checklist"
    REPORT_INCIDENT = "report an incident or add actions"
    CLOSE_INCIDENT = "mark an incident reported to the regulator, or close it"
    PRINT_RECORD = "print a single record"
    EXPORT = "export data"
    MANAGE_USERS = "manage users"
    EDIT_SETTINGS = "change office settings"
    VIEW_AUDIT = "view the audit log"
    RESTORE_BACKUP = "restore a backup"


_CLERK = frozenset(
    {
        Permission.VIEW_CLIENTS,
        Permission.EDIT_CLIENTS,
        Permission.VIEW_CONTRACTORS,
        Permission.RECORD_INSPECTION,
        Permission.REPORT_INCIDENT,
        Permission.PRINT_RECORD,
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
