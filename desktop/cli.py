"""The ``privacy-ledger`` command: the window by default, subcommands for scripting.

Passwords come from standard input (``--password-stdin``), never from
arguments. Exit codes (docs/architecture.md): 0 success, 1 unexpected error, 2 usage,
3 wrong password, 4 corrupt or tampered file, 5 locked by another program.
Errors are one line on standard error; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__, paths
from .commands import PrintKind
from .commands import contractors as contractor_commands
from .commands import copies as copy_commands
from .commands import csv as csv_commands
from .commands import incidents as incident_commands
from .commands import users as user_commands
from .commands.access import UsageError, login, read_secrets, with_ledger
from .commands.consents import CONSENT_FORM
from .demo import DEFAULT_BATCH
from .demo.areas import COUNT_NAMES, fill_areas
from .services.places import Places
from .services.session import NewLedger, create_ledger
from .services.settings import is_demo_ledger
from .services.verify import verify_file
from .vault import FileExists, LedgerError
from .vault.errors import EXIT_CORRUPT, EXIT_UNEXPECTED

SUBCOMMANDS = (
    "init",
    "verify",
    "demo-data",
    "user",
    "print",
    "deadlines",
    *copy_commands.COMMANDS,
    *csv_commands.COMMANDS,
)
#: the documents ``privacy-ledger print KIND`` writes; one line per kind
PRINT_KINDS: tuple[PrintKind, ...] = (
    CONSENT_FORM,
    contractor_commands.PRINT_INSPECTION,
    incident_commands.REPORT,
    incident_commands.NOTICES,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacy-ledger",
        description="Privacy Ledger: the office's register of personal data in one encrypted file.",
    )
    parser.add_argument("--version", action="version", version=f"privacy-ledger {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--basedir", type=Path, help="use this folder for settings and backups")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        sub.add_argument("file", type=Path, help="the ledger file (*.pldb)")
        if name != "init":
            _accept_older(sub)
        return sub

    init = command("init", "create a ledger with one manager; prints the recovery key once")
    init.add_argument("--user", required=True, help="the manager's user name")
    init.add_argument("--display-name", help="the manager's full name")
    init.add_argument("--office", default="", help="the office's name")
    init.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    init.add_argument(
        "--demo", action="store_true", help="mark it as a demo ledger (demo-data may fill it)"
    )

    verify = command("verify", "check header, decryption, database and audit trail")
    verify.add_argument("--user", help="user name whose password opens the file")
    verify.add_argument("--password-stdin", action="store_true")
    verify.add_argument("--recovery-key-stdin", action="store_true")

    demo = command("demo-data", "fill a ledger with deterministic synthetic data")
    demo.add_argument("--clients", type=int, default=200)
    demo.add_argument("--user", required=True)
    demo.add_argument("--password-stdin", action="store_true")
    demo.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="records per save")
    demo.add_argument(
        "--audit-events", type=int, default=0, help="years of audit trail: views, edits, logins"
    )
    for name in COUNT_NAMES:  # the other registers (desktop/demo/areas.py)
        demo.add_argument(f"--{name}", type=int, default=0, help=f"number of {name}")
    demo.add_argument(
        "--force", action="store_true", help="fill a ledger that was not made as a demo too"
    )

    user = commands.add_parser("user", help="manage users (manager credentials from stdin)")
    user_commands = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    for name, help_text in (
        ("add", "add a user; stdin: manager password, then the new user's password"),
        ("passwd", "set a password; stdin: manager password, then the new password"),
        ("remove", "deactivate a user and rotate the data key; stdin: manager password"),
    ):
        sub = user_commands.add_parser(name, help=help_text)
        sub.add_argument("file", type=Path)
        sub.add_argument("name", help="the user to add, change or remove")
        sub.add_argument("--user", required=True, help="the manager doing it")
        sub.add_argument("--password-stdin", action="store_true")
        _accept_older(sub)
        if name == "add":
            sub.add_argument("--display-name", help="the new user's full name")
            sub.add_argument("--role", choices=("clerk", "manager"), default="clerk")

    copy_commands.add_parsers(command)
    printing = commands.add_parser("print", help="write a document as a PDF, without a window")
    kinds = printing.add_subparsers(dest="print_kind", required=True, parser_class=_Parser)
    for kind in PRINT_KINDS:
        sub = kinds.add_parser(kind.name, help=kind.help)
        sub.add_argument("file", type=Path, help="the ledger file (*.pldb)")
        sub.add_argument("--out", type=Path, required=True, help="the PDF file to write")
        sub.add_argument("--user", required=True, help="user name whose password opens the file")
        sub.add_argument("--password-stdin", action="store_true")
        _accept_older(sub)
        kind.add_arguments(sub)

    csv_commands.add_parsers(command)

    deadlines = commands.add_parser(
        "deadlines", help="the report deadlines of an incident (no ledger needed)"
    )
    incident_commands.add_deadlines_arguments(deadlines)

    return parser


def _accept_older(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--accept-older",
        action="store_true",
        help="accept an older copy or a shorter audit trail as the current ledger",
    )


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacy-ledger",
        description="Open the Privacy Ledger window. Subcommands: "
        + ", ".join(SUBCOMMANDS)
        + " (privacy-ledger COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"privacy-ledger {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--basedir", type=Path, help="use this folder for settings and backups")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo ledger")
    parser.add_argument("--lang", choices=("en", "ja"), help="interface language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (ledger, PDF, Japanese) in a temporary folder and exit",
    )
    parser.add_argument("ledger", nargs="?", type=Path, help="the ledger file to open")
    parser.set_defaults(command=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = _parse(args_list)
        return _run(args)
    except LedgerError as exc:
        if debug:
            traceback.print_exc()
        print(f"privacy-ledger: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("privacy-ledger: interrupted", file=sys.stderr)
        return EXIT_UNEXPECTED
    except Exception as exc:  # the last guard: a person sees one line, never a traceback
        if debug:
            traceback.print_exc()
        print(
            f"privacy-ledger: unexpected error: {exc.__class__.__name__}: {exc} "
            "(run with --debug for details)",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def _parse(argv: list[str]) -> argparse.Namespace:
    """Subcommands for scripting; anything else is `privacy-ledger [--demo] [FILE]`."""
    if any(arg in SUBCOMMANDS for arg in argv):
        return build_parser().parse_args(argv)
    return build_gui_parser().parse_args(argv)


def _run(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        from .selftest import run as self_test

        return self_test()
    places = paths.places(args.basedir)
    handlers: dict[str | None, Callable[[argparse.Namespace, Places], int]] = {
        "init": _init,
        "verify": _verify,
        "demo-data": _demo_data,
        "user": user_commands.run,
        "print": _print,
        "deadlines": lambda args, _places: incident_commands.deadlines(args),
        **{name: with_ledger(run) for name, run in csv_commands.HANDLERS.items()},
        **{name: with_ledger(run) for name, run in copy_commands.HANDLERS.items()},
    }
    handler = handlers.get(args.command)
    if handler is None:
        from .app import run_gui

        return run_gui(args, places)
    return handler(args, places)


def _init(args: argparse.Namespace, places: Places) -> int:
    if args.file.exists():  # before asking for a password that would be typed for nothing
        raise FileExists(args.file)
    password = read_secrets(args.password_stdin, 1, ["New manager password: "])[0]
    if not args.password_stdin:
        again = getpass.getpass("Repeat the password: ")
        if again != password:
            raise UsageError("the two passwords differ")
    new = NewLedger(
        office_name=args.office or "Office",
        username=args.user,
        display_name=args.display_name or args.user,
        password=password,
        demo=args.demo,
    )
    ledger, recovery_key = create_ledger(args.file, new, places)
    ledger.close()
    print(f"Created {'demo ledger ' if args.demo else ''}{args.file} with manager '{args.user}'.")
    print("Recovery key (shown only now; print it or write it down and keep it in the safe):")
    print(f"  {recovery_key}")
    return 0


def _verify(args: argparse.Namespace, places: Places) -> int:
    if args.recovery_key_stdin:
        key = read_secrets(True, 1, [])[0]
        report = verify_file(
            args.file, recovery_key=key, places=places, accept_older=args.accept_older
        )
    else:
        if not args.user:
            raise UsageError(
                "verify needs --user NAME with --password-stdin, or --recovery-key-stdin"
            )
        password = read_secrets(args.password_stdin, 1, ["Password: "])[0]
        report = verify_file(
            args.file,
            username=args.user,
            password=password,
            places=places,
            accept_older=args.accept_older,
        )
    for check, ok, detail in report.lines:
        print(f"{check + ':':<13} {'ok' if ok else 'FAILED'}: {detail}")
    if report.ok:
        print(f"{args.file}: all checks passed")
        return 0
    failed = next(line for line in report.lines if not line[1])
    print(f"privacy-ledger: {failed[0]} check failed: {failed[2]}", file=sys.stderr)
    return EXIT_CORRUPT


def _demo_data(args: argparse.Namespace, places: Places) -> int:
    from .demo.fill import fill_ledger
    from .demo.history import fill_history

    counts = {name: getattr(args, name) for name in COUNT_NAMES}
    asked = {"clients": args.clients, "audit-events": args.audit_events, **counts}
    for name, value in asked.items():
        if value < 0:
            raise UsageError(f"--{name} must be 0 or more")
    if args.batch < 1:
        raise UsageError("--batch must be at least 1")
    password = read_secrets(args.password_stdin, 1, ["Password: "])[0]
    ledger = login(args, password, places)
    assert ledger.actor is not None
    try:
        if not args.force and not is_demo_ledger(ledger):
            raise UsageError(
                f"{args.file} was not made as a demo ledger (privacy-ledger init --demo); "
                "made-up clients would mix with the office's real ones. "
                "Add --force to fill it anyway."
            )
        lines = [fill_ledger(ledger, ledger.actor, clients=args.clients, batch=args.batch)]
        done, missing = fill_areas(ledger, ledger.actor, counts)
        lines += done
        if args.audit_events:
            lines.append(fill_history(ledger, ledger.actor, events=args.audit_events))
    finally:
        ledger.close()
    print("\n".join(lines))
    if missing:
        print(f"Not built yet, left out: {', '.join(missing)}.")
    return 0


def _print(args: argparse.Namespace, places: Places) -> int:
    kind = next(kind for kind in PRINT_KINDS if kind.name == args.print_kind)
    password = read_secrets(args.password_stdin, 1, ["Password: "])[0]
    ledger = login(args, password, places)
    try:
        print(kind.run(args, ledger))
    finally:
        ledger.close()
    return 0
