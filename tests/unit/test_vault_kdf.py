"""Password key derivation: bounded parameters, strong defaults, the same bytes for NFC and NFD."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path
from typing import NoReturn

import pytest

from desktop.vault import CorruptFile, Vault, kdf, read_header
from desktop.vault.kdf import KdfParams

from .conftest import (
    LEDGER_NAME,
    MANAGER,
    MANAGER_PASSWORD,
    folder_names,
    make_image,
    rewrite_header,
    user_slot,
)

MIB = 1024  # KiB
GIB = 1024 * MIB


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (64 * MIB, 2, 1),
        (64 * MIB, 2, 4),
        (256 * MIB, 3, 4),
        (1 * GIB, 10, 8),
    ],
    ids=["smallest", "test default", "typical", "largest"],
)
def test_parameters_within_the_bounds_are_accepted(
    memory_kib: int, iterations: int, lanes: int
) -> None:
    KdfParams(memory_kib, iterations, lanes).check()


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (64 * MIB - 1, 2, 4),
        (1 * GIB + 1, 2, 4),
        (2 * GIB, 20, 16),
        (64 * MIB, 1, 4),
        (64 * MIB, 11, 4),
        (64 * MIB, 2, 0),
        (64 * MIB, 2, 9),
        (-1, 2, 4),
    ],
    ids=[
        "memory below 64 MiB",
        "memory above 1 GiB",
        "the old bounds: 2 GiB, 20 iterations, 16 lanes",
        "one iteration",
        "11 iterations",
        "no lanes",
        "9 lanes",
        "negative memory",
    ],
)
def test_parameters_outside_the_bounds_are_refused(
    memory_kib: int, iterations: int, lanes: int
) -> None:
    with pytest.raises(CorruptFile) as info:
        KdfParams(memory_kib, iterations, lanes).check()
    assert info.value.reason == CorruptFile.UNSAFE_PARAMETERS
    assert f"memory {memory_kib} KiB, {iterations} iterations, {lanes} lanes" in str(info.value)


def test_derive_checks_the_parameters_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_argon2(**kwargs: object) -> NoReturn:
        raise AssertionError("Argon2id was set up with unsafe parameters")

    monkeypatch.setattr(kdf, "Argon2id", no_argon2)
    with pytest.raises(CorruptFile):
        kdf.derive("password", bytes(16), KdfParams(4 * GIB, 2, 4))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 4 * GIB),
        ("memory_kib", 1 * MIB),
        ("iterations", 1),
        ("iterations", 1_000_000),
        ("lanes", 64),
    ],
    ids=["4 GiB", "1 MiB", "one iteration", "a million iterations", "64 lanes"],
)
def test_a_file_claiming_unsafe_parameters_is_refused_before_derivation(
    vault_file: Path, monkeypatch: pytest.MonkeyPatch, field: str, value: int
) -> None:
    calls: list[object] = []

    def derive(*args: object) -> NoReturn:
        calls.append(args)
        raise AssertionError("key derivation ran with parameters from a crafted file")

    monkeypatch.setattr(kdf, "derive", derive)

    def edit(header: dict[str, object]) -> None:
        user_slot(header, MANAGER)["kdf"][field] = value

    forged = rewrite_header(vault_file.read_bytes(), edit)
    vault_file.write_bytes(forged)
    start = time.perf_counter()
    with pytest.raises(CorruptFile) as info:
        Vault.open(vault_file, username=MANAGER, password=MANAGER_PASSWORD)
    elapsed = time.perf_counter() - start
    assert info.value.reason == CorruptFile.UNSAFE_PARAMETERS
    assert "unsafe key parameters" in str(info.value)
    shown = {"memory_kib": f"memory {value} KiB", "iterations": f"{value} iterations"}
    assert shown.get(field, f"{value} lanes") in str(info.value)
    assert calls == []
    assert elapsed < 1.0
    assert vault_file.read_bytes() == forged
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


# --- parameters of new slots -------------------------------------------------------------


def test_tests_use_the_cheapest_safe_parameters() -> None:
    assert kdf.creation_params() == KdfParams(64 * MIB, 2, 4)


def test_new_ledgers_get_strong_parameters_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one test with real parameters: without the test switch a new slot is calibrated."""
    monkeypatch.delenv(kdf.TEST_KDF_ENV)
    kdf.calibrated_params.cache_clear()
    path = tmp_path / LEDGER_NAME
    vault, _ = Vault.create(path, MANAGER, MANAGER_PASSWORD, make_image(), app_version="t")
    vault.close()

    params = read_header(path).slots[0].kdf_params
    assert params is not None
    available = kdf._available_memory_bytes()
    if available is None or available >= 1024 * MIB * 1024:
        assert params.memory_kib >= 256 * MIB
    else:  # a machine short of memory still gets at least the floor
        assert params.memory_kib >= 64 * MIB
    assert params.iterations >= 2
    assert params.lanes in range(1, 17)
    assert params == kdf.creation_params()
    kdf.calibrated_params.cache_clear()


