"""The client table model and its search filter, over light rows built here (no ledger)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from pytestqt.modeltest import ModelTester

from desktop.services.clients import ClientRow, ClientStatus
from desktop.services.textsearch import row_key
from desktop.ui.clients.model import ClientModel, Col, is_disposed
from desktop.ui.table import DUE_COLOUR, ROW_ROLE
from desktop.ui.table_filter import RecordFilter


def client(
    number: int,
    name: str,
    kana: str,
    phone: str = "",
    email: str = "",
    *,
    purposes: tuple[int, ...] = (1,),
    status: ClientStatus = ClientStatus.ACTIVE,
    retention_end: date | None = None,
    sensitive: bool = False,
) -> ClientRow:
    code = f"C-{number:06d}"
    return ClientRow(
        id=number,
        number=code,
        name=name,
        kana=kana,
        phone=phone,
        email=email,
        purposes=purposes,
        sensitive=sensitive,
        status=status,
        retention_end=retention_end,
        search_key=row_key(code, name, kana, phone, email),
    )


ROWS = [
    client(1, "山田 太郎", "ヤマダ タロウ", "090-1234-5678", "Taro.Yamada@example.jp",
           purposes=(1, 3), retention_end=date(2027, 3, 31)),
    client(2, "渡辺 恵", "ワタナベ メグミ", "03-5555-0101", "megumi@example.com",
           retention_end=date(2025, 1, 10)),
    client(3, "青木 翔", "アオキ ショウ", "080-2222-3333", "", purposes=(2, 5),
           status=ClientStatus.DUE_FOR_DISPOSAL, sensitive=True),
    client(4, "", "", status=ClientStatus.DISPOSED, purposes=()),
    client(10, "Nguyen Van An", "グエン ヴァン アン", "070-9999-0000", "an@example.net",
           retention_end=date(2026, 6, 1)),
]  # fmt: skip


@pytest.fixture
def model(qapp: object) -> ClientModel:
    model = ClientModel()
    model.set_rows(ROWS, today=date(2026, 1, 1))
    return model


def shown(proxy: RecordFilter[ClientRow], column: Col = Col.NUMBER) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_model_and_filter_pass_the_model_tester(
    model: ClientModel, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(model)
    proxy = RecordFilter(model, is_disposed)
    proxy.set_query("やまだ")
    qtmodeltester.check(proxy)


def test_the_filter_stays_consistent_while_typing_sorting_and_reloading(
    model: ClientModel, qtmodeltester: ModelTester
) -> None:
    proxy = RecordFilter(model, is_disposed)
    qtmodeltester.check(proxy, force_py=True)  # keeps watching the signals below
    for text in ("a", "an", "", "0"):
        proxy.set_query(text)
    proxy.set_show_hidden(True)
    proxy.sort(Col.RETENTION_END, Qt.SortOrder.DescendingOrder)
    model.set_rows(ROWS[:3])  # a reload keeps the sort order: no date, 2027, 2025
    assert shown(proxy) == ["C-000003", "C-000001", "C-000002"]


def test_each_column_shows_what_a_person_reads(model: ClientModel) -> None:
    def cell(row: int, column: Col) -> object:
        return model.index(row, column).data()

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Col] == [
        "Client no.", "Name", "Kana", "Phone", "E-mail", "Purposes", "Sensitive", "Status",
        "Keep until",
    ]  # fmt: skip
    assert cell(0, Col.PURPOSES) == "1, 3"
    assert cell(0, Col.RETENTION_END) == "2027-03-31"
    assert cell(2, Col.STATUS) == "Due for disposal"
    assert cell(2, Col.SENSITIVE) == "Yes" and cell(0, Col.SENSITIVE) == ""
    assert cell(3, Col.STATUS) == "Disposed"
    assert model.index(4, Col.RETENTION_END).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )


def test_colour_hints_for_due_overdue_and_disposed_rows(model: ClientModel) -> None:
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.index(2, Col.STATUS).data(foreground) == DUE_COLOUR
    assert model.index(0, Col.STATUS).data(foreground) is None
    # retention ended 2025-01-10, before "today" 2026-01-01: the date is shown in red
    assert QColor(model.index(1, Col.RETENTION_END).data(foreground)).red() > 150
    assert model.index(0, Col.RETENTION_END).data(foreground) is None
    grey = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert all(model.index(3, c).data(foreground) == grey for c in Col)


def test_a_client_kept_past_its_keep_until_date_says_so(model: ClientModel) -> None:
    foreground = Qt.ItemDataRole.ForegroundRole
    status = model.index(1, Col.STATUS)  # active, kept until 2025-01-10; today 2026-01-01
    assert status.data() == "Past retention"
    assert QColor(status.data(foreground)).red() > 150
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "The retention period is over."
    assert model.index(0, Col.STATUS).data() == "Active"  # kept until 2027
    model.set_rows(ROWS, today=date(2025, 1, 10))  # the last day to keep it: still active
    assert model.index(1, Col.STATUS).data() == "Active"


def test_purposes_show_their_short_names_with_the_number(model: ClientModel) -> None:
    model.set_purpose_titles(
        {
            1: "ご依頼業務に関する官公署への書類の提出",  # the policy's own: its short name
            3: "ご質問・ご相談・お問い合わせへの回答",
            2: "相続手続の戸籍収集",  # an office's own short title: as it is
            5: "提携する税理士・司法書士事務所への紹介とそのご連絡",  # long: cut
        }
    )
    assert model.index(0, Col.PURPOSES).data() == "1 官公署提出, 3 質問・相談"
    assert model.index(2, Col.PURPOSES).data() == "2 相続手続の戸籍収集, 5 提携する税理士・司法書…"
    tip = model.index(0, Col.PURPOSES).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        tip == "1. ご依頼業務に関する官公署への書類の提出\n3. ご質問・ご相談・お問い合わせへの回答"
    )


def test_purposes_tooltip_names_the_titles(model: ClientModel) -> None:
    model.set_purpose_titles({1: "Submission of documents", 3: "Answering questions"})
    tip = model.index(0, Col.PURPOSES).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1. Submission of documents\n3. Answering questions"


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        # dates in time order, no date last
        (Col.RETENTION_END, ["C-000002", "C-000010", "C-000001", "C-000003", "C-000004"]),
        # names by their reading: アオキ, グエン, ヤマダ, ワタナベ (not by kanji code points)
        (Col.NAME, ["C-000004", "C-000003", "C-000010", "C-000001", "C-000002"]),
        # phone numbers by their digits
        (Col.PHONE, ["C-000004", "C-000002", "C-000010", "C-000003", "C-000001"]),
        # active, past retention (C-000002 ended 2025-01-10), due, disposed
        (Col.STATUS, ["C-000001", "C-000010", "C-000002", "C-000003", "C-000004"]),
    ],
)
def test_sorting_uses_proper_keys(model: ClientModel, column: Col, ascending: list[str]) -> None:
    proxy = RecordFilter(model, is_disposed)
    proxy.set_show_hidden(True)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ascending
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ascending[::-1]


def test_client_numbers_sort_as_numbers_past_six_digits(qapp: object) -> None:
    model = ClientModel()
    big = client(1_000_000, "大野 一", "オオノ ハジメ")
    model.set_rows([big, client(999_999, "小野 二", "オノ ジ")])
    proxy = RecordFilter(model, is_disposed)
    proxy.sort(Col.NUMBER, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["C-999999", "C-1000000"]


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("やまだ", ["C-000001"]),  # hiragana finds katakana
        ("ﾔﾏﾀﾞ", ["C-000001"]),  # half-width katakana
        ("ヤマダタロウ", ["C-000001"]),  # family and given name typed as one word
        ("０９０１２３４", ["C-000001"]),  # full-width digits, without hyphens
        ("taro.yamada", ["C-000001"]),  # case
        ("ＮＧＵＹＥＮ", ["C-000010"]),  # full-width Latin letters
        ("000002", ["C-000002"]),  # client number
        ("ショウ 080", ["C-000003"]),  # every term must match
        ("example", ["C-000001", "C-000002", "C-000010"]),
        ("", ["C-000001", "C-000002", "C-000003", "C-000010"]),  # disposed hidden
        ("存在しない", []),
    ],
)
def test_search_folds_kana_width_and_case(
    model: ClientModel, query: str, numbers: list[str]
) -> None:
    proxy = RecordFilter(model, is_disposed)
    proxy.set_query(query)
    assert shown(proxy) == numbers
    assert proxy.total_count() == 4


def test_disposed_rows_only_when_asked(model: ClientModel) -> None:
    proxy = RecordFilter(model, is_disposed)
    assert "C-000004" not in shown(proxy)
    proxy.set_show_hidden(True)
    assert "C-000004" in shown(proxy)
    assert proxy.total_count() == 5


def test_sorting_keeps_the_selected_client_selected(model: ClientModel) -> None:
    proxy = RecordFilter(model, is_disposed)
    selection = QItemSelectionModel(proxy)
    selection.setCurrentIndex(
        proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    proxy.sort(Col.NAME, Qt.SortOrder.DescendingOrder)
    current = selection.currentIndex()
    assert current.data(ROW_ROLE).name == "渡辺 恵"
    assert selection.isRowSelected(current.row())
    assert current.row() == 0  # ワタナベ first when descending
