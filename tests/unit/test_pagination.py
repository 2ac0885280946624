"""Table rows start a new page whole (with the table's header) instead of being cut in two."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from desktop.reports.document import Document, a4_page_layout
from desktop.reports.pagination import break_before_row, first_cut_row

pytestmark = pytest.mark.usefixtures("qapp")

HEAD = "<thead><tr><th>No.</th><th>Question</th></tr></thead>"


def long_table(rows: int) -> str:
    body = "".join(
        f"<tr><td>{n}</td><td>{'a question that wraps over lines ' * (1 + n % 4)}</td></tr>"
        + ('<tr><td colspan="2">A heading row</td></tr>' if n % 10 == 9 else "")
        for n in range(rows)
    )
    return f'<table width="100%" border="1" style="border-collapse: collapse;">{HEAD}{body}</table>'


def cut_rows(document: Document) -> tuple[int, tuple[int, int] | None]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(a4_page_layout())
    layout = document._fit(writer)
    return layout.pages, first_cut_row(layout.document, layout.page.height())


def test_a_row_cut_by_the_page_break_moves_to_the_next_page_whole() -> None:
    html = long_table(80)
    pages, cut = cut_rows(Document("t", html))
    assert pages >= 3 and cut is not None  # Qt alone cuts a row
    kept_pages, kept_cut = cut_rows(Document("t", html, keep_rows_together=True))
    assert kept_cut is None
    assert kept_pages >= pages


def test_the_html_is_split_before_the_row_with_the_header_repeated() -> None:
    html = (
        "<p>x</p><table border=1><tr><td>other</td></tr></table>"
        f'<table width="100%" style="border: 1px;">{HEAD}'
        "<tr><td>1</td><td>one</td></tr>"
        '<tr><td colspan="2">heading</td></tr>'
        "<tr><td>2</td><td>two</td></tr></table><p>y</p>"
    )
    assert break_before_row(html, 1, 2) == (
        "<p>x</p><table border=1><tr><td>other</td></tr></table>"
        f'<table width="100%" style="border: 1px;">{HEAD}'
        "<tr><td>1</td><td>one</td></tr></table>"
        f'<table width="100%" style="page-break-before: always; border: 1px;">{HEAD}'
        '<tr><td colspan="2">heading</td></tr>'
        "<tr><td>2</td><td>two</td></tr></table><p>y</p>"
    )
