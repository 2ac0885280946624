"""The recovery sheet: the recovery key on paper, printed at setup and kept in the office safe.

The sheet is bilingual on purpose, whatever language the window speaks: every
line in English (the source text) and in Japanese, the same text's translation
from the program's Japanese translation file (context "RecoverySheet"). So the
sheet stays readable to whoever opens the safe years later, and its Japanese
uses the same words as the window (the button it names, the term for the key).
"""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from .. import jpdates
from ..paths import resources_dir
from .document import Document, escape

GROUPS_PER_ROW = 7
#: the translation file whose Japanese the sheet prints beside the English
JAPANESE_TRANSLATION = "privacy_ledger_ja.qm"
_CONTEXT = "RecoverySheet"

_TITLE = str(QT_TRANSLATE_NOOP("RecoverySheet", "Privacy Ledger — Recovery Sheet"))
_WARNING = str(
    QT_TRANSLATE_NOOP("RecoverySheet", "CONFIDENTIAL — keep this sheet locked in the office safe.")
)
_OFFICE = str(QT_TRANSLATE_NOOP("RecoverySheet", "Office"))
_LEDGER_FILE = str(QT_TRANSLATE_NOOP("RecoverySheet", "Ledger file"))
_FILE_ID = str(QT_TRANSLATE_NOOP("RecoverySheet", "File ID"))
_CREATED = str(QT_TRANSLATE_NOOP("RecoverySheet", "Created"))
_RECOVERY_KEY = str(QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key"))
_HOW_TO_TYPE = str(
    QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Enter the groups in order, 1 to {count}; dashes and spaces may be left out. "
        "The letters I, L, O and U are never used.",
    )
)
_INSTRUCTIONS = str(QT_TRANSLATE_NOOP("RecoverySheet", "Instructions"))
_TOPICS = (
    (
        str(QT_TRANSLATE_NOOP("RecoverySheet", "What this is")),
        str(
            QT_TRANSLATE_NOOP(
                "RecoverySheet",
                "The key that opens the ledger if every manager password is lost. "
                "Whoever holds this sheet and a copy of the ledger file can read all "
                "personal data in it.",
            )
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("RecoverySheet", "Keep it safe")),
        str(
            QT_TRANSLATE_NOOP(
                "RecoverySheet",
                "Keep this sheet locked in the office safe. Never store the key on a PC, "
                "never photograph it and never send it by email.",
            )
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("RecoverySheet", "How to use it")),
        # The button's name as the login window shows it, in either language.
        str(
            QT_TRANSLATE_NOOP(
                "RecoverySheet",
                'In the login window choose "Forgot password", enter this key, '
                "then set a new manager password.",
            )
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("RecoverySheet", "New key")),
        str(
            QT_TRANSLATE_NOOP(
                "RecoverySheet",
                "A manager can issue a new recovery key at any time. Once the new sheet is "
                "in the safe, destroy this one with a shredder: the old key still opens "
                "older backups.",
            )
        ),
    ),
)
_STORED_BY = str(QT_TRANSLATE_NOOP("RecoverySheet", "Stored by (name, signature or seal)"))
_DATE = str(QT_TRANSLATE_NOOP("RecoverySheet", "Date"))

_STYLE_SHEET = """
.subtitle { font-size: 14pt; color: #333333; }
.warning { font-size: 9.5pt; font-weight: bold; color: #8b0000; }
.label { font-size: 8.5pt; color: #444444; }
.label-ja { font-size: 8pt; color: #666666; }
.value { font-size: 10.5pt; }
.path { font-size: 9pt; }
.keyno { font-size: 8pt; color: #666666; }
.keygroup { font-size: 19pt; font-weight: bold; letter-spacing: 3px; }
.note { font-size: 8.5pt; color: #333333; }
.topic { font-size: 9.5pt; font-weight: bold; }
.text { font-size: 9pt; }
.text-ja { font-size: 8.5pt; }
"""


@cache
def _japanese_translator() -> QTranslator:
    """The program's Japanese translation, loaded once, never installed on the application."""
    translator = QTranslator()
    translator.load(str(resources_dir() / "translations" / JAPANESE_TRANSLATION))
    return translator


def japanese(text: str) -> str:
    """The Japanese of one of the sheet's English texts ("" if the translation file lacks it)."""
    return _japanese_translator().translate(_CONTEXT, text) or ""


def recovery_sheet_document(
    office_name: str,
    ledger_path: str,
    file_id: str,
    recovery_key: str,
    created: datetime.date,
) -> Document:
    """The recovery sheet as a printable document (preview, printer or PDF)."""
    body = recovery_sheet_html(office_name, ledger_path, file_id, recovery_key, created)
    # One sheet of paper: the key must never be separated from what it is for.
    return Document(title=_TITLE, body_html=body, style_sheet=_STYLE_SHEET, max_pages=1)


