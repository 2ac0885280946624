"""Fuzzing the file parser and loader: random and mutated files raise only typed errors.

Hypothesis feeds random bytes and single-byte mutations, truncations and
extensions of a real ledger file to the reader; each must end in a
LedgerError (the typed errors a person sees), never another exception, a
hang (each example has a deadline) or unbounded memory (the reader never
allocates more than the file's own size).
"""

from __future__ import annotations

import contextlib
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.vault import LedgerError, Vault, fileformat

from .conftest import MANAGER, MANAGER_PASSWORD, Template

#: the default run tries a few dozen files; the run marked slow tries many more
QUICK = settings(
    max_examples=40,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FULL = settings(QUICK, max_examples=600)


def _load(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    tracemalloc.start()
    try:
        with contextlib.suppress(LedgerError):
            fileformat.read_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(data) + 1024 * 1024


def _random_bytes(tmp_path: Path, data: bytes) -> None:
    _load(tmp_path / "random.pldb", b"PLDB" + data if data[:1] == b"\0" else data)


def _mutated(template: Template, tmp_path: Path, position: int, value: int, cut: int) -> None:
    original = template.path.read_bytes()
    data = bytearray(original)
    data[position % len(data)] = value
    data = data[: len(data) + cut] if cut < 0 else data + bytes(cut)
    path = tmp_path / "mutated.pldb"
    _load(path, bytes(data))
    if bytes(data) != original:
        with pytest.raises(LedgerError):
            vault, _ = Vault.open(path, username=MANAGER, password=MANAGER_PASSWORD, read_only=True)
            vault.close()


RANDOM = {"data": st.binary(max_size=4096)}
MUTATION = {
    "position": st.integers(min_value=0),
    "value": st.integers(0, 255),
    "cut": st.integers(-64, 64),
}


@QUICK
@given(**RANDOM)
def test_random_bytes_are_refused_with_a_typed_error(tmp_path: Path, data: bytes) -> None:
    _random_bytes(tmp_path, data)


@QUICK
@given(**MUTATION)
def test_mutated_files_are_refused_with_a_typed_error(
    vault_template: Template, tmp_path: Path, position: int, value: int, cut: int
) -> None:
    _mutated(vault_template, tmp_path, position, value, cut)


@pytest.mark.slow
@FULL
@given(**RANDOM)
def test_many_random_files_are_refused_with_a_typed_error(tmp_path: Path, data: bytes) -> None:
    _random_bytes(tmp_path, data)


@pytest.mark.slow
@FULL
@given(**MUTATION)
def test_many_mutated_files_are_refused_with_a_typed_error(
    vault_template: Template, tmp_path: Path, position: int, value: int, cut: int
) -> None:
    _mutated(vault_template, tmp_path, position, value, cut)
