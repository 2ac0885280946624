"""The client register: saved values, the audit trail, roles, disposal, purposes and retention."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.demo.fill import fill_ledger
from desktop.services import audit, clients, purposes
from desktop.services.clients import (
    ClientInput,
    ClientStatus,
    DisposalMethod,
    ObtainedHow,
)
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor, Role
from desktop.services.textsearch import key_matches, query_terms
from desktop.vault import Vault
from tests.ledger_fixtures import CLERK, MANAGER, PASSWORDS, LedgerTemplate, Login, digest

#: a client whose every personal field is distinctive, so its bytes can be looked for
KADENOKOJI = ClientInput(
    family_name="勘解由小路",
    given_name="Quintessa",
    family_kana="カデノコウジ",
    given_kana="くいんてっさ",
    date_of_birth=date(1961, 7, 14),
    postal_code="０７４－０７４１",
    address="北海道雨竜郡幌加内町朱鞠内湖畔9-87-65",
    phone="0165-99-8877",
    email="quintessa.k@example.org",
    obtained_how=ObtainedHow.THIRD_PARTY,
    obtained_on=date(2024, 5, 20),
    provider_name="朱鞠内不動産株式会社",
    provider_address="北海道雨竜郡幌加内町字朱鞠内1-1",
    provider_representative="代表取締役 蝦夷 太郎",
    provider_obtained_how="Rental application, with consent to pass it on",
    sensitive=True,
    sensitive_note="診断書 / medical certificate for a visa application",
    matters=("在留期間更新許可申請 / visa extension", "Construction business license"),
    matter_closed_on=date(2024, 10, 31),
    notes="Speaks Ainu and English; prefers letters.",
)
SECRETS = [
    "勘解由小路",
    "Quintessa",
    "カデノコウジ",
    "クインテッサ",  # typed in hiragana, stored in katakana
    "1961-07-14",
    "074-0741",
    "朱鞠内湖畔",
    "0165-99-8877",
    "quintessa.k@example.org",
    "朱鞠内不動産",
    "蝦夷 太郎",
    "Rental application",
    "medical certificate",
    "visa extension",
    "Speaks Ainu",
]
OTHER = ClientInput(
    family_name="波照間",
    given_name="Bartholomew",
    address="沖縄県八重山郡竹富町波照間4-3-2",
    phone="0980-85-1234",
    obtained_on=date(2025, 1, 10),
)


@pytest.fixture
def ledger(login: Login) -> Ledger:
    return login()


@pytest.fixture
def purpose_ids(ledger: Ledger) -> dict[int, int]:
    """Purpose id by purpose number."""
    return {p.number: p.id for p in purposes.list_purposes(ledger)}


@pytest.fixture
def clerk(ledger_template: LedgerTemplate) -> Actor:
    return Actor(ledger_template.clerk_id, CLERK, "Suzuki Kenta", Role.CLERK)


def manager(ledger: Ledger) -> Actor:
    assert ledger.actor is not None
    return ledger.actor


def with_purposes(data: ClientInput, ids: dict[int, int], *numbers: int) -> ClientInput:
    return replace(data, purpose_ids=tuple(ids[n] for n in numbers or (1,)))


def trail(ledger: Ledger, count: int) -> list[tuple[str, str, str]]:
    """The newest ``count`` events, oldest first: (action, entity id, summary)."""
    rows = audit.list_events(ledger, manager(ledger), limit=count)
    return [(row.action, row.entity_id, row.summary) for row in reversed(rows)]


def reopen(ledger: Ledger, login: Login, user: str = MANAGER) -> Ledger:
    ledger.close()
    return login(user, PASSWORDS[user])


@contextmanager
def counted_queries(ledger: Ledger) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(ledger.db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(ledger.db.engine, "before_cursor_execute", count)


# --- adding, editing, reopening ----------------------------------------------------------


def test_a_client_is_saved_with_every_field_and_reopens_the_same(
    ledger: Ledger, login: Login, purpose_ids: dict[int, int]
) -> None:
    data = with_purposes(KADENOKOJI, purpose_ids, 1, 3, 5)
    row = clients.add_client(ledger, manager(ledger), data)
    assert (row.number, row.name, row.kana) == (
        "C-000001",
        "勘解由小路 Quintessa",
        "カデノコウジ クインテッサ",  # the reading typed in hiragana is stored in katakana
    )
    assert (row.purposes, row.sensitive, row.status) == ((1, 3, 5), True, ClientStatus.ACTIVE)
    assert row.retention_end == date(2026, 10, 31)  # two years after the matter closed

    ledger = reopen(ledger, login)
    detail = clients.get_client(ledger, manager(ledger), row.id)
    expected = replace(
        data, postal_code="074-0741", given_kana="クインテッサ", retention_end=date(2026, 10, 31)
    )
    assert detail.data == expected
    assert (detail.number, detail.status, detail.due_reason, detail.disposal) == (
        "C-000001",
        ClientStatus.ACTIVE,
        "",
        None,
    )
    assert detail.created_at == detail.updated_at


def test_clients_are_numbered_in_order(ledger: Ledger, purpose_ids: dict[int, int]) -> None:
    actor = manager(ledger)
    numbers = [
        clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids)).number
        for _ in range(3)
    ]
    assert numbers == ["C-000001", "C-000002", "C-000003"]
    assert [row.number for row in clients.list_clients(ledger, actor)] == numbers


def test_a_client_with_a_problem_is_not_saved(
    ledger: Ledger, ledger_file: Path, purpose_ids: dict[int, int]
) -> None:
    before = digest(ledger_file)
    bad = with_purposes(replace(OTHER, email="nobody", postal_code="12"), purpose_ids)
    with pytest.raises(ValidationError) as info:
        clients.add_client(ledger, manager(ledger), bad)
    assert (info.value.field, str(info.value)) == (
        "postal_code",
        "Enter the postal code as 123-4567.",
    )
    with pytest.raises(ValidationError, match="no longer exists") as info:
        clients.add_client(ledger, manager(ledger), replace(OTHER, purpose_ids=(999,)))
    assert info.value.field == "purpose_ids"
    assert digest(ledger_file) == before
    assert clients.list_clients(ledger, manager(ledger)) == []


def test_an_edit_is_saved_and_names_the_changed_fields_only(
    ledger: Ledger, login: Login, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(KADENOKOJI, purpose_ids, 1))
    data = clients.get_client(ledger, actor, row.id).data
    changed = replace(
        data,
        address="北海道札幌市中央区北1条西2-3",
        phone="011-222-3333",
        purpose_ids=(purpose_ids[1], purpose_ids[2]),
    )
    edited = clients.update_client(ledger, actor, row.id, changed)
    assert (edited.phone, edited.purposes) == ("011-222-3333", (1, 2))
    assert trail(ledger, 1) == [
        ("client.edit", str(row.id), "C-000001: address, phone, purpose_ids")
    ]

    count = len(audit.list_events(ledger, actor))
    clients.update_client(ledger, actor, row.id, changed)  # nothing changed: nothing recorded
    assert len(audit.list_events(ledger, actor)) == count

    ledger = reopen(ledger, login)
    detail = clients.get_client(ledger, manager(ledger), row.id)
    assert detail.data == changed
    assert detail.updated_at > detail.created_at


def test_a_default_retention_end_follows_the_closing_date(
    ledger: Ledger, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    open_matter = with_purposes(replace(OTHER, matter_closed_on=None), purpose_ids)
    row = clients.add_client(ledger, actor, open_matter)
    assert row.retention_end is None  # retention starts when the matter closes

    data = clients.get_client(ledger, actor, row.id).data
    closed = clients.update_client(
        ledger, actor, row.id, replace(data, matter_closed_on=date(2025, 3, 1))
    )
    assert closed.retention_end == date(2027, 3, 1)

    data = clients.get_client(ledger, actor, row.id).data
    later = clients.update_client(
        ledger, actor, row.id, replace(data, matter_closed_on=date(2025, 9, 1))
    )
    assert later.retention_end == date(2027, 9, 1)

    data = clients.get_client(ledger, actor, row.id).data
    chosen = clients.update_client(
        ledger, actor, row.id, replace(data, retention_end=date(2030, 1, 1))
    )
    assert chosen.retention_end == date(2030, 1, 1)
    data = clients.get_client(ledger, actor, row.id).data
    kept = clients.update_client(
        ledger, actor, row.id, replace(data, matter_closed_on=date(2025, 10, 1))
    )
    assert kept.retention_end == date(2030, 1, 1)  # set by a person: not overwritten


@pytest.mark.parametrize("how", list(ObtainedHow))
def test_every_way_of_obtaining_data_can_be_saved(
    ledger: Ledger, purpose_ids: dict[int, int], how: ObtainedHow
) -> None:
    data = with_purposes(replace(KADENOKOJI, obtained_how=how), purpose_ids)
    row = clients.add_client(ledger, manager(ledger), data)
    detail = clients.get_client(ledger, manager(ledger), row.id)
    assert detail.data.obtained_how is how
    # Provider details are kept only for data received from a third party (APPI Art. 30).
    assert bool(detail.data.provider_name) is (how is ObtainedHow.THIRD_PARTY)


def test_an_unknown_client_is_not_found(ledger: Ledger) -> None:
    with pytest.raises(NotFound, match="The client was not found"):
        clients.get_client(ledger, manager(ledger), 12345)


# --- the audit trail ---------------------------------------------------------------------


def test_reads_and_changes_are_recorded_without_personal_data(
    ledger: Ledger, login: Login, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(KADENOKOJI, purpose_ids))
    detail = clients.get_client(ledger, actor, row.id)
    clients.update_client(ledger, actor, row.id, replace(detail.data, notes="Speaks Ainu only"))
    clients.mark_due_for_disposal(ledger, actor, row.id, "Quintessa asked for erasure")
    clients.unmark_due_for_disposal(ledger, actor, row.id)
    clients.dispose_client(ledger, actor, row.id, DisposalMethod.SHREDDED, "Retention over")

    ledger = reopen(ledger, login)  # every event was saved
    assert trail(ledger, 7)[:6] == [
        ("client.add", str(row.id), "C-000001"),
        ("client.view", str(row.id), "C-000001"),
        ("client.edit", str(row.id), "C-000001: notes"),
        ("client.mark_due", str(row.id), "C-000001"),
        ("client.unmark_due", str(row.id), "C-000001"),
        ("client.dispose", str(row.id), "C-000001: shredded"),
    ]
    everything = " ".join(
        f"{e.entity_id} {e.summary}" for e in audit.list_events(ledger, manager(ledger))
    )
    assert not [secret for secret in SECRETS if secret in everything]
    assert ledger.verify_chain().ok


# --- roles -------------------------------------------------------------------------------


def test_a_clerk_keeps_the_register_but_cannot_dispose(
    ledger: Ledger, ledger_file: Path, clerk: Actor, purpose_ids: dict[int, int]
) -> None:
    row = clients.add_client(ledger, clerk, with_purposes(OTHER, purpose_ids))
    data = clients.get_client(ledger, clerk, row.id).data
    clients.update_client(ledger, clerk, row.id, replace(data, notes="clerk was here"))
    marked = clients.mark_due_for_disposal(ledger, clerk, row.id, "Matter finished")
    assert marked.status is ClientStatus.DUE_FOR_DISPOSAL
    assert [r.id for r in clients.due_for_disposal(ledger, clerk)] == [row.id]

    before = digest(ledger_file)
    with pytest.raises(PermissionDenied, match="dispose of a client's data"):
        clients.dispose_client(ledger, clerk, row.id, DisposalMethod.ERASED, "Matter finished")
    assert digest(ledger_file) == before
    assert clients.get_client(ledger, manager(ledger), row.id).data.family_name == "波照間"


# --- due for disposal, and disposal ------------------------------------------------------


def test_marking_due_needs_a_reason_and_can_be_undone(
    ledger: Ledger, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids))
    with pytest.raises(ValidationError) as info:
        clients.mark_due_for_disposal(ledger, actor, row.id, "  ")
    assert (info.value.field, str(info.value)) == ("reason", "Enter the reason.")

    clients.mark_due_for_disposal(ledger, actor, row.id, "Client asked for erasure")
    detail = clients.get_client(ledger, actor, row.id)
    assert (detail.status, detail.due_reason) == (
        ClientStatus.DUE_FOR_DISPOSAL,
        "Client asked for erasure",
    )
    back = clients.unmark_due_for_disposal(ledger, actor, row.id)
    assert back.status is ClientStatus.ACTIVE
    assert clients.get_client(ledger, actor, row.id).due_reason == ""
    assert clients.due_for_disposal(ledger, actor) == []


def test_due_for_disposal_lists_marked_clients_and_those_past_retention(
    ledger: Ledger, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)

    def add(**changes: Any) -> int:
        data = replace(OTHER, obtained_on=date(2020, 1, 6), **changes)
        return clients.add_client(ledger, actor, with_purposes(data, purpose_ids)).id

    past = add(matter_closed_on=date(2022, 3, 31))  # kept through 2024-03-31
    today = date.today()  # read when the test runs: a suite may cross midnight
    last_day = add(matter_closed_on=date(2023, 1, 10), retention_end=today)
    still_open = add(matter_closed_on=None)
    marked = add(matter_closed_on=None)
    disposed = add(matter_closed_on=date(2021, 1, 10))
    clients.mark_due_for_disposal(ledger, actor, marked, "Client asked for erasure")
    clients.dispose_client(ledger, actor, disposed, DisposalMethod.ERASED, "Retention over")

    assert [r.id for r in clients.due_for_disposal(ledger, actor)] == [past, marked]
    tomorrow = today + timedelta(days=1)
    assert [r.id for r in clients.due_for_disposal(ledger, actor, tomorrow)] == [
        past,
        last_day,
        marked,
    ]
    assert still_open not in [
        r.id for r in clients.due_for_disposal(ledger, actor, date(2099, 1, 1))
    ]


def test_disposal_purges_the_personal_data_from_memory_and_file(
    ledger: Ledger, ledger_file: Path, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    gone = clients.add_client(ledger, actor, with_purposes(KADENOKOJI, purpose_ids, 1, 2, 3, 4, 5))
    kept = clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids))
    image = ledger.db.serialize()
    assert all(secret.encode() in image for secret in SECRETS)  # the search can find them

    tombstone = clients.dispose_client(
        ledger, actor, gone.id, DisposalMethod.SHREDDED, "Retention period over"
    )
    assert (tombstone.number, tombstone.name, tombstone.phone, tombstone.purposes) == (
        "C-000001",
        "",
        "",
        (),
    )
    image = ledger.db.serialize()
    assert [secret for secret in SECRETS if secret.encode() in image] == []
    assert "波照間".encode() in image and b"0980-85-1234" in image

    vault, saved = Vault.open(
        ledger_file, username=MANAGER, password=PASSWORDS[MANAGER], read_only=True
    )
    vault.close()
    assert [secret for secret in SECRETS if secret.encode() in saved] == []
    assert "波照間".encode() in saved
    raw = ledger_file.read_bytes()
    assert not any(secret.encode() in raw for secret in [*SECRETS, "波照間"])  # encrypted anyway
    assert [r.id for r in clients.list_clients(ledger, actor)] == [gone.id, kept.id]


def test_a_disposed_client_remains_as_a_tombstone_that_cannot_be_edited(
    ledger: Ledger, login: Login, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(KADENOKOJI, purpose_ids, 1, 5))
    created = clients.get_client(ledger, actor, row.id).created_at
    day = date.today() - timedelta(days=3)
    clients.dispose_client(
        ledger, actor, row.id, DisposalMethod.RETURNED, "Documents returned", disposed_on=day
    )

    ledger = reopen(ledger, login, CLERK)
    clerk = manager(ledger)
    (listed,) = clients.list_clients(ledger, clerk)
    assert (listed.number, listed.name, listed.kana, listed.email, listed.sensitive) == (
        "C-000001",
        "",
        "",
        "",
        False,
    )
    assert listed.status is ClientStatus.DISPOSED
    assert listed.search_key == "c000001"
    detail = clients.get_client(ledger, clerk, row.id)
    assert detail.created_at == created
    assert detail.disposal is not None
    assert (detail.disposal.disposed_on, detail.disposal.method, detail.disposal.reason) == (
        day,
        DisposalMethod.RETURNED,
        "Documents returned",
    )
    assert detail.disposal.disposed_by == "Yamada Taro"  # the manager who disposed
    blank = replace(KADENOKOJI, obtained_how=ObtainedHow.THIRD_PARTY, family_name="", given_name="")
    assert detail.data == replace(
        blank,
        family_kana="",
        given_kana="",
        date_of_birth=None,
        postal_code="",
        address="",
        phone="",
        email="",
        provider_name="",
        provider_address="",
        provider_representative="",
        provider_obtained_how="",
        sensitive=False,
        sensitive_note="",
        matters=(),
        notes="",
        retention_end=date(2026, 10, 31),
    )
    assert clients.clients_for_purpose(ledger, clerk, 1) == []
    attempts: list[Callable[[], object]] = [
        lambda: clients.update_client(ledger, clerk, row.id, KADENOKOJI),
        lambda: clients.mark_due_for_disposal(ledger, clerk, row.id, "again"),
        lambda: clients.unmark_due_for_disposal(ledger, clerk, row.id),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert str(info.value) == "This client's data was disposed of and cannot be edited."


@pytest.mark.parametrize("method", list(DisposalMethod))
def test_disposal_is_recorded_with_its_method(
    ledger: Ledger, purpose_ids: dict[int, int], method: DisposalMethod
) -> None:
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids))
    clients.dispose_client(ledger, actor, row.id, method, "Retention over")
    detail = clients.get_client(ledger, actor, row.id)
    assert detail.disposal is not None
    assert (detail.disposal.method, detail.disposal.disposed_on) == (method, date.today())
    assert trail(ledger, 2)[0] == ("client.dispose", str(row.id), f"C-000001: {method.value}")


@pytest.mark.parametrize(
    ("reason", "days_ahead", "field", "message"),
    [
        (" ", None, "reason", "Enter the reason for the disposal."),
        (
            "ok",
            1,
            "disposed_on",
            "The disposal date cannot be in the future.",
        ),
    ],
)
def test_a_disposal_needs_a_reason_and_a_date_not_in_the_future(
    ledger: Ledger,
    ledger_file: Path,
    purpose_ids: dict[int, int],
    reason: str,
    days_ahead: int | None,
    field: str,
    message: str,
) -> None:
    day = None if days_ahead is None else date.today() + timedelta(days=days_ahead)
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids))
    before = digest(ledger_file)
    with pytest.raises(ValidationError) as info:
        clients.dispose_client(
            ledger, actor, row.id, DisposalMethod.ERASED, reason, disposed_on=day
        )
    assert (info.value.field, str(info.value)) == (field, message)
    assert digest(ledger_file) == before


def test_a_client_is_disposed_of_only_once(ledger: Ledger, purpose_ids: dict[int, int]) -> None:
    actor = manager(ledger)
    row = clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids))
    clients.dispose_client(ledger, actor, row.id, DisposalMethod.ERASED, "Retention over")
    with pytest.raises(ValidationError, match="already disposed of"):
        clients.dispose_client(ledger, actor, row.id, DisposalMethod.SHREDDED, "again")


# --- purposes on records -----------------------------------------------------------------


def test_a_use_for_a_purpose_reaches_only_clients_who_have_it(
    ledger: Ledger, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)

    def add(*numbers: int) -> int:
        return clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids, *numbers)).id

    mail, no_mail, mail_due, mail_disposed = add(1, 5), add(1, 3), add(5), add(2, 5)
    clients.mark_due_for_disposal(ledger, actor, mail_due, "Matter finished")
    clients.dispose_client(ledger, actor, mail_disposed, DisposalMethod.ERASED, "Retention over")

    assert [r.id for r in clients.clients_for_purpose(ledger, actor, 5)] == [mail, mail_due]
    assert [r.id for r in clients.clients_for_purpose(ledger, actor, 1)] == [mail, no_mail]
    assert clients.clients_for_purpose(ledger, actor, 4) == []
    assert [r.purposes for r in clients.clients_for_purpose(ledger, actor, 5)] == [(1, 5), (5,)]


# --- the client table --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("やまだ", ["C-000001"]),  # hiragana finds the katakana reading
        ("ﾔﾏﾀﾞ ﾊﾅｺ", ["C-000001"]),  # half-width, two terms
        ("山田花子", ["C-000001"]),  # family and given name typed as one word
        ("０９０１２３４５６７８", ["C-000001"]),  # full-width digits, no hyphens
        ("090ー1234", ["C-000001"]),  # the IME's long vowel mark between digits
        ("HANAKO@EXAMPLE", ["C-000001"]),
        ("c-000002", ["C-000002"]),
        ("ハテルマ", ["C-000002"]),
        ("0980851234", ["C-000002"]),
        ("新宿", []),  # addresses are not searched
    ],
)
def test_the_search_key_finds_clients_however_they_are_typed(
    ledger: Ledger, purpose_ids: dict[int, int], query: str, found: list[str]
) -> None:
    actor = manager(ledger)
    yamada = ClientInput(
        "山田",
        "花子",
        family_kana="ヤマダ",
        given_kana="ハナコ",
        phone="090-1234-5678",
        email="hanako@example.jp",
        address="東京都新宿区西新宿1-1-1",
        obtained_on=date(2025, 4, 1),
    )
    clients.add_client(ledger, actor, with_purposes(yamada, purpose_ids))
    clients.add_client(
        ledger, actor, with_purposes(replace(OTHER, family_kana="はてるま"), purpose_ids)
    )
    terms = query_terms(query)
    rows = clients.list_clients(ledger, actor)
    assert [r.number for r in rows if key_matches(r.search_key, terms)] == found


def test_the_table_takes_two_queries_however_many_clients(
    ledger: Ledger, purpose_ids: dict[int, int]
) -> None:
    actor = manager(ledger)
    for count in (3, 30):
        while len(clients.list_clients(ledger, actor)) < count:
            clients.add_client(ledger, actor, with_purposes(OTHER, purpose_ids, 1, 3))
        with counted_queries(ledger) as statements:
            rows = clients.list_clients(ledger, actor)
        assert len(rows) == count and all(r.purposes == (1, 3) for r in rows)
        assert len(statements) == 2, statements


# --- demo data ---------------------------------------------------------------------------


def test_demo_data_makes_real_clients_the_same_every_time(ledger: Ledger, login: Login) -> None:
    actor = manager(ledger)
    summary = fill_ledger(ledger, actor, clients=120, batch=50)
    assert summary == "Added 120 synthetic clients with their consents and provisions in 3 saves."
    rows = clients.list_clients(ledger, actor)
    assert [r.number for r in rows] == [f"C-{n:06d}" for n in range(1, 121)]
    assert all(r.purposes for r in rows)
    assert {r.purposes for r in rows} >= {(1,), (1, 2, 3), (1, 2, 3, 4, 5)}
    assert 0 < sum(r.sensitive for r in rows) < 20
    assert clients.due_for_disposal(ledger, actor)
    details = [clients.get_client(ledger, actor, r.id).data for r in rows]
    third_party = [d for d in details if d.obtained_how is ObtainedHow.THIRD_PARTY]
    assert third_party and all(d.provider_name and d.provider_address for d in third_party)
    assert all(d.sensitive_note for d in details if d.sensitive)
    assert all(d.matters for d in details)

    ledger = reopen(ledger, login)  # a second ledger filled alike holds the same clients
    fill_ledger(ledger, manager(ledger), clients=20)
    again = clients.list_clients(ledger, manager(ledger))[120:]
    assert [(r.name, r.kana, r.phone, r.email, r.purposes, r.sensitive) for r in again] == [
        (r.name, r.kana, r.phone, r.email, r.purposes, r.sensitive) for r in rows[:20]
    ]


def test_demo_data_adds_no_accounts_to_a_real_ledger(tmp_path: Path) -> None:
    """`privacy-ledger demo-data` on an office's ledger must not add the demo's public logins."""
    from desktop.services import session, users
    from desktop.services.places import Places

    path, places = tmp_path / "office.pldb", Places(tmp_path / "data")
    new = session.NewLedger("山田行政書士事務所", "tanaka", "田中 美咲", "tanaka-pass-2026")
    ledger, _key = session.create_ledger(path, new, places)
    try:
        actor = manager(ledger)
        fill_ledger(ledger, actor, clients=5)
        assert [u.username for u in users.list_users(ledger, actor)] == ["tanaka"]
        assert len(clients.list_clients(ledger, actor)) == 5
        fill_ledger(ledger, actor, clients=0, demo_users=True)  # what --demo asks for
        assert {u.username for u in users.list_users(ledger, actor)} == {
            "tanaka",
            "manager",
            "clerk",
        }
    finally:
        ledger.close()


def test_details_are_not_shown_when_the_read_cannot_be_audited(
    ledger: Ledger, purpose_ids: dict[int, int], login: Login
) -> None:
    """Read-only (the file is open elsewhere): the table is visible, details are refused."""
    from desktop.services.errors import ReadCannotBeRecorded

    row = clients.add_client(ledger, manager(ledger), with_purposes(OTHER, purpose_ids, 1))
    reader = login(read_only=True)
    assert reader.actor is not None
    assert [r.number for r in clients.list_clients(reader, reader.actor)] == [row.number]
    with pytest.raises(ReadCannotBeRecorded, match="read-only"):
        clients.get_client(reader, reader.actor, row.id)
