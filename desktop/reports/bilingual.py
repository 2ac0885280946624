"""Japanese beside English on paper, whatever language the window speaks.

Documents that leave the office or go into its files (the recovery sheet, the
PPC report draft, notices to persons) print each fixed text in Japanese, from
the program's Japanese translation file, with the English source beside it.
"""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import QTranslator

from ..paths import resources_dir

#: the translation file whose Japanese documents print beside the English
JAPANESE_TRANSLATION = "privacy_ledger_ja.qm"


@cache
def _japanese_translator() -> QTranslator:
    """The program's Japanese translation, loaded once, never installed on the application."""
    translator = QTranslator()
    translator.load(str(resources_dir() / "translations" / JAPANESE_TRANSLATION))
    return translator


def japanese(context: str, text: str) -> str:
    """The Japanese of one English text of ``context`` ("" if the translation file lacks it)."""
    return _japanese_translator().translate(context, text) or ""


def side_by_side(text: str, *contexts: str) -> str:
    """HTML: the Japanese of ``text`` (from the first context that has it), the English small.

    Expects the style class ``en`` for the English (small, grey) in the document.
    """
    ja = next((found for c in contexts if (found := japanese(c, text))), "")
    if not ja or ja == text:
        return html.escape(text)
    return f'{html.escape(ja)} <span class="en">{html.escape(text)}</span>'
