"""Subcommands of ``privacy-ledger`` by area; cli.py registers their parsers and dispatches.

A document kind for ``privacy-ledger print KIND FILE ...`` is a :class:`PrintKind`:
its name, help, the options it adds, and a function that writes the document
for the logged-in user and returns the line to print.
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
    #: writes the document (``args.out``) for ``ledger.actor``; returns what to tell the person
    run: Callable[[argparse.Namespace, Ledger], str]
