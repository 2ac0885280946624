"""Key slots: who can open the file, with what, and who can no longer after a change."""

from __future__ import annotations

import base64
import copy
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from desktop.vault import (
    CorruptFile,
    LedgerError,
    UnknownUser,
    Vault,
    WrongPassword,
    fileformat,
    read_header,
)
from desktop.vault.errors import EXIT_WRONG_PASSWORD
from desktop.vault.recovery import (
    ALPHABET,
    MistypedRecoveryKey,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
)

from .conftest import (
    CLERK,
    CLERK_PASSWORD,
    LEDGER_NAME,
    MANAGER,
    MANAGER_PASSWORD,
    SATO,
    USERS,
    OpenVault,
    Template,
    client_names,
    folder_names,
    header_json,
    make_image,
    rewrite_header,
    user_slot,
)

# --- users and passwords -----------------------------------------------------------------


@pytest.mark.parametrize("user", list(USERS))
def test_every_user_opens_the_ledger_with_their_password(
    vault_file: Path, open_vault: OpenVault, vault_template: Template, user: str
) -> None:
    vault, image = open_vault(vault_file, user)
    assert image == vault_template.image
    assert vault.header.usernames() == [MANAGER, CLERK, SATO]


WRONG_PASSWORDS = {
    "another word": "tr0ub4dor&3",
    "another user's password": CLERK_PASSWORD,
    "different case": MANAGER_PASSWORD.upper(),
    "one character short": MANAGER_PASSWORD[:-1],
    "a trailing space": MANAGER_PASSWORD + " ",
    "empty": "",
}


@pytest.mark.parametrize("password", list(WRONG_PASSWORDS.values()), ids=list(WRONG_PASSWORDS))
def test_a_wrong_password_is_refused_with_a_clear_message(vault_file: Path, password: str) -> None:
    with pytest.raises(WrongPassword) as info:
        Vault.open(vault_file, username=MANAGER, password=password)
    assert str(info.value) == "The password is not correct for this ledger."
    assert info.value.exit_code == EXIT_WRONG_PASSWORD
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_an_unknown_user_is_named_in_the_message(vault_file: Path) -> None:
    with pytest.raises(UnknownUser) as info:
        Vault.open(vault_file, username="Watanabe", password=MANAGER_PASSWORD)
    assert str(info.value) == "There is no user named 'Watanabe' in this ledger."
    assert info.value.exit_code == EXIT_WRONG_PASSWORD


@pytest.mark.parametrize(
    "credentials",
    [{"username": MANAGER}, {"password": MANAGER_PASSWORD}, {}],
    ids=["no password", "no user name", "nothing"],
)
def test_opening_without_credentials_asks_for_them(
    vault_file: Path, credentials: dict[str, Any]
) -> None:
    with pytest.raises(WrongPassword, match="user name and password are needed"):
        Vault.open(vault_file, **credentials)


@pytest.mark.parametrize(
    "typed",
    ["tanaka", "TANAKA", "  Tanaka ", "ＴＡＮＡＫＡ"],
    ids=["lower", "upper", "spaces around", "full-width"],
)
def test_user_names_are_matched_however_they_are_typed(
    vault_file: Path, open_vault: OpenVault, vault_template: Template, typed: str
) -> None:
    _, image = open_vault(vault_file, typed, password=MANAGER_PASSWORD)
    assert image == vault_template.image


NFC_JAPANESE = "ガギグゲゴ"
NFD_JAPANESE = unicodedata.normalize("NFD", NFC_JAPANESE)
LONG = "x" * 9_999


@pytest.mark.parametrize(
    ("created_with", "opened_with", "refused"),
    [
        (LONG + "a", LONG + "a", LONG + "b"),
        ("Pässwörd 密码 пароль 🔐", "Pässwörd 密码 пароль 🔐", "Passwort 密码 пароль 🔐"),
        (NFC_JAPANESE, NFD_JAPANESE, "カキクケコ"),
        (NFD_JAPANESE, NFC_JAPANESE, "ガギグゲ"),
        (" ", " ", "  "),
    ],
    ids=["10,000 characters", "non-ASCII", "NFC then NFD", "NFD then NFC", "one space"],
)
def test_passwords_of_any_length_and_script(
    tmp_path: Path, created_with: str, opened_with: str, refused: str
) -> None:
    path = tmp_path / LEDGER_NAME
    image = make_image("Client")
    vault, _ = Vault.create(path, "Owner", created_with, image, app_version="t")
    vault.close()
    reopened, loaded = Vault.open(path, username="Owner", password=opened_with)
    reopened.close()
    assert loaded == image
    with pytest.raises(WrongPassword):
        Vault.open(path, username="Owner", password=refused)


