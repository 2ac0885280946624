"""Shared fixtures for the vault tests: one ledger made per session, copied for each test.

Key derivation is slow on purpose, so the ledger with its three users is created
once (with the cheapest parameters the bounds allow, see tests/conftest.py) and
every test works on its own byte copy. The helpers that forge files build them
the way an outside program or an attacker would: from the documented layout, not
with the vault's own encoder.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.vault import Vault, fileformat

APP_VERSION = "0.1.0-test"
MANAGER, MANAGER_PASSWORD = "Tanaka", "correct horse battery staple"
CLERK, CLERK_PASSWORD = "Suzuki", "clerk-2024-spring"
SATO, SATO_PASSWORD = "佐藤", "さくら咲く春の日"
USERS = {MANAGER: MANAGER_PASSWORD, CLERK: CLERK_PASSWORD, SATO: SATO_PASSWORD}
#: A client name that must never appear in clear in a saved file.
CLIENT = "Yamada Hanako 山田花子"
LEDGER_NAME = "office.pldb"
LOCK_NAME = LEDGER_NAME + ".lock"

# The documented layout: "PLDB" | version u16 | header length u32 | header | SHA-256 | body
_PREFIX = struct.Struct("<4sHI")
_DIGEST_BYTES = 32


# --- images ------------------------------------------------------------------------------


def make_image(*clients: str, encoding: str = "UTF-8") -> bytes:
    """A small real SQLite database image with a client table, as the db layer saves it."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA encoding = '{encoding}'")
        conn.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.executemany("INSERT INTO client (name) VALUES (?)", [(name,) for name in clients])
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()


def client_names(image: bytes) -> list[str]:
    """The client names stored in an image (proves the image is a working database)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        return [row[0] for row in conn.execute("SELECT name FROM client ORDER BY id")]
    finally:
        conn.close()


# --- the file layout ---------------------------------------------------------------------


def sections(data: bytes) -> dict[str, range]:
    """Byte ranges of each part of a well-formed file."""
    header_length = _PREFIX.unpack_from(data)[2]
    header_end = _PREFIX.size + header_length
    digest_end = header_end + _DIGEST_BYTES
    return {
        "magic": range(0, 4),
        "version": range(4, 6),
        "length": range(6, _PREFIX.size),
        "header": range(_PREFIX.size, header_end),
        "digest": range(header_end, digest_end),
        "body": range(digest_end, len(data)),
    }


def header_json(data: bytes) -> Any:
    part = sections(data)["header"]
    return json.loads(data[part.start : part.stop].decode("utf-8"))


def with_header_bytes(data: bytes, header: bytes, *, version: int = 1) -> bytes:
    """``data`` with another header, its length and SHA-256 recomputed, the body kept."""
    prefix = _PREFIX.pack(b"PLDB", version, len(header)) + header
    return prefix + hashlib.sha256(prefix).digest() + data[sections(data)["body"].start :]


def rewrite_header(data: bytes, edit: Callable[[Any], Any]) -> bytes:
    """The file with its header JSON edited and the digest fixed, as an attacker could.

    ``edit`` changes the parsed header in place, or returns a replacement for it.
    """
    header = header_json(data)
    replacement = edit(header)
    if replacement is not None:
        header = replacement
    return with_header_bytes(data, json.dumps(header, ensure_ascii=False).encode("utf-8"))


def user_slot(header: Any, username: str) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in header["slots"] if s["username"] == username)
    return slot


def flip(data: bytes, offset: int, mask: int = 0xFF) -> bytes:
    damaged = bytearray(data)
    damaged[offset] ^= mask
    return bytes(damaged)


def decrypt_file(data: bytes, data_key: bytes) -> bytes:
    """The image in ``data``, by the open path after key derivation."""
    header, prefix, body = fileformat.parse(data)
    return fileformat.decrypt_body(header, prefix, body, data_key)


def folder_names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# --- the session ledger ------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """The ledger made once per session, and what its creator knows about it."""

    path: Path
    image: bytes
    data_key: bytes
    recovery_key: str
    file_id: str
    generation: int


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    path = tmp_path_factory.mktemp("template") / LEDGER_NAME
    image = make_image("Sato Ichiro", CLIENT)
    vault, recovery_key = Vault.create(
        path, MANAGER, MANAGER_PASSWORD, image, app_version=APP_VERSION
    )
    vault.add_user(CLERK, CLERK_PASSWORD)
    vault.add_user(SATO, SATO_PASSWORD)
    vault.save(image)
    made = Template(
        path=path,
        image=image,
        data_key=vault._data_key,
        recovery_key=recovery_key,
        file_id=vault.header.file_id,
        generation=vault.header.generation,
    )
    vault.close()
    return made


@pytest.fixture
def vault_file(vault_template: Template, tmp_path: Path) -> Path:
    """A private copy of the session ledger in an otherwise empty folder."""
    path = tmp_path / LEDGER_NAME
    shutil.copyfile(vault_template.path, path)
    return path


OpenVault = Callable[..., tuple[Vault, bytes]]


@pytest.fixture
def open_vault() -> Iterator[OpenVault]:
    """Open a ledger as one of the session users; every vault opened is closed afterwards."""
    opened: list[Vault] = []

    def _open(
        path: Path, user: str = MANAGER, *, password: str | None = None, **options: Any
    ) -> tuple[Vault, bytes]:
        vault, image = Vault.open(
            path,
            username=user,
            password=USERS[user] if password is None else password,
            **options,
        )
        opened.append(vault)
        return vault, image

    yield _open
    for vault in opened:
        vault.close()


@pytest.fixture
def peek(vault_template: Template) -> Callable[[Path], bytes]:
    """The image a read-only open finds, unlocked with the recovery key (no slow derivation)."""

    def _peek(path: Path) -> bytes:
        vault, image = Vault.open(path, recovery_key=vault_template.recovery_key, read_only=True)
        vault.close()
        return image

    return _peek


@pytest.fixture(scope="session")
def dead_pid() -> int:
    """The id of a process on this host that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- a folder that refuses new files -----------------------------------------------------


