"""``privacy-ledger export`` and ``import``: registers to and from CSV files.

An import checks every row first; if any is refused it prints one line per
refused row ("line 7: ...") on standard error, writes nothing and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..services import csv_io
from ..services.ledger import Ledger
from ..vault.errors import EXIT_USAGE

COMMANDS = ("export", "import")
_ENCODINGS = {"utf-8-sig": "UTF-8 with BOM", "cp932": "Shift_JIS (cp932)"}


def add_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``export`` and ``import``; ``command(name, help)`` makes a parser with FILE."""
    out = command("export", "write a register to a CSV file (personal data: managers only)")
    out.add_argument("kind", help="the register: " + ", ".join(csv_io.export_kind_names()))
    out.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    out.add_argument("--from", dest="date_from", type=_date, help="first date (YYYY-MM-DD)")
    out.add_argument("--to", dest="date_to", type=_date, help="last date (YYYY-MM-DD)")
    out.add_argument("--purpose", type=int, help="only clients with this purpose of use")
    out.add_argument("--encoding", choices=tuple(_ENCODINGS), default="utf-8-sig")
    out.add_argument("--lang", choices=("ja", "en"), default="en", help="language of headings")
    out.add_argument("--user", required=True)
    out.add_argument("--password-stdin", action="store_true")

    into = command("import", "add records from a CSV file: all rows or none")
    into.add_argument("kind", help="the register: " + ", ".join(csv_io.import_kind_names()))
    into.add_argument("csv", type=Path, help="the CSV file (UTF-8 or Shift_JIS)")
    into.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    into.add_argument(
        "--map",
        type=_mapping,
        help='assign columns to fields: "heading=field,..." (empty field: skip the column)',
    )
    into.add_argument(
        "--purpose",
        type=int,
        action="append",
        help="purpose of use for rows whose purposes cell is empty (repeatable)",
    )
    into.add_argument("--user", required=True)
    into.add_argument("--password-stdin", action="store_true")


def export(args: argparse.Namespace, ledger: Ledger) -> int:
    assert ledger.actor is not None
    options = csv_io.ExportOptions(
        language=args.lang, date_from=args.date_from, date_to=args.date_to, purpose=args.purpose
    )
    result = csv_io.export(
        ledger,
        ledger.actor,
        args.kind,
        args.out,
        options=options,
        encoding=csv_io.Encoding(args.encoding),
    )
    encoding = _ENCODINGS[args.encoding]
    print(f"Exported {result.rows} rows of {args.kind} to {result.path} ({encoding}).")
    if csv_io.export_kind(args.kind).personal:
        print("The file holds personal data outside the encrypted ledger: delete it after use.")
    return 0


def import_(args: argparse.Namespace, ledger: Ledger) -> int:
    assert ledger.actor is not None
    defaults = {"purposes": "; ".join(map(str, args.purpose))} if args.purpose else {}
    found = csv_io.preview(ledger, ledger.actor, args.kind, args.csv, args.map, defaults)
    for note in found.notes:
        print(f"line {note.line}: note: {note.reason}")
    if found.refused:
        for line, reason in found.refused:
            print(f"line {line}: {reason}", file=sys.stderr)
        print(
            f"privacy-ledger: {len(found.refused)} of {found.rows} rows refused; "
            "nothing was imported",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.dry_run:
        print(f"{found.rows} rows would be imported into {args.kind} (dry run: nothing written).")
        return 0
    count = csv_io.commit(ledger, ledger.actor, args.kind, args.csv, args.map, defaults)
    print(f"Imported {count} rows into {args.kind} from {args.csv}.")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace, Ledger], int]] = {
    "export": export,
    "import": import_,
}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31") from None


def _mapping(text: str) -> dict[str, str]:
    """``"氏名=name,TEL=phone,メモ="`` → ``{"氏名": "name", "TEL": "phone", "メモ": ""}``."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        heading, equals, field = part.rpartition("=")
        if not equals or not heading.strip():
            raise argparse.ArgumentTypeError(f"'{part}' is not heading=field")
        mapping[heading.strip()] = field.strip()
    return mapping
