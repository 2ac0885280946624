"""Purposes of use: the policy's five on every ledger, and the manager's edits to the list."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.db import migrate
from desktop.services import audit, clients, purposes
from desktop.services.clients import ClientInput
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor, Role
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger
from tests.ledger_fixtures import CLERK, LedgerTemplate, Login, digest

DEFAULT_TITLES = [
    "Submission of documents to government offices relating to services requested",
    "Confirmation of identity, invoices for fees and expenses, services from the web site",
    "Answering questions, consultations and inquiries",
    "Delegation to outsourcing companies or alliance partners",
    "Information and services by telephone, e-mail, mail and other media",
]
FIXTURE_0001 = Path(__file__).resolve().parent.parent / "data" / "ledger-schema-0001.pldb"


def clerk_of(template: LedgerTemplate) -> Actor:
    return Actor(template.clerk_id, CLERK, "Suzuki Kenta", Role.CLERK)


def manager(ledger: Ledger) -> Actor:
    assert ledger.actor is not None
    return ledger.actor


def listed(ledger: Ledger, *, include_retired: bool = True) -> list[tuple[int, str, bool]]:
    return [
        (p.number, p.title, p.retired)
        for p in purposes.list_purposes(ledger, include_retired=include_retired)
    ]


def last_event(ledger: Ledger) -> tuple[str, str]:
    (row,) = audit.list_events(ledger, manager(ledger), limit=1)
    return row.action, row.summary


def client_with(purpose_ids: tuple[int, ...]) -> ClientInput:
    return ClientInput("山田", "花子", obtained_on=date(2025, 4, 1), purpose_ids=purpose_ids)


def test_a_new_ledger_has_the_five_purposes_of_the_policy(login: Login) -> None:
    ledger = login()
    assert listed(ledger) == [(n, title, False) for n, title in enumerate(DEFAULT_TITLES, 1)]


def test_a_ledger_set_up_in_japanese_has_the_purposes_in_japanese(tmp_path: Path) -> None:
    new = NewLedger("山田行政書士事務所", "kanri", "山田 太郎", "kanri-pass-2026", language="ja")
    ledger, _ = create_ledger(tmp_path / "ja.pldb", new, Places(tmp_path / "data"))
    try:
        titles = [title for _, title, _ in listed(ledger)]
    finally:
        ledger.close()
    assert len(titles) == 5
    assert titles[0] == "ご依頼業務に関する官公署への書類の提出"
    assert titles[4].startswith("電話・電子メール・郵便")
    assert not set(titles) & set(DEFAULT_TITLES)


def test_a_ledger_from_schema_0001_gets_the_five_purposes_when_upgraded(
    tmp_path: Path, places: Places
) -> None:
    manifest = json.loads(FIXTURE_0001.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["revision"] == "0001"
    path = tmp_path / FIXTURE_0001.name
    shutil.copyfile(FIXTURE_0001, path)
    password = manifest["passwords"]["manager"]

    ledger = open_ledger(path, "manager", password, places)
    try:
        assert ledger.db.revision == migrate.HEAD
        assert listed(ledger) == [(n, title, False) for n, title in enumerate(DEFAULT_TITLES, 1)]
        row = clients.add_client(ledger, manager(ledger), client_with((1, 5)))
        assert (row.number, row.purposes) == ("C-000001", (1, 5))
    finally:
        ledger.close()

    ledger = open_ledger(path, "manager", password, places)  # nothing more to upgrade or seed
    try:
        assert len(purposes.list_purposes(ledger)) == 5
        assert [r.number for r in clients.list_clients(ledger, manager(ledger))] == ["C-000001"]
        assert ledger.verify_chain().ok
    finally:
        ledger.close()


def test_the_manager_adds_a_purpose_with_the_next_number(login: Login) -> None:
    ledger = login()
    added = purposes.add_purpose(ledger, manager(ledger), "  Newsletter   for clients ")
    assert (added.number, added.title, added.retired) == (6, "Newsletter for clients", False)
    assert last_event(ledger) == ("purpose.add", "6: Newsletter for clients")
    ledger.close()
    assert listed(login())[-1] == (6, "Newsletter for clients", False)


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("", "Enter the purpose's title."),
        ("   ", "Enter the purpose's title."),
        ("x" * 201, "The purpose's title is too long (at most 200)."),
        (DEFAULT_TITLES[2], "Purpose 3 already has this title; choose another."),
        (  # width, case and spacing do not make a different purpose
            "ＡＮＳＷＥＲＩＮＧ questions,  consultations and inquiries",
            "Purpose 3 already has this title; choose another.",
        ),
    ],
)
def test_a_purpose_needs_a_title_of_its_own(
    login: Login, ledger_file: Path, title: str, message: str
) -> None:
    ledger = login()
    before = digest(ledger_file)
    with pytest.raises(ValidationError) as info:
        purposes.add_purpose(ledger, manager(ledger), title)
    assert (info.value.field, str(info.value)) == ("title", message)
    assert digest(ledger_file) == before
    assert len(purposes.list_purposes(ledger)) == 5


def test_renaming_a_purpose_is_saved_and_recorded(login: Login) -> None:
    ledger = login()
    first = purposes.list_purposes(ledger)[0]
    renamed = purposes.rename_purpose(ledger, manager(ledger), first.id, "Government filings")
    assert (renamed.number, renamed.title) == (1, "Government filings")
    assert last_event(ledger) == (
        "purpose.rename",
        f"1: '{DEFAULT_TITLES[0]}' → 'Government filings'",
    )
    with pytest.raises(ValidationError, match="Purpose 1 already has this title"):
        second = purposes.list_purposes(ledger)[1]
        purposes.rename_purpose(ledger, manager(ledger), second.id, "government filings")
    ledger.close()
    assert listed(login())[0] == (1, "Government filings", False)


def test_a_retired_purpose_stays_on_old_records_but_cannot_be_chosen_anew(login: Login) -> None:
    ledger = login()
    actor = manager(ledger)
    ids = {p.number: p.id for p in purposes.list_purposes(ledger)}
    had_it = clients.add_client(ledger, actor, client_with((ids[1], ids[4])))
    lacked_it = clients.add_client(ledger, actor, client_with((ids[1],)))

    retired = purposes.set_purpose_retired(ledger, actor, ids[4], True)
    assert retired.retired
    assert last_event(ledger) == ("purpose.retire", "4")
    assert [n for n, _, _ in listed(ledger, include_retired=False)] == [1, 2, 3, 5]
    assert [n for n, _, _ in listed(ledger)] == [1, 2, 3, 4, 5]

    rows = {row.id: row for row in clients.list_clients(ledger, actor)}
    assert rows[had_it.id].purposes == (1, 4)  # stays on the old record
    detail = clients.get_client(ledger, actor, had_it.id)
    kept = clients.update_client(ledger, actor, had_it.id, replace(detail.data, notes="call"))
    assert kept.purposes == (1, 4)  # and may stay when the record is edited

    attempts: list[Callable[[], object]] = [
        lambda: clients.add_client(ledger, actor, client_with((ids[4],))),
        lambda: clients.update_client(ledger, actor, lacked_it.id, client_with((ids[1], ids[4]))),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.field == "purpose_ids"
        assert str(info.value) == "Purpose 4 is retired and can no longer be chosen."
    assert len(clients.list_clients(ledger, actor)) == 2

    purposes.set_purpose_retired(ledger, actor, ids[4], False)
    assert last_event(ledger) == ("purpose.reinstate", "4")
    assert clients.add_client(ledger, actor, client_with((ids[4],))).purposes == (4,)


def test_the_last_purpose_in_use_cannot_be_retired(login: Login) -> None:
    ledger = login()
    actor = manager(ledger)
    *others, last = purposes.list_purposes(ledger)
    for purpose in others:
        purposes.set_purpose_retired(ledger, actor, purpose.id, True)
    with pytest.raises(ValidationError, match="At least one purpose must stay in use"):
        purposes.set_purpose_retired(ledger, actor, last.id, True)
    assert listed(ledger, include_retired=False) == [(5, DEFAULT_TITLES[4], False)]


def test_a_purpose_is_not_reinstated_beside_one_with_its_title(login: Login) -> None:
    ledger = login()
    actor = manager(ledger)
    third = purposes.list_purposes(ledger)[2]
    purposes.set_purpose_retired(ledger, actor, third.id, True)
    purposes.add_purpose(ledger, actor, DEFAULT_TITLES[2])  # allowed: the old one is retired
    with pytest.raises(ValidationError, match="Purpose 6 already has this title"):
        purposes.set_purpose_retired(ledger, actor, third.id, False)


def test_a_clerk_cannot_edit_the_purposes(
    login: Login, ledger_file: Path, ledger_template: LedgerTemplate
) -> None:
    ledger = login()
    clerk = clerk_of(ledger_template)
    first = purposes.list_purposes(ledger)[0]
    before = digest(ledger_file)
    attempts: list[Callable[[], object]] = [
        lambda: purposes.add_purpose(ledger, clerk, "Marketing"),
        lambda: purposes.rename_purpose(ledger, clerk, first.id, "Marketing"),
        lambda: purposes.set_purpose_retired(ledger, clerk, first.id, True),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="change office settings"):
            attempt()
    assert digest(ledger_file) == before
    assert listed(ledger) == [(n, title, False) for n, title in enumerate(DEFAULT_TITLES, 1)]
