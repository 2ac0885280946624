"""``privacy-ledger print inspection``: an inspection sheet as a PDF, without a window."""

from __future__ import annotations

import argparse
from datetime import date

from ..services.contractors import register, sheets
from ..services.errors import NotFound
from ..services.ledger import Ledger
from ..vault import LedgerError
from ..vault.errors import EXIT_USAGE
from . import PrintKind


class _Usage(LedgerError):
    exit_code = EXIT_USAGE


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    subject = parser.add_mutually_exclusive_group(required=True)
    subject.add_argument("--contractor", help="the contractor: its number (CTR-0001) or id")
    subject.add_argument("--office", action="store_true", help="the office's own self-inspection")
    subject.add_argument(
        "--due-this-month",
        action="store_true",
        help="blank sheets of every contractor due by the end of this month, in one PDF",
    )
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--inspection", type=int, help="a recorded inspection (its id): filled")
    form.add_argument("--blank", action="store_true", help="a blank sheet to fill in on site")
    parser.add_argument("--lang", choices=("en", "ja"), default="en", help="the sheet's language")


def _run(args: argparse.Namespace, ledger: Ledger) -> str:
    # Qt is loaded only when a document is printed, not for every command.
    from ..reports.document import ensure_gui_application
    from ..reports.inspection_sheet import inspection_sheet_document, inspection_sheets_batch

    actor = ledger.actor
    assert actor is not None
    today = date.today()
    ensure_gui_application()
    if args.due_this_month:
        if args.inspection is not None:
            raise _Usage("--due-this-month prints blank sheets; leave out --inspection")
        due = sheets.sheets_due_this_month(ledger, actor, today)
        if not due:
            return "No contractor is due for inspection by the end of this month."
        title = f"Inspection sheets due by {today:%Y-%m}"
        inspection_sheets_batch(due, args.lang, today, title).write_pdf(args.out)
        sheets.record_printed(ledger, actor, due, "PDF")
        return f"Wrote {len(due)} sheet(s) to {args.out}."
    if args.inspection is None and not args.blank:
        raise _Usage("say which sheet: --inspection ID (filled) or --blank")
    contractor_id = None if args.office else _contractor_id(ledger, args.contractor)
    try:
        sheet = sheets.inspection_sheet(ledger, actor, contractor_id, args.inspection, today)
    except NotFound as exc:  # an id given on the command line: the caller's mistake
        raise _Usage(str(exc)) from exc
    inspection_sheet_document(sheet, args.lang, today).write_pdf(args.out)
    sheets.record_printed(ledger, actor, [sheet], "PDF")
    return f"Wrote the {'blank' if sheet.inspection is None else 'filled'} sheet to {args.out}."


def _contractor_id(ledger: Ledger, given: str) -> int:
    """A contractor's id from its number ("CTR-0001", any case) or its id ("1")."""
    assert ledger.actor is not None
    wanted = given.strip().upper()
    for row in register.list_contractors(ledger, ledger.actor):
        if row.number == wanted or str(row.id) == wanted:
            return row.id
    raise _Usage(f"there is no contractor '{given}'")


PRINT_INSPECTION = PrintKind(
    name="inspection",
    help="an inspection sheet (filled, blank, or all due this month) as a PDF",
    add_arguments=_add_arguments,
    run=_run,
)
