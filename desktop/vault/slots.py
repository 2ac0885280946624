"""Key slots: one X25519 key pair per user (plus recovery), the data key wrapped to each.

As in age: the data key is wrapped to a slot's public key with an ephemeral
X25519 exchange, HKDF and AES-256-GCM, so a manager can re-wrap a new data
key to every slot without knowing anyone's password. The slot's private key
is encrypted under Argon2id(password), or, for the recovery slot, under a key
derived with HKDF from the 256-bit recovery key.
"""

from __future__ import annotations

import base64
import secrets
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import kdf
from .errors import QT_TRANSLATE_NOOP, CorruptFile, Phrase, WrongPassword
from .x25519 import PrivateKey, PublicKey, generate, private_from_bytes, public_from_bytes

_KEY_SLOT = Phrase(QT_TRANSLATE_NOOP("errors", "(key slot)"))

SlotKind = Literal["user", "recovery"]
NONCE_BYTES = 12


def username_key(username: str) -> str:
    """How user names are compared: Unicode-normalized and case-insensitive."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


def hkdf32(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


@dataclass(frozen=True)
class KeySlot:
    """One slot as stored in the file header."""

    slot_id: str
    kind: SlotKind
    username: str
    public_key: bytes
    kdf_params: kdf.KdfParams | None
    kdf_salt: bytes
    private_nonce: bytes
    private_ciphertext: bytes
    wrap_ephemeral: bytes
    wrap_nonce: bytes
    wrap_ciphertext: bytes

    def matches(self, username: str) -> bool:
        return self.kind == "user" and username_key(self.username) == username_key(username)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "username": self.username,
            "public_key": _b64(self.public_key),
            "kdf": None if self.kdf_params is None else self.kdf_params.to_json(),
            "kdf_salt": _b64(self.kdf_salt),
            "private_key": {
                "nonce": _b64(self.private_nonce),
                "ciphertext": _b64(self.private_ciphertext),
            },
            "wrapped_key": {
                "ephemeral": _b64(self.wrap_ephemeral),
                "nonce": _b64(self.wrap_nonce),
                "ciphertext": _b64(self.wrap_ciphertext),
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        try:
            kind = data["kind"]
            if kind not in ("user", "recovery"):
                raise ValueError(kind)
            params = None if data["kdf"] is None else kdf.KdfParams.from_json(data["kdf"])
            if kind == "user" and params is None:
                raise ValueError("user slot without key parameters")
            return cls(
                slot_id=str(data["id"]),
                kind=kind,
                username=str(data["username"]),
                public_key=_unb64(data["public_key"], 32),
                kdf_params=params,
                kdf_salt=_unb64(data["kdf_salt"]),
                private_nonce=_unb64(data["private_key"]["nonce"], NONCE_BYTES),
                private_ciphertext=_unb64(data["private_key"]["ciphertext"], 48),
                wrap_ephemeral=_unb64(data["wrapped_key"]["ephemeral"], 32),
                wrap_nonce=_unb64(data["wrapped_key"]["nonce"], NONCE_BYTES),
                wrap_ciphertext=_unb64(data["wrapped_key"]["ciphertext"], 48),
            )
        except CorruptFile:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptFile(CorruptFile.DAMAGED_HEADER, _KEY_SLOT) from exc


def new_user_slot(
    username: str, password: str, data_key: bytes, file_id: str, params: kdf.KdfParams
) -> KeySlot:
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    secret_key = kdf.derive(password, salt, params)
    return _new_slot("user", username, secret_key, params, salt, data_key, file_id)


def new_recovery_slot(recovery_key: bytes, data_key: bytes, file_id: str) -> KeySlot:
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    secret_key = _recovery_secret(recovery_key, salt)
    return _new_slot("recovery", "", secret_key, None, salt, data_key, file_id)


def unlock_with_password(slot: KeySlot, password: str, file_id: str) -> PrivateKey:
    assert slot.kdf_params is not None
    return _open_private(slot, kdf.derive(password, slot.kdf_salt, slot.kdf_params), file_id)


def unlock_with_recovery_key(slot: KeySlot, recovery_key: bytes, file_id: str) -> PrivateKey:
    return _open_private(slot, _recovery_secret(recovery_key, slot.kdf_salt), file_id)


def unwrap_data_key(slot: KeySlot, private_key: PrivateKey, file_id: str) -> bytes:
    try:
        shared = private_key.exchange(public_from_bytes(slot.wrap_ephemeral))
    except ValueError as exc:  # a low-order point: only a crafted slot has one
        raise CorruptFile(CorruptFile.DAMAGED_HEADER, _KEY_SLOT) from exc
    wrap_key = hkdf32(shared, slot.wrap_ephemeral + slot.public_key, b"privacy-ledger v1 wrap")
    try:
        return AESGCM(wrap_key).decrypt(
            slot.wrap_nonce, slot.wrap_ciphertext, _aad("wrap", file_id, slot.slot_id)
        )
    except InvalidTag as exc:
        raise WrongPassword() from exc


def rewrap(slot: KeySlot, data_key: bytes, file_id: str) -> KeySlot:
    """The same slot with ``data_key`` wrapped to its public key (no password needed)."""
    ephemeral, nonce, ciphertext = _wrap(
        public_from_bytes(slot.public_key), slot.public_key, data_key, file_id, slot.slot_id
    )
    return replace(slot, wrap_ephemeral=ephemeral, wrap_nonce=nonce, wrap_ciphertext=ciphertext)


def _new_slot(
    kind: SlotKind,
    username: str,
    secret_key: bytes,
    params: kdf.KdfParams | None,
    salt: bytes,
    data_key: bytes,
    file_id: str,
) -> KeySlot:
    slot_id = secrets.token_hex(8)
    private_key, public_key = generate()
    public_raw = public_key.public_bytes_raw()
    private_nonce = secrets.token_bytes(NONCE_BYTES)
    private_ciphertext = AESGCM(secret_key).encrypt(
        private_nonce, private_key.private_bytes_raw(), _aad("private", file_id, slot_id)
    )
    ephemeral, nonce, ciphertext = _wrap(public_key, public_raw, data_key, file_id, slot_id)
    return KeySlot(
        slot_id=slot_id,
        kind=kind,
        username=username,
        public_key=public_raw,
        kdf_params=params,
        kdf_salt=salt,
        private_nonce=private_nonce,
        private_ciphertext=private_ciphertext,
        wrap_ephemeral=ephemeral,
        wrap_nonce=nonce,
        wrap_ciphertext=ciphertext,
    )


def _wrap(
    public_key: PublicKey, public_raw: bytes, data_key: bytes, file_id: str, slot_id: str
) -> tuple[bytes, bytes, bytes]:
    ephemeral_private, ephemeral_public = generate()
    ephemeral_raw = ephemeral_public.public_bytes_raw()
    shared = ephemeral_private.exchange(public_key)
    wrap_key = hkdf32(shared, ephemeral_raw + public_raw, b"privacy-ledger v1 wrap")
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(wrap_key).encrypt(nonce, data_key, _aad("wrap", file_id, slot_id))
    return ephemeral_raw, nonce, ciphertext


def _open_private(slot: KeySlot, secret_key: bytes, file_id: str) -> PrivateKey:
    try:
        raw = AESGCM(secret_key).decrypt(
            slot.private_nonce, slot.private_ciphertext, _aad("private", file_id, slot.slot_id)
        )
    except InvalidTag as exc:
        raise WrongPassword() from exc
    return private_from_bytes(raw)


def _recovery_secret(recovery_key: bytes, salt: bytes) -> bytes:
    return hkdf32(recovery_key, salt, b"privacy-ledger v1 recovery slot")


def _aad(purpose: str, file_id: str, slot_id: str) -> bytes:
    return f"PLDB v1 {purpose}|{file_id}|{slot_id}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if length is not None and len(data) != length:
        raise ValueError("wrong length")
    return data