def test_nfc_and_nfd_really_are_different_strings() -> None:
    assert NFC_JAPANESE != NFD_JAPANESE
    assert len(NFD_JAPANESE) == 2 * len(NFC_JAPANESE)


def test_a_new_ledger_needs_a_password(tmp_path: Path) -> None:
    path = tmp_path / LEDGER_NAME
    with pytest.raises(LedgerError, match="must not be empty"):
        Vault.create(path, MANAGER, "", make_image(), app_version="t")
    assert folder_names(tmp_path) == []


# --- the recovery key --------------------------------------------------------------------


def _retype(key: str, how: str) -> str:
    return {
        "as printed": key,
        "lower case": key.lower(),
        "spaces for dashes": key.replace("-", " "),
        "no separators": key.replace("-", ""),
        "full-width spaces and a newline": key.replace("-", "\u3000", 6).replace("-", "\n"),
        "surrounded by blanks": f"  {key}\t\n",
    }[how]


@pytest.mark.parametrize(
    "how",
    [
        "as printed",
        "lower case",
        "spaces for dashes",
        "no separators",
        "full-width spaces and a newline",
        "surrounded by blanks",
    ],
)
def test_the_recovery_key_opens_the_ledger_however_it_is_typed(
    vault_file: Path, vault_template: Template, how: str
) -> None:
    vault, image = Vault.open(vault_file, recovery_key=_retype(vault_template.recovery_key, how))
    vault.close()
    assert image == vault_template.image


def _change_one_character(key: str, index: int) -> str:
    position = [i for i, ch in enumerate(key) if ch != "-"][index]
    other = ALPHABET[(ALPHABET.index(key[position]) + 1) % len(ALPHABET)]
    return key[:position] + other + key[position + 1 :]


def _swap_first_distinct_pair(key: str) -> str:
    i = next(i for i in range(len(key) - 1) if "-" not in key[i : i + 2] and key[i] != key[i + 1])
    return key[:i] + key[i + 1] + key[i] + key[i + 2 :]


MISTYPES = {
    "first character wrong": lambda key: _change_one_character(key, 0),
    "middle character wrong": lambda key: _change_one_character(key, 27),
    "last character wrong": lambda key: _change_one_character(key, -1),
    "two characters swapped": lambda key: _swap_first_distinct_pair(key),
    "a group missing": lambda key: key[5:],
    "a group too many": lambda key: key + "-ABCD",
    "a letter not on the sheet": lambda key: "U" + key[1:],
    "empty": lambda key: "",
    "the user's password": lambda key: MANAGER_PASSWORD,
}


@pytest.mark.parametrize("mistype", list(MISTYPES.values()), ids=list(MISTYPES))
def test_a_mistyped_recovery_key_says_to_check_the_sheet(
    vault_file: Path, vault_template: Template, mistype: Any
) -> None:
    typed = mistype(vault_template.recovery_key)
    assert typed != vault_template.recovery_key
    with pytest.raises(MistypedRecoveryKey) as info:
        Vault.open(vault_file, recovery_key=typed)
    assert "typing error" in str(info.value)
    assert "recovery sheet" in str(info.value)
    assert isinstance(info.value, WrongPassword)  # handled like any wrong password
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_another_ledgers_recovery_key_does_not_belong_here(vault_file: Path) -> None:
    other = format_recovery_key(new_recovery_key())
    with pytest.raises(WrongPassword) as info:
        Vault.open(vault_file, recovery_key=other)
    assert not isinstance(info.value, MistypedRecoveryKey)
    assert str(info.value) == "The recovery key does not belong to this ledger."


def test_a_recovery_key_round_trips_and_reads_look_alike_letters() -> None:
    key = bytes(range(32))
    text = format_recovery_key(key)
    assert len(text.split("-")) == 14
    assert {"0", "1"} <= set(text)
    assert parse_recovery_key(text) == key
    assert parse_recovery_key(text.replace("0", "o").replace("1", "l")) == key
    assert parse_recovery_key(text.replace("1", "I")) == key


def test_a_new_recovery_key_replaces_the_old_one_at_the_next_save(
    vault_file: Path, vault_template: Template
) -> None:
    vault, image = Vault.open(vault_file, recovery_key=vault_template.recovery_key)
    fresh = vault.new_recovery_key()
    assert fresh != vault_template.recovery_key
    vault.save(image)
    vault.close()
    assert [slot.kind for slot in read_header(vault_file).slots].count("recovery") == 1
    with pytest.raises(WrongPassword, match="does not belong to this ledger"):
        Vault.open(vault_file, recovery_key=vault_template.recovery_key)
    reopened, loaded = Vault.open(vault_file, recovery_key=fresh.lower())
    reopened.close()
    assert loaded == image


# --- changing users ----------------------------------------------------------------------


