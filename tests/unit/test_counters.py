"""Client and purpose numbers come from counters: in order, and never given twice."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from desktop.services import clients, counters, purposes
from desktop.services.clients import ClientInput, DisposalMethod
from desktop.services.counters import CounterName
from desktop.services.errors import ValidationError
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import Login


@pytest.fixture
def ledger(login: Login) -> Iterator[Ledger]:
    ledger = login()
    yield ledger
    ledger.close()


def person(ledger: Ledger, family: str) -> ClientInput:
    first = purposes.list_purposes(ledger)[0].id
    return ClientInput(family, "Taro", obtained_on=date(2026, 1, 5), purpose_ids=(first,))


def add(ledger: Ledger, family: str) -> clients.ClientRow:
    assert ledger.actor is not None
    return clients.add_client(ledger, ledger.actor, person(ledger, family))


def test_a_disposed_clients_number_is_never_given_again(ledger: Ledger) -> None:
    assert ledger.actor is not None
    first, second = add(ledger, "Aoki"), add(ledger, "Baba")
    clients.dispose_client(ledger, ledger.actor, second.id, DisposalMethod.ERASED, "asked")
    third = add(ledger, "Chiba")
    assert [first.number, second.number, third.number] == ["C-000001", "C-000002", "C-000003"]


def test_a_refused_client_takes_no_number(ledger: Ledger) -> None:
    assert ledger.actor is not None
    add(ledger, "Aoki")
    with pytest.raises(ValidationError):
        clients.add_client(ledger, ledger.actor, ClientInput("", "", obtained_on=date(2026, 1, 5)))
    assert add(ledger, "Baba").number == "C-000002"


def test_a_purpose_number_follows_the_highest_ever_given(ledger: Ledger) -> None:
    assert ledger.actor is not None
    sixth = purposes.add_purpose(ledger, ledger.actor, "Seminars")
    purposes.set_purpose_retired(ledger, ledger.actor, sixth.id, True)
    seventh = purposes.add_purpose(ledger, ledger.actor, "Newsletter")
    assert (sixth.number, seventh.number) == (6, 7)


@pytest.mark.parametrize(("count", "first", "after"), [(1, 1, 2), (3, 1, 4), (250, 1, 251)])
def test_taking_numbers_moves_the_counter_on(
    ledger: Ledger, count: int, first: int, after: int
) -> None:
    with ledger.transaction() as session:
        assert counters.take(session, CounterName.CLIENT, count) == first
        assert counters.peek(session, CounterName.CLIENT) == after


@contextmanager
def locked_selects(session: Session) -> Iterator[list[bool]]:
    """Whether each SELECT the session runs asks for a row lock (FOR UPDATE)."""
    seen: list[bool] = []

    def watch(state: ORMExecuteState) -> Any:
        if state.is_select:
            seen.append(state.statement._for_update_arg is not None)

    event.listen(session, "do_orm_execute", watch)
    try:
        yield seen
    finally:
        event.remove(session, "do_orm_execute", watch)


def test_a_number_and_the_audit_head_are_read_under_a_row_lock(ledger: Ledger) -> None:
    """On a server database two writers would wait for each other instead of colliding."""
    assert ledger.actor is not None
    data = person(ledger, "Aoki")
    with ledger.transaction() as session, locked_selects(session) as seen:
        counters.take(session, CounterName.CLIENT)
        assert seen == [True]
        clients.insert_clients(session, ledger.actor, [data])
    assert seen.count(True) == 3  # the first take, the client counter, the audit head
