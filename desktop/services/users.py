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
from ..vault import slots as vault_slots
from ..vault.errors import QT_TRANSLATE_NOOP
from ..vault.slots import username_key
from . import audit
from .errors import LastManager, NotFound, UnsavedRecoveryKey, ValidationError
from .ledger import Ledger
from .permissions import Actor, Permission, Role, require
from .session import actor_of
from .validation import check_password, check_username, required_text


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    password_changed_at: datetime | None


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


def get_user(ledger: Ledger, user_id: int) -> UserRow:
    with ledger.read() as session:
        return _row(_user(session, user_id))


def add_user(
    ledger: Ledger,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    *,
    must_change_password: bool = True,
) -> UserRow:
    """A new user who must choose their own password at first login (unless told otherwise).

    ``must_change_password=False`` is for the demo's users, whose password is public anyway.
    """
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
            must_change_password=must_change_password,
            password_changed_at=utcnow(),
        )
        session.add(user)
        session.flush()
        ledger.vault.add_user(name, password)
        audit.record(session, actor, "user.add", "user", user.id, f"{name} ({role.value})")
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
            ledger.vault.rename_user(user.username, name)
        user.username, user.username_key, user.display_name = name, username_key(name), display
        audit.record(session, actor, "user.rename", "user", user.id, f"{old} → {name} / {display}")
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
        ledger.vault.set_password(user.username, new_password)
        user.must_change_password = False
        user.password_changed_at = utcnow()
        audit.record(session, actor, "user.password", "user", user.id, "own password changed")


def reset_password(ledger: Ledger, actor: Actor, user_id: int, new_password: str) -> None:
    """A manager sets a temporary password; the user must change it at next login."""
    require(actor, Permission.MANAGE_USERS)
    check_password(new_password)
    with ledger.transaction() as session:
        user = _user(session, user_id)
        if not user.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Reactivate the user first."), "user")
        ledger.vault.set_password(user.username, new_password)
        user.must_change_password = user.id != actor.id
        user.password_changed_at = utcnow()
        audit.record(session, actor, "user.password_reset", "user", user.id, user.username)


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
            session, actor, "user.role", "user", user.id, f"{user.username}: {old} → {role.value}"
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
        ledger.vault.remove_user(user.username)
        user.active = False
        audit.record(
            session, actor, "user.deactivate", "user", user.id, f"{user.username}; data key rotated"
        )


def reactivate_user(ledger: Ledger, actor: Actor, user_id: int, password: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    check_password(password)
    with ledger.transaction() as session:
        user = _user(session, user_id)
        if user.active:
            return
        ledger.vault.add_user(user.username, password)
        user.active = True
        user.must_change_password = True
        user.password_changed_at = utcnow()
        audit.record(session, actor, "user.reactivate", "user", user.id, user.username)


def rotate_data_key(ledger: Ledger, actor: Actor) -> None:
    """New data key for every slot: earlier copies of the file open with old slots only."""
    require(actor, Permission.MANAGE_USERS)
    with ledger.transaction() as session:
        ledger.vault.rotate_key()
        audit.record(session, actor, "ledger.rotate_key", "ledger", "", "data key rotated")


def new_recovery_key(ledger: Ledger, actor: Actor) -> str:
    """Replace the recovery key; the old sheet stops working once this is saved.

    If the save fails the new key is still in force in memory (and written by the
    next successful save), so it travels with the error to be shown all the same.
    """
    require(actor, Permission.MANAGE_USERS)
    key = ""
    try:
        with ledger.transaction() as session:
            key = ledger.vault.new_recovery_key()
            audit.record(
                session, actor, "ledger.recovery_key", "ledger", "", "new recovery key issued"
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
        ledger.vault.set_password(user.username, new_password)
        user.must_change_password = False
        user.password_changed_at = utcnow()
        audit.record(session, actor, "recovery.used", "user", user.id, "new manager password set")
        audit.record(session, actor, "login", "user", user.id, "with the recovery key")
    ledger.actor = actor
    return actor


def active_managers(ledger: Ledger) -> list[str]:
    with ledger.read() as session:
        query = select(User.username).where(User.active, User.role == Role.MANAGER.value)
        return list(session.scalars(query.order_by(User.username)))


def check_user_password(ledger: Ledger, username: str, password: str) -> bool:
    """Whether ``password`` opens this user's key slot (costs one key derivation)."""
    slot = next((s for s in ledger.vault.snapshot().slots if s.matches(username)), None)
    if slot is None:
        return False
    try:
        vault_slots.unlock_with_password(slot, password, ledger.file_id)
    except WrongPassword:
        return False
    return True


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