def test_a_changed_password_replaces_the_old_one_only(
    vault_file: Path, open_vault: OpenVault
) -> None:
    vault, image = open_vault(vault_file)
    with pytest.raises(LedgerError, match="must not be empty"):
        vault.set_password(CLERK, "")
    vault.set_password(CLERK, "new clerk password")
    vault.save(image)
    vault.close()
    with pytest.raises(WrongPassword):
        Vault.open(vault_file, username=CLERK, password=CLERK_PASSWORD)
    open_vault(vault_file, CLERK, password="new clerk password", read_only=True)
    open_vault(vault_file, SATO, read_only=True)


def test_a_renamed_user_opens_under_the_new_name(vault_file: Path, open_vault: OpenVault) -> None:
    vault, image = open_vault(vault_file)
    vault.rename_user(CLERK, "Suzuki Ichiro")
    with pytest.raises(LedgerError, match="already a user named 'tanaka'"):
        vault.rename_user("Suzuki Ichiro", "tanaka")
    vault.save(image)
    vault.close()
    assert read_header(vault_file).usernames() == [MANAGER, "Suzuki Ichiro", SATO]
    with pytest.raises(UnknownUser):
        Vault.open(vault_file, username=CLERK, password=CLERK_PASSWORD)
    open_vault(vault_file, "Suzuki Ichiro", password=CLERK_PASSWORD)


def test_user_names_are_unique_whatever_the_case(vault_file: Path, open_vault: OpenVault) -> None:
    vault, _ = open_vault(vault_file)
    for name in ("SUZUKI", "suzuki", "Ｓｕｚｕｋｉ"):
        with pytest.raises(LedgerError, match="already a user named"):
            vault.add_user(name, "some password")
    with pytest.raises(LedgerError, match="must not be empty"):
        vault.add_user("Kobayashi", "")
    with pytest.raises(UnknownUser):
        vault.set_password("Kobayashi", "x")
    assert vault.usernames() == [MANAGER, CLERK, SATO]


def test_an_added_user_opens_after_the_save(vault_file: Path, open_vault: OpenVault) -> None:
    vault, image = open_vault(vault_file)
    vault.add_user("Kobayashi", "kobayashi's password")
    vault.save(image)
    vault.close()
    reopened, loaded = open_vault(vault_file, MANAGER, password=MANAGER_PASSWORD)
    assert reopened.header.usernames() == [MANAGER, CLERK, SATO, "Kobayashi"]
    reopened.close()
    _, loaded = open_vault(vault_file, "Kobayashi", password="kobayashi's password")
    assert loaded == image


def test_a_rolled_back_transaction_restores_the_slots(
    vault_file: Path, open_vault: OpenVault, vault_template: Template
) -> None:
    vault, image = open_vault(vault_file)
    state = vault.snapshot()
    vault.remove_user(CLERK)
    vault.add_user("Kobayashi", "kobayashi's password")
    vault.restore(state)
    assert vault.usernames() == [MANAGER, CLERK, SATO]
    vault.save(image)
    vault.close()
    _, loaded = open_vault(vault_file, CLERK)  # the clerk still opens: nothing was rotated
    assert loaded == vault_template.image


# --- removed users and rotated keys ------------------------------------------------------


def _transplant_slot(new: bytes, old: bytes, username: str) -> bytes:
    """The new file with ``username``'s slot from the old file put (back) into its header."""
    old_slot = copy.deepcopy(user_slot(header_json(old), username))

    def edit(header: Any) -> None:
        others = [slot for slot in header["slots"] if slot["username"] != username]
        header["slots"] = [*others, old_slot]

    return rewrite_header(new, edit)


def test_a_removed_user_cannot_open_any_later_save(
    vault_file: Path, open_vault: OpenVault, vault_template: Template, tmp_path: Path
) -> None:
    old_copy = vault_file.read_bytes()
    vault, _ = open_vault(vault_file)
    vault.remove_user(CLERK)
    new_image = make_image("Client added after Suzuki left")
    vault.save(new_image)
    vault.close()
    new = vault_file.read_bytes()
    assert read_header(vault_file).usernames() == [MANAGER, SATO]

    with pytest.raises(UnknownUser):
        Vault.open(vault_file, username=CLERK, password=CLERK_PASSWORD)

    # The old copy still opens with the old password, as any copy does...
    old_path = tmp_path / "old copy.pldb"
    old_path.write_bytes(old_copy)
    _, old_image = open_vault(old_path, CLERK, read_only=True)
    assert old_image == vault_template.image

    # ...but the old slot put back into the new file (digest fixed) opens nothing.
    forged = tmp_path / "forged.pldb"
    forged.write_bytes(_transplant_slot(new, old_copy, CLERK))
    with pytest.raises((WrongPassword, CorruptFile)):
        Vault.open(forged, username=CLERK, password=CLERK_PASSWORD)
    assert folder_names(tmp_path) == sorted([LEDGER_NAME, "forged.pldb", "old copy.pldb"])

    # And the data key the old copy gives does not decrypt the new body.
    header, prefix, body = fileformat.parse(new)
    with pytest.raises(CorruptFile):
        fileformat.decrypt_body(header, prefix, body, vault_template.data_key)

    # Everyone who remains still opens the new file.
    for user in (MANAGER, SATO):
        _, image = open_vault(vault_file, user, read_only=True)
        assert client_names(image) == ["Client added after Suzuki left"]
    reopened, image = Vault.open(vault_file, recovery_key=vault_template.recovery_key)
    reopened.close()
    assert image == new_image


