"""The audit trail: every change and login is an event, and any tampering is named by event.

Tampering is done as an insider with a password could: decrypt the file, edit
the SQLite image directly, and save it through the Vault API, so the file
itself is well-formed; only the hash chain can tell, and `privacy-ledger
verify` must exit 4 naming the first broken event.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from desktop import cli
from desktop.services import audit, settings, users
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger
from desktop.services.verify import verify_file
from desktop.vault.errors import EXIT_CORRUPT
from tests.ledger_fixtures import (
    CLERK,
    MANAGER,
    MANAGER_PASSWORD,
    LedgerTemplate,
    Login,
    raw_query,
    tamper,
)

#: the session ledger's trail: create, add manager, add clerk, clerk login, clerk password
TEMPLATE_EVENTS = 5


def run_verify(
    path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(MANAGER_PASSWORD + "\n"))
    code = cli.main(["verify", str(path), "--user", MANAGER, "--password-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_change_and_login_is_recorded(login: Login, ledger_template: LedgerTemplate) -> None:
    manager = login()
    assert manager.actor is not None
    sato = users.add_user(manager, manager.actor, "sato", "Sato", Role.CLERK, "sato-pass-1")
    users.update_user(manager, manager.actor, sato.id, username="sato", display_name="Sato H.")
    users.reset_password(manager, manager.actor, sato.id, "sato-pass-2")
    users.set_role(manager, manager.actor, sato.id, Role.MANAGER)
    users.set_role(manager, manager.actor, sato.id, Role.MANAGER)  # no change: no event
    users.deactivate_user(manager, manager.actor, sato.id)
    users.reactivate_user(manager, manager.actor, sato.id, "sato-pass-3")
    users.rotate_data_key(manager, manager.actor)
    users.new_recovery_key(manager, manager.actor)
    settings.update_settings(manager, manager.actor, settings.OfficeSettings("New Name", 15))
    manager.close()

    manager = login()
    assert manager.actor is not None
    rows = list(reversed(audit.list_events(manager, manager.actor)))
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))
    assert [row.action for row in rows[TEMPLATE_EVENTS:]] == [
        "login",
        "user.add",
        "user.rename",
        "user.password_reset",
        "user.role",
        "user.deactivate",
        "user.reactivate",
        "ledger.rotate_key",
        "ledger.recovery_key",
        "settings.change",
        "login",
    ]
    assert all(row.username == MANAGER for row in rows[TEMPLATE_EVENTS:])
    assert (
        rows[-2].summary
        == "office name 'Yamada Gyoseishoshi Office' → 'New Name'; idle lock 5 → 15 min"
    )
    report = manager.verify_chain()
    assert report.ok and report.events == len(rows)
    assert report.describe() == f"audit trail intact ({len(rows)} events)"


def test_the_audit_log_can_be_searched(login: Login) -> None:
    manager = login()
    assert manager.actor is not None
    assert [row.action for row in audit.list_events(manager, manager.actor, action="user.add")] == [
        "user.add",
        "user.add",
    ]
    found = audit.list_events(manager, manager.actor, text="CLERK (")
    assert [row.summary for row in found] == ["clerk (clerk)"]
    assert audit.list_events(manager, manager.actor, text="nobody-at-all") == []


def test_an_intact_ledger_verifies(
    ledger_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_verify(ledger_file, capsys, monkeypatch)
    assert (code, err) == (0, "")
    assert f"audit trail:  ok: intact ({TEMPLATE_EVENTS} events)" in out


TAMPERING = {
    "a summary changed": (
        "UPDATE audit_events SET summary = 'nothing here' WHERE seq = 3",
        3,
        "changed",
    ),
    "a user name changed": (
        "UPDATE audit_events SET username = 'manager' WHERE seq = 4",
        4,
        "changed",
    ),
    "a time changed": (
        "UPDATE audit_events SET at = '2020-01-01 00:00:00' WHERE seq = 2",
        2,
        "changed",
    ),
    "a middle event deleted": ("DELETE FROM audit_events WHERE seq = 3", 3, "missing"),
    "the first event deleted": ("DELETE FROM audit_events WHERE seq = 1", 1, "missing"),
    "the last event deleted": ("DELETE FROM audit_events WHERE seq = 5", 5, "removed"),
    "two events swapped": (
        "UPDATE audit_events SET seq = -1 WHERE seq = 2;"
        "UPDATE audit_events SET seq = 2 WHERE seq = 3;"
        "UPDATE audit_events SET seq = 3 WHERE seq = -1;",
        2,
        "changed",
    ),
    "an event added at the end": (
        "INSERT INTO audit_events (seq, at, user_id, username, action, entity, entity_id,"
        " summary, mac) SELECT 6, at, user_id, username, action, entity, entity_id, summary,"
        " mac FROM audit_events WHERE seq = 5",
        6,
        "changed",  # a copy of event 5 cannot carry a valid MAC as event 6
    ),
}


@pytest.mark.parametrize(
    ("sql", "broken", "problem"), list(TAMPERING.values()), ids=list(TAMPERING)
)
def test_tampering_is_found_and_named_by_event(
    sql: str,
    broken: int,
    problem: str,
    ledger_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tamper(ledger_file, sql)

    code, out, err = run_verify(ledger_file, capsys, monkeypatch)

    assert code == EXIT_CORRUPT
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert re.search(
        rf"^privacy-ledger: audit trail check failed: broken at event {broken}: .*{problem}", line
    ), line
    assert "audit trail:  FAILED" in out
    assert "database:     ok" in out  # the file itself is sound: only the chain tells


#: the template's checkpoint: set at the clerk's login, over the three events before it
CHECKPOINT = 3
CHECKPOINT_VALUE = "SELECT value FROM settings WHERE key = 'audit_checkpoint'"


@pytest.mark.parametrize(
    ("sql", "broken"),
    [
        # after the checkpoint: the events an open walks
        ("UPDATE audit_events SET summary = 'x' WHERE seq = 5", 5),
        ("DELETE FROM audit_events WHERE seq = 5", 5),
        # the MAC at the checkpoint is not the one recorded: the open walks the whole chain
        ("UPDATE audit_events SET mac = 'f' || substr(mac, 2) WHERE seq = 3", 3),
        # an event before it removed: the count up to the checkpoint no longer holds
        ("DELETE FROM audit_events WHERE seq = 2", 2),
        # a forged checkpoint (its MAC does not hold) does not hide an earlier change
        (
            "UPDATE audit_events SET summary = 'x' WHERE seq = 2;"
            "UPDATE settings SET value = json_array(5, json_extract(value, '$[1]'), "
            "json_extract(value, '$[2]')) WHERE key = 'audit_checkpoint'",
            2,
        ),
        # no checkpoint at all: the whole chain is walked
        (
            "UPDATE audit_events SET summary = 'x' WHERE seq = 2;"
            "DELETE FROM settings WHERE key = 'audit_checkpoint'",
            2,
        ),
    ],
)
def test_opening_a_tampered_ledger_reports_the_broken_event(
    sql: str, broken: int, ledger_file: Path, login: Login
) -> None:
    ((value,),) = raw_query(ledger_file, CHECKPOINT_VALUE)
    assert json.loads(str(value))[0] == CHECKPOINT
    tamper(ledger_file, sql)
    ledger = login()
    assert not ledger.chain.ok
    assert ledger.chain.first_broken == broken
    assert f"broken at event {broken}" in ledger.chain.describe()


def test_an_open_walks_from_the_checkpoint_and_verify_walks_it_all(
    ledger_file: Path, login: Login
) -> None:
    """The honest limit: an event rewritten before the checkpoint is found by verify, not open."""
    tamper(ledger_file, "UPDATE audit_events SET summary = 'x' WHERE seq = 2")
    ledger = login()
    assert ledger.chain.ok and ledger.chain.events == TEMPLATE_EVENTS
    ledger.close()
    report = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert report.lines[-1][:2] == ("audit trail", False)


def test_each_open_moves_the_checkpoint_to_what_it_checked(login: Login, ledger_file: Path) -> None:
    login().close()  # checks events 1-5, then adds its login (6)
    ((value,),) = raw_query(ledger_file, CHECKPOINT_VALUE)
    assert json.loads(str(value))[0] == TEMPLATE_EVENTS
    ledger = login()
    assert ledger.chain.ok and ledger.chain.events == TEMPLATE_EVENTS + 1


def test_the_audit_key_survives_key_rotation(
    ledger_file: Path, ledger_template: LedgerTemplate, login: Login
) -> None:
    (key_before,) = raw_query(ledger_file, "SELECT value FROM settings WHERE key = 'audit_key'")
    manager = login()
    assert manager.actor is not None
    users.deactivate_user(manager, manager.actor, ledger_template.clerk_id)
    users.rotate_data_key(manager, manager.actor)
    manager.close()

    assert raw_query(ledger_file, "SELECT value FROM settings WHERE key = 'audit_key'") == [
        key_before
    ]
    report = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert report.ok, report.lines
    assert report.lines[-1] == ("audit trail", True, f"intact ({TEMPLATE_EVENTS + 3} events)")


def test_each_ledger_has_its_own_audit_key(ledger_file: Path, tmp_path: Path) -> None:
    """A chain copied from another ledger does not verify: the key is random per ledger."""
    other, _ = create_ledger(
        tmp_path / "other.pldb",
        NewLedger("Other", MANAGER, "M", MANAGER_PASSWORD),
        Places(tmp_path),
    )
    other.close()
    (mine,) = raw_query(ledger_file, "SELECT value FROM settings WHERE key = 'audit_key'")
    (theirs,) = raw_query(
        tmp_path / "other.pldb", "SELECT value FROM settings WHERE key = 'audit_key'"
    )
    assert mine != theirs and len(str(mine[0])) == 64


def test_a_clerks_login_is_recorded_with_their_name(login: Login) -> None:
    login(CLERK).close()
    manager = login()
    assert manager.actor is not None
    newest = audit.list_events(manager, manager.actor, limit=2)
    assert [(row.username, row.action) for row in newest] == [(MANAGER, "login"), (CLERK, "login")]
