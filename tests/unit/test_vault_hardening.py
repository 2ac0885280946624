"""Hostile or damaged files and a second writer: refused early, in plain words, nothing lost."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from desktop.vault import (
    CorruptFile,
    FileChangedOnDisk,
    LedgerError,
    Vault,
    fileformat,
    kdf,
    read_header,
)
from desktop.vault.errors import EXIT_USAGE, NotARegularFile

from .conftest import (
    CLERK,
    MANAGER,
    MANAGER_PASSWORD,
    OpenVault,
    Template,
    client_names,
    decrypt_file,
    make_image,
    rewrite_header,
    user_slot,
)

MIB = 1024 * 1024


def test_two_writers_at_the_same_generation_cannot_both_save(
    vault_file: Path, open_vault: OpenVault, tmp_path: Path
) -> None:
    """Another PC saved a copy at the same generation over ours: the nonce tells them apart."""
    vault, _ = open_vault(vault_file)
    elsewhere = tmp_path / "elsewhere" / vault_file.name
    elsewhere.parent.mkdir()
    shutil.copyfile(vault_file, elsewhere)
    other, _ = open_vault(elsewhere, CLERK)
    vault.save(make_image("ours"))
    other.save(make_image("theirs"))  # same generation as ours, a different nonce
    theirs = elsewhere.read_bytes()
    assert read_header(elsewhere).generation == read_header(vault_file).generation
    shutil.copyfile(elsewhere, vault_file)  # a sync client brings their save over ours
    with pytest.raises(FileChangedOnDisk, match="not overwritten"):
        vault.save(make_image("ours, later"))
    assert vault_file.read_bytes() == theirs


def test_the_reused_save_buffer_follows_the_ledger_as_it_grows_and_shrinks(
    vault_file: Path, open_vault: OpenVault, vault_template: Template
) -> None:
    vault, _ = open_vault(vault_file)
    for clients in (("a",), tuple(f"client {n}" for n in range(3000)), ("b",)):
        vault.save(make_image(*clients))
        data = vault_file.read_bytes()
        assert client_names(decrypt_file(data, vault_template.data_key)) == list(clients)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are made with mkfifo")
@pytest.mark.parametrize("what", ["open", "header"])
def test_a_pipe_given_as_the_ledger_is_refused_without_waiting(tmp_path: Path, what: str) -> None:
    fifo = tmp_path / "office.pldb"
    os.mkfifo(fifo)
    result: list[object] = []

    def attempt() -> None:
        try:
            if what == "open":
                Vault.open(fifo, username=MANAGER, password=MANAGER_PASSWORD)
            else:
                read_header(fifo)
        except LedgerError as exc:
            result.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), "opening a pipe hangs"
    (error,) = result
    assert isinstance(error, NotARegularFile)
    assert error.exit_code == EXIT_USAGE
    assert "not an ordinary file" in str(error)


def test_a_header_claiming_a_huge_body_is_refused_by_the_file_size(
    vault_file: Path, open_vault: OpenVault
) -> None:
    def edit(header: dict[str, Any]) -> None:
        header["body"]["length"] = 4 * 1024 * MIB

    vault_file.write_bytes(rewrite_header(vault_file.read_bytes(), edit))
    with pytest.raises(CorruptFile) as info:
        open_vault(vault_file)
    assert info.value.reason == CorruptFile.TRUNCATED


def test_extra_bytes_are_refused_before_the_body_is_read(
    vault_file: Path, open_vault: OpenVault
) -> None:
    """64 MiB appended to a valid file: refused by its size, the 64 MiB are never read."""
    with vault_file.open("ab") as handle:
        handle.truncate(vault_file.stat().st_size + 64 * MIB)
    tracemalloc.start()
    try:
        with pytest.raises(CorruptFile, match="extra bytes"):
            fileformat.read_file(vault_file)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * MIB


def test_edited_key_parameters_are_damage_not_a_wrong_password(
    vault_file: Path, open_vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In-bounds parameters that differ from the file's recorded calibration: no derivation."""
    derived: list[object] = []
    monkeypatch.setattr(kdf, "derive", lambda *args: derived.append(args) or b"\0" * 32)

    def edit(header: dict[str, Any]) -> None:
        user_slot(header, MANAGER)["kdf"]["iterations"] = 3  # within the bounds

    vault_file.write_bytes(rewrite_header(vault_file.read_bytes(), edit))
    with pytest.raises(CorruptFile) as info:
        open_vault(vault_file)
    assert "key parameters differ from those recorded in the file" in str(info.value)
    assert derived == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_saved_file_and_its_lock_are_private_to_their_owner(
    vault_file: Path, open_vault: OpenVault
) -> None:
    vault, image = open_vault(vault_file)
    vault.save(image)
    assert vault_file.stat().st_mode & 0o777 == 0o600
    lock = vault_file.with_name(vault_file.name + ".lock")
    assert lock.stat().st_mode & 0o777 == 0o600
