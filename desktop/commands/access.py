"""What every command that opens a ledger shares: passwords from stdin, the login, usage errors."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable, Sequence

from ..services.ledger import Ledger
from ..services.places import Places
from ..services.session import TooManyAttempts, open_ledger
from ..vault import LedgerError
from ..vault.errors import EXIT_USAGE


class UsageError(LedgerError):
    exit_code = EXIT_USAGE


def read_secrets(flag: bool, count: int, prompts: Sequence[str]) -> list[str]:
    """``count`` lines from stdin (with the flag), or prompts on a terminal."""
    if flag:
        lines = sys.stdin.read().splitlines()
        if len(lines) < count:
            raise UsageError(f"expected {count} line(s) on standard input, got {len(lines)}")
        return lines
    if not sys.stdin.isatty():
        raise UsageError("passwords are read from standard input: add --password-stdin")
    return [getpass.getpass(prompt) for prompt in prompts[:count]]


def login(args: argparse.Namespace, password: str, places: Places) -> Ledger:
    """Open ``args.file`` as ``args.user``; after repeated failures wait as the GUI would.

    An older copy, or a cut audit trail, is refused (exit 4) unless ``--accept-older``
    makes it the current ledger for this computer.
    """
    refuse = not args.accept_older
    try:
        ledger = open_ledger(args.file, args.user, password, places, refuse_older=refuse)
    except TooManyAttempts as exc:
        time.sleep(exc.seconds)
        ledger = open_ledger(args.file, args.user, password, places, refuse_older=refuse)
    if ledger.history is not None:
        print(f"privacy-ledger: warning: {ledger.history.describe()} (accepted)", file=sys.stderr)
        ledger.accept_history()
    return ledger


def with_ledger(
    run: Callable[[argparse.Namespace, Ledger], int],
) -> Callable[[argparse.Namespace, Places], int]:
    """A command of desktop/commands run on the ledger opened as ``--user`` (password on stdin)."""

    def handler(args: argparse.Namespace, places: Places) -> int:
        # restore reads a second line: the password as it was at the backup
        args.secrets = read_secrets(args.password_stdin, 1, ["Password: "])
        ledger = login(args, args.secrets[0], places)
        try:
            return run(args, ledger)
        finally:
            ledger.close()

    return handler
