"""Office settings kept inside the ledger (office name, idle lock time)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Setting
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit
from .audit_actions import AuditAction, RecordKind
from .errors import ValidationError
from .ledger import Ledger
from .permissions import Actor, Permission, require
from .validation import required_text


class SettingsAction(AuditAction):
    """Office settings."""

    CHANGE = "settings.change", QT_TRANSLATE_NOOP("AuditNames", "Office settings changed")


SETTINGS_RECORD = RecordKind("settings", QT_TRANSLATE_NOOP("AuditNames", "Settings"))


OFFICE_NAME = "office_name"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5
MAX_IDLE_LOCK_MINUTES = 240


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str
    idle_lock_minutes: int


def seed(session: Session, office_name: str) -> None:
    session.add(Setting(key=OFFICE_NAME, value=office_name.strip()))
    session.add(Setting(key=IDLE_LOCK_MINUTES, value=str(DEFAULT_IDLE_LOCK_MINUTES)))


def get_settings(ledger: Ledger, actor: Actor) -> OfficeSettings:
    """The office's name and idle lock; every role needs them, but only a logged-in user."""
    require(actor, Permission.VIEW_OFFICE)
    with ledger.read() as session:
        return load(session)


def update_settings(ledger: Ledger, actor: Actor, new: OfficeSettings) -> OfficeSettings:
    require(actor, Permission.EDIT_SETTINGS)
    with ledger.transaction() as session:
        return _save(session, actor, new)


def load(session: Session) -> OfficeSettings:
    keys = [OFFICE_NAME, IDLE_LOCK_MINUTES]
    values = {
        row.key: row.value for row in session.scalars(select(Setting).where(Setting.key.in_(keys)))
    }
    return OfficeSettings(
        office_name=values.get(OFFICE_NAME, ""),
        idle_lock_minutes=int(values.get(IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES)),
    )


def _save(session: Session, actor: Actor, new: OfficeSettings) -> OfficeSettings:
    name = required_text(
        new.office_name, "office_name", QT_TRANSLATE_NOOP("errors", "the office name")
    )
    if not 1 <= new.idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The idle lock time is 1 to {maximum} minutes."),
            "idle_lock_minutes",
            maximum=MAX_IDLE_LOCK_MINUTES,
        )
    old = load(session)
    _put(session, OFFICE_NAME, name)
    _put(session, IDLE_LOCK_MINUTES, str(new.idle_lock_minutes))
    changes = []
    if old.office_name != name:
        changes.append(f"office name '{old.office_name}' → '{name}'")
    if old.idle_lock_minutes != new.idle_lock_minutes:
        changes.append(f"idle lock {old.idle_lock_minutes} → {new.idle_lock_minutes} min")
    audit.record(session, actor, SettingsAction.CHANGE, SETTINGS_RECORD, "", "; ".join(changes))
    return OfficeSettings(name, new.idle_lock_minutes)


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
