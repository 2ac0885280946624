"""The draft of a report to the PPC (APPI Art. 26(1); Rule 8): the nine items in order.

The office submits through the PPC's web form; this A4 draft is for copying
from and for the file. It is marked preliminary (速報) or final (確報), and
every item or sub-field still empty is flagged 追完 "to be completed" (items
may be completed later). Fixed texts print in Japanese with the English
source beside them (``bilingual``); values print as they were entered.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from ..services.incidents import (
    ActionKind,
    IncidentDetail,
    Report,
    ReportType,
)
from ..vault.errors import QT_TRANSLATE_NOOP
from . import bilingual
from .document import Document, escape
from .incident_labels import CONTEXT as LABELS_CONTEXT
from .incident_labels import label

CONTEXT = "IncidentReport"
_TITLE = QT_TRANSLATE_NOOP("IncidentReport", "Report of a personal data incident to the PPC")
_DRAFT = QT_TRANSLATE_NOOP(
    "IncidentReport",
    "Draft for copying into the PPC's web form and for the office's file; not for "
    "submission as it is.",
)
_TODO = QT_TRANSLATE_NOOP("IncidentReport", "to be completed")
_NONE = QT_TRANSLATE_NOOP("IncidentReport", "none")

_STYLE_SHEET = """
.en { font-size: 7.5pt; color: #555555; }
.kind { font-size: 13pt; font-weight: bold; }
.todo { color: #b00000; font-weight: bold; }
.item { font-weight: bold; }
td.head { background-color: #eeeeee; }
"""


def incident_report_document(
    detail: IncidentDetail,
    *,
    office_name: str,
    report: Report,
    prepared_on: date,
    contractor_name: str = "",
) -> Document:
    """The report draft as a printable document (preview, printer or PDF)."""
    title = f"{_ja(_TITLE)} — {detail.number}"
    subtitle = f'<p class="en">{escape(_TITLE)}</p>' if _ja(_TITLE) != _TITLE else ""
    body = "".join(
        (
            f"<h1>{escape(_ja(_TITLE))}</h1>",
            subtitle,
            _header(detail, office_name, report, prepared_on),
            _items(detail, contractor_name),
        )
    )
    return Document(title=title, body_html=body, style_sheet=_STYLE_SHEET)


def _header(detail: IncidentDetail, office: str, report: Report, prepared_on: date) -> str:
    rows = (
        (_label(QT_TRANSLATE_NOOP("IncidentReport", "Report")), _kind(report)),
        (_label(QT_TRANSLATE_NOOP("IncidentReport", "Office")), escape(office)),
        (
            _label(QT_TRANSLATE_NOOP("IncidentReport", "Incident")),
            f"{escape(detail.number)}　{escape(detail.data.title)}",
        ),
        (
            _label(QT_TRANSLATE_NOOP("IncidentReport", "Prepared on")),
            escape(prepared_on.isoformat()),
        ),
    )
    cells = "".join(f'<tr><td width="24%">{k}</td><td>{v}</td></tr>' for k, v in rows)
    return (
        f'<table width="100%" cellpadding="3" cellspacing="0">{cells}</table>'
        f'<p class="en" style="margin-top: 4px;">{escape(_ja(_DRAFT))} {escape(_DRAFT)}</p>'
    )


def _kind(report: Report) -> str:
    en = label(report)
    ja = bilingual.japanese(LABELS_CONTEXT, en)
    return f'<span class="kind">{escape(ja or en)}</span> <span class="en">{escape(en)}</span>'


def _items(detail: IncidentDetail, contractor_name: str) -> str:
    data = detail.data
    types = detail.triage.types
    contractor = ""
    if data.contractor_id is not None:
        name = contractor_name or f"#{data.contractor_id}"
        told = data.contractor_told_on.isoformat() if data.contractor_told_on else ""
        contractor = f"{name}　{told}".strip()
    prevention_done = _actions(detail, ActionKind.PREVENTION_DONE)
    prevention_planned = _actions(detail, ActionKind.PREVENTION_PLANNED)
    items: list[tuple[str, list[tuple[str, str]]]] = [
        (
            QT_TRANSLATE_NOOP("IncidentReport", "Outline"),
            [
                (QT_TRANSLATE_NOOP("IncidentReport", "Date occurred"),
                 _when(data.occurred_on, data.occurred_time)),
                (QT_TRANSLATE_NOOP("IncidentReport", "Date the office learned of it"),
                 _when(data.known_on, data.known_time)),
                (QT_TRANSLATE_NOOP("IncidentReport", "Who found it"), data.found_by),
                (QT_TRANSLATE_NOOP("IncidentReport", "Kind"), _kind_text(detail)),
                (QT_TRANSLATE_NOOP("IncidentReport", "Type under Rule 7"), _types(detail, types)),
                (QT_TRANSLATE_NOOP("IncidentReport", "Contractor involved, date it told us"),
                 Html(escape(contractor)) if contractor else Html(_bi(_NONE))),
                (QT_TRANSLATE_NOOP("IncidentReport", "What happened"), data.description),
                (QT_TRANSLATE_NOOP("IncidentReport", "Course of events"), _timeline(detail)),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("IncidentReport", "Personal data concerned"),
            [
                (QT_TRANSLATE_NOOP("IncidentReport", "Data items"), data.data_items),
                (QT_TRANSLATE_NOOP("IncidentReport", "Medium"),
                 Html("、".join(_bi(label(m)) for m in data.media))),
            ],
        ),
        (
            QT_TRANSLATE_NOOP("IncidentReport", "Number of persons"),
            [
                (QT_TRANSLATE_NOOP("IncidentReport", "Number known"), _number(data.persons_count)),
                (QT_TRANSLATE_NOOP("IncidentReport", "Maximum possible number"),
                 _number(data.persons_max)),
            ],
        ),
        (QT_TRANSLATE_NOOP("IncidentReport", "Cause"), [("", data.cause)]),
        (
            QT_TRANSLATE_NOOP("IncidentReport", "Secondary harm or its risk, and what it is"),
            [("", data.secondary_harm)],
        ),
        (
            QT_TRANSLATE_NOOP("IncidentReport", "Response to the persons"),
            [
                ("", data.response_to_persons),
                (QT_TRANSLATE_NOOP("IncidentReport", "Notices sent"), _notices(detail)),
            ],
        ),
        (QT_TRANSLATE_NOOP("IncidentReport", "Publication so far"), [("", data.publication)]),
        (
            QT_TRANSLATE_NOOP("IncidentReport", "Measures to prevent recurrence"),
            [
                (QT_TRANSLATE_NOOP("IncidentReport", "Taken"), prevention_done),
                (QT_TRANSLATE_NOOP("IncidentReport", "Planned"), prevention_planned),
            ],
        ),
        (QT_TRANSLATE_NOOP("IncidentReport", "Other matters for reference"),
         [("", data.other_notes)]),
    ]  # fmt: skip
    rows = "".join(_item(number, name, fields) for number, (name, fields) in enumerate(items, 1))
    return (
        '<table width="100%" cellpadding="4" cellspacing="0" border="1" '
        f'style="border-collapse: collapse; margin-top: 8px;">{rows}</table>'
    )


def _item(number: int, name: str, fields: Sequence[tuple[str, str]]) -> str:
    english = f' <span class="en">{escape(name)}</span>' if _ja(name) != name else ""
    head = (
        f'<tr><td class="head" colspan="2"><span class="item">{number}. '
        f"{escape(_ja(name))}</span>{english}</td></tr>"
    )
    body = "".join(
        f'<tr><td width="28%" valign="top">{_label(field)}</td>'
        f'<td valign="top">{_value(value)}</td></tr>'
        if field
        else f'<tr><td colspan="2" valign="top">{_value(value)}</td></tr>'
        for field, value in fields
    )
    return head + body


class Html(str):
    """Text that is HTML already (made here, every value in it escaped)."""


def _value(value: str) -> str:
    """A value as HTML, or the 追完 flag when it is empty."""
    if not value.strip():
        return f'<span class="todo">追完</span> <span class="en">{escape(_TODO)}</span>'
    if isinstance(value, Html):
        return value
    return escape(value).replace("\n", "<br>")


def _when(day: date | None, at: time | None) -> str:
    if day is None:
        return ""
    return day.isoformat() + (f" {at:%H:%M}" if at is not None else "")


def _kind_text(detail: IncidentDetail) -> str:
    data = detail.data
    parts = (label(data.kind), label(data.sub_kind), label(data.certainty))
    return Html("、".join(_bi(part) for part in parts))


def _types(detail: IncidentDetail, types: Sequence[ReportType]) -> str:
    if detail.triage.exempt:
        exempt = QT_TRANSLATE_NOOP(
            "IncidentReport", "None: strongly encrypted, the key not lost (exempt)"
        )
        return Html(_bi(exempt))
    if not types:
        return "" if detail.triage.open_questions else Html(_bi(_NONE))
    return Html("<br>".join(_bi(label(t)) for t in types))


def _timeline(detail: IncidentDetail) -> str:
    entries: list[tuple[datetime, str]] = [
        (
            datetime.combine(s.reached_on, time.min),
            f"{s.reached_on.isoformat()}　{_bi(label(s.stage))}",
        )
        for s in detail.stages
    ]
    for action in detail.actions:
        local = action.at.astimezone()
        text = escape(action.text).replace("\n", "<br>")
        entries.append(
            (
                local.replace(tzinfo=None),
                f"{local:%Y-%m-%d %H:%M}　{_bi(label(action.kind))}: {text}",
            )
        )
    if not entries:
        return ""
    return Html("<br>".join(text for _, text in sorted(entries, key=lambda e: e[0])))


def _actions(detail: IncidentDetail, kind: ActionKind) -> str:
    lines = [
        f"{a.at.astimezone():%Y-%m-%d}　{escape(a.text)}".replace("\n", "<br>")
        for a in detail.actions
        if a.kind is kind
    ]
    return Html("<br>".join(lines))


def _notices(detail: IncidentDetail) -> str:
    if not detail.notices:
        return ""
    lines = [
        f"{n.sent_on.isoformat()}　{_bi(label(n.method))}　"
        f"{escape(n.client_number or '')} {escape(_persons(n.persons))}".rstrip()
        for n in detail.notices
    ]
    total = _bi(QT_TRANSLATE_NOOP("IncidentReport", "Persons notified in all")) + escape(
        f": {detail.persons_notified:,}"
    )
    return Html("<br>".join([*lines, total]))


def _persons(count: int) -> str:
    return f"({count:,})"


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _ja(text: str) -> str:
    return bilingual.japanese(CONTEXT, text) or text


def _bi(text: str) -> str:
    return bilingual.side_by_side(text, CONTEXT, LABELS_CONTEXT)


def _label(text: str) -> str:
    return _bi(text)
