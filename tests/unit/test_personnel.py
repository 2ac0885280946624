"""Personnel measures: pledge and training dates set by a manager; old training is flagged."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services import audit
from desktop.services.contractors import checklists
from desktop.services.contractors.rules import add_months
from desktop.services.contractors.types import ChecklistKind
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.personnel import list_personnel, set_personnel_dates
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger
from tests.ledger_fixtures import CLERK, MANAGER, Login

TODAY = date.today()


def test_a_manager_records_pledge_and_training_and_old_training_is_flagged(login: Login) -> None:
    ledger = login()
    assert ledger.actor is not None
    rows = {r.username: r for r in list_personnel(ledger, ledger.actor)}
    assert rows[CLERK].training_due and rows[CLERK].pledge_signed_on is None  # never trained

    long_ago = add_months(TODAY, -12) - timedelta(days=1)
    row = set_personnel_dates(
        ledger, ledger.actor, rows[CLERK].user_id, pledge_signed_on=date(2024, 4, 1),
        trained_on=long_ago,
    )  # fmt: skip
    assert (row.pledge_signed_on, row.trained_on, row.training_due) == (
        date(2024, 4, 1),
        long_ago,
        True,
    )
    row = set_personnel_dates(
        ledger, ledger.actor, row.user_id, pledge_signed_on=date(2024, 4, 1), trained_on=TODAY
    )
    assert not row.training_due
    event = audit.list_events(ledger, ledger.actor)[0]
    assert (event.action, event.summary) == (
        "user.personnel",
        f"{CLERK}: pledge 2024-04-01, training {TODAY.isoformat()}",
    )
    with pytest.raises(ValidationError, match="future"):
        set_personnel_dates(
            ledger, ledger.actor, row.user_id, pledge_signed_on=None,
            trained_on=TODAY + timedelta(days=1),
        )  # fmt: skip


def test_a_clerk_cannot_see_or_set_personnel_dates(login: Login) -> None:
    clerk = login(CLERK)
    assert clerk.actor is not None
    with pytest.raises(PermissionDenied):
        list_personnel(clerk, clerk.actor)
    with pytest.raises(PermissionDenied):
        set_personnel_dates(
            clerk, clerk.actor, clerk.actor.id, pledge_signed_on=TODAY, trained_on=TODAY
        )


def test_a_ledger_set_up_in_japanese_gets_japanese_checklists(tmp_path: Path) -> None:
    new = NewLedger("山田行政書士事務所", "tanaka", "田中 美咲", "tanaka-pass-2026", language="ja")
    ledger, _key = create_ledger(tmp_path / "ja.pldb", new, Places(tmp_path / "data"))
    try:
        assert ledger.actor is not None
        template = checklists.current_template(ledger, ledger.actor, ChecklistKind.CONTRACTOR)
        assert (
            template.items[0].question == "個人データの取扱いに関する責任者が定められていますか。"
        )
        own = checklists.current_template(ledger, ledger.actor, ChecklistKind.SELF)
        assert 20 <= len(own.items) <= 35 and own.version == 1
    finally:
        ledger.close()


def test_an_older_ledger_gets_the_checklists_when_upgraded(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    path = tmp_path / "old.pldb"
    shutil.copyfile(data / "ledger-schema-0001.pldb", path)
    manifest = json.loads((data / "ledger-schema-0001.json").read_text(encoding="utf-8"))
    ledger = open_ledger(path, MANAGER, manifest["passwords"][MANAGER], Places(tmp_path / "d"))
    try:
        assert ledger.actor is not None
        template = checklists.current_template(ledger, ledger.actor, ChecklistKind.CONTRACTOR)
        assert len(template.items) == 30 and template.items[0].question.startswith("Is a person")
        assert all(r.pledge_signed_on is None for r in list_personnel(ledger, ledger.actor))
    finally:
        ledger.close()
