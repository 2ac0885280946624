"""Users and their key slots: add, rename, passwords, roles, deactivation, key rotation.

A user row and its key slot change in the same unit of work, so the file on
disk never has one without the other. Rows are never deleted (the audit trail
names them); deactivating removes the slot and rotates the data key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import User
from ..vault import SaveFailed, WrongPassword
from ..vault.errors import QT_TRANSLATE_NOOP
from ..vault.slots import username_key
from . import audit
from .audit_actions import AuditAction, RecordKind
from .errors import LastManager, NotFound, UnsavedRecoveryKey, ValidationError
from .ledger import LEDGER_RECORD, Ledger, LedgerAction
from .permissions import Actor, Permission, Role, require
from .validation import check_password, check_username, required_text


class UserAction(AuditAction):
    """People who use the ledger: logins and changes to users."""

    LOGIN = "login", QT_TRANSLATE_NOOP("AuditNames", "Login")
    LOGIN_FAILURES = "login.failures", QT_TRANSLATE_NOOP("AuditNames", "Failed logins")
    ADD = "user.add", QT_TRANSLATE_NOOP("AuditNames", "User added")
    RENAME = "user.rename", QT_TRANSLATE_NOOP("AuditNames", "User renamed")
    PASSWORD = "user.password", QT_TRANSLATE_NOOP("AuditNames", "Own password changed")
    PASSWORD_RESET = "user.password_reset", QT_TRANSLATE_NOOP("AuditNames", "Password reset")
    ROLE = "user.role", QT_TRANSLATE_NOOP("AuditNames", "Role changed")
    DEACTIVATE = "user.deactivate", QT_TRANSLATE_NOOP("AuditNames", "User removed")
    REACTIVATE = "user.reactivate", QT_TRANSLATE_NOOP("AuditNames", "User reactivated")


USER_RECORD = RecordKind("user", QT_TRANSLATE_NOOP("AuditNames", "User"))


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    password_changed_at: datetime | None


def actor_of(user: User) -> Actor:
    """The user as services see them when acting."""
    return Actor(user.id, user.username, user.display_name, Role(user.role))


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.active,
        user.must_change_password,
        user.password_changed_at,
    )


def list_users(ledger: Ledger, actor: Actor) -> list[UserRow]:
    require(actor, Permission.MANAGE_USERS)
    with ledger.read() as session:
        return [_row(u) for u in session.scalars(select(User).order_by(User.username))]


def get_user(ledger: Ledger, actor: Actor, user_id: int) -> UserRow:
    """One user's row: anyone may read their own, only a manager anyone else's."""
    if user_id != actor.id:
        require(actor, Permission.MANAGE_USERS)
    with ledger.read() as session:
        return _row(_user(session, user_id))


def add_user(
    ledger: Ledger, actor: Actor, username: str, display_name: str, role: Role, password: str
) -> UserRow:
    """A new user who must choose their own password at first login."""
    require(actor, Permission.MANAGE_USERS)
    name = check_username(username)
    display = required_text(display_name, "display_name", QT_TRANSLATE_NOOP("errors", "the name"))
    check_password(password)
    with ledger.transaction() as session:
        if session.scalar(select(User).where(User.username_key == username_key(name))):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already a user named '{name}'."),
                "username",
                name=name,
            )
        user = User(
            username=name,
            username_key=username_key(name),
            display_name=display,
            role=role.value,
            must_change_password=True,
            password_changed_at=utcnow(),
        )
        session.add(user)
        session.flush()
        ledger.keys.add(name, password)
        audit.record(session, actor, UserAction.ADD, USER_RECORD, user.id, f"{name} ({role.value})")
        return _row(user)


def update_user(
    ledger: Ledger, actor: Actor, user_id: int, *, username: str, display_name: str
) -> UserRow:
    """Rename a user (login name and/or display name); a person may rename themself."""
    if actor.id != user_id:
        require(actor, Permission.MANAGE_USERS)
    name = check_username(username)
    display = required_text(display_name, "display_name", QT_TRANSLATE_NOOP("errors", "the name"))
    with ledger.transaction() as session:
        user = _user(session, user_id)
        clash = session.scalar(select(User).where(User.username_key == username_key(name)))
        if clash is not None and clash.id != user.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already a user named '{name}'."),
                "username",
                name=name,
            )
        old = f"{user.username} / {user.display_name}"
        if user.active and user.username != name:
            ledger.keys.rename(user.username, name)
        user.username, user.username_key, user.display_name = name, username_key(name), display
        audit.record(
            session, actor, UserAction.RENAME, USER_RECORD, user.id, f"{old} → {name} / {display}"
        )
        return _row(user)


def change_own_password(ledger: Ledger, actor: Actor, old_password: str, new_password: str) -> None:
    """The old password is asked again, so nobody can change it at an unattended desk."""
    check_password(new_password, "new_password")
    if old_password == new_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a password different from the current one."),
            "new_password",
        )
    if not check_user_password(ledger, actor.username, old_password):
        raise WrongPassword(QT_TRANSLATE_NOOP("errors", "The current password is not correct."))
    with ledger.transaction() as session:
        user = _user(session, actor.id)
        ledger.keys.set_password(user.username, new_password)
        user.must_change_password = False
        user.password_changed_at = utcnow()
        audit.record(
            session, actor, UserAction.PASSWORD, USER_RECORD, user.id, "own password changed"
        )


def reset_password(ledger: Ledger, actor: Actor, user_id: int, new_password: str) -> None:
    """A manager sets a temporary password; the user must change it at next login."""
    require(actor, Permission.MANAGE_USERS)
    check_password(new_password)
    with ledger.transaction() as session:
        user = _user(session, user_id)
        if not user.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Reactivate the user first."), "user")
        ledger.keys.set_password(user.username, new_password)
        user.must_change_password = user.id != actor.id
        user.password_changed_at = utcnow()
        audit.record(session, actor, UserAction.PASSWORD_RESET, USER_RECORD, user.id, user.username)


def set_role(ledger: Ledger, actor: Actor, user_id: int, role: Role) -> UserRow:
    require(actor, Permission.MANAGE_USERS)
    with ledger.transaction() as session:
        user = _user(session, user_id)
        if user.role == role.value:
            return _row(user)
        if role is not Role.MANAGER and user.active:
            _keep_a_manager(session, user)
        old = user.role
        user.role = role.value
        audit.record(
            session,
            actor,
            UserAction.ROLE,
            USER_RECORD,
            user.id,
            f"{user.username}: {old} → {role.value}",
        )
        return _row(user)


def deactivate_user(ledger: Ledger, actor: Actor, user_id: int) -> None:
    """Remove the user's key slot and rotate the data key; the row stays for the audit trail."""
    require(actor, Permission.MANAGE_USERS)
    with ledger.transaction() as session:
        user = _user(session, user_id)
        if not user.active:
            return
        if user.role == Role.MANAGER.value:
            _keep_a_manager(session, user)
        ledger.keys.remove(user.username)
        user.active = False
        audit.record(
            session,
            actor,
            UserAction.DEACTIVATE,
            USER_RECORD,
            user.id,
            f"{user.username}; data key rotated",
        )


