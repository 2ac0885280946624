"""Make the ledger file that freezes the current schema, for the upgrade test.

Each ``ledger-schema-<revision>.pldb`` here is a real ledger written by the
program at that schema revision, with a ``.json`` manifest of what it holds;
tests/unit/test_migrations.py opens every one with today's program and checks
that it is upgraded and nothing was lost (as Electrum keeps a wallet from
every past version). Never edit or regenerate an existing fixture: it stands
for the files offices already have.

How to run (new key slots use the cheap test-only key parameters, so the file
opens fast in tests):

    python tests/data/make_fixture.py            # freezes the schema of this checkout

To freeze an older schema, run the script against the program of that commit::

    git archive COMMIT desktop | tar -x -C /tmp/pl-old
    PYTHONPATH=/tmp/pl-old python tests/data/make_fixture.py

``ledger-schema-0001.pldb`` was made this way from commit 07d340e ("Database in
memory with migrations, users and roles, ...") on 2026-11-25, with only the
services that existed at revision 0001. ``ledger-schema-0002.pldb`` was made
from commit 159e94d on 2026-11-29 by this script, which since then also adds
purposes and clients (an added and retired purpose, three clients, the last
one disposed of) and lists them in the manifest. ``ledger-schema-0003.pldb`` was made
from main at commit 2739760 on 2026-11-29 (counters and policy versions).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ["PRIVACY_LEDGER_TEST_KDF"] = "1"  # before any key slot is made

from desktop.db import migrate
from desktop.services import audit, clients, purposes, settings, users
from desktop.services.ledger import Ledger
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger

HERE = Path(__file__).resolve().parent
MANAGER, MANAGER_PASSWORD = "manager", "fixture-pass-0001"
CLERK, CLERK_PASSWORD = "clerk", "fixture-clerk-0001"
OFFICE = "Fixture Gyoseishoshi Office"


def make(folder: Path) -> Path:
    """Write ``ledger-schema-<HEAD>.pldb`` and its manifest into ``folder``; return the file."""
    target = folder / f"ledger-schema-{migrate.HEAD}.pldb"
    if target.exists():
        raise SystemExit(f"{target} exists; fixtures are never regenerated")
    with tempfile.TemporaryDirectory() as scratch:
        places = Places(Path(scratch))
        work = Path(scratch) / target.name
        new = NewLedger(OFFICE, MANAGER, "Fixture Manager", MANAGER_PASSWORD)
        ledger, recovery_key = create_ledger(work, new, places)
        actor = ledger.actor
        assert actor is not None
        clerk = users.add_user(ledger, actor, CLERK, "Fixture Clerk", Role.CLERK, "temporary-1")
        sato = users.add_user(ledger, actor, "sato", "Sato Hanako", Role.CLERK, "temporary-2")
        users.update_user(ledger, actor, sato.id, username="sato.h", display_name="Sato H.")
        former = users.add_user(ledger, actor, "former", "Former Clerk", Role.CLERK, "temporary-3")
        users.deactivate_user(ledger, actor, former.id)
        settings.update_settings(ledger, actor, settings.OfficeSettings(OFFICE, 10))
        _add_clients(ledger)
        ledger.close()
        # The clerk logs in and chooses their own password, as at a first login.
        ledger = open_ledger(work, CLERK, "temporary-1", places)
        assert ledger.actor is not None
        users.change_own_password(ledger, ledger.actor, "temporary-1", CLERK_PASSWORD)
        ledger.close()
        ledger = open_ledger(work, MANAGER, MANAGER_PASSWORD, places)
        assert ledger.actor is not None
        manifest = {
            "made_by": "tests/data/make_fixture.py",
            "revision": ledger.db.revision,
            "passwords": {MANAGER: MANAGER_PASSWORD, CLERK: CLERK_PASSWORD},
            "recovery_key": recovery_key,
            "office": {"office_name": OFFICE, "idle_lock_minutes": 10},
            "users": [
                {
                    "username": row.username,
                    "display_name": row.display_name,
                    "role": row.role.value,
                    "active": row.active,
                    "must_change_password": row.must_change_password,
                }
                for row in users.list_users(ledger, ledger.actor)
            ],
            "clerk_id": clerk.id,
            "purposes": [[p.number, p.title, p.retired] for p in purposes.list_purposes(ledger)],
            "clients": [
                [row.number, row.name, row.status.value, list(row.purposes)]
                for row in clients.list_clients(ledger, ledger.actor)
            ],
            "audit": [
                [event.seq, event.username, event.action, event.summary]
                for event in reversed(audit.list_events(ledger, ledger.actor))
            ],
        }
        ledger.close()
        target.write_bytes(work.read_bytes())
    manifest_path = target.with_suffix(".json")
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    manifest_path.write_text(text + "\n", encoding="utf-8")
    return target


def _add_clients(ledger: Ledger) -> None:
    """A sixth purpose, added and retired; three clients, the last one disposed of."""
    actor = ledger.actor
    assert actor is not None
    extra = purposes.add_purpose(ledger, actor, "Seminars for clients")
    purposes.set_purpose_retired(ledger, actor, extra.id, True)
    ids = {p.number: p.id for p in purposes.list_purposes(ledger)}
    people = [
        ("山田", "花子", "ヤマダ", "ハナコ", (1, 3)),
        ("Tanaka", "Ichiro", "タナカ", "イチロウ", (1, 2, 5)),
        ("佐藤", "次郎", "サトウ", "ジロウ", (4,)),
    ]
    added = [
        clients.add_client(
            ledger,
            actor,
            clients.ClientInput(
                family_name=family,
                given_name=given,
                family_kana=family_kana,
                given_kana=given_kana,
                obtained_on=date(2026, 1, 15),
                purpose_ids=tuple(ids[n] for n in numbers),
            ),
        )
        for family, given, family_kana, given_kana, numbers in people
    ]
    clients.dispose_client(
        ledger,
        actor,
        added[-1].id,
        clients.DisposalMethod.SHREDDED,
        "Matter finished; client asked",
        disposed_on=date(2026, 11, 1),
    )


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
