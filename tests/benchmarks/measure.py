"""The measurements of tests/benchmarks/run.py that need no window, each on a built ledger.

Every figure is the median and 95th percentile of repeated rounds, and every
comparison (the raw write floor, SQLCipher) is measured in the same loop as
the thing compared, so the machine's load falls on both alike.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.services import audit, clients
from desktop.services.ledger import Ledger
from desktop.services.places import Places
from desktop.services.session import open_ledger
from desktop.vault import fileformat
from desktop.vault.unlock import unlock


@dataclass(frozen=True)
class Figure:
    median_ms: float
    p95_ms: float
    rounds: int

    def to_json(self) -> dict[str, float]:
        return {
            "median_ms": round(self.median_ms, 2),
            "p95_ms": round(self.p95_ms, 2),
            "rounds": self.rounds,
        }


def figure(seconds: list[float]) -> Figure:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return Figure(statistics.median(ordered) * 1000, p95 * 1000, len(ordered))


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


@dataclass(frozen=True)
class Login:
    path: Path
    username: str
    password: str
    places: Places


def open_split(login: Login, rounds: int) -> dict[str, Figure]:
    """Unlock with the file's real key derivation, then each step of opening, timed apart."""
    parts: dict[str, list[float]] = {
        k: [] for k in ("read", "kdf", "decrypt", "load", "integrity", "audit", "audit_full")
    }
    parts["after_kdf"] = []
    for _ in range(rounds):
        t = time.perf_counter()
        header, prefix, body = fileformat.parse(login.path.read_bytes())
        parts["read"].append(time.perf_counter() - t)
        t = time.perf_counter()
        key = unlock(header, login.username, login.password, None)
        parts["kdf"].append(time.perf_counter() - t)
        t = time.perf_counter()
        image = fileformat.decrypt_body(header, prefix, body, key)
        parts["decrypt"].append(time.perf_counter() - t)
        t = time.perf_counter()
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        connection.deserialize(image)
        parts["load"].append(time.perf_counter() - t)
        t = time.perf_counter()
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        parts["integrity"].append(time.perf_counter() - t)
        database = Database(connection)
        with database.session() as session:
            t = time.perf_counter()
            assert audit.check_from_checkpoint(session).ok
            parts["audit"].append(time.perf_counter() - t)
            steps = ("read", "decrypt", "load", "integrity", "audit")
            parts["after_kdf"].append(sum(parts[step][-1] for step in steps))
            t = time.perf_counter()
            assert audit.verify_chain(session).ok
            parts["audit_full"].append(time.perf_counter() - t)
        database.close()
        del image, body
    return {name: figure(values) for name, values in parts.items()}


def open_end_to_end(login: Login, rounds: int) -> Figure:
    """``open_ledger`` as the window calls it (key derivation included); closing is not timed."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        ledger = open_ledger(login.path, login.username, login.password, login.places)
        times.append(time.perf_counter() - started)
        ledger.close()
    return figure(times)


def raw_write(path: Path, data: bytes) -> None:
    """The floor: write the same bytes to a temp file, fsync, replace, fsync the folder."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with temp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temp.replace(path)
    if hasattr(os, "O_DIRECTORY"):  # as desktop/vault/atomic.py does where the platform allows
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def append_record(path: Path, size: int = 4096) -> None:
    """The floor of an append-only journal: add one record of ``size`` bytes and fsync."""
    with path.open("ab") as handle:
        handle.write(secrets.token_bytes(size))
        handle.flush()
        os.fsync(handle.fileno())


