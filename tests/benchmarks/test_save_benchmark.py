"""How long saving, opening and verifying take on a ledger with 10,000 audit events.

Run with ``pytest tests/benchmarks -s`` to see the figures (median of several
repetitions, time.perf_counter). The test asserts only that the ledger is
correct, never a time: timings depend on the machine. Opening uses the
test-only key parameters; the key-derivation share is shown separately, since
real parameters are calibrated to about 0.5 s per derivation.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.services import audit
from desktop.services.clients import CLIENT_RECORD, ClientAction
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger
from desktop.services.verify import verify_file
from desktop.vault import Vault, fileformat, kdf
from desktop.vault.atomic import write_atomic

EVENTS = 10_000
REPEAT = 5
USER, PASSWORD = "manager", "benchmark-pass"


def median_seconds(action: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.mark.benchmark
def test_save_open_and_verify_a_ledger_with_10000_events(tmp_path: Path) -> None:
    path = tmp_path / "benchmark.pldb"
    ledger, _ = create_ledger(path, NewLedger("Benchmark", USER, "B", PASSWORD), Places(tmp_path))
    actor = ledger.actor
    assert actor is not None
    start = time.perf_counter()
    with ledger.transaction() as session:
        for number in range(EVENTS):
            audit.record(
                session, actor, ClientAction.VIEW, CLIENT_RECORD, number, f"C-{number:06d}"
            )
    build = time.perf_counter() - start
    events = ledger.verify_chain().events
    assert events >= EVENTS

    image = ledger.db.serialize()
    vault = ledger.vault
    figures = {
        "serialize": median_seconds(ledger.db.serialize),
        "encrypt": median_seconds(lambda: fileformat.encode(vault.header, vault._data_key, image)),
        "atomic write": median_seconds(
            lambda: write_atomic(tmp_path / "scratch.pldb", path.read_bytes())
        ),
        "save (all three)": median_seconds(ledger.write_through),
        "verify chain": median_seconds(ledger.verify_chain, 3),
    }
    ledger.close()

    def open_read_only() -> None:
        opened, _ = Vault.open(path, username=USER, password=PASSWORD, read_only=True)
        opened.close()

    slot = next(s for s in vault.header.slots if s.matches(USER))
    assert slot.kdf_params == kdf.MINIMUM_PARAMS  # the test switch is on
    figures["open: decrypt"] = median_seconds(open_read_only)
    figures["  of which key derivation"] = median_seconds(
        lambda: kdf.derive(PASSWORD, slot.kdf_salt, kdf.MINIMUM_PARAMS)
    )
    figures["open: load + quick_check"] = median_seconds(lambda: Database.from_image(image).close())
    start = time.perf_counter()
    report = verify_file(path, username=USER, password=PASSWORD)
    figures["privacy-ledger verify"] = time.perf_counter() - start

    assert report.ok, report.lines
    assert report.lines[-1] == ("audit trail", True, f"intact ({events} events)")
    print(f"\nledger with {events:,} audit events: {path.stat().st_size / 1e6:.2f} MB on disk")
    print(f"{'adding the events (one transaction)':<36} {build * 1000:8.1f} ms")
    for name, seconds in figures.items():
        print(f"{name:<36} {seconds * 1000:8.1f} ms")
