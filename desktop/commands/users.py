"""``privacy-ledger user add|passwd|remove``: users managed by a manager from the command line."""

from __future__ import annotations

import argparse

from ..services import users
from ..services.ledger import Ledger
from ..services.permissions import Actor, Role
from ..services.places import Places
from ..vault.slots import username_key
from .access import UsageError, login, read_secrets


def run(args: argparse.Namespace, places: Places) -> int:
    needed = 1 if args.user_command == "remove" else 2
    prompts = ["Manager password: ", f"Password for {args.name}: "]
    secrets = read_secrets(args.password_stdin, needed, prompts)
    ledger = login(args, secrets[0], places)
    assert ledger.actor is not None
    actor = ledger.actor
    try:
        if args.user_command == "add":
            users.add_user(
                ledger,
                actor,
                args.name,
                args.display_name or args.name,
                Role(args.role),
                secrets[1],
            )
            print(
                f"Added {args.role} '{args.name}'; they choose their own password at first login."
            )
            return 0
        target = _find_user(ledger, actor, args.name)
        if args.user_command == "passwd":
            if target == actor.id:
                users.change_own_password(ledger, actor, secrets[0], secrets[1])
            else:
                users.reset_password(ledger, actor, target, secrets[1])
            print(f"Password of '{args.name}' changed.")
        else:
            users.deactivate_user(ledger, actor, target)
            print(f"Removed '{args.name}' and rotated the data key.")
        return 0
    finally:
        ledger.close()


def _find_user(ledger: Ledger, actor: Actor, name: str) -> int:
    for row in users.list_users(ledger, actor):
        if username_key(row.username) == username_key(name) and row.active:
            return row.id
    raise UsageError(f"there is no active user named '{name}'")
