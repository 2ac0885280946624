"""Timing figures for the incident register at 300 incidents; run with `pytest tests/benchmarks -s`.

Only correctness is asserted; the times are printed for the report. The first
count of a deadline loads Japan's holiday tables (the ``holidays`` package);
that one-off cost is printed apart from the recount a new day needs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.demo.fill import fill_ledger
from desktop.services import incidents
from desktop.services.incidents import clock
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger

pytestmark = pytest.mark.benchmark

INCIDENTS = 300


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    new = NewLedger("Benchmark Office", "manager", "Manager", "benchmark-pass-1")
    ledger, _ = create_ledger(tmp_path / "office.pldb", new, Places(tmp_path / "data"))
    yield ledger
    ledger.close()


def best_of(repeat: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def test_the_deadline_of_every_open_incident(ledger: Ledger) -> None:
    assert ledger.actor is not None
    actor = ledger.actor
    start = time.perf_counter()
    clock.warm_up()
    print(f"\nloading the holiday tables (once, after login): {time.perf_counter() - start:.3f} s")
    fill_ledger(ledger, actor, clients=100, incidents=INCIDENTS)
    rows = incidents.list_incidents(ledger, actor)
    assert len(rows) == INCIDENTS
    open_rows = [row for row in rows if not row.closed and row.deadlines is not None]
    print(f"{len(open_rows)} open incidents with a report duty or an undecided one")
    tomorrow = date.today() + timedelta(days=1)
    seconds = best_of(5, lambda: incidents.recompute_deadlines(rows, tomorrow))
    print(f"every open incident's deadlines counted again for a new day: {seconds * 1000:.1f} ms")
    listed = best_of(5, lambda: incidents.list_incidents(ledger, actor))
    print(
        f"the incident table's rows from the ledger ({INCIDENTS} incidents): {listed * 1000:.1f} ms"
    )
    assert incidents.recompute_deadlines(rows, tomorrow) == incidents.list_incidents(
        ledger, actor, today=tomorrow
    )
