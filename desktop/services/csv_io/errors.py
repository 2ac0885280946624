"""What can go wrong with a CSV file, each with one message a person can act on."""

from __future__ import annotations

from ...vault.errors import EXIT_USAGE, QT_TRANSLATE_NOOP, LedgerError


class CsvError(LedgerError):
    """A CSV file that cannot be read or written as asked; nothing in the ledger changed."""

    exit_code = EXIT_USAGE  # on the command line: the file given was not acceptable


class NotACsvFile(CsvError):
    def __init__(self, path: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "There is no CSV file at {path}."), path=path)


class FileNotReadable(CsvError):
    """The operating system refused to read the file; ``cause`` says why."""

    def __init__(self, cause: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The file could not be read. {cause}"), cause=cause
        )


class FileTooLarge(CsvError):
    def __init__(self, megabytes: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is larger than {megabytes} MB; a register to import is far smaller. "
                "Check that this is the right file, or split it into parts.",
            ),
            megabytes=megabytes,
        )


class TooManyRows(CsvError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The file has more than {limit} rows; split it into parts."
            ),
            limit=limit,
        )


class SpreadsheetFile(CsvError):
    """An Excel workbook (.xlsx or .xls) given where a CSV file was expected."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is an Excel workbook, not a CSV file. In Excel choose "
                'File > Save As > "CSV UTF-8 (comma delimited)" and import that file.',
            )
        )


class BinaryFile(CsvError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not a text file (it contains binary data), so it cannot be a CSV file.",
            )
        )


class WrongEncoding(CsvError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file's text is neither UTF-8 nor Shift_JIS (cp932). In Excel choose "
                'File > Save As > "CSV UTF-8 (comma delimited)" and import that file.',
            )
        )


class Utf16File(CsvError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                'The file was saved as "Unicode text" (UTF-16). In Excel choose '
                'File > Save As > "CSV UTF-8 (comma delimited)" and import that file.',
            )
        )


class EmptyFile(CsvError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The file is empty: it has no heading row."))


class MalformedCsv(CsvError):
    """The CSV syntax breaks (an unclosed quotation mark, a field too long)."""

    def __init__(self, line: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is not valid CSV at line {line} (a quotation mark not closed, "
                "or a cell far too long).",
            ),
            line=line,
        )


class RaggedRow(CsvError):
    """A row with more cells than the heading row has headings."""

    def __init__(self, line: int, cells: int, headings: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line} has {cells} cells but the heading row has {headings}; "
                "a row may not have more or fewer cells than there are headings.",
            ),
            line=line,
            cells=cells,
            headings=headings,
        )


class MissingColumns(CsvError):
    """No column of the file is assigned to a field the import needs."""

    def __init__(self, headings: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The file has no column for {headings}; add it or assign a column."
            ),
            headings=headings,
        )


class UnknownField(CsvError):
    def __init__(self, field: str, fields: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "There is no field '{field}' to assign a column to (fields: {fields})."
            ),
            field=field,
            fields=fields,
        )


class UnknownHeading(CsvError):
    def __init__(self, heading: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The file has no column headed '{heading}'."),
            heading=heading,
        )


class FieldTwice(CsvError):
    def __init__(self, first: str, second: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The columns '{first}' and '{second}' are assigned to the same field; "
                "assign one of them to nothing.",
            ),
            first=first,
            second=second,
        )


class CannotEncode(CsvError):
    """Shift_JIS (cp932) has no code for a character; the export was not written."""

    def __init__(self, line: int, column: str, character: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Shift_JIS (cp932) cannot hold the character '{character}' on line {line}, "
                "column '{column}'. Export as UTF-8 instead, or change that character.",
            ),
            line=line,
            column=column,
            character=character,
        )


class UnknownKind(CsvError):
    def __init__(self, kind: str, kinds: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "There is no register '{kind}' (choose: {kinds})."),
            kind=kind,
            kinds=kinds,
        )


class NotBySomething(CsvError):
    """An export option that the register does not have (a purpose, a date range)."""

    def __init__(self, kind: str, option: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The register '{kind}' cannot be exported by {option}."),
            kind=kind,
            option=option,
        )


class ExportNotWritten(CsvError):
    def __init__(self, cause: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The export was not written. {cause}"), cause=cause
        )


class ExportOntoLedger(CsvError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "An export cannot replace a ledger file; choose a file name ending in .csv.",
            )
        )


class ExportNotRecorded(CsvError):
    """A read-only ledger cannot record the export in the audit trail, so none is made."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This ledger is open read-only, so an export cannot be recorded in the audit "
                "trail. Close the ledger in the other program and open it normally to export.",
            )
        )


class ImportRefused(CsvError):
    """Rows the rules refuse; nothing was imported. ``refused`` lists (line, reason)."""

    def __init__(self, refused: int, rows: int, refusals: tuple[object, ...] = ()) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "{refused} of {rows} rows would be refused, so nothing was imported."
            ),
            refused=refused,
            rows=rows,
        )
        self.refusals = refusals