def reactivate_user(ledger: Ledger, actor: Actor, user_id: int, password: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    check_password(password)
    with ledger.transaction() as session:
        user = _user(session, user_id)
        if user.active:
            return
        ledger.keys.add(user.username, password)
        user.active = True
        user.must_change_password = True
        user.password_changed_at = utcnow()
        audit.record(session, actor, UserAction.REACTIVATE, USER_RECORD, user.id, user.username)


def rotate_data_key(ledger: Ledger, actor: Actor) -> None:
    """New data key for every slot: earlier copies of the file open with old slots only."""
    require(actor, Permission.MANAGE_USERS)
    with ledger.transaction() as session:
        ledger.keys.rotate_data_key()
        audit.record(session, actor, LedgerAction.ROTATE_KEY, LEDGER_RECORD, "", "data key rotated")


def new_recovery_key(ledger: Ledger, actor: Actor) -> str:
    """Replace the recovery key; the old sheet stops working once this is saved.

    If the save fails the new key is still in force in memory (and written by the
    next successful save), so it travels with the error to be shown all the same.
    """
    require(actor, Permission.MANAGE_USERS)
    key = ""
    try:
        with ledger.transaction() as session:
            key = ledger.keys.new_recovery_key()
            audit.record(
                session,
                actor,
                LedgerAction.RECOVERY_KEY,
                LEDGER_RECORD,
                "",
                "new recovery key issued",
            )
    except SaveFailed as exc:
        if not key:
            raise
        raise UnsavedRecoveryKey(str(exc.params.get("cause", "")), key) from exc
    return key


def recover_manager(ledger: Ledger, username: str, new_password: str) -> Actor:
    """After unlocking with the recovery key: set a manager's new password and log them in."""
    check_password(new_password)
    with ledger.read() as session:
        user = session.scalar(select(User).where(User.username_key == username_key(username)))
        if user is None or not user.active or user.role != Role.MANAGER.value:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose an active manager."), "username"
            )
        actor = actor_of(user)
    with ledger.transaction() as session:
        user = _user(session, actor.id)
        ledger.keys.set_password(user.username, new_password)
        user.must_change_password = False
        user.password_changed_at = utcnow()
        audit.record(
            session,
            actor,
            LedgerAction.RECOVERY_USED,
            USER_RECORD,
            user.id,
            "new manager password set",
        )
        audit.record(
            session, actor, UserAction.LOGIN, USER_RECORD, user.id, "with the recovery key"
        )
    ledger.actor = actor
    return actor


def active_managers(ledger: Ledger) -> list[str]:
    with ledger.read() as session:
        query = select(User.username).where(User.active, User.role == Role.MANAGER.value)
        return list(session.scalars(query.order_by(User.username)))


def check_user_password(ledger: Ledger, username: str, password: str) -> bool:
    """Whether ``password`` opens this user's key slot (costs one key derivation)."""
    return ledger.keys.opens(username, password)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The user"))
    return user


def _keep_a_manager(session: Session, leaving: User) -> None:
    query = (
        select(func.count())
        .select_from(User)
        .where(User.active, User.role == Role.MANAGER.value, User.id != leaving.id)
    )
    if not session.scalar(query):
        raise LastManager()
