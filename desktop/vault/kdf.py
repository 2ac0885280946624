"""Password key derivation (Argon2id) with per-slot parameters and safe bounds.

Parameters are stored in each key slot. Before any derivation the stored
parameters are checked against fixed bounds, so a crafted file cannot make
the program allocate gigabytes or spin for minutes. New slots are calibrated
to about half a second on the machine that creates them, never below 256 MiB
where the machine has the memory.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
import unicodedata
from dataclasses import dataclass
from functools import cache

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import QT_TRANSLATE_NOOP, CorruptFile, Phrase

MIN_MEMORY_KIB = 64 * 1024
#: what an office PC can bear: one unlock at the bounds takes seconds, not minutes
MAX_MEMORY_KIB = 1024 * 1024
MIN_ITERATIONS = 2
MAX_ITERATIONS = 10
MAX_LANES = 8
PREFERRED_MEMORY_KIB = 256 * 1024
TARGET_SECONDS = 0.5
DEFAULT_LANES = 4
SALT_BYTES = 16
KEY_PARAMETERS = Phrase(QT_TRANSLATE_NOOP("errors", "(key parameters)"))

#: Test-only switch: when set to "1", new slots use the cheapest parameters the
#: bounds allow instead of calibrating. Never set it for real ledgers.
TEST_KDF_ENV = "PRIVACY_LEDGER_TEST_KDF"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters as stored in a key slot."""

    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        """Refuse parameters outside the bounds before anything is derived."""
        ok = (
            MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= MAX_LANES
        )
        if not ok:
            raise CorruptFile(
                CorruptFile.UNSAFE_PARAMETERS,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "(memory {memory} KiB, {iterations} iterations, {lanes} lanes)"
                    ),
                    memory=self.memory_kib,
                    iterations=self.iterations,
                    lanes=self.lanes,
                ),
            )

    def to_json(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise CorruptFile(CorruptFile.DAMAGED_HEADER, KEY_PARAMETERS)
        try:
            params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise CorruptFile(CorruptFile.DAMAGED_HEADER, KEY_PARAMETERS) from exc
        params.check()
        return params


MINIMUM_PARAMS = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES)


def normalize_password(password: str) -> bytes:
    """The same password typed on any keyboard (NFC or NFD input) gives the same bytes."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key from a password; parameters are checked first."""
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_password(password))


def creation_params() -> KdfParams:
    """Parameters for a new slot: calibrated, or the minimum under the test switch."""
    if os.environ.get(TEST_KDF_ENV) == "1":
        return MINIMUM_PARAMS
    return calibrated_params()


@cache
def calibrated_params(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Measure this machine once and choose iterations for about ``target_seconds``."""
    memory = _memory_budget_kib()
    probe = KdfParams(memory, MIN_ITERATIONS, DEFAULT_LANES)
    start = time.perf_counter()
    derive("calibration", bytes(SALT_BYTES), probe)
    elapsed = max(time.perf_counter() - start, 1e-3)
    iterations = int(MIN_ITERATIONS * target_seconds / elapsed)
    return KdfParams(memory, max(MIN_ITERATIONS, min(MAX_ITERATIONS, iterations)), DEFAULT_LANES)


def _memory_budget_kib() -> int:
    """256 MiB where at least four times that is free, else an eighth of what is free."""
    available = _available_memory_bytes()
    if available is None or available >= 4 * PREFERRED_MEMORY_KIB * 1024:
        return PREFERRED_MEMORY_KIB
    return max(MIN_MEMORY_KIB, min(PREFERRED_MEMORY_KIB, available // 8 // 1024))


def _available_memory_bytes() -> int | None:
    if sys.platform == "win32":

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = _MemoryStatus()
        status.dwLength = ctypes.sizeof(_MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullAvailPhys)
        return None
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
