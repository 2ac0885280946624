"""The inspection sheet (GL 3-4-4): A4 portrait, blank to fill in on site or filled from a record.

Office name and logo area, title, the contractor's details, the contract
summary, the inspection's date, method and inspector, the checklist as a
table (its header repeated on every page) with result boxes and comments,
findings, corrective actions, and the inspector's and the manager's
signature and seal boxes, drawn at a fixed size in millimetres. The sheet is
printed in the language asked for ("en" or "ja"), whatever the window speaks;
the office's own data (questions, names) is printed as it was entered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ..errors import QT_TRANSLATE_NOOP
from ..services.contractors.sheets import InspectionSheet
from ..services.contractors.types import (
    Category,
    InspectionMethod,
    InspectionStatus,
    ItemAnswer,
    ItemResult,
)
from . import contractor_labels as names
from .batch import Batch
from .document import Document, escape
from .signature_boxes import SignatureBoxes, SignedBox

_CONTEXT = "InspectionSheet"
_TITLE = QT_TRANSLATE_NOOP("InspectionSheet", "Inspection sheet")
_SELF_TITLE = QT_TRANSLATE_NOOP("InspectionSheet", "Self-inspection sheet")
_BLANK = QT_TRANSLATE_NOOP("InspectionSheet", "Blank form: fill in on site")
_RECORD = QT_TRANSLATE_NOOP("InspectionSheet", "Record of inspection no. {number}")
_CONTRACTOR = QT_TRANSLATE_NOOP("InspectionSheet", "Contractor")
_SUBJECT = QT_TRANSLATE_NOOP("InspectionSheet", "What is inspected")
_OFFICE_SUBJECT = QT_TRANSLATE_NOOP(
    "InspectionSheet", "The office's own safety control measures (yearly self-inspection)"
)
_FIELDS = (
    QT_TRANSLATE_NOOP("InspectionSheet", "Name"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Number"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Address"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Representative"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Contact person"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Phone / e-mail"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Outsourced work"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Data entrusted"),
    QT_TRANSLATE_NOOP("InspectionSheet", "Where handled"),
)
_PERSONS = QT_TRANSLATE_NOOP("InspectionSheet", "about {count} persons")
_SENSITIVE = QT_TRANSLATE_NOOP("InspectionSheet", "includes sensitive data")
_ABROAD = QT_TRANSLATE_NOOP("InspectionSheet", "abroad or on a foreign cloud")
_CONTRACT = QT_TRANSLATE_NOOP("InspectionSheet", "Contract")
_NO_CONTRACT = QT_TRANSLATE_NOOP("InspectionSheet", "No contract recorded.")
_SIGNED = QT_TRANSLATE_NOOP("InspectionSheet", "Signed")
_PERIOD = QT_TRANSLATE_NOOP("InspectionSheet", "Period")
_FILE = QT_TRANSLATE_NOOP("InspectionSheet", "Kept at")
_MISSING = QT_TRANSLATE_NOOP("InspectionSheet", "Missing clauses")
_NONE_MISSING = QT_TRANSLATE_NOOP(
    "InspectionSheet", "none: every required clause is in the contract"
)
_INSPECTION = QT_TRANSLATE_NOOP("InspectionSheet", "Inspection")
_DATE = QT_TRANSLATE_NOOP("InspectionSheet", "Date")
_METHOD = QT_TRANSLATE_NOOP("InspectionSheet", "Method")
_INSPECTOR = QT_TRANSLATE_NOOP("InspectionSheet", "Inspector")
_CHECKLIST_VERSION = QT_TRANSLATE_NOOP("InspectionSheet", "version {version}")
_DUE = QT_TRANSLATE_NOOP("InspectionSheet", "Due by")
_CHECKLIST = QT_TRANSLATE_NOOP("InspectionSheet", "Checklist")
_NO = QT_TRANSLATE_NOOP("InspectionSheet", "No.")
_QUESTION = QT_TRANSLATE_NOOP("InspectionSheet", "Question")
_COMMENT = QT_TRANSLATE_NOOP("InspectionSheet", "Comment")
_SHORT_RESULTS = (
    QT_TRANSLATE_NOOP("InspectionSheet", "Yes"),
    QT_TRANSLATE_NOOP("InspectionSheet", "No"),
    QT_TRANSLATE_NOOP("InspectionSheet", "N/A"),
)
_RESULT_KEY = QT_TRANSLATE_NOOP(
    "InspectionSheet",
    "Yes = conforms; No = does not conform (say what is wrong in the comment); "
    "N/A = not applicable.",
)
_FINDINGS = QT_TRANSLATE_NOOP("InspectionSheet", "Findings")
_ACTIONS = QT_TRANSLATE_NOOP("InspectionSheet", "Corrective actions")
_ACTION = QT_TRANSLATE_NOOP("InspectionSheet", "Action")
_OWNER = QT_TRANSLATE_NOOP("InspectionSheet", "Responsible")
_DUE_ON = QT_TRANSLATE_NOOP("InspectionSheet", "Due")
_DONE_ON = QT_TRANSLATE_NOOP("InspectionSheet", "Done")
_NO_ACTIONS = QT_TRANSLATE_NOOP("InspectionSheet", "No corrective action asked for.")
_INSPECTOR_BOX = QT_TRANSLATE_NOOP("InspectionSheet", "Inspected by")
_MANAGER_BOX = QT_TRANSLATE_NOOP("InspectionSheet", "Approved by the manager")
_SEAL = QT_TRANSLATE_NOOP("InspectionSheet", "Seal")
_SIGNER = QT_TRANSLATE_NOOP("InspectionSheet", "Name (print)")
_RETURNED = QT_TRANSLATE_NOOP("InspectionSheet", "Returned on {date}")
_FOOTER = QT_TRANSLATE_NOOP("InspectionSheet", "{office} · printed {date}")

BLANK_ACTION_ROWS = 4
BLANK_FINDING_LINES = 5
CHECKED, UNCHECKED = "■", "□"

_STYLE_SHEET = """
h1 { font-size: 16pt; }
h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 4px; }
.office { font-size: 12pt; font-weight: bold; }
.subtitle { font-size: 10pt; color: #333333; }
.label { font-size: 8.5pt; color: #444444; }
.small { font-size: 8.5pt; }
.warn { color: #b00000; font-weight: bold; }
.category { font-weight: bold; background-color: #e8e8e8; }
.box { font-size: 12pt; }
th { font-size: 8.5pt; font-weight: bold; background-color: #f2f2f2; }
"""
_GRID = (
    'width="100%" cellpadding="3" cellspacing="0" border="1" '
    'style="border-collapse: collapse; border-color: #666666;"'
)


def inspection_sheet_document(sheet: InspectionSheet, language: str, printed_on: date) -> Document:
    """One sheet as a printable document (preview, printer, PDF)."""
    t = _translator(language)
    title = t(_SELF_TITLE if sheet.subject is None else _TITLE)
    heading = title if sheet.subject is None else f"{title} — {sheet.subject.name}"
    body = "".join(
        (
            _header(sheet, t, title),
            _subject(sheet, t, language),
            _inspection(sheet, t, language),
            _checklist(sheet, t, language),
            _findings(sheet, t),
            _actions(sheet, t),
        )
    )
    footer = t(_FOOTER).format(office=sheet.office_name, date=printed_on.isoformat())
    return Document(
        title=heading,
        body_html=body,
        style_sheet=_STYLE_SHEET,
        footer_text=footer,
        closing=_signature_boxes(sheet, t),
        keep_rows_together=True,
    )


def inspection_sheets_batch(
    sheets: Sequence[InspectionSheet], language: str, printed_on: date, title: str
) -> Batch:
    """Several sheets in one job (the sheets due this month), each with its own page numbers."""
    return Batch(title, tuple(inspection_sheet_document(s, language, printed_on) for s in sheets))


Translate = Callable[[str], str]


def _translator(language: str) -> Translate:
    return lambda text: names.translate(_CONTEXT, text, language)


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _header(sheet: InspectionSheet, t: Translate, title: str) -> str:
    what = (
        t(_BLANK) if sheet.inspection is None else t(_RECORD).format(number=sheet.inspection.row.id)
    )
    # The right cell is the logo area: left empty for the office's logo or stamp.
    return (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td width="72%"><span class="office">{escape(sheet.office_name)}</span>'
        f"<h1>{escape(title)}</h1>"
        f'<span class="subtitle">{escape(what)}</span></td>'
        '<td width="28%">&nbsp;</td></tr></table>'
    )


def _pairs(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td width="24%" class="label">{escape(label)}</td><td>{value}</td></tr>'
        for label, value in rows
    )
    return f"<table {_GRID}>{cells}</table>"


def _subject(sheet: InspectionSheet, t: Translate, language: str) -> str:
    s = sheet.subject
    if s is None:
        return f"<h2>{escape(t(_SUBJECT))}</h2><p>{escape(t(_OFFICE_SUBJECT))}</p>"
    entrusted = [s.data_categories]
    if s.persons_count is not None:
        entrusted.append(t(_PERSONS).format(count=f"{s.persons_count:,}"))
    if s.sensitive:
        entrusted.append(t(_SENSITIVE))
    where = [s.handling_location] + ([t(_ABROAD)] if s.abroad else [])
    values = (
        s.name,
        s.number,
        s.address,
        s.representative,
        s.contact_person,
        " / ".join(v for v in (s.phone, s.email) if v),
        s.outsourced_work,
        "; ".join(v for v in entrusted if v),
        "; ".join(v for v in where if v),
    )
    rows = [(t(label), _multiline(value)) for label, value in zip(_FIELDS, values, strict=True)]
    return f"<h2>{escape(t(_CONTRACTOR))}</h2>{_pairs(rows)}{_contract(sheet, t, language)}"


def _contract(sheet: InspectionSheet, t: Translate, language: str) -> str:
    c = sheet.contract
    if c is None:
        return f"<h2>{escape(t(_CONTRACT))}</h2><p class='warn'>{escape(t(_NO_CONTRACT))}</p>"
    if c.missing:
        missing = "<br>".join(escape(names.label(names.CLAUSES[m], language)) for m in c.missing)
        missing = f'<span class="warn">{missing}</span>'
    else:
        missing = escape(t(_NONE_MISSING))
    rows = [
        (t(_SIGNED), escape(_day(c.signed_on))),
        (t(_PERIOD), escape(f"{_day(c.starts_on)} – {_day(c.ends_on)}")),
        (t(_FILE), escape(c.file_reference)),
        (t(_MISSING), missing),
    ]
    return f"<h2>{escape(t(_CONTRACT))}</h2>{_pairs(rows)}"


def _inspection(sheet: InspectionSheet, t: Translate, language: str) -> str:
    detail = sheet.inspection
    chosen = None if detail is None else detail.data.method
    methods = "　".join(
        f"{CHECKED if m is chosen else UNCHECKED} {escape(names.label(names.METHODS[m], language))}"
        for m in InspectionMethod
    )
    when = "" if detail is None else detail.data.inspected_on.isoformat()
    who = "" if detail is None else detail.row.inspector
    version = escape(t(_CHECKLIST_VERSION).format(version=sheet.template.version))
    rows = [
        (t(_DATE), escape(when) or "&nbsp;"),
        (t(_METHOD), methods),
        (t(_INSPECTOR), escape(who) or "&nbsp;"),
        (t(_CHECKLIST), version),
    ]
    if detail is None and sheet.next_due is not None:
        rows.append((t(_DUE), escape(sheet.next_due.isoformat())))
    return f"<h2>{escape(t(_INSPECTION))}</h2>{_pairs(rows)}"


def _checklist(sheet: InspectionSheet, t: Translate, language: str) -> str:
    answers: dict[int, ItemAnswer] = {}
    if sheet.inspection is not None:
        answers = {a.item_id: a for a in sheet.inspection.data.answers}
    header = (
        "<thead><tr>"
        f'<th width="6%">{escape(t(_NO))}</th>'
        f'<th width="44%">{escape(t(_QUESTION))}</th>'
        + "".join(f'<th width="7%">{escape(t(r))}</th>' for r in _SHORT_RESULTS)
        + f'<th width="29%">{escape(t(_COMMENT))}</th>'
        "</tr></thead>"
    )
    rows, category = [], None
    for item in sheet.template.items:
        if item.category is not category:
            category = item.category
            rows.append(
                f'<tr><td colspan="6" class="category">'
                f"{escape(names.label(names.CATEGORIES[Category(category)], language))}</td></tr>"
            )
        answer = answers.get(item.id)
        boxes = "".join(
            f'<td align="center" class="box">'
            f"{CHECKED if answer is not None and answer.result is r else UNCHECKED}</td>"
            for r in ItemResult
        )
        comment = "" if answer is None else answer.comment
        failed = answer is not None and answer.result is ItemResult.DOES_NOT_CONFORM
        comment_html = _multiline(comment) or "&nbsp;"
        if failed:
            comment_html = f'<span class="warn">{comment_html}</span>'
        rows.append(
            f'<tr><td align="center">{item.position}</td>'
            f"<td>{escape(item.question)}</td>{boxes}"
            f'<td class="small">{comment_html}</td></tr>'
        )
    return (
        f"<h2>{escape(t(_CHECKLIST))}</h2>"
        f'<p class="label">{escape(t(_RESULT_KEY))}</p>'
        f"<table {_GRID}>{header}{''.join(rows)}</table>"
    )


def _findings(sheet: InspectionSheet, t: Translate) -> str:
    if sheet.inspection is None:
        lines = "".join("<tr><td>&nbsp;</td></tr>" for _ in range(BLANK_FINDING_LINES))
        return f"<h2>{escape(t(_FINDINGS))}</h2><table {_GRID}>{lines}</table>"
    text = _multiline(sheet.inspection.data.findings) or "&nbsp;"
    return f"<h2>{escape(t(_FINDINGS))}</h2><table {_GRID}><tr><td>{text}</td></tr></table>"


def _actions(sheet: InspectionSheet, t: Translate) -> str:
    header = (
        "<thead><tr>"
        f'<th width="6%">{escape(t(_NO))}</th><th width="46%">{escape(t(_ACTION))}</th>'
        f'<th width="20%">{escape(t(_OWNER))}</th><th width="14%">{escape(t(_DUE_ON))}</th>'
        f'<th width="14%">{escape(t(_DONE_ON))}</th></tr></thead>'
    )
    if sheet.inspection is None:
        rows = [
            f'<tr><td align="center">{n}</td><td>&nbsp;</td><td></td><td></td><td></td></tr>'
            for n in range(1, BLANK_ACTION_ROWS + 1)
        ]
    else:
        actions = sheet.inspection.data.actions
        if not actions:
            return f"<h2>{escape(t(_ACTIONS))}</h2><p>{escape(t(_NO_ACTIONS))}</p>"
        rows = [
            f'<tr><td align="center">{n}</td><td>{_multiline(a.action)}</td>'
            f"<td>{escape(a.owner)}</td><td>{escape(_day(a.due_on))}</td>"
            f"<td>{escape(_day(a.done_on))}</td></tr>"
            for n, a in enumerate(actions, start=1)
        ]
    return f"<h2>{escape(t(_ACTIONS))}</h2><table {_GRID}>{header}{''.join(rows)}</table>"


def _multiline(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _signature_boxes(sheet: InspectionSheet, t: Translate) -> SignatureBoxes:
    """The inspector's box and the manager's approval box, filled in from a recorded inspection."""
    detail = sheet.inspection
    inspector = SignedBox(t(_INSPECTOR_BOX), "", "")
    manager = SignedBox(t(_MANAGER_BOX), "", "")
    if detail is not None:
        inspector = SignedBox(inspector.title, detail.row.inspector, _day(detail.data.inspected_on))
        decided = "" if detail.decided_at is None else detail.decided_at.date().isoformat()
        if detail.row.status is InspectionStatus.APPROVED:
            manager = SignedBox(manager.title, detail.row.decided_by, decided)
        elif detail.row.status is InspectionStatus.RETURNED:
            returned = t(_RETURNED).format(date=decided)
            manager = SignedBox(manager.title, detail.row.decided_by, returned)
    return SignatureBoxes(inspector, manager, (t(_SIGNER), t(_DATE), t(_SEAL)))
