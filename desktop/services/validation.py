"""Checks shared by the forms of every area; each raises ValidationError naming its field."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[\w.@+-]{1,64}$")


def required_text(value: str, field: str, label: str, max_length: int = 200) -> str:
    """The stripped text, or an error saying what is missing or too long."""
    text = value.strip()
    if not text:
        raise ValidationError(f"Enter {label}.", field)
    if len(text) > max_length:
        raise ValidationError(f"{label.capitalize()} is too long (at most {max_length}).", field)
    return text


def check_username(username: str) -> str:
    name = unicodedata.normalize("NFKC", username).strip()
    if not _USERNAME.match(name):
        raise ValidationError(
            "A user name is 1-64 letters or digits (also . @ + - _), without spaces.", "username"
        )
    return name


def check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.", field)
    if password != password.strip():
        raise ValidationError("A password must not begin or end with a space.", field)
