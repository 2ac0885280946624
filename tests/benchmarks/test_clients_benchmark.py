"""Timing figures for the client register at 10,000 clients; run with `pytest tests/benchmarks -s`.

Only correctness is asserted; the times are printed for the report, because
they depend on the machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest

from desktop.demo.fill import fill_ledger
from desktop.demo.people import generate_people
from desktop.services import clients, purposes
from desktop.services.clients import ClientInput, ClientStatus
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger
from desktop.services.textsearch import key_matches, query_terms

pytestmark = pytest.mark.benchmark

CLIENTS = 10_000
BATCH = 500
T = TypeVar("T")


def timed(label: str, work: Callable[[], T], *, repeat: int = 1) -> T:
    """Run ``work``, print the best of ``repeat`` times, and return its result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    print(f"\n{label}: {best:.3f} s")
    assert result is not None
    return result


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    """A new ledger with its manager logged in (one key derivation, cheap test parameters)."""
    new = NewLedger("Benchmark Office", "manager", "Manager", "benchmark-pass-1")
    ledger, _ = create_ledger(tmp_path / "office.pldb", new, Places(tmp_path / "data"))
    yield ledger
    ledger.close()


def inputs(count: int, purpose_ids: tuple[int, ...]) -> list[ClientInput]:
    return [
        ClientInput(
            family_name=p.family_name,
            given_name=p.given_name,
            family_kana=p.family_kana,
            given_kana=p.given_kana,
            date_of_birth=p.date_of_birth,
            postal_code=p.postal_code,
            address=p.address,
            phone=p.phone or "",
            email=p.email or "",
            obtained_on=date(2022, 4, 1),
            purpose_ids=purpose_ids[: 1 + i % len(purpose_ids)],
            matter_closed_on=date(2023, 1, 1) if i % 10 == 0 else None,
        )
        for i, p in enumerate(generate_people(count))
    ]


def test_the_client_table_of_ten_thousand_clients(ledger: Ledger) -> None:
    assert ledger.actor is not None
    actor = ledger.actor
    ids = tuple(p.id for p in purposes.list_purposes(ledger))
    data = inputs(CLIENTS, ids)

    def insert_all() -> int:
        for start in range(0, CLIENTS, BATCH):
            with ledger.transaction() as session:
                clients.insert_clients(session, actor, data[start : start + BATCH])
        return CLIENTS

    timed(f"insert {CLIENTS} clients ({CLIENTS // BATCH} saves)", insert_all)
    rows = timed("list_clients", lambda: clients.list_clients(ledger, actor), repeat=3)
    assert len(rows) == CLIENTS
    assert rows[-1].number == f"C-{CLIENTS:06d}"
    assert {len(r.purposes) for r in rows} == {1, 2, 3, 4, 5}

    terms = query_terms(data[1234].family_kana)
    found = timed(
        "search 10,000 keys", lambda: [r for r in rows if key_matches(r.search_key, terms)]
    )
    assert rows[1234] in found

    for_five = timed(
        "clients_for_purpose(5)", lambda: clients.clients_for_purpose(ledger, actor, 5)
    )
    assert len(for_five) == CLIENTS // 5
    due = timed("due_for_disposal", lambda: clients.due_for_disposal(ledger, actor))
    assert len(due) == CLIENTS // 10
    detail = timed("get_client", lambda: clients.get_client(ledger, actor, rows[5000].id))
    edited = timed(
        "update_client",
        lambda: clients.update_client(
            ledger, actor, rows[5000].id, replace(detail.data, notes="x")
        ),
    )
    assert edited.status is ClientStatus.ACTIVE
    print(f"file size: {ledger.path.stat().st_size / 1e6:.1f} MB")


def test_demo_data_of_ten_thousand_clients(ledger: Ledger) -> None:
    assert ledger.actor is not None
    actor = ledger.actor
    summary = timed(
        f"demo-data --clients {CLIENTS} (batch 50)",
        lambda: fill_ledger(ledger, actor, clients=CLIENTS, consents=False),
    )
    assert summary == f"Added {CLIENTS} synthetic clients in {CLIENTS // 50} saves."
    rows = clients.list_clients(ledger, actor)
    assert len(rows) == CLIENTS
    assert all(r.purposes for r in rows)
    assert ledger.verify_chain().ok