@pytest.mark.parametrize(
    ("available", "expected_kib"),
    [
        (None, 256 * MIB),
        (32 * GIB * 1024, 256 * MIB),
        (1 * GIB * 1024, 256 * MIB),
        (1 * GIB * 1024 - 1, 128 * MIB - 1),
        (800 * MIB * 1024, 100 * MIB),
        (256 * MIB * 1024, 64 * MIB),
        (10 * MIB * 1024, 64 * MIB),
    ],
    ids=[
        "unknown",
        "32 GiB free",
        "1 GiB free",
        "just under 1 GiB",
        "800 MiB",
        "256 MiB",
        "10 MiB",
    ],
)
def test_the_memory_budget_follows_free_memory(
    monkeypatch: pytest.MonkeyPatch, available: int | None, expected_kib: int
) -> None:
    monkeypatch.setattr(kdf, "_available_memory_bytes", lambda: available)
    assert kdf._memory_budget_kib() == expected_kib


@pytest.mark.parametrize(
    ("probe_seconds", "iterations"),
    [(0.001, 10), (0.1, 10), (0.25, 4), (0.5, 2), (30.0, 2)],
    ids=["very fast machine", "fast", "average", "slow", "very slow"],
)
def test_calibration_aims_at_half_a_second_within_the_bounds(
    monkeypatch: pytest.MonkeyPatch, probe_seconds: float, iterations: int
) -> None:
    readings = [100.0, 100.0 + probe_seconds]

    def clock() -> float:  # the start, then the end of the probe derivation
        return readings.pop(0) if len(readings) > 1 else readings[0]

    monkeypatch.setattr("desktop.vault.kdf.time.perf_counter", clock)
    monkeypatch.setattr(kdf, "derive", lambda *args: b"")
    monkeypatch.setattr(kdf, "_available_memory_bytes", lambda: None)
    params = kdf.calibrated_params.__wrapped__(0.5)
    assert params == KdfParams(256 * MIB, iterations, kdf.DEFAULT_LANES)


# --- password bytes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    ["ガギグゲゴ", "パスワード", "Crème brûlée", "한국어 비밀번호", "e\u0301"],
    ids=["dakuten", "handakuten", "French accents", "Hangul", "combining accent"],
)
def test_nfc_and_nfd_typing_give_the_same_password_bytes(password: str) -> None:
    nfc = unicodedata.normalize("NFC", password)
    nfd = unicodedata.normalize("NFD", password)
    assert nfc != nfd
    assert kdf.normalize_password(nfd) == kdf.normalize_password(nfc) == nfc.encode("utf-8")


def test_the_same_password_and_salt_give_the_same_key_and_others_do_not() -> None:
    params = kdf.MINIMUM_PARAMS
    key = kdf.derive("ガギグゲゴ", bytes(16), params)
    assert len(key) == 32
    assert kdf.derive(unicodedata.normalize("NFD", "ガギグゲゴ"), bytes(16), params) == key
    assert kdf.derive("ガギグゲゴ", bytes(15) + b"\x01", params) != key
    assert kdf.derive("カキクケコ", bytes(16), params) != key


@pytest.mark.parametrize(
    "data",
    [
        None,
        [65536, 2, 4],
        {"memory_kib": 65536, "iterations": 2},
        {"memory_kib": "lots", "iterations": 2, "lanes": 4},
        {"memory_kib": float("inf"), "iterations": 2, "lanes": 4},
        {"memory_kib": None, "iterations": 2, "lanes": 4},
    ],
    ids=["null", "a list", "lanes missing", "text", "infinite", "null memory"],
)
def test_malformed_stored_parameters_are_a_damaged_header(data: object) -> None:
    with pytest.raises(CorruptFile) as info:
        KdfParams.from_json(data)
    assert info.value.reason == CorruptFile.DAMAGED_HEADER
