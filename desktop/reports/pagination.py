"""Table rows that start a new page whole instead of being cut in two by a page break.

Qt breaks a table between the lines of a cell, and a checklist question cut
in two is hard to read on paper. After a layout, the first row the page break
cuts is found, and the document's own HTML is split before that row into a
second table that starts on a new page with the same header (``<thead>``),
taking a heading row (one cell across the table) along with the row below
it; then it is laid out again, until no row is cut. This works on the HTML our
documents write: tables are not nested and each row is a ``<tr>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QTextDocument, QTextFrame, QTextTable

_TABLE = re.compile(r"<table\b[^>]*>", re.IGNORECASE)
_ROW = re.compile(r"<tr\b", re.IGNORECASE)
_HEAD = re.compile(r"<thead\b.*?</thead>", re.IGNORECASE | re.DOTALL)
#: how often a document is laid out again at most (a page or more each time)
MAX_PASSES = 50


def first_cut_row(document: QTextDocument, page_height: float) -> tuple[int, int] | None:
    """(table number, row number) of the first row a page break cuts, counting from 0."""
    layout = document.documentLayout()
    for number, table in enumerate(_tables(document.rootFrame())):
        for row in range(table.format().headerRowCount() + 1, table.rows()):
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            top = min(
                layout.blockBoundingRect(document.findBlock(c.firstPosition())).top() for c in cells
            )
            bottom = max(
                layout.blockBoundingRect(document.findBlock(c.lastPosition())).bottom()
                for c in cells
            )
            if bottom - top < page_height / 2 and int(top // page_height) != int(
                (bottom - 1) // page_height
            ):
                # A heading row (one cell across the table) goes with the row it heads.
                while row - 1 > table.format().headerRowCount() and _is_heading(table, row - 1):
                    row -= 1
                return number, row
    return None


def _is_heading(table: QTextTable, row: int) -> bool:
    return table.cellAt(row, 0).columnSpan() == table.columns()


def break_before_row(html: str, table_number: int, row: int) -> str:
    """``html`` with that table split before that row; the rest starts a page, header first."""
    opening = list(_TABLE.finditer(html))[table_number]
    end = html.index("</table>", opening.end())
    inside = html[opening.end() : end]
    cut = [found.start() for found in _ROW.finditer(inside)][row]
    head = _HEAD.search(inside)
    tag = opening.group(0)
    if 'style="' in tag:
        tag = tag.replace('style="', 'style="page-break-before: always; ', 1)
    else:
        tag = tag[:-1] + ' style="page-break-before: always;">'
    rest = (head.group(0) if head else "") + inside[cut:]
    return html[: opening.end()] + inside[:cut] + "</table>" + tag + rest + html[end:]


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)
