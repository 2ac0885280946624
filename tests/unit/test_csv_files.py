"""CSV files as Excel writes and reads them: round trips, formula safety, malformed files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.services.csv_io import files
from desktop.services.csv_io.errors import (
    BinaryFile,
    CannotEncode,
    CsvError,
    EmptyFile,
    FileTooLarge,
    MalformedCsv,
    NotACsvFile,
    RaggedRow,
    SpreadsheetFile,
    TooManyRows,
    Utf16File,
    WrongEncoding,
)
from desktop.services.csv_io.files import Encoding

HEADINGS = ("氏名", "住所", "備考")
ROWS = [
    ["山田 花子", "東京都千代田区1-2-3, 4階", '彼女は "至急" と言った'],
    ["佐藤　一郎", "大阪府\n大阪市北区", "line one\r\nline two"],
    ["Zoe O'Brien", "", "  spaces kept  "],
    ["～ full-width tilde －", "∥ ￠ ￡ ￢ ―", "①②③ ㈱ 髙"],
]
INJECTIONS = [
    "=1+1",
    "+81-3-1234-5678",
    "-2",
    "@SUM(A1)",
    "\tTAB",
    "\rCR",
    '=HYPERLINK("http://evil.example","click")',
    "＝全角",
    "'=already quoted",
    "''",
    "'",
    "'plain apostrophe",
    "=",
]


def write(tmp_path: Path, rows: list[list[str]], encoding: Encoding) -> Path:
    path = tmp_path / "out.csv"
    files.write_file(path, files.encode_table(HEADINGS, rows, encoding))
    return path


@pytest.mark.parametrize("encoding", [Encoding.UTF8_BOM, Encoding.CP932])
def test_japanese_commas_quotes_and_newlines_come_back_unchanged(
    tmp_path: Path, encoding: Encoding
) -> None:
    table = files.read_table(write(tmp_path, ROWS, encoding))
    assert table.headings == HEADINGS
    assert [list(cells) for _, cells in table.rows] == ROWS
    assert table.encoding is encoding


def test_utf8_holds_what_shift_jis_cannot(tmp_path: Path) -> None:
    rows = [["Zoë 😀", "𠮷野家", "〜"]]
    assert [
        list(c) for _, c in files.read_table(write(tmp_path, rows, Encoding.UTF8_BOM)).rows
    ] == rows


def test_utf8_export_starts_with_the_byte_order_mark_excel_needs(tmp_path: Path) -> None:
    data = write(tmp_path, ROWS, Encoding.UTF8_BOM).read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\r\n") >= len(ROWS) + 1  # Windows line ends


def test_cp932_export_is_shift_jis_and_reads_back_detected(tmp_path: Path) -> None:
    data = write(tmp_path, ROWS, Encoding.CP932).read_bytes()
    assert "山田 花子".encode("cp932") in data
    assert not data.startswith(codecs.BOM_UTF8)


def test_utf8_without_a_mark_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_bytes("氏名,住所,備考\n山田,東京,\n".encode())
    table = files.read_table(path)
    assert table.encoding is Encoding.UTF8
    assert table.rows == ((2, ("山田", "東京", "")),)


@pytest.mark.parametrize(
    ("unicode", "windows"),
    [("〜", "～"), ("−", "－"), ("‖", "∥"), ("¢", "￠"), ("£", "￡"), ("¬", "￢"), ("—", "―")],
)
def test_cp932_writes_the_windows_look_alike_of_jis_characters(
    tmp_path: Path, unicode: str, windows: str
) -> None:
    table = files.read_table(write(tmp_path, [[f"9:00{unicode}17:00", "", ""]], Encoding.CP932))
    assert table.rows[0][1][0] == f"9:00{windows}17:00"


@pytest.mark.parametrize(("character", "column"), [("😀", 0), ("𠮷", 1), ("\u00e9\u0301", 2)])
def test_cp932_refuses_a_character_it_cannot_hold_naming_line_and_column(
    tmp_path: Path, character: str, column: int
) -> None:
    row = ["a", "b", "c"]
    row[column] = f"x{character}"
    with pytest.raises(CannotEncode) as caught:
        write(tmp_path, [["ok", "ok", "ok"], row], Encoding.CP932)
    assert caught.value.params["line"] == 3
    assert caught.value.params["column"] == HEADINGS[column]
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("value", INJECTIONS)
def test_formula_values_are_written_as_text_and_read_back_unchanged(
    tmp_path: Path, value: str
) -> None:
    path = write(tmp_path, [[value, "x", "y"]], Encoding.UTF8_BOM)
    written = path.read_bytes().decode("utf-8-sig").split("\r\n")[1]
    cell = written.split('","')[0].removeprefix('"')
    assert cell[:1] not in files.FORMULA_STARTS  # Excel never sees a formula
    assert files.read_table(path).rows[0][1][0] == value


def test_an_escaped_cell_begins_with_one_apostrophe(tmp_path: Path) -> None:
    text = (
        write(tmp_path, [["=1+1", "@x", "ok"]], Encoding.UTF8_BOM).read_bytes().decode("utf-8-sig")
    )
    assert text.splitlines()[1] == '"\'=1+1","\'@x","ok"'


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    return path


MALFORMED: list[tuple[str, bytes, type[CsvError]]] = [
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFile),
    ("xlsx workbook", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, SpreadsheetFile),
    ("xls workbook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, SpreadsheetFile),
    ("utf-16 text", "氏名\t住所\r\n".encode("utf-16"), Utf16File),
    ("latin-1", "name,city\nJos\xe9,\xe9\xe8\xe0\xff\n".encode("latin-1"), WrongEncoding),
    ("bom then not utf-8", codecs.BOM_UTF8 + "氏名\n".encode("cp932"), WrongEncoding),
    ("empty", b"", EmptyFile),
    ("blank lines", b"\r\n\r\n,,\r\n", EmptyFile),
    ("unclosed quote", b'name,city\n"Yamada,Tokyo\n', MalformedCsv),
    ("too many cells", "氏名,住所\n山田,東京,余分\n".encode(), RaggedRow),
    ("too few cells", "氏名,住所\n山田\n".encode(), RaggedRow),
]


@pytest.mark.parametrize(
    ("data", "error"), [case[1:] for case in MALFORMED], ids=[case[0] for case in MALFORMED]
)
def test_a_malformed_file_gets_one_clear_message(
    tmp_path: Path, data: bytes, error: type[CsvError]
) -> None:
    with pytest.raises(error) as caught:
        files.read_table(_file(tmp_path, data))
    message = str(caught.value)
    assert message and "{" not in message and "\n" not in message


def test_a_ragged_row_is_named_by_its_line(tmp_path: Path) -> None:
    data = "氏名,住所\n山田,東京\n\n佐藤,大阪\n鈴木\n".encode()
    with pytest.raises(RaggedRow) as caught:
        files.read_table(_file(tmp_path, data))
    assert "Line 5 has 1 cells" in str(caught.value)


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)  # sparse: no 20 MB written
    read = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: read.append(a) or None)
    with pytest.raises(FileTooLarge, match="larger than 20 MB"):
        files.read_table(path)
    assert read == []


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_ROWS", 3)
    data = "n\n" + "x\n" * 4
    with pytest.raises(TooManyRows, match="more than 3 rows"):
        files.read_table(_file(tmp_path, data.encode()))


def test_a_missing_file_and_a_folder_are_not_csv_files(tmp_path: Path) -> None:
    with pytest.raises(NotACsvFile):
        files.read_table(tmp_path / "nothing.csv")
    with pytest.raises(NotACsvFile):
        files.read_table(tmp_path)
