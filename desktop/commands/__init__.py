"""Subcommands of ``privacy-ledger`` by area; cli.py registers their parsers and dispatches.

A document kind of ``privacy-ledger print KIND FILE ...`` is a ``PrintKind``:
its name, its help, the arguments it adds, and what it does with the open
ledger. cli.py lists the kinds in one tuple, one line per kind.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from ..services.ledger import Ledger


@dataclass(frozen=True)
class PrintKind:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    #: renders the document for the logged-in user; returns the exit code
    run: Callable[[argparse.Namespace, Ledger], int]
