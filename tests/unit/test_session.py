"""Creating, opening and logging in; office settings; read-only and locked ledgers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.services import audit, settings, users
from desktop.services.errors import ValidationError
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger
from desktop.services.verify import verify_file
from desktop.vault import (
    LedgerError,
    LedgerLocked,
    ReadOnlyLedger,
    UnknownUser,
    WrongPassword,
    read_header,
    read_lock,
)
from tests.ledger_fixtures import (
    CLERK,
    MANAGER,
    MANAGER_PASSWORD,
    OFFICE,
    Login,
    digest,
    raw_query,
)


@pytest.mark.parametrize(
    ("new", "field"),
    [
        (NewLedger(" ", "tanaka", "Tanaka", "long-enough-1"), "office_name"),
        (NewLedger("Office", "ta naka", "Tanaka", "long-enough-1"), "username"),
        (NewLedger("Office", "tanaka", "", "long-enough-1"), "display_name"),
        (NewLedger("Office", "tanaka", "Tanaka", "short"), "password"),
    ],
)
def test_a_new_ledger_needs_valid_details(
    new: NewLedger, field: str, tmp_path: Path, places: Places
) -> None:
    with pytest.raises(ValidationError) as info:
        create_ledger(tmp_path / "new.pldb", new, places)
    assert info.value.field == field
    assert list(tmp_path.iterdir()) == []  # no file, no lock


def test_an_existing_file_is_never_overwritten_by_a_new_ledger(
    ledger_file: Path, places: Places
) -> None:
    before = digest(ledger_file)
    with pytest.raises(LedgerError) as info:
        create_ledger(ledger_file, NewLedger("Office", "x", "X", "long-enough-1"), places)
    assert "already exists" in str(info.value)
    assert digest(ledger_file) == before


def test_a_new_ledger_verifies_and_keeps_its_office_name(tmp_path: Path, places: Places) -> None:
    path = tmp_path / "new.pldb"
    ledger, _ = create_ledger(
        path, NewLedger(" Sakura Office ", "tanaka", "T", "long-pass-1"), places
    )
    ledger.close()
    report = verify_file(path, username="tanaka", password="long-pass-1")
    assert report.ok, report.lines
    ledger = open_ledger(path, "tanaka", "long-pass-1", places)
    try:
        assert settings.get_settings(ledger, ledger.actor) == settings.OfficeSettings(
            "Sakura Office", 5
        )
    finally:
        ledger.close()


def test_a_pasted_line_break_does_not_reach_the_office_or_user_name(
    tmp_path: Path, places: Places
) -> None:
    path = tmp_path / "new.pldb"
    new = NewLedger("さくら\n行政書士事務所", "tanaka", "田中\r\n美咲\x00", "long-pass-1")
    ledger, _ = create_ledger(path, new, places)
    try:
        assert ledger.actor is not None
        assert settings.get_settings(ledger, ledger.actor).office_name == "さくら 行政書士事務所"
        assert users.get_user(ledger, ledger.actor, ledger.actor.id).display_name == "田中 美咲"
        settings.update_settings(ledger, ledger.actor, settings.OfficeSettings("さくら\t事務所", 5))
        assert settings.get_settings(ledger, ledger.actor).office_name == "さくら 事務所"
    finally:
        ledger.close()


def test_wrong_password_and_unknown_user_are_told_apart(login: Login, ledger_file: Path) -> None:
    before = digest(ledger_file)
    with pytest.raises(WrongPassword) as wrong:
        login(MANAGER, "not-the-password")
    assert str(wrong.value) == "The password is not correct for this ledger."
    with pytest.raises(UnknownUser) as unknown:
        login("yamada", "whatever-pass")
    assert "no user named 'yamada'" in str(unknown.value)
    assert digest(ledger_file) == before
    assert read_lock(ledger_file) is None


def test_a_missing_file_is_named(tmp_path: Path, login: Login) -> None:
    with pytest.raises(LedgerError) as info:
        login(path=tmp_path / "nowhere.pldb")
    assert "There is no ledger file at" in str(info.value)


def logins_in_file(path: Path) -> list[str]:
    return [
        str(row[0])
        for row in raw_query(path, "SELECT username FROM audit_events WHERE action = 'login'")
    ]


def _close(ledger: Ledger) -> None:
    ledger.close()


def _flush(ledger: Ledger) -> None:
    assert ledger.flush()


def _change(ledger: Ledger) -> None:
    assert ledger.actor is not None
    users.update_user(
        ledger, ledger.actor, ledger.actor.id, username=CLERK, display_name="Clerk K."
    )


@pytest.mark.parametrize("then", [_close, _flush, _change], ids=["close", "flush", "a change"])
def test_a_login_waits_for_no_save_and_is_written_soon(
    then: Callable[[Ledger], None], login: Login, ledger_file: Path
) -> None:
    generation, before = read_header(ledger_file).generation, logins_in_file(ledger_file)
    ledger = login(CLERK)
    assert ledger.actor is not None and ledger.actor.username == CLERK
    assert read_header(ledger_file).generation == generation  # no whole-file save at login
    assert ledger.pending and not ledger.unsaved
    then(ledger)
    assert logins_in_file(ledger_file) == [*before, CLERK]
    assert not ledger.pending
    ledger.close()


def test_a_read_only_ledger_is_not_written(login: Login, ledger_file: Path) -> None:
    before = digest(ledger_file)
    ledger = login(read_only=True)
    assert ledger.read_only and ledger.actor is not None
    assert read_lock(ledger_file) is None
    with pytest.raises(ReadOnlyLedger):
        settings.update_settings(ledger, ledger.actor, settings.OfficeSettings("X", 5))
    assert settings.get_settings(ledger, ledger.actor).office_name == OFFICE
    assert [user.username for user in users.list_users(ledger, ledger.actor)] == [CLERK, MANAGER]
    assert digest(ledger_file) == before


def test_a_ledger_open_elsewhere_is_locked_but_may_be_read(login: Login, ledger_file: Path) -> None:
    login(CLERK)
    with pytest.raises(LedgerLocked) as info:
        login()
    assert "open in another program" in str(info.value)
    reader = login(read_only=True)
    assert reader.actor is not None and reader.actor.username == MANAGER


def test_settings_are_saved_and_checked(login: Login) -> None:
    manager = login()
    assert manager.actor is not None
    with pytest.raises(ValidationError) as info:
        settings.update_settings(manager, manager.actor, settings.OfficeSettings("X", 0))
    assert info.value.field == "idle_lock_minutes"
    with pytest.raises(ValidationError) as empty:
        settings.update_settings(manager, manager.actor, settings.OfficeSettings(" ", 5))
    assert empty.value.field == "office_name"
    saved = settings.update_settings(
        manager, manager.actor, settings.OfficeSettings(" Sakura Office ", 240)
    )
    assert saved == settings.OfficeSettings("Sakura Office", 240)
    manager.close()

    manager = login()
    assert manager.actor is not None
    assert settings.get_settings(manager, manager.actor) == saved
    (event,) = audit.list_events(manager, manager.actor, action="settings.change")
    assert event.summary == f"office name '{OFFICE}' → 'Sakura Office'; idle lock 5 → 240 min"


def test_a_failed_login_leaves_no_lock(login: Login, ledger_file: Path) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassword):
            login(MANAGER, "wrong-password")
    assert read_lock(ledger_file) is None
    login(MANAGER, MANAGER_PASSWORD)
    assert read_lock(ledger_file) is not None


def test_a_flush_that_must_not_wait_leaves_the_events_to_the_busy_thread(
    login: Login, ledger_file: Path
) -> None:
    """The window's timer gives up while a worker is in a transaction; nothing is lost."""
    ledger = login(CLERK)
    inside, done = threading.Event(), threading.Event()

    def worker() -> None:
        with ledger.read():
            inside.set()
            done.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    try:
        assert not ledger.flush(wait=False)
        assert ledger.pending
    finally:
        done.set()
        thread.join()
    assert ledger.flush(wait=False)
    assert not ledger.pending