def test_after_rotating_the_key_an_old_slot_opens_only_the_old_copy(
    vault_file: Path, open_vault: OpenVault, vault_template: Template, tmp_path: Path
) -> None:
    old_copy = vault_file.read_bytes()
    vault, image = open_vault(vault_file)
    vault.rotate_key()
    vault.save(image)
    vault.close()
    new = vault_file.read_bytes()
    assert read_header(vault_file).key_id != fileformat.parse(old_copy)[0].key_id

    old_path = tmp_path / "old copy.pldb"
    old_path.write_bytes(old_copy)
    _, old_image = open_vault(old_path, MANAGER, read_only=True)
    assert old_image == vault_template.image

    forged = tmp_path / "forged.pldb"
    forged.write_bytes(_transplant_slot(new, old_copy, MANAGER))
    with pytest.raises((WrongPassword, CorruptFile)):
        Vault.open(forged, username=MANAGER, password=MANAGER_PASSWORD)

    header, prefix, body = fileformat.parse(new)
    with pytest.raises(CorruptFile):
        fileformat.decrypt_body(header, prefix, body, vault_template.data_key)

    # Every slot was re-wrapped without its password: all still open the new file.
    for user in USERS:
        _, loaded = open_vault(vault_file, user, read_only=True)
        assert loaded == image


# --- tampered slots (digest recomputed) --------------------------------------------------

SLOT_FIELDS = [
    "public_key",
    "kdf_salt",
    "private_key.nonce",
    "private_key.ciphertext",
    "wrapped_key.ephemeral",
    "wrapped_key.nonce",
    "wrapped_key.ciphertext",
]


def _flip_slot_field(username: str, field: str, index: int) -> Any:
    def edit(header: Any) -> None:
        node = user_slot(header, username)
        *parents, last = field.split(".")
        for key in parents:
            node = node[key]
        raw = bytearray(base64.b64decode(node[last]))
        raw[index] ^= 0x01
        node[last] = base64.b64encode(bytes(raw)).decode()

    return edit


@pytest.mark.parametrize("field", SLOT_FIELDS)
def test_a_flipped_bit_in_ones_own_slot_never_opens(vault_file: Path, field: str) -> None:
    vault_file.write_bytes(
        rewrite_header(vault_file.read_bytes(), _flip_slot_field(MANAGER, field, 5))
    )
    with pytest.raises((WrongPassword, CorruptFile)):
        Vault.open(vault_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


@pytest.mark.parametrize("field", ["private_key.ciphertext", "wrapped_key.ciphertext"])
def test_a_flipped_bit_in_another_slot_is_caught_by_the_body_tag(
    vault_file: Path, field: str
) -> None:
    vault_file.write_bytes(
        rewrite_header(vault_file.read_bytes(), _flip_slot_field(CLERK, field, -1))
    )
    with pytest.raises(CorruptFile) as info:
        Vault.open(vault_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert info.value.reason == CorruptFile.DAMAGED_BODY


def test_a_slot_with_a_degenerate_ephemeral_key_is_refused(vault_file: Path) -> None:
    """An all-zero X25519 point makes the key exchange fail; that must not crash the open."""

    def edit(header: Any) -> None:
        user_slot(header, MANAGER)["wrapped_key"]["ephemeral"] = base64.b64encode(
            bytes(32)
        ).decode()

    vault_file.write_bytes(rewrite_header(vault_file.read_bytes(), edit))
    with pytest.raises((WrongPassword, CorruptFile)):
        Vault.open(vault_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_a_slot_moved_to_another_user_name_does_not_open(vault_file: Path) -> None:
    """The clerk's slot renamed to the manager's name still needs the clerk's password."""

    def edit(header: Any) -> None:
        header["slots"] = [s for s in header["slots"] if s["username"] != MANAGER]
        user_slot(header, CLERK)["username"] = MANAGER

    vault_file.write_bytes(rewrite_header(vault_file.read_bytes(), edit))
    with pytest.raises(WrongPassword):
        Vault.open(vault_file, username=MANAGER, password=MANAGER_PASSWORD)
