"""The data folder is …/PrivacyLedger; what version 0.1 kept one level deeper moves up."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import APP_NAME, ORGANIZATION, data_folder, move_old_data_folder, resources_dir


def test_the_data_folder_is_named_once() -> None:
    base = Path("C:/Users/clerk/AppData/Roaming")
    assert data_folder(base / ORGANIZATION / APP_NAME) == base / ORGANIZATION
    assert data_folder(base / "elsewhere") == base / "elsewhere"


def test_the_old_folder_moves_up_without_overwriting(tmp_path: Path) -> None:
    folder = tmp_path / ORGANIZATION
    old = folder / APP_NAME
    (old / "backups").mkdir(parents=True)
    (old / "ledger.pldb").write_bytes(b"office ledger")
    (old / "backups" / "b1.pldb").write_bytes(b"backup")
    (old / "settings.ini").write_text("old")
    (folder / "settings.ini").write_text("new")

    assert move_old_data_folder(folder) == folder
    assert (folder / "ledger.pldb").read_bytes() == b"office ledger"
    assert (folder / "backups" / "b1.pldb").read_bytes() == b"backup"
    assert (folder / "settings.ini").read_text() == "new"  # the newer one stays
    assert (old / "settings.ini").read_text() == "old"  # and the old one is not lost
    assert not (old / "ledger.pldb").exists()


def test_without_an_old_folder_nothing_changes(tmp_path: Path) -> None:
    assert move_old_data_folder(tmp_path) == tmp_path
    assert list(tmp_path.iterdir()) == []


def test_resources_are_found_from_a_source_checkout() -> None:
    assert (resources_dir() / "translations" / "privacy_ledger_ja.qm").is_file()
    assert (resources_dir() / "icons" / "privacy-ledger.ico").is_file()
