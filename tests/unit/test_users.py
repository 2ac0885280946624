"""Users: every change is reopened from the file and checked as the person would see it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.services import audit, users
from desktop.services.errors import LastManager, ValidationError
from desktop.services.ledger import Ledger
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger, open_with_recovery
from desktop.vault import CorruptFile, UnknownUser, Vault, WrongPassword, fileformat
from tests.ledger_fixtures import (
    CLERK,
    CLERK_PASSWORD,
    MANAGER,
    MANAGER_PASSWORD,
    LedgerTemplate,
    Login,
    digest,
)

RECOVERY_KEY_GROUPS = 14


def manager_view(login: Login) -> tuple[Ledger, dict[str, users.UserRow]]:
    """Reopen as the manager: the ledger and its user list by name."""
    ledger = login()
    assert ledger.actor is not None
    return ledger, {row.username: row for row in users.list_users(ledger, ledger.actor)}


def events(ledger: Ledger, count: int) -> list[tuple[str, str, str]]:
    """The newest ``count`` events, oldest first, as (user, action, summary)."""
    assert ledger.actor is not None
    rows = audit.list_events(ledger, ledger.actor, limit=count)
    return [(row.username, row.action, row.summary) for row in reversed(rows)]


def test_a_new_ledger_has_its_manager_and_a_recovery_key(tmp_path: Path, places: Places) -> None:
    path = tmp_path / "new.pldb"
    new = NewLedger("Sakura Office", "Tanaka", "田中 美咲", "first-manager-pass")
    ledger, recovery_key = create_ledger(path, new, places)
    ledger.close()
    assert len(recovery_key.split("-")) == RECOVERY_KEY_GROUPS

    ledger = open_ledger(path, "tanaka", "first-manager-pass", places)  # case does not matter
    try:
        assert ledger.actor is not None
        assert (ledger.actor.username, ledger.actor.display_name) == ("Tanaka", "田中 美咲")
        assert ledger.actor.role is Role.MANAGER
        (row,) = users.list_users(ledger, ledger.actor)
        assert row.active and not row.must_change_password
        assert [action for _, action, _ in events(ledger, 10)] == [
            "ledger.create",
            "user.add",
            "login",
        ]
        assert ledger.verify_chain().ok
    finally:
        ledger.close()


def test_an_added_clerk_logs_in_and_must_choose_a_password(login: Login) -> None:
    manager = login()
    assert manager.actor is not None
    added = users.add_user(manager, manager.actor, "sato", "佐藤 花子", Role.CLERK, "temporary-1")
    manager.close()

    sato = login("sato", "temporary-1")
    assert sato.actor is not None
    assert (sato.actor.display_name, sato.actor.role) == ("佐藤 花子", Role.CLERK)
    assert users.get_user(sato, sato.actor, added.id).must_change_password
    sato.close()
    ledger, rows = manager_view(login)
    assert rows["sato"].role is Role.CLERK and rows["sato"].active
    assert ("manager", "user.add", "sato (clerk)") in events(ledger, 5)


def test_a_renamed_user_logs_in_with_the_new_name_only(
    login: Login, ledger_template: LedgerTemplate
) -> None:
    manager = login()
    assert manager.actor is not None
    users.update_user(
        manager,
        manager.actor,
        ledger_template.clerk_id,
        username="Suzuki",
        display_name="鈴木 健太",
    )
    manager.close()

    clerk = login("Suzuki", CLERK_PASSWORD)
    assert clerk.actor is not None
    assert (clerk.actor.username, clerk.actor.display_name) == ("Suzuki", "鈴木 健太")
    clerk.close()
    with pytest.raises(UnknownUser):
        login(CLERK, CLERK_PASSWORD)
    ledger, rows = manager_view(login)
    assert sorted(rows) == ["Suzuki", "manager"]
    # history keeps the name the clerk had when acting
    assert ledger.actor is not None
    history = audit.list_events(ledger, ledger.actor, action="user.password")
    assert [event.username for event in history] == [CLERK]


def test_changing_ones_own_password_needs_the_old_one(login: Login, ledger_file: Path) -> None:
    clerk = login(CLERK)
    assert clerk.actor is not None
    before = digest(ledger_file)

    with pytest.raises(WrongPassword) as wrong:
        users.change_own_password(clerk, clerk.actor, "not-my-password", "brand-new-pass")
    assert "current password is not correct" in str(wrong.value)
    with pytest.raises(ValidationError) as short:
        users.change_own_password(clerk, clerk.actor, CLERK_PASSWORD, "short")
    assert short.value.field == "new_password"
    with pytest.raises(ValidationError) as same:
        users.change_own_password(clerk, clerk.actor, CLERK_PASSWORD, CLERK_PASSWORD)
    assert same.value.field == "new_password"
    assert digest(ledger_file) == before

    users.change_own_password(clerk, clerk.actor, CLERK_PASSWORD, "brand-new-pass")
    clerk.close()
    with pytest.raises(WrongPassword):
        login(CLERK, CLERK_PASSWORD)
    clerk = login(CLERK, "brand-new-pass")
    assert clerk.actor is not None
    assert not users.get_user(clerk, clerk.actor, clerk.actor.id).must_change_password
    clerk.close()
    ledger, _ = manager_view(login)
    assert [action for _, action, _ in events(ledger, 4)] == [
        "user.password",
        "login.failures",  # the try with the old password
        "login",
        "login",
    ]


def test_a_reset_password_must_be_changed_at_next_login(
    login: Login, ledger_template: LedgerTemplate
) -> None:
    manager = login()
    assert manager.actor is not None
    users.reset_password(manager, manager.actor, ledger_template.clerk_id, "temporary-2")
    manager.close()

    with pytest.raises(WrongPassword):
        login(CLERK, CLERK_PASSWORD)
    clerk = login(CLERK, "temporary-2")
    assert users.get_user(clerk, clerk.actor, ledger_template.clerk_id).must_change_password
    clerk.close()
    ledger, rows = manager_view(login)
    assert rows[CLERK].must_change_password
    assert ("manager", "user.password_reset", "clerk") in events(ledger, 6)


def test_a_promoted_clerk_can_manage_users(login: Login, ledger_template: LedgerTemplate) -> None:
    manager = login()
    assert manager.actor is not None
    row = users.set_role(manager, manager.actor, ledger_template.clerk_id, Role.MANAGER)
    assert row.role is Role.MANAGER
    manager.close()

    clerk = login(CLERK)
    assert clerk.actor is not None and clerk.actor.is_manager
    assert len(users.list_users(clerk, clerk.actor)) == 2
    assert ("manager", "user.role", "clerk: clerk → manager") in events(clerk, 3)


def test_deactivation_locks_the_user_out_of_every_later_save(
    login: Login, ledger_file: Path, ledger_template: LedgerTemplate, tmp_path: Path
) -> None:
    old_copy = tmp_path / "copy-before-removal.pldb"
    shutil.copyfile(ledger_file, old_copy)
    vault, _ = Vault.open(old_copy, username=CLERK, password=CLERK_PASSWORD, read_only=True)
    old_data_key = vault._data_key  # what the former clerk could keep from their old copy
    vault.close()

    manager = login()
    assert manager.actor is not None
    users.deactivate_user(manager, manager.actor, ledger_template.clerk_id)
    manager.close()

    with pytest.raises(UnknownUser):
        login(CLERK, CLERK_PASSWORD)
    # The old copy still opens with the old password; the new save does not, even with
    # the data key taken from that copy.
    vault, _ = Vault.open(old_copy, username=CLERK, password=CLERK_PASSWORD, read_only=True)
    vault.close()
    header, prefix, body = fileformat.parse(ledger_file.read_bytes())
    with pytest.raises(CorruptFile):
        fileformat.decrypt_body(header, prefix, body, old_data_key)
    assert header.usernames() == [MANAGER]

    ledger, rows = manager_view(login)
    assert not rows[CLERK].active
    assert ("manager", "user.deactivate", "clerk; data key rotated") in events(ledger, 3)
    assert ledger.verify_chain().ok


def test_a_reactivated_user_logs_in_with_a_new_password(
    login: Login, ledger_template: LedgerTemplate
) -> None:
    manager = login()
    assert manager.actor is not None
    users.deactivate_user(manager, manager.actor, ledger_template.clerk_id)
    users.reactivate_user(manager, manager.actor, ledger_template.clerk_id, "welcome-back-1")
    manager.close()

    with pytest.raises(WrongPassword):
        login(CLERK, CLERK_PASSWORD)
    clerk = login(CLERK, "welcome-back-1")
    assert users.get_user(clerk, clerk.actor, ledger_template.clerk_id).must_change_password
    clerk.close()
    _, rows = manager_view(login)
    assert rows[CLERK].active


def test_the_last_active_manager_stays(
    login: Login, ledger_file: Path, ledger_template: LedgerTemplate
) -> None:
    manager = login()
    assert manager.actor is not None
    before = digest(ledger_file)
    with pytest.raises(LastManager) as demoted:
        users.set_role(manager, manager.actor, ledger_template.manager_id, Role.CLERK)
    assert "at least one active manager" in str(demoted.value)
    with pytest.raises(LastManager):
        users.deactivate_user(manager, manager.actor, ledger_template.manager_id)
    assert digest(ledger_file) == before

    # With a second manager, the first may step down.
    users.set_role(manager, manager.actor, ledger_template.clerk_id, Role.MANAGER)
    users.set_role(manager, manager.actor, ledger_template.manager_id, Role.CLERK)
    manager.close()
    clerk = login(CLERK)
    assert clerk.actor is not None
    rows = {row.username: row.role for row in users.list_users(clerk, clerk.actor)}
    assert rows == {CLERK: Role.MANAGER, MANAGER: Role.CLERK}


@pytest.mark.parametrize("name", ["Clerk", "CLERK", "ｃｌｅｒｋ", " clerk "])
def test_user_names_are_unique_whatever_the_case_or_width(
    name: str, login: Login, ledger_file: Path, ledger_template: LedgerTemplate
) -> None:
    manager = login()
    assert manager.actor is not None
    before = digest(ledger_file)
    with pytest.raises(ValidationError) as added:
        users.add_user(manager, manager.actor, name, "Another", Role.CLERK, "another-pass")
    assert added.value.field == "username"
    assert "already a user named" in str(added.value)
    with pytest.raises(ValidationError) as renamed:
        users.update_user(
            manager, manager.actor, ledger_template.manager_id, username=name, display_name="X"
        )
    assert renamed.value.field == "username"
    assert digest(ledger_file) == before


@pytest.mark.parametrize(
    ("username", "display_name", "password", "field"),
    [
        ("", "Sato", "long-enough-1", "username"),
        ("two words", "Sato", "long-enough-1", "username"),
        ("x" * 65, "Sato", "long-enough-1", "username"),
        ("sato", "  ", "long-enough-1", "display_name"),
        ("sato", "x" * 201, "long-enough-1", "display_name"),
        ("sato", "Sato", "short", "password"),
        ("sato", "Sato", " spaced-password ", "password"),
    ],
)
def test_invalid_input_names_the_field(
    username: str, display_name: str, password: str, field: str, login: Login, ledger_file: Path
) -> None:
    manager = login()
    assert manager.actor is not None
    before = digest(ledger_file)
    with pytest.raises(ValidationError) as info:
        users.add_user(manager, manager.actor, username, display_name, Role.CLERK, password)
    assert info.value.field == field
    assert str(info.value)
    assert digest(ledger_file) == before


def test_recovery_sets_a_new_manager_password(
    ledger_file: Path, ledger_template: LedgerTemplate, places: Places, login: Login
) -> None:
    ledger = open_with_recovery(ledger_file, ledger_template.recovery_key, places)
    try:
        assert ledger.actor is None
        with pytest.raises(ValidationError):
            users.recover_manager(ledger, CLERK, "a-new-pass-1")  # not a manager
        with pytest.raises(ValidationError) as short:
            users.recover_manager(ledger, MANAGER, "short")
        assert short.value.field == "password"
        actor = users.recover_manager(ledger, MANAGER, "recovered-pass-1")
        assert ledger.actor == actor and actor.is_manager
    finally:
        ledger.close()

    with pytest.raises(WrongPassword):
        login(MANAGER, MANAGER_PASSWORD)
    manager = login(MANAGER, "recovered-pass-1")
    assert not users.get_user(
        manager, manager.actor, ledger_template.manager_id
    ).must_change_password
    history = events(manager, 4)
    assert history[:2] == [
        ("manager", "recovery.used", "new manager password set"),
        ("manager", "login", "with the recovery key"),
    ]
    assert history[2][1] == "login.failures"  # the try with the forgotten password
    assert history[2][2].startswith("wrong passwords before this login: 1,")
    assert history[3] == ("manager", "login", "")
    assert manager.verify_chain().ok


def test_a_new_recovery_key_replaces_the_old_one(
    login: Login, ledger_file: Path, places: Places, ledger_template: LedgerTemplate
) -> None:
    ledger = login()
    assert ledger.actor is not None
    new_key = users.new_recovery_key(ledger, ledger.actor)
    ledger.close()

    assert new_key != ledger_template.recovery_key
    with pytest.raises(WrongPassword):
        open_with_recovery(ledger_file, ledger_template.recovery_key, places)
    reopened = open_with_recovery(ledger_file, new_key, places)
    reopened.close()


def test_a_new_recovery_key_whose_save_failed_is_still_handed_over(
    login: Login, ledger_file: Path, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is shown once; a failed save must not swallow the key that is now in force."""
    from desktop.services.errors import UnsavedRecoveryKey
    from desktop.vault import SaveFailed

    ledger = login()
    assert ledger.actor is not None

    def full_disk(image: bytes) -> None:
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(ledger.vault, "save", full_disk)
    with pytest.raises(UnsavedRecoveryKey) as caught:
        users.new_recovery_key(ledger, ledger.actor)
    assert ledger.unsaved
    monkeypatch.undo()
    ledger.retry_save()
    ledger.close()

    reopened = open_with_recovery(ledger_file, caught.value.recovery_key, places)
    reopened.close()
