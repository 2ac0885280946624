"""Years of audit trail for a demo ledger: client views, edits and logins, chained as usual.

An office that has kept its ledger for ten years has far more audit events than
clients (every view of a client is one); benchmarks need that history to measure
opening and checking the chain honestly. The events are appended in bulk with
``audit.record_many`` (the same MACs as one by one), a save per ``batch``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..services import audit
from ..services.audit_actions import AuditAction, RecordKind
from ..services.clients import CLIENT_RECORD, ClientAction, list_clients
from ..services.ledger import Ledger
from ..services.permissions import Actor
from ..services.users import USER_RECORD, UserAction

SEED = 2016
#: of every hundred events: views of a client, edits, the rest logins
VIEWS, EDITS = 80, 12
EDITED_FIELDS = ("phone", "address", "email", "notes", "purpose_ids", "matters")
Event = tuple[AuditAction, RecordKind | None, object, str]


def fill_history(ledger: Ledger, actor: Actor, *, events: int, batch: int = 100_000) -> str:
    """Append ``events`` synthetic audit events about the ledger's clients."""
    clients = [(row.id, row.number) for row in list_clients(ledger, actor)]
    made = 0
    stream = _events(random.Random(SEED), clients, actor, events)
    while made < events:
        count = min(batch, events - made)
        with ledger.transaction() as session:
            made += audit.record_many(session, actor, (next(stream) for _ in range(count)))
    return f"Added {made} audit events."


def _events(
    rng: random.Random, clients: list[tuple[int, str]], actor: Actor, count: int
) -> Iterator[Event]:
    for _ in range(count):
        draw = rng.randrange(100)
        if clients and draw < VIEWS:
            client_id, number = rng.choice(clients)
            yield ClientAction.VIEW, CLIENT_RECORD, client_id, number
        elif clients and draw < VIEWS + EDITS:
            client_id, number = rng.choice(clients)
            yield (
                ClientAction.EDIT,
                CLIENT_RECORD,
                client_id,
                f"{number}: {rng.choice(EDITED_FIELDS)}",
            )
        else:
            yield UserAction.LOGIN, USER_RECORD, actor.id, ""
