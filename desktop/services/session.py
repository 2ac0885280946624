"""Creating, opening and logging in to a ledger; recovery with the recovery key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from .. import __version__
from ..db import Database
from ..db.models import User
from ..vault import (
    CorruptFile,
    LedgerError,
    SeenGenerations,
    UnknownUser,
    Vault,
    WrongPassword,
    ledger_header,
)
from ..vault.errors import QT_TRANSLATE_NOOP
from ..vault.slots import username_key
from . import audit, purposes, settings
from .consents.items import seed_data_items
from .errors import NeedsUpgrade
from .history import OlderCopyRefused
from .ledger import LEDGER_RECORD, Ledger, LedgerAction
from .login import LoginThrottle
from .permissions import Role
from .places import Places
from .users import USER_RECORD, UserAction, actor_of
from .validation import check_password, check_username, required_text


class TooManyAttempts(LedgerError):
    """Wrong passwords were typed several times; the next try must wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Too many wrong passwords. Wait {seconds} seconds before trying again."
            ),
            seconds=seconds,
        )
        self.seconds = seconds


@dataclass(frozen=True)
class NewLedger:
    office_name: str
    username: str
    display_name: str
    password: str
    #: the language of the office's own data seeded at creation (the purposes of use)
    language: str = "en"
    # a throw-away demo ledger, which `privacy-ledger demo-data` may fill
    demo: bool = False


def create_ledger(path: Path, new: NewLedger, places: Places) -> tuple[Ledger, str]:
    """Create a ledger with its first manager; return it open and the recovery key (shown once)."""
    office = required_text(
        new.office_name, "office_name", QT_TRANSLATE_NOOP("errors", "the office name")
    )
    check_username(new.username)
    display_name = required_text(
        new.display_name, "display_name", QT_TRANSLATE_NOOP("errors", "the name")
    )
    check_password(new.password)
    database = Database.new()
    with database.session() as session:
        audit.init_chain(session)
        settings.seed(session, office, demo=new.demo)
        purposes.seed_default_purposes(session, new.language)
        seed_data_items(session, new.language)
        user = User(
            username=new.username.strip(),
            username_key=username_key(new.username),
            display_name=display_name,
            role=Role.MANAGER.value,
        )
        session.add(user)
        session.flush()
        actor = actor_of(user)
        audit.record(session, actor, LedgerAction.CREATE, LEDGER_RECORD, "", f"office {office}")
        audit.record(
            session, actor, UserAction.ADD, USER_RECORD, user.id, f"{user.username} (manager)"
        )
        session.commit()
    vault, recovery_key = Vault.create(
        path,
        new.username.strip(),
        new.password,
        database.serialize(),
        app_version=__version__,
    )
    ledger = Ledger(vault, database, actor)
    ledger.verify_chain()
    ledger.check_history(SeenGenerations(places.seen_generations))
    return ledger, recovery_key


def open_ledger(
    path: Path,
    username: str,
    password: str,
    places: Places,
    *,
    read_only: bool = False,
    refuse_older: bool = False,
) -> Ledger:
    """Unlock with a user's password and log that user in.

    ``refuse_older``: an older copy or a cut audit trail (``ledger.history``) raises
    :class:`OlderCopyRefused` before anything is written (the commands); otherwise the
    caller decides what to do with ``ledger.history`` (the window asks).
    """
    header = ledger_header(path)
    throttle = LoginThrottle(places.login_failures)
    wait = throttle.wait_seconds(header.file_id, username)
    if wait:
        raise TooManyAttempts(wait)
    try:
        vault, image = Vault.open(
            path,
            username=username,
            password=password,
            read_only=read_only,
            app_version=__version__,
        )
    except (WrongPassword, UnknownUser):
        throttle.record_failure(header.file_id, username)
        raise
    ledger = _load(vault, image, places)
    try:
        with ledger.read() as session:
            user = session.scalar(select(User).where(User.username_key == username_key(username)))
        if user is None or not user.active:
            raise UnknownUser(username)
        ledger.actor = actor_of(user)
        if refuse_older and ledger.history is not None:
            raise OlderCopyRefused(ledger.history)
        failures = throttle.take(header.file_id, username)
        if not read_only:
            with ledger.transaction() as session:
                if failures.count:
                    audit.record(
                        session,
                        ledger.actor,
                        UserAction.LOGIN_FAILURES,
                        USER_RECORD,
                        user.id,
                        f"wrong passwords before this login: {failures.count}, "
                        f"the last {failures.last}",
                    )
                audit.record(session, ledger.actor, UserAction.LOGIN, USER_RECORD, user.id, "")
    except BaseException:
        ledger.close()
        raise
    return ledger


def open_with_recovery(path: Path, recovery_key: str, places: Places) -> Ledger:
    """Unlock with the recovery key; nobody is logged in until a manager password is set."""
    vault, image = Vault.open(
        path,
        recovery_key=recovery_key,
        app_version=__version__,
    )
    return _load(vault, image, places)


def _load(vault: Vault, image: bytes, places: Places) -> Ledger:
    try:
        database = Database.from_image(image)
    except BaseException:
        vault.close()
        raise
    ledger = Ledger(vault, database, None)
    try:
        if database.is_newer_than_program():
            raise CorruptFile(CorruptFile.UNKNOWN_VERSION)
        if database.needs_upgrade():
            if vault.read_only:
                raise NeedsUpgrade()
            stamp = date.today().isoformat()
            name = f"{vault.path.stem}-before-upgrade-{database.revision}-{stamp}.pldb"
            vault.copy_to(places.backups_of(vault.path, vault.header.file_id) / name)
            database.upgrade()
            ledger.write_through()
        ledger.verify_chain()
        ledger.check_history(SeenGenerations(places.seen_generations))
    except BaseException:
        ledger.close()
        raise
    return ledger
