"""Command-line commands of each area; ``cli.py`` only registers their parsers and dispatches.

A document kind of ``privacy-ledger print KIND FILE ...`` is a :class:`PrintKind`
declared in its area's module and added with one line to ``cli.PRINT_KINDS``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from ..services.ledger import Ledger
from ..vault import LedgerError
from ..vault.errors import EXIT_USAGE


class CommandError(LedgerError):
    """Input to a command that names nothing usable (an unknown record); exit code 2."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class PrintKind:
    """One document of ``privacy-ledger print``.

    ``add_arguments`` adds the kind's own options (the ledger FILE, ``--out``,
    ``--user`` and ``--password-stdin`` are common to all); ``run`` renders the
    document for the logged-in ledger and returns the line to print.
    """

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Ledger], str]