def _refuses_new_files(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"")
    except PermissionError:
        return True
    probe.unlink()
    return False


@pytest.fixture
def read_only_folder() -> Iterator[Callable[[Path], Callable[[], None]]]:
    """Make a folder refuse new files and renames; returns a function that undoes it.

    Permission bits first. They do not bind root (nor does a folder's read-only flag
    on Windows), so then the immutable attribute, which binds root too. Where neither
    works, os.open and os.replace refuse as the kernel would for that folder.
    """
    undo: list[Callable[[], None]] = []

    def restore() -> None:
        while undo:
            undo.pop()()

    def make(folder: Path) -> Callable[[], None]:
        folder.chmod(0o500)
        undo.append(lambda: folder.chmod(0o700))
        if _refuses_new_files(folder):
            return restore
        chattr = shutil.which("chattr")
        if (
            chattr
            and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode == 0
        ):

            def mutable() -> None:
                subprocess.run([chattr, "-i", str(folder)], check=True)

            undo.append(mutable)
            if _refuses_new_files(folder):
                return restore
        real_open, real_replace = os.open, os.replace

        def refuse(path: Any) -> None:
            if Path(path).parent == folder:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

        def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & os.O_CREAT:
                refuse(path)
            return real_open(path, flags, *args, **kwargs)

        def guarded_replace(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
            refuse(target)
            real_replace(source, target, *args, **kwargs)

        def unguard() -> None:
            os.open, os.replace = real_open, real_replace

        os.open = guarded_open
        os.replace = guarded_replace  # type: ignore[assignment]
        undo.append(unguard)
        return restore

    yield make
    restore()


# --- the service-level session ledger (tests/ledger_fixtures.py) -------------------------

from tests.ledger_fixtures import ledger_file, ledger_template, login, places  # noqa: E402, F401
