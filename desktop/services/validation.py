"""Checks shared by the forms of every area; each raises ValidationError naming its field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from zxcvbn import zxcvbn

from ..vault.errors import QT_TRANSLATE_NOOP, Phrase
from .errors import ValidationError

#: the password rule (README, "Passwords"): at least 10 characters, and zxcvbn's estimate
#: at least 3 of 0-4 ("safely unguessable": about 10^8 guesses or more)
MIN_PASSWORD_LENGTH = 10
MIN_PASSWORD_SCORE = 3
#: zxcvbn's time grows with the length; the rest of a longer password only adds strength
_ESTIMATE_CHARACTERS = 64
_USERNAME = re.compile(r"^[\w.@+-]{1,64}$")
# C0 and C1 control characters and the Unicode line and paragraph separators.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Bidirectional marks, embeddings, overrides and isolates: they can make one name look
# like another on screen and in print, and no name needs them.
BIDI_CONTROLS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """One-line text as saved: pasted line breaks and control characters become a space."""
    return _CONTROLS.sub(" ", BIDI_CONTROLS.sub("", text)).strip()


def required_text(value: str, field: str, label: str, max_length: int = 200) -> str:
    """The stripped text, or an error saying what is missing or too long.

    ``label`` is a phrase marked with QT_TRANSLATE_NOOP("errors", ...) ("the office name"),
    or text the UI has translated already.
    """
    text = one_line(value)  # a pasted line break is no part of a name
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter {label}."), field, label=Phrase(label)
        )
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label:cap} is too long (at most {max_length})."),
            field,
            label=Phrase(label),
            max_length=max_length,
        )
    return text


def check_username(username: str) -> str:
    name = unicodedata.normalize("NFKC", username).strip()
    if not _USERNAME.match(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A user name is 1-64 letters or digits (also . @ + - _), without spaces."
            ),
            "username",
        )
    return name


def password_strength(password: str, context: Sequence[str] = ()) -> int:
    """0 (shorter than the rule) to 4: zxcvbn's estimate, given the names around it.

    ``context`` holds words the person's password should not lean on (user name,
    office name): zxcvbn counts them as guessable.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return 0
    words = [word for word in context if word]
    score = int(zxcvbn(password[:_ESTIMATE_CHARACTERS], user_inputs=words)["score"])
    return max(1, score)


def check_password(password: str, field: str = "password", context: Sequence[str] = ()) -> None:
    """The one password rule, shared by the setup wizard, the password dialogs and the CLI."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {length} characters."),
            field,
            length=MIN_PASSWORD_LENGTH,
        )
    if password != password.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password must not begin or end with a space."), field
        )
    if password_strength(password, context) < MIN_PASSWORD_SCORE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This password is too easy to guess (a common word, name, date or pattern). "
                "Use a few unrelated words, or a longer phrase.",
            ),
            field,
        )
