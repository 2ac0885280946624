"""The consent form: the paper a person signs to agree to a provision to a third party.

A4, in English and Japanese whatever language the window speaks (the person
reads one, the office files both), through the shared renderer. It names the
office, the person, the recipient, the purpose, the data items (sensitive
ones marked), the period, the privacy policy version and its date, and has
lines for the signature and the date. The Japanese is the program's own
translation (context "ConsentForm"), as for the recovery sheet.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from ..paths import resources_dir
from ..services.consents.form import ConsentForm
from .document import Document, escape

_CONTEXT = "ConsentForm"
JAPANESE_TRANSLATION = "privacy_ledger_ja.qm"

_TITLE = str(QT_TRANSLATE_NOOP("ConsentForm", "Consent to the Provision of Personal Data"))
_STATEMENT = str(
    QT_TRANSLATE_NOOP(
        "ConsentForm",
        "I agree that {office} provides the personal data listed below about me to the "
        "recipient below, for the purpose below.",
    )
)
_PERSON = str(QT_TRANSLATE_NOOP("ConsentForm", "Person"))
_RECIPIENT = str(QT_TRANSLATE_NOOP("ConsentForm", "Recipient"))
_PURPOSE = str(QT_TRANSLATE_NOOP("ConsentForm", "Purpose"))
_ITEMS = str(QT_TRANSLATE_NOOP("ConsentForm", "Data items"))
_SENSITIVE = str(QT_TRANSLATE_NOOP("ConsentForm", "sensitive personal information"))
_PERIOD = str(QT_TRANSLATE_NOOP("ConsentForm", "Period"))
_UNTIL_WITHDRAWN = str(QT_TRANSLATE_NOOP("ConsentForm", "Until withdrawn"))
_UNTIL = str(QT_TRANSLATE_NOOP("ConsentForm", "Until {day}, unless withdrawn earlier"))
_POLICY = str(QT_TRANSLATE_NOOP("ConsentForm", "Privacy policy"))
_POLICY_VERSION = str(QT_TRANSLATE_NOOP("ConsentForm", "Version {version} of {day}"))
_BORN = str(QT_TRANSLATE_NOOP("ConsentForm", "Date of birth"))
_REPRESENTATIVE = str(QT_TRANSLATE_NOOP("ConsentForm", "Representative"))
_WITHDRAWAL = str(
    QT_TRANSLATE_NOOP(
        "ConsentForm",
        "You may withdraw this consent at any time by telling the office. Provisions made "
        "before the withdrawal remain as they were; none are made after it.",
    )
)
_SIGNATURE = str(QT_TRANSLATE_NOOP("ConsentForm", "Signature"))
_DATE = str(QT_TRANSLATE_NOOP("ConsentForm", "Date"))
_OFFICE_USE = str(QT_TRANSLATE_NOOP("ConsentForm", "Office use: consent {number}, filed in"))

_STYLE_SHEET = """
.subtitle { font-size: 14pt; color: #333333; }
.label { font-size: 9pt; font-weight: bold; }
.label-ja { font-size: 8.5pt; color: #444444; }
.value { font-size: 10.5pt; }
.small { font-size: 8.5pt; color: #333333; }
.statement { font-size: 10.5pt; }
"""


@cache
def _japanese_translator() -> QTranslator:
    """The program's Japanese translation, loaded once, never installed on the application."""
    translator = QTranslator()
    translator.load(str(resources_dir() / "translations" / JAPANESE_TRANSLATION))
    return translator


def japanese(text: str) -> str:
    """The Japanese of one of the form's English texts ("" if the translation file lacks it)."""
    return _japanese_translator().translate(_CONTEXT, text) or ""


def consent_form_document(form: ConsentForm) -> Document:
    """The consent form as a printable document (preview, printer or PDF), on one page."""
    title = f"{_TITLE} — {form.consent_number}"
    return Document(title, consent_form_html(form), _STYLE_SHEET, max_pages=1)


def write_consent_form_pdf(path: Path | str, form: ConsentForm) -> None:
    """Write the form as an A4 PDF; raises ReportError when it cannot be written."""
    consent_form_document(form).write_pdf(path)


def consent_form_html(form: ConsentForm) -> str:
    statement_en = _STATEMENT.format(office=form.office_name)
    statement_ja = japanese(_STATEMENT).format(office=form.office_name)
    return "".join(
        (
            f"<h1>{escape(_TITLE)}</h1>",
            f'<p class="subtitle">{escape(japanese(_TITLE))}</p>',
            f'<p class="small">{escape(form.office_name)}　{escape(form.consent_number)}</p>',
            '<p class="statement" style="margin-top: 8px;">'
            f"{escape(statement_en)}<br>{escape(statement_ja)}</p>",
            _details(form),
            f'<p class="small" style="margin-top: 8px;">{escape(_WITHDRAWAL)}<br>'
            f"{escape(japanese(_WITHDRAWAL))}</p>",
            _signature_box(),
            _office_use(form.consent_number),
        )
    )


def _both(text: str, **params: str) -> tuple[str, str]:
    return text.format(**params), japanese(text).format(**params)


def _details(form: ConsentForm) -> str:
    person = [escape(form.person_name)]
    if form.person_kana:
        person.append(f'<span class="small">{escape(form.person_kana)}</span>')
    if form.person_address:
        person.append(escape(form.person_address))
    if form.date_of_birth:
        born = _labelled(_BORN, _day(form.date_of_birth))
        person.append(f'<span class="small">{born}</span>')
    recipient = [escape(form.recipient_name), escape(form.recipient_address)]
    if form.recipient_representative:
        who = _labelled(_REPRESENTATIVE, escape(form.recipient_representative))
        recipient.append(f'<span class="small">{who}</span>')
    purpose = [escape(f"{form.purpose_number}. {form.purpose_title}")]
    if form.purpose_note:
        purpose.append(escape(form.purpose_note))
    sensitive = f"（{escape(japanese(_SENSITIVE))} / {escape(_SENSITIVE)}）"
    items = [f"・{escape(name)}{sensitive if flag else ''}" for name, flag in form.items]
    if form.expires_on is None:
        period = [f"{escape(_UNTIL_WITHDRAWN)} / {escape(japanese(_UNTIL_WITHDRAWN))}"]
    else:
        english, ja = _both(_UNTIL, day=_day(form.expires_on))
        period = [escape(english), escape(ja)]
    if form.policy_version and form.policy_date:
        english, ja = _both(
            _POLICY_VERSION, version=form.policy_version, day=_day(form.policy_date)
        )
        policy = [escape(english), escape(ja)]
    else:
        policy = ["&nbsp;"]  # a line to write the version in by hand
    rows = (
        (_PERSON, person),
        (_RECIPIENT, recipient),
        (_PURPOSE, purpose),
        (_ITEMS, items),
        (_PERIOD, period),
        (_POLICY, policy),
    )
    cells = "".join(
        "<tr>"
        '<td width="24%" valign="top" style="border: 0.75px solid #888888;">'
        f'<span class="label">{escape(label)}</span><br>'
        f'<span class="label-ja">{escape(japanese(label))}</span></td>'
        '<td valign="top" style="border: 0.75px solid #888888;">'
        f'<span class="value">{"<br>".join(lines)}</span></td>'
        "</tr>"
        for label, lines in rows
    )
    return (
        '<table width="100%" cellpadding="5" cellspacing="0" '
        f'style="border-collapse: collapse; margin-top: 6px;">{cells}</table>'
    )


def _labelled(label: str, value: str) -> str:
    return f"{escape(label)} / {escape(japanese(label))}: {value}"


def _signature_box() -> str:
    cell = '<td width="{width}" valign="top" style="border: 1px solid #222222;">'
    space = '<p style="font-size: 24pt;">&nbsp;</p>'
    return (
        '<table width="100%" cellpadding="6" cellspacing="0" '
        'style="border-collapse: collapse; margin-top: 14px;"><tr>'
        + cell.format(width="66%")
        + f'<span class="label">{escape(_SIGNATURE)}</span>　'
        f'<span class="label-ja">{escape(japanese(_SIGNATURE))}</span>{space}</td>'
        + cell.format(width="34%")
        + f'<span class="label">{escape(_DATE)}</span>　'
        f'<span class="label-ja">{escape(japanese(_DATE))}</span>{space}</td>'
        "</tr></table>"
    )


def _office_use(number: str) -> str:
    english, ja = _both(_OFFICE_USE, number=number)
    return (
        f'<p class="small" style="margin-top: 14px;">{escape(english)} '
        "______________________________<br>"
        f"{escape(ja)} ______________________________</p>"
    )


def _day(day: date) -> str:
    return f"{day.isoformat()}（{day.year}年{day.month}月{day.day}日）"
