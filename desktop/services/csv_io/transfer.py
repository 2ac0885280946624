"""Export a register to a CSV file, and import one: preview first, then all or nothing.

What a window needs: :func:`read_headings` and ``guess_mapping`` to propose the
columns, :func:`preview` to list every row that would be refused (with its
line number and reason) before anything is written, :func:`commit` to import
in one transaction with one audit event, and :func:`export`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from ...vault.errors import QT_TRANSLATE_NOOP, LedgerError, Phrase, SaveFailed
from .. import audit
from ..audit_actions import AuditAction, RecordKind
from ..errors import ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import registry
from .errors import (
    ExportNotRecorded,
    ExportOntoLedger,
    ImportRefused,
    NotBySomething,
)
from .files import CsvTable, Encoding, encode_table, read_table, write_file
from .kinds import (
    ColumnMapping,
    ExportKind,
    ExportOptions,
    ImportKind,
    check_mapping,
    guess_mapping,
    merge_mapping,
    split_two,
)


class CsvAction(AuditAction):
    """Registers leaving or entering the ledger as CSV files (personal data outside the file)."""

    EXPORT = "csv.export", QT_TRANSLATE_NOOP("AuditNames", "Exported to CSV")
    IMPORT = "csv.import", QT_TRANSLATE_NOOP("AuditNames", "Imported from CSV")


#: the register a CSV event concerns is its entity id ("clients", "consents", ...)
CSV_RECORD = RecordKind("register", QT_TRANSLATE_NOOP("AuditNames", "Register"))

EXPORT_ACTION = CsvAction.EXPORT
IMPORT_ACTION = CsvAction.IMPORT


class Refusal(NamedTuple):
    """A row the import refuses (or notes): its line as Excel numbers it, and why."""

    line: int
    reason: Phrase


@dataclass(frozen=True)
class Preview:
    """What an import would do; nothing has been written."""

    rows: int
    rows_ok: int
    refused: tuple[Refusal, ...]
    notes: tuple[Refusal, ...]  # rows imported with a remark (a name split as one word)
    mapping: ColumnMapping  # the one used: save it to propose it next time
    encoding: Encoding


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    encoding: Encoding


# --- export ------------------------------------------------------------------------------


def export(
    ledger: Ledger,
    actor: Actor,
    kind: ExportKind | str,
    out: Path,
    *,
    options: ExportOptions | None = None,
    encoding: Encoding = Encoding.UTF8_BOM,
) -> ExportResult:
    """Write the register to ``out``; personal data is a manager's action and is audited."""
    kind = registry.export_kind(kind) if isinstance(kind, str) else kind
    options = options or ExportOptions()
    require(actor, kind.permission)
    if kind.personal:
        require(actor, Permission.EXPORT)
    _check_options(kind, options)
    if ledger.read_only:
        raise ExportNotRecorded()
    if out.suffix.casefold() == ".pldb" or _same_file(out, ledger.path):
        raise ExportOntoLedger()
    rows = [list(row) for row in kind.rows(ledger, actor, options)]
    data = encode_table(kind.headings(options.language), rows, Encoding(encoding))
    write_file(out, data)
    try:
        with ledger.transaction() as session:
            summary = f"{kind.name}: {len(rows)} rows{_described(options)} to {out.resolve()}"
            audit.record(session, actor, EXPORT_ACTION, CSV_RECORD, kind.name, summary)
    except SaveFailed:
        raise  # the event waits in memory for Retry or Save As; the file stays
    except BaseException:
        with contextlib.suppress(OSError):
            out.unlink()  # an export the audit trail does not know of must not stay
        raise
    return ExportResult(out, len(rows), Encoding(encoding))


def _check_options(kind: ExportKind, options: ExportOptions) -> None:
    if options.purpose is not None and not kind.by_purpose:
        raise NotBySomething(kind.name, Phrase(QT_TRANSLATE_NOOP("errors", "purpose of use")))
    dated = options.date_from is not None or options.date_to is not None
    if dated and not kind.by_date:
        raise NotBySomething(kind.name, Phrase(QT_TRANSLATE_NOOP("errors", "date range")))
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The start of the date range is after its end."),
            "date_from",
        )


def _described(options: ExportOptions) -> str:
    parts = []
    if options.purpose is not None:
        parts.append(f" for purpose {options.purpose}")
    if options.date_from or options.date_to:
        parts.append(f" dated {options.date_from or ''}..{options.date_to or ''}")
    return "".join(parts)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and a.samefile(b)
    except OSError:
        return False


# --- import ------------------------------------------------------------------------------


