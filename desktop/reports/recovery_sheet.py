"""The recovery sheet: the recovery key on paper, printed at setup and kept in the office safe.

The sheet is bilingual on purpose: English strings go through ``tr()`` like
every other document, the Japanese lines beside them are literal text, so the
sheet stays readable to whoever opens the safe years later.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from .document import Document, escape, tr

GROUPS_PER_ROW = 7

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
    return Document(title=_title(), body_html=body, style_sheet=_STYLE_SHEET, max_pages=1)


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


def _title() -> str:
    return tr("Privacy Ledger — Recovery Sheet")


def _heading() -> str:
    warning = tr("CONFIDENTIAL — keep this sheet locked in the office safe.")
    return (
        f"<h1>{escape(_title())}</h1>"
        '<p class="subtitle">リカバリーキー控え</p>'
        '<table width="100%" cellpadding="5" cellspacing="0" '
        'style="border-collapse: collapse; margin-top: 4px;">'
        '<tr><td style="border: 1.5px solid #8b0000; background-color: #fbeeee;">'
        f'<span class="warning">{escape(warning)}'
        "<br>機密 — このシートは事務所の金庫に施錠して保管してください。</span>"
        "</td></tr></table>"
    )


def _details(office_name: str, ledger_path: str, file_id: str, created: datetime.date) -> str:
    rows = (
        (tr("Office"), "事務所名", escape(office_name), ""),
        (tr("Ledger file"), "台帳ファイルの場所", escape(ledger_path), "path"),
        (tr("File ID"), "ファイルID", escape(file_id), "mono"),
        (
            tr("Created"),
            "作成日",
            f"{escape(created.isoformat())}　({created.year}年{created.month}月{created.day}日)",
            "",
        ),
    )
    cells = "".join(
        "<tr>"
        '<td width="26%" valign="middle" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="label">{escape(label)}</span>　'
        f'<span class="label-ja">{label_ja}</span></td>'
        f'<td valign="middle" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="value {css_class}">{value}</span></td>'
        "</tr>"
        for label, label_ja, value, css_class in rows
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
    return (
        f"<h2>{escape(tr('Recovery key'))}　リカバリーキー</h2>"
        '<table width="100%" cellspacing="0" style="border-collapse: collapse;">'
        f"{''.join(rows)}</table>"
        '<p class="note" style="margin-top: 6px;">'
        + escape(
            tr(
                "Enter the groups in order, 1 to {count}; dashes and spaces may be left out. "
                "The letters I, L, O and U are never used."
            ).format(count=len(groups))
        )
        + "<br>"
        f"1 から {len(groups)} の順に入力してください（ハイフンと空白は省略できます）。"
        "英字の I・L・O・U は使われません。"
        "</p>"
    )


def _instructions() -> str:
    topics = (
        (
            tr("What this is"),
            tr(
                "The key that opens the ledger if every manager password is lost. "
                "Whoever holds this sheet and a copy of the ledger file can read all "
                "personal data in it."
            ),
            "これは何か",
            "管理者のパスワードがすべて分からなくなったときに台帳を開くためのキーです。"
            "このシートと台帳ファイルがあれば、台帳内のすべての個人データを読むことができます。",
        ),
        (
            tr("Keep it safe"),
            tr(
                "Keep this sheet locked in the office safe. Never store the key on a PC, "
                "never photograph it and never send it by email."
            ),
            "保管方法",
            "このシートは事務所の金庫に施錠して保管してください。"
            "キーをパソコンに保存したり、写真に撮ったり、メールで送ったりしないでください。",
        ),
        (
            tr("How to use it"),
            tr(
                'In the login window choose "Forgot password", enter this key, '
                "then set a new manager password."
            ),
            "使い方",
            "ログイン画面で「パスワードを忘れた場合」を選び、このキーを入力してから、"
            "新しい管理者パスワードを設定してください。",
        ),
        (
            tr("New key"),
            tr(
                "A manager can issue a new recovery key at any time. Once the new sheet is "
                "in the safe, destroy this one with a shredder: the old key still opens "
                "older backups."
            ),
            "新しいキー",
            "管理者はいつでも新しいリカバリーキーを発行できます。新しいシートを金庫に保管したら、"
            "このシートはシュレッダーで破棄してください（古いキーでも以前のバックアップを開けます）。",
        ),
    )
    rows = "".join(
        "<tr>"
        '<td width="47%" valign="top" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="topic">{escape(topic)}</span><br>'
        f'<span class="text">{escape(text)}</span></td>'
        '<td width="53%" valign="top" style="border-bottom: 0.75px solid #bbbbbb;">'
        f'<span class="topic">{topic_ja}</span><br>'
        f'<span class="text-ja">{text_ja}</span></td>'
        "</tr>"
        for topic, text, topic_ja, text_ja in topics
    )
    return (
        f"<h2>{escape(tr('Instructions'))}　取り扱い</h2>"
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
        "<tr>"
        + cell.format(width="64%")
        + f'<span class="topic">{escape(tr("Stored by (name, signature or seal)"))}</span>　'
        '<span class="label-ja">保管者（氏名・署名または印）</span>'
        f"{space}</td>"
        + cell.format(width="36%")
        + f'<span class="topic">{escape(tr("Date"))}</span>　'
        '<span class="label-ja">日付</span>'
        f"{space}</td>"
        "</tr></table>"
    )