class SqlCipherTwin:
    """The same rows in an SQLCipher file (or, without sqlcipher3, plain SQLite), WAL, FULL sync."""

    def __init__(self, image: bytes, folder: Path) -> None:
        try:
            from sqlcipher3 import dbapi2 as engine  # type: ignore[import-not-found,unused-ignore]

            self.label = "SQLCipher 4 (sqlcipher3-binary), WAL, synchronous=FULL"
            self.encrypted = True
        except ImportError:
            engine = sqlite3  # type: ignore[assignment,no-redef,unused-ignore]
            self.label = "plain SQLite stand-in (sqlcipher3 not installed), WAL, synchronous=FULL"
            self.encrypted = False
        plain = folder / "twin-plain.db"
        source = sqlite3.connect(":memory:")
        source.deserialize(image)
        target = sqlite3.connect(plain)
        source.backup(target)
        source.close()
        target.close()
        self.path = folder / "twin.db"
        if self.encrypted:
            connection = engine.connect(str(plain))
            connection.execute(f"ATTACH DATABASE '{self.path}' AS enc KEY 'bench-key'")
            connection.execute("SELECT sqlcipher_export('enc')")
            connection.execute("DETACH DATABASE enc")
            connection.close()
            plain.unlink()
        else:
            plain.replace(self.path)
        self.connection = engine.connect(str(self.path), isolation_level=None)
        if self.encrypted:
            self.connection.execute("PRAGMA key = 'bench-key'")
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=FULL")
        self.connection.execute("PRAGMA secure_delete=ON")

    def change(self, client_id: int, phone: str, seq: int) -> None:
        """The row and its audit event, committed (the MAC is a stand-in of the same size)."""
        c = self.connection
        c.execute("BEGIN")
        c.execute("UPDATE clients SET phone = ? WHERE id = ?", (phone, client_id))
        c.execute(
            "INSERT INTO audit_events (seq, at, user_id, username, action, entity, entity_id,"
            " summary, mac) VALUES (?, '2026-01-01 00:00:00', NULL, 'bench', 'client.edit',"
            " 'client', ?, 'phone', ?)",
            (seq, str(client_id), secrets.token_hex(32)),
        )
        c.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


@dataclass(frozen=True)
class SaveFigures:
    save: Figure
    floor: Figure
    twin: Figure
    twin_label: str
    serialize: Figure
    encrypt: Figure
    write: Figure
    service: Figure
    append: Figure
    image_bytes: int


def saves(ledger: Ledger, count: int, folder: Path) -> SaveFigures:
    """A one-row change saved ``count`` times, paired round by round with the floor and the twin."""
    actor = ledger.actor
    assert actor is not None
    rows = [row for row in clients.list_clients(ledger, actor) if row.status.value == "active"]
    twin = SqlCipherTwin(ledger.db.serialize(), folder)
    floor_path = folder / "floor.bin"
    keys = ("save", "floor", "twin", "ser", "enc", "write", "no_file", "append")
    times: dict[str, list[float]] = {k: [] for k in keys}
    next_seq, payload = 10**9, b""
    for i in range(count):
        row = rows[(i * 7919) % len(rows)]
        detail = clients.get_client(ledger, actor, row.id)  # its view event is saved with the edit
        phone = f"099-{i:04d}-{row.id % 10000:04d}"
        data = replace(detail.data, phone=phone)
        times["save"].append(timed(partial(clients.update_client, ledger, actor, row.id, data)))
        size = ledger.path.stat().st_size
        if len(payload) != size:
            payload = secrets.token_bytes(size)
        times["floor"].append(timed(partial(raw_write, floor_path, payload)))
        times["twin"].append(timed(partial(twin.change, row.id, phone, next_seq + i)))
        times["append"].append(timed(partial(append_record, folder / "journal.bin")))
    twin_label = twin.label
    twin.close()
    # The same change with the vault's save left out: the service's own share.
    vault = ledger.vault
    real_save = vault.save
    vault.save = lambda image: None  # type: ignore[method-assign]
    try:
        for i in range(min(count, 20)):
            row = rows[(i * 7919) % len(rows)]
            data = replace(clients.get_client(ledger, actor, row.id).data, phone=f"097-{i:04d}")
            times["no_file"].append(
                timed(partial(clients.update_client, ledger, actor, row.id, data))
            )
    finally:
        vault.save = real_save  # type: ignore[method-assign]
        ledger.write_through()
    # Where a save's time goes, on the last image: the same steps the vault takes.
    for _ in range(min(count, 20)):
        started = time.perf_counter()
        image = ledger.db.serialize()
        times["ser"].append(time.perf_counter() - started)
        header = replace(
            vault.header, body_salt=secrets.token_bytes(16), body_nonce=secrets.token_bytes(12)
        )
        started = time.perf_counter()
        encoded = fileformat.encode(header, vault._data_key, image)
        times["enc"].append(time.perf_counter() - started)
        times["write"].append(timed(partial(raw_write, folder / "steps.bin", encoded)))
    return SaveFigures(
        figure(times["save"]),
        figure(times["floor"]),
        figure(times["twin"]),
        twin_label,
        figure(times["ser"]),
        figure(times["enc"]),
        figure(times["write"]),
        figure(times["no_file"]),
        figure(times["append"]),
        len(image),
    )


def peak_rss_mb() -> float | None:
    """This process's peak resident set; None where ``resource`` does not exist (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def describe(value: Any) -> Any:
    if isinstance(value, Figure):
        return value.to_json()
    if isinstance(value, dict):
        return {k: describe(v) for k, v in value.items()}
    return value
