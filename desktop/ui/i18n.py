"""The lower layers' messages in the person's language: templates and phrases of context "errors".

vault, db and services raise errors with English templates marked by
``QT_TRANSLATE_NOOP("errors", ...)`` (desktop/errors.py); here the template is
translated and filled in with the same parameters. Parameters that are
phrases themselves (a field label, a permission, a reason) are translated
too; plain values (paths, numbers, user names) are inserted as they are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors import LedgerError, Phrase

CONTEXT = "errors"


def error_text(exc: BaseException) -> str:
    """What to show a person for ``exc``: translated for a LedgerError, else ``str(exc)``."""
    if isinstance(exc, LedgerError):
        return _fill(exc.template, exc.params)
    return str(exc)


def translated(text: str) -> str:
    """``text`` translated when it is a Phrase from the lower layers; other text as it is."""
    if isinstance(text, Phrase):
        return _fill(text.template, text.params)
    return text


def _fill(template: str, params: dict[str, Any]) -> str:
    translation = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return translation
    values = {
        name: Phrase(translated(value)) if isinstance(value, Phrase) else value
        for name, value in params.items()
    }
    try:
        return translation.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the error itself.
        return template.format(**values)
