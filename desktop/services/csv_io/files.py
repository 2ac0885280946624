"""CSV files as Excel reads and writes them: encodings, formula safety, limits.

Writing: every cell quoted, lines ending CRLF, UTF-8 with a byte-order mark
(Excel then opens Japanese text correctly) or Shift_JIS (cp932) for older
programs. Characters that Shift_JIS writes differently from Unicode (the wave
dash 〜, the minus sign −, ‖, ¢, £, ¬, the em dash —) become the look-alikes
Windows uses (～, －, ∥, ￠, ￡, ￢, ―); any other character cp932 has no code
for (emoji, rare kanji such as 𠮷) refuses the export, naming the line and the
column, rather than writing a "?" into a register.

Formula safety (OWASP, "CSV Injection"): a cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (or the full-width ＝ ＋ － ＠) is
written with an apostrophe in front, so Excel shows it as text and never runs
it. A cell that already begins with an apostrophe followed by one of those
characters or another apostrophe gets one more. Reading removes exactly one
such apostrophe again, so every value comes back unchanged.

Reading refuses, with one message each: a missing file, a file over
:data:`MAX_FILE_BYTES`, an Excel workbook, binary data (NUL bytes), UTF-16,
text that is neither UTF-8 (with or without the mark) nor cp932, broken CSV
syntax, more than :data:`MAX_ROWS` rows, and a row with more or fewer cells
than the heading row (blank lines are skipped). Line numbers count records
the way Excel numbers rows: the heading row is line 1.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ...vault.atomic import write_atomic
from ...vault.errors import SaveFailed
from .errors import (
    BinaryFile,
    CannotEncode,
    EmptyFile,
    ExportNotWritten,
    FileNotReadable,
    FileTooLarge,
    MalformedCsv,
    NotACsvFile,
    RaggedRow,
    SpreadsheetFile,
    TooManyRows,
    Utf16File,
    WrongEncoding,
)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELL_CHARS = 100_000

#: what Excel would take as the start of a formula (or a DDE call)
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
_ESCAPE = "'"

#: Unicode characters cp932 encodes only as their Windows look-alikes
CP932_LOOKALIKES = str.maketrans(
    {
        "\u301c": "\uff5e",  # 〜 wave dash → ～ full-width tilde
        "\u2212": "\uff0d",  # − minus sign → － full-width hyphen-minus
        "\u2016": "\u2225",  # ‖ double vertical line → ∥ parallel to
        "\u00a2": "\uffe0",  # ¢ → ￠
        "\u00a3": "\uffe1",  # £ → ￡
        "\u00ac": "\uffe2",  # ¬ → ￢
        "\u2014": "\u2015",  # — em dash → ― horizontal bar
    }
)

_BOM_UTF8 = b"\xef\xbb\xbf"
_BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")
_WORKBOOKS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # .xlsx (zip), .xls (OLE)


class Encoding(StrEnum):
    UTF8_BOM = "utf-8-sig"
    CP932 = "cp932"
    UTF8 = "utf-8"  # found when reading only; exports carry the mark so Excel reads them


@dataclass(frozen=True)
class CsvTable:
    """A file as read: its headings, and each row with the line Excel shows it on."""

    headings: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: Encoding


# --- formula safety ----------------------------------------------------------------------


def escape_cell(value: str) -> str:
    """The cell as written, so that Excel shows it as text (see the module docstring)."""
    if value[:1] in FORMULA_STARTS or _is_escaped(value):
        return _ESCAPE + value
    return value


def unescape_cell(value: str) -> str:
    """The value a cell written by :func:`escape_cell` came from."""
    return value[1:] if _is_escaped(value) else value


def _is_escaped(value: str) -> bool:
    return value[:1] == _ESCAPE and (value[1:2] in FORMULA_STARTS or value[1:2] == _ESCAPE)


# --- writing -----------------------------------------------------------------------------


def encode_table(
    headings: Sequence[str], rows: Iterable[Sequence[str]], encoding: Encoding
) -> bytes:
    """The whole file as bytes; raises CannotEncode before anything is written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([escape_cell(h) for h in headings])
    lines: list[str] = [buffer.getvalue()]
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([escape_cell(cell) for cell in row])
        lines.append(buffer.getvalue())
    if encoding is Encoding.CP932:
        return b"".join(_cp932_line(text, number, headings) for number, text in enumerate(lines, 1))
    return "".join(lines).encode(Encoding.UTF8_BOM.value)


def _cp932_line(text: str, line: int, headings: Sequence[str]) -> bytes:
    try:
        return text.translate(CP932_LOOKALIKES).encode("cp932")
    except UnicodeEncodeError as exc:
        character = exc.object[exc.start]
        column = _column_of(text, exc.start, headings)
        raise CannotEncode(line, column, character) from None


def _column_of(text: str, position: int, headings: Sequence[str]) -> str:
    """The heading of the cell at ``position`` of one written record."""
    row = next(csv.reader(io.StringIO(text[:position] + '"')))
    index = len(row) - 1
    return headings[index] if 0 <= index < len(headings) else str(index + 1)


def write_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; a failure says why and leaves no half file."""
    try:
        write_atomic(path, data)
    except SaveFailed as exc:
        raise ExportNotWritten(exc.cause) from exc


# --- reading -----------------------------------------------------------------------------


def read_table(path: Path) -> CsvTable:
    """The file's headings and rows, or the one error that says what is wrong with it."""
    data = _read_bytes(path)
    text, encoding = decode(data)
    return parse(text, encoding)


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise NotACsvFile(path)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FileTooLarge(MAX_FILE_BYTES // (1024 * 1024))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # a file that grew meanwhile stops here
    except OSError as exc:
        raise FileNotReadable(exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLarge(MAX_FILE_BYTES // (1024 * 1024))
    return data


def decode(data: bytes) -> tuple[str, Encoding]:
    """The text and the encoding found: UTF-8 with or without the mark, else cp932."""
    if data.startswith(_WORKBOOKS):
        raise SpreadsheetFile()
    if data.startswith(_BOMS_UTF16):
        raise Utf16File()
    if b"\x00" in data:
        raise BinaryFile()
    if data.startswith(_BOM_UTF8):
        try:
            return data[len(_BOM_UTF8) :].decode("utf-8"), Encoding.UTF8_BOM
        except UnicodeDecodeError:
            raise WrongEncoding() from None
    try:
        return data.decode("utf-8"), Encoding.UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), Encoding.CP932
    except UnicodeDecodeError:
        raise WrongEncoding() from None


def parse(text: str, encoding: Encoding) -> CsvTable:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    headings: tuple[str, ...] | None = None
    line = 0
    try:
        for record in reader:
            line += 1
            if not any(cell.strip() for cell in record):
                continue  # a blank line, or a row of empty cells
            if any(len(cell) > MAX_CELL_CHARS for cell in record):
                raise MalformedCsv(line)
            cells = tuple(unescape_cell(cell) for cell in record)
            if headings is None:
                headings = tuple(h.strip() for h in cells)
                continue
            if len(cells) != len(headings):
                raise RaggedRow(line, len(cells), len(headings))
            if len(rows) >= MAX_ROWS:
                raise TooManyRows(MAX_ROWS)
            rows.append((line, cells))
    except csv.Error:
        raise MalformedCsv(line + 1) from None
    if headings is None:
        raise EmptyFile()
    return CsvTable(headings, tuple(rows), encoding)
