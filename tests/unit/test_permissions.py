"""Who may do what: the grants follow docs/architecture.md's table, and services enforce them.

The table below is docs/architecture.md's "Roles and permissions" table, row by row; a
permission added to the program without a row here, or a grant changed in
permissions.py, fails this test.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop.services import audit, policies, settings, users
from desktop.services.errors import PermissionDenied
from desktop.services.ledger import Ledger
from desktop.services.permissions import GRANTS, Actor, Permission, Role, allowed, require
from tests.ledger_fixtures import CLERK, OFFICE, LedgerTemplate, Login, digest

P = Permission
#: docs/architecture.md: (action, clerk, manager, the permissions that stand for the row)
DESIGN_TABLE: list[tuple[str, bool, bool, tuple[Permission, ...]]] = [
    (
        "clients, consents, provisions: view, add, edit",
        True,
        True,
        (P.VIEW_CLIENTS, P.EDIT_CLIENTS),
    ),
    ("dispose of a client's data (irreversible purge)", False, True, (P.DISPOSE_CLIENT,)),
    (
        "contractors: view; record an inspection",
        True,
        True,
        (P.VIEW_CONTRACTORS, P.RECORD_INSPECTION),
    ),
    (
        "contractors: edit contract, approve inspection, edit checklist template",
        False,
        True,
        (P.EDIT_CONTRACT, P.APPROVE_INSPECTION, P.EDIT_CHECKLIST),
    ),
    (
        "incidents: report, add actions",
        True,
        True,
        (P.VIEW_INCIDENTS, P.REPORT_INCIDENT),
    ),
    ("incidents: mark reported to the regulator, close", False, True, (P.CLOSE_INCIDENT,)),
    ("print single records", True, True, (P.PRINT_RECORD,)),
    ("office settings (name, idle lock time), privacy policy: see", True, True, (P.VIEW_OFFICE,)),
    ("privacy policy: record a new version", False, True, (P.RECORD_POLICY,)),
    (
        "export CSV, users, settings, audit log, backup restore",
        False,
        True,
        (P.EXPORT, P.MANAGE_USERS, P.EDIT_SETTINGS, P.VIEW_AUDIT, P.RESTORE_BACKUP),
    ),
]

GRANT_CASES = [
    pytest.param(
        permission, role, clerk if role is Role.CLERK else manager, id=f"{role}-{permission.name}"
    )
    for _, clerk, manager, permissions in DESIGN_TABLE
    for permission in permissions
    for role in Role
]


def test_every_permission_has_exactly_one_row_in_the_design_table() -> None:
    listed = [permission for *_, permissions in DESIGN_TABLE for permission in permissions]
    assert sorted(listed) == sorted(Permission)
    assert set(GRANTS) == set(Role)


@pytest.mark.parametrize(("permission", "role", "granted"), GRANT_CASES)
def test_grants_follow_the_design_table(permission: Permission, role: Role, granted: bool) -> None:
    actor = Actor(7, "someone", "Someone", role)
    assert allowed(actor, permission) is granted
    if granted:
        require(actor, permission)
    else:
        with pytest.raises(PermissionDenied) as info:
            require(actor, permission)
        assert permission.value in str(info.value)
        assert "Ask the office manager" in str(info.value)


# --- services refuse a clerk, and nothing is written ------------------------------------

ClerkCall = Callable[[Ledger, Actor, LedgerTemplate], object]

MANAGER_ONLY: dict[str, ClerkCall] = {
    "list_users": lambda ledger, clerk, t: users.list_users(ledger, clerk),
    "add_user": lambda ledger, clerk, t: users.add_user(
        ledger, clerk, "intruder", "Intruder", Role.MANAGER, "intruder-pass"
    ),
    "rename another user": lambda ledger, clerk, t: users.update_user(
        ledger, clerk, t.manager_id, username="boss", display_name="Boss"
    ),
    "reset_password": lambda ledger, clerk, t: users.reset_password(
        ledger, clerk, t.manager_id, "taken-over-1"
    ),
    "set_role of self": lambda ledger, clerk, t: users.set_role(
        ledger, clerk, t.clerk_id, Role.MANAGER
    ),
    "set_role of manager": lambda ledger, clerk, t: users.set_role(
        ledger, clerk, t.manager_id, Role.CLERK
    ),
    "deactivate_user": lambda ledger, clerk, t: users.deactivate_user(ledger, clerk, t.manager_id),
    "reactivate_user": lambda ledger, clerk, t: users.reactivate_user(
        ledger, clerk, t.manager_id, "whatever-pass"
    ),
    "rotate_data_key": lambda ledger, clerk, t: users.rotate_data_key(ledger, clerk),
    "new_recovery_key": lambda ledger, clerk, t: users.new_recovery_key(ledger, clerk),
    "update_settings": lambda ledger, clerk, t: settings.update_settings(
        ledger, clerk, settings.OfficeSettings("Taken Over", 240)
    ),
    "list audit events": lambda ledger, clerk, t: audit.list_events(ledger, clerk),
    "read another user's row": lambda ledger, clerk, t: users.get_user(ledger, clerk, t.manager_id),
    "record a policy version": lambda ledger, clerk, t: policies.record_version(
        ledger, clerk, "9.9", "ja", "本文", date(2099, 1, 1)
    ),
}


@pytest.mark.parametrize("call", list(MANAGER_ONLY.values()), ids=list(MANAGER_ONLY))
def test_a_clerk_is_refused_every_manager_service_and_nothing_changes(
    call: ClerkCall, login: Login, ledger_file: Path, ledger_template: LedgerTemplate
) -> None:
    ledger = login(CLERK)
    clerk = ledger.actor
    assert clerk is not None and clerk.role is Role.CLERK
    before = digest(ledger_file)

    with pytest.raises(PermissionDenied):
        call(ledger, clerk, ledger_template)

    assert digest(ledger_file) == before
    ledger.close()
    manager = login()
    assert manager.actor is not None
    rows = {row.username: row for row in users.list_users(manager, manager.actor)}
    assert sorted(rows) == ["clerk", "manager"]
    assert rows["manager"].role is Role.MANAGER and rows["manager"].active
    assert rows["clerk"].role is Role.CLERK
    assert settings.get_settings(manager, manager.actor) == settings.OfficeSettings(OFFICE, 5)
    actions = [row.action for row in audit.list_events(manager, manager.actor, limit=3)]
    assert actions == ["login", "login", "user.password"]  # the clerk's login, then this one


def test_a_clerk_reads_their_own_row_and_the_office_settings(
    login: Login, ledger_template: LedgerTemplate
) -> None:
    ledger = login(CLERK)
    clerk = ledger.actor
    assert clerk is not None
    assert users.get_user(ledger, clerk, ledger_template.clerk_id).username == CLERK
    assert settings.get_settings(ledger, clerk) == settings.OfficeSettings(OFFICE, 5)


def test_a_clerk_may_rename_themself(login: Login, ledger_template: LedgerTemplate) -> None:
    ledger = login(CLERK)
    assert ledger.actor is not None
    row = users.update_user(
        ledger, ledger.actor, ledger_template.clerk_id, username="clerk", display_name="Suzuki K."
    )
    assert row.display_name == "Suzuki K."
    ledger.close()
    again = login(CLERK)
    assert again.actor is not None
    assert users.get_user(again, again.actor, ledger_template.clerk_id).display_name == "Suzuki K."