def recovery_sheet_html(
    office_name: str,
    ledger_path: str,
    file_id: str,
    recovery_key: str,
    created: datetime.date,
) -> str:
    """The sheet's HTML; ``recovery_key`` as the vault formats it, groups joined by dashes."""
    groups = [group.strip() for group in recovery_key.strip().split("-") if group.strip()]
    if not groups:
        raise ValueError("The recovery key is empty.")
    return "".join(
        (
            _heading(),
            _details(office_name, ledger_path, file_id, created),
            _key_grid(groups),
            _instructions(),
            _signature_box(),
        )
    )


def write_recovery_sheet_pdf(
    path: Path | str,
    office_name: str,
    ledger_path: str,
    file_id: str,
    recovery_key: str,
    created: datetime.date,
) -> None:
    """Write the sheet as an A4 PDF; raises ReportError when it cannot be written.

    The PDF holds the key itself: print it and delete it. The GUI should print
    directly instead of offering a PDF.
    """
    recovery_sheet_document(office_name, ledger_path, file_id, recovery_key, created).write_pdf(
        path
    )


def _heading() -> str:
    return (
        f"<h1>{escape(_TITLE)}</h1>"
        f'<p class="subtitle">{escape(japanese(_TITLE))}</p>'
        '<table width="100%" cellpadding="5" cellspacing="0" '
        'style="border-collapse: collapse; margin-top: 4px;">'
        '<tr><td style="border: 1.5px solid #8b0000; background-color: #fbeeee;">'
        f'<span class="warning">{escape(_WARNING)}'
        f"<br>{escape(japanese(_WARNING))}</span>"
        "</td></tr></table>"
    )


def _details(office_name: str, ledger_path: str, file_id: str, created: datetime.date) -> str:
    rows = (
        (_OFFICE, escape(office_name), ""),
        (_LEDGER_FILE, escape(ledger_path), "path"),
        (_FILE_ID, escape(file_id), "mono"),
        (
            _CREATED,
            f"{escape(created.isoformat())}　({escape(jpdates.wareki(created))})",
            "",
        ),
    )
    cells = "".join(
        "<tr>"
        '<td width="26%" valign="middle" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="label">{escape(label)}</span>　'
        f'<span class="label-ja">{escape(japanese(label))}</span></td>'
        f'<td valign="middle" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="value {css_class}">{value}</span></td>'
        "</tr>"
        for label, value, css_class in rows
    )
    return (
        '<table width="100%" cellpadding="4" cellspacing="0" '
        'style="border-collapse: collapse; margin-top: 10px;">'
        f"{cells}</table>"
    )


def _key_grid(groups: list[str]) -> str:
    rows = []
    for start in range(0, len(groups), GROUPS_PER_ROW):
        cells = "".join(
            '<td align="center" style="border: 1.5px solid #222222; padding: 7px 7px 7px 10px;">'
            f'<span class="keyno">{number}</span><br>'
            f'<span class="keygroup mono">{escape(group)}</span></td>'
            for number, group in enumerate(groups[start : start + GROUPS_PER_ROW], start + 1)
        )
        rows.append(f"<tr>{cells}</tr>")
    count = len(groups)
    return (
        f"<h2>{escape(_RECOVERY_KEY)}　{escape(japanese(_RECOVERY_KEY))}</h2>"
        '<table width="100%" cellspacing="0" style="border-collapse: collapse;">'
        f"{''.join(rows)}</table>"
        '<p class="note" style="margin-top: 6px;">'
        f"{escape(_HOW_TO_TYPE.format(count=count))}<br>"
        f"{escape(japanese(_HOW_TO_TYPE).format(count=count))}</p>"
    )


def _instructions() -> str:
    rows = "".join(
        "<tr>"
        '<td width="47%" valign="top" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="topic">{escape(topic)}</span><br>'
        f'<span class="text">{escape(text)}</span></td>'
        '<td width="53%" valign="top" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="topic">{escape(japanese(topic))}</span><br>'
        f'<span class="text-ja">{escape(japanese(text))}</span></td>'
        "</tr>"
        for topic, text in _TOPICS
    )
    return (
        f"<h2>{escape(_INSTRUCTIONS)}　{escape(japanese(_INSTRUCTIONS))}</h2>"
        '<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse;">'
        f"{rows}</table>"
    )


def _signature_box() -> str:
    # Room to write by hand: a label on top, two empty lines below it.
    cell = '<td width="{width}" valign="top" style="border: 1px solid #222222;">'
    space = '<p style="font-size: 22pt;">&nbsp;</p>'
    return (
        '<table width="100%" cellpadding="6" cellspacing="0" '
        'style="border-collapse: collapse; margin-top: 16px;">'
        "<tr>" + cell.format(width="64%") + f'<span class="topic">{escape(_STORED_BY)}</span>　'
        f'<span class="label-ja">{escape(japanese(_STORED_BY))}</span>'
        f"{space}</td>" + cell.format(width="36%") + f'<span class="topic">{escape(_DATE)}</span>　'
        f'<span class="label-ja">{escape(japanese(_DATE))}</span>'
        f"{space}</td>"
        "</tr></table>"
    )
