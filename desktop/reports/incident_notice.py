"""The notice to a person about an incident (APPI Art. 26(2); Rule 10).

A letter with items 1, 2, 4, 5 and 9 of Rule 8 only (outline, data concerned,
cause, secondary harm, other matters), addressed from the client record; one
letter per page for every linked client in a batch. Fixed texts print in
Japanese with the English beside them; values as they were entered.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..services.incidents import IncidentDetail, LinkedClient
from ..vault.errors import QT_TRANSLATE_NOOP
from . import bilingual
from .document import Document, escape
from .incident_labels import CONTEXT as LABELS_CONTEXT
from .incident_labels import label

CONTEXT = "IncidentNotice"
_TITLE = QT_TRANSLATE_NOOP(
    "IncidentNotice", "Notice about an incident concerning your personal data"
)
_OPENING = QT_TRANSLATE_NOOP(
    "IncidentNotice",
    "We regret to inform you that personal data of yours that our office holds has been, "
    "or may have been, affected by the incident described below. We sincerely apologize "
    "for the worry and inconvenience this causes.",
)
_CLOSING = QT_TRANSLATE_NOOP(
    "IncidentNotice",
    "If you have any questions, please contact our office. We will take every measure to "
    "prevent such an incident from happening again.",
)
_ITEMS = (
    (1, QT_TRANSLATE_NOOP("IncidentNotice", "What happened")),
    (2, QT_TRANSLATE_NOOP("IncidentNotice", "Your personal data concerned")),
    (4, QT_TRANSLATE_NOOP("IncidentNotice", "Cause")),
    (5, QT_TRANSLATE_NOOP("IncidentNotice", "Secondary harm or its risk")),
    (9, QT_TRANSLATE_NOOP("IncidentNotice", "Other matters")),
)
_OCCURRED = QT_TRANSLATE_NOOP("IncidentNotice", "Date occurred")
_LEARNED = QT_TRANSLATE_NOOP("IncidentNotice", "Date we learned of it")
_UNDER_INVESTIGATION = QT_TRANSLATE_NOOP("IncidentNotice", "Under investigation")
_NONE_KNOWN = QT_TRANSLATE_NOOP("IncidentNotice", "None known at present")
_NOTHING_FURTHER = QT_TRANSLATE_NOOP("IncidentNotice", "Nothing further")
_DEAR = QT_TRANSLATE_NOOP("IncidentNotice", "Dear {name}")

_STYLE_SHEET = """
.en { font-size: 8pt; color: #555555; }
.address { font-size: 11pt; }
.item { font-weight: bold; }
"""


def notice_documents_html(
    detail: IncidentDetail, person: LinkedClient | None, *, office_name: str, sent_on: date
) -> str:
    """One letter; ``person`` None gives the letter without an address (publication, desk)."""
    return "".join(
        (
            _address(person),
            f'<p align="right">{escape(sent_on.isoformat())}<br>{escape(office_name)}</p>',
            f'<h2 align="center">{escape(_ja(_TITLE))}<br>'
            f'<span class="en">{escape(_TITLE)}</span></h2>',
            f"<p>{escape(_ja(_OPENING))}<br><span class='en'>{escape(_OPENING)}</span></p>",
            _items(detail),
            f"<p>{escape(_ja(_CLOSING))}<br><span class='en'>{escape(_CLOSING)}</span></p>",
            f'<p align="right">{escape(office_name)}</p>',
        )
    )


def notice_document(
    detail: IncidentDetail,
    people: Sequence[LinkedClient | None],
    *,
    office_name: str,
    sent_on: date,
) -> Document:
    """Letters to ``people`` (one per page); ``[None]`` gives one letter without address."""
    letters = [
        notice_documents_html(detail, person, office_name=office_name, sent_on=sent_on)
        for person in people
    ]
    breaks = '<p style="page-break-before: always; margin: 0px;"></p>'
    title = f"{_ja(_TITLE)} — {detail.number}"
    return Document(title=title, body_html=breaks.join(letters), style_sheet=_STYLE_SHEET)


def addressable(detail: IncidentDetail) -> list[LinkedClient]:
    """The linked clients a letter can be addressed to (not disposed of, with a name)."""
    return [c for c in detail.linked if not c.disposed and c.name]


def _address(person: LinkedClient | None) -> str:
    if person is None:
        return ""
    dear = _DEAR.format(name=person.name)
    lines = [f"〒{person.postal_code}" if person.postal_code else "", person.address]
    block = "<br>".join(escape(line) for line in lines if line)
    return (
        f'<p class="address">{block}<br><br>{escape(person.name)} 様</p>'
        f'<p class="en">{escape(dear)}</p>'
    )


def _items(detail: IncidentDetail) -> str:
    data = detail.data
    kind = "、".join(_bi(label(v)) for v in (data.kind, data.sub_kind, data.certainty))
    occurred = (
        escape(data.occurred_on.isoformat()) if data.occurred_on else _bi(_UNDER_INVESTIGATION)
    )
    outline = "<br>".join(
        (
            f"{_bi(_OCCURRED)}: {occurred}",
            f"{_bi(_LEARNED)}: {escape(data.known_on.isoformat() if data.known_on else '')}",
            kind,
            _text(data.description, _UNDER_INVESTIGATION),
        )
    )
    values = {
        1: outline,
        2: _text(data.data_items, _UNDER_INVESTIGATION),
        4: _text(data.cause, _UNDER_INVESTIGATION),
        5: _text(data.secondary_harm, _NONE_KNOWN),
        9: _text(data.other_notes, _NOTHING_FURTHER),
    }
    rows = "".join(
        f'<tr><td width="34%" valign="top"><span class="item">{number}. {escape(_ja(name))}</span>'
        f'<br><span class="en">{escape(name)}</span></td>'
        f'<td valign="top">{values[number]}</td></tr>'
        for number, name in _ITEMS
    )
    return (
        '<table width="100%" cellpadding="5" cellspacing="0" border="1" '
        f'style="border-collapse: collapse; margin: 8px 0px;">{rows}</table>'
    )


def _text(value: str, empty: str) -> str:
    if value.strip():
        return escape(value).replace("\n", "<br>")
    return _bi(empty)


def _ja(text: str) -> str:
    return bilingual.japanese(CONTEXT, text) or text


def _bi(text: str) -> str:
    return bilingual.side_by_side(text, CONTEXT, LABELS_CONTEXT)
