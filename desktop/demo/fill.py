"""Filling a ledger with deterministic synthetic office data, in batches (many saves)."""

from __future__ import annotations

from collections.abc import Callable

from ..services import audit, users
from ..services.ledger import Ledger
from ..services.permissions import Actor, Role
from .people import generate_people

#: the demo's users; --demo shows these on the login screen
DEMO_PASSWORD = "demo-2026"
DEMO_USERS = (
    ("manager", "田中 美咲", Role.MANAGER),
    ("clerk", "鈴木 健太", Role.CLERK),
)

Progress = Callable[[int, int], None]


def ensure_demo_users(ledger: Ledger, actor: Actor) -> None:
    existing = {row.username for row in users.list_users(ledger, actor)}
    for username, display_name, role in DEMO_USERS:
        if username not in existing:
            users.add_user(ledger, actor, username, display_name, role, DEMO_PASSWORD)


def fill_ledger(
    ledger: Ledger,
    actor: Actor,
    *,
    clients: int,
    batch: int = 50,
    progress: Progress | None = None,
) -> str:
    """Add demo users and ``clients`` synthetic clients, committing every ``batch`` records."""
    ensure_demo_users(ledger, actor)
    people = generate_people(clients)
    done = 0
    while done < len(people):
        chunk = people[done : done + batch]
        with ledger.transaction() as session:
            for person in chunk:
                audit.record(
                    session,
                    actor,
                    "demo.person",
                    "person",
                    "",
                    f"{person.family_name} {person.given_name}",
                )
        done += len(chunk)
        if progress is not None:
            progress(done, len(people))
    return f"Added {len(people)} synthetic records in {-(-len(people) // batch)} saves."
