"""The recovery key: 256 random bits written as groups a person can copy by hand.

Crockford's base-32 alphabet (no I, L, O, U) so that 0/O and 1/I/L cannot be
confused; three check bytes so a mistyped key is told apart from a wrong one.
"""

from __future__ import annotations

import hashlib
import secrets

from .errors import QT_TRANSLATE_NOOP, WrongPassword

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}


class MistypedRecoveryKey(WrongPassword):
    """The recovery key has a typing error (wrong length or check digits)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The recovery key is not complete or has a typing error; "
                "check each group against the recovery sheet.",
            )
        )


def new_recovery_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """``key`` as 14 groups of 4 characters separated by dashes."""
    raw = key + hashlib.sha256(key).digest()[:CHECK_BYTES]
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(len(raw) * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key; spaces, dashes and case do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n\u3000")
    total = KEY_BYTES + CHECK_BYTES
    if len(cleaned) != total * 8 // 5 or any(ch not in _DECODE for ch in cleaned):
        raise MistypedRecoveryKey()
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    raw = number.to_bytes(total, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:CHECK_BYTES] != check:
        raise MistypedRecoveryKey()
    return key