def read_headings(path: Path) -> tuple[str, ...]:
    """The headings of a file, to guess and show the mapping (the whole file is checked)."""
    return read_table(path).headings


def preview(
    ledger: Ledger,
    actor: Actor,
    kind: ImportKind | str,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    defaults: Mapping[str, str] | None = None,
) -> Preview:
    """Every row checked by the register's rules; nothing is written."""
    kind = registry.import_kind(kind) if isinstance(kind, str) else kind
    require(actor, kind.permission)
    table, used = _table(kind, path, mapping, defaults or {})
    with ledger.read() as session:
        _, refused, notes = _check_rows(session, kind, table, used, defaults or {})
    return Preview(
        rows=len(table.rows),
        rows_ok=len(table.rows) - len(refused),
        refused=refused,
        notes=notes,
        mapping=used,
        encoding=table.encoding,
    )


def commit(
    ledger: Ledger,
    actor: Actor,
    kind: ImportKind | str,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    defaults: Mapping[str, str] | None = None,
) -> int:
    """Import every row in one transaction, or none (ImportRefused lists why); the count."""
    kind = registry.import_kind(kind) if isinstance(kind, str) else kind
    require(actor, kind.permission)
    table, used = _table(kind, path, mapping, defaults or {})
    with ledger.transaction() as session:
        inputs, refused, _ = _check_rows(session, kind, table, used, defaults or {})
        if refused:
            raise ImportRefused(len(refused), len(table.rows), refused)
        kind.insert(session, actor, inputs)
        summary = f"{kind.name}: {len(inputs)} rows from {path.resolve()}"
        audit.record(session, actor, IMPORT_ACTION, CSV_RECORD, kind.name, summary)
    return len(inputs)


def _table(
    kind: ImportKind, path: Path, mapping: Mapping[str, str] | None, defaults: Mapping[str, str]
) -> tuple[CsvTable, ColumnMapping]:
    table = read_table(path)
    if mapping is None:
        used = guess_mapping(kind, table.headings)
    else:
        used = merge_mapping(kind, table.headings, mapping)
    check_mapping(kind, used, defaults)
    return table, used


def _check_rows(
    session: Session,
    kind: ImportKind,
    table: CsvTable,
    mapping: ColumnMapping,
    defaults: Mapping[str, str],
) -> tuple[list[Any], tuple[Refusal, ...], tuple[Refusal, ...]]:
    """Each row parsed and checked; the inputs of the good rows, the refusals, the notes."""
    parse = kind.parser(session)
    columns = [(i, mapping.get(h, "")) for i, h in enumerate(table.headings)]
    heading_of = {key: h for h, key in mapping.items() if key}
    for whole, parts in kind.splits.items():
        for part in parts:
            if whole in heading_of and part not in heading_of:
                heading_of[part] = heading_of[whole]
    inputs: list[Any] = []
    refused: list[Refusal] = []
    notes: list[Refusal] = []
    for line, cells in table.rows:
        row = {key: cells[i] for i, key in columns if key and cells[i].strip()}
        row = {**{k: val for k, val in defaults.items() if val}, **row}
        note = _split(kind, row)
        try:
            inputs.append(parse(row))
        except LedgerError as exc:
            refused.append(Refusal(line, _reason(kind, exc, heading_of, note)))
            continue
        if note is not None:
            notes.append(Refusal(line, note))
    return inputs, tuple(refused), tuple(notes)


def _split(kind: ImportKind, row: dict[str, str]) -> Phrase | None:
    """Cells holding two parts (a full name) split in place; a note when there was one word."""
    note = None
    for whole, (first, second) in kind.splits.items():
        if whole not in row:
            continue
        value = row.pop(whole)
        if first in row or second in row:
            continue  # the file has the parts in their own columns: they win
        row[first], row[second] = split_two(value)
        if not row[second]:
            del row[second]
            note = note or Phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{name}' has no space between family and given name, "
                    "so it was taken as the family name.",
                ),
                name=value.strip(),
            )
    return note


def _reason(
    kind: ImportKind, exc: LedgerError, heading_of: Mapping[str, str], note: Phrase | None
) -> Phrase:
    message = Phrase(exc.template, **exc.params)
    field = getattr(exc, "field", "")
    heading = heading_of.get(kind.error_fields.get(field, field), "") if field else ""
    if note is not None:
        message = Phrase(
            QT_TRANSLATE_NOOP("errors", "{note} {message}"), note=note, message=message
        )
    if heading:
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "{column}: {message}"), column=heading, message=message
        )
    return message
