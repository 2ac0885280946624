"""Messages meant for a person, in every layer: the error base and its translatable text.

Every error carries an English message template with ``{name}`` placeholders,
its parameters and the command-line exit code (docs/architecture.md).
``str(error)`` is the English message (the CLI and logs); the UI translates
the template (context "errors", resources/translations/messages_*.ts) and
fills in the same parameters, so no Qt is needed below the UI. Neutral ground:
vault, db, services, reports and ui all import it, and it imports nothing.
"""

from __future__ import annotations

from typing import Any

EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSWORD = 3
EXIT_CORRUPT = 4
EXIT_LOCKED = 5


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``; named so that Qt's lupdate extracts the strings (no Qt import here)."""
    return text


def render(template: str, params: dict[str, Any]) -> str:
    """``template`` filled in; one without parameters is taken as it is (it may hold braces)."""
    return template.format(**params) if params else template


class Phrase(str):
    """Text that is itself translatable, given as a parameter of a message.

    Its value is the English text; ``template`` and ``params`` let the UI
    translate it as well. In a template, ``{label:cap}`` capitalizes its first
    letter (for a phrase that begins a sentence in English).
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Phrase:
        phrase = super().__new__(cls, render(template, params))
        phrase.template = template
        phrase.params = params
        return phrase

    def __format__(self, spec: str) -> str:
        if spec == "cap":
            return self[:1].upper() + self[1:]
        return super().__format__(spec)


class LedgerError(Exception):
    """Base of every error whose message is meant for a person."""

    exit_code = EXIT_UNEXPECTED

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(render(template, params))
        self.template = template
        self.params = params

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def __str__(self) -> str:
        return self.message
