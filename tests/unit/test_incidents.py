"""The incident register: saved values, triage from linked clients, stages, roles, notices."""

# The table of invalid input has one case per line, past 100 characters.
# ruff: noqa: E501

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from desktop.services import audit, clients, incidents, purposes
from desktop.services.clients import ClientInput
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.incidents import (
    ActionKind,
    Certainty,
    Duty,
    IncidentInput,
    Kind,
    Medium,
    NoticeMethod,
    Stage,
    SubKind,
)
from desktop.services.incidents.clock import deadlines
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor, Role
from tests.ledger_fixtures import CLERK, LedgerTemplate, Login

TODAY = date.today()
KNEW = TODAY - timedelta(days=10)


@pytest.fixture
def ledger(login: Login) -> Ledger:
    return login()


@pytest.fixture
def clerk(ledger_template: LedgerTemplate) -> Actor:
    return Actor(ledger_template.clerk_id, CLERK, "Suzuki Kenta", Role.CLERK)


def manager(ledger: Ledger) -> Actor:
    assert ledger.actor is not None
    return ledger.actor


def add_client(ledger: Ledger, name: str, *, sensitive: bool = False) -> int:
    purpose = purposes.list_purposes(ledger)[0].id
    data = ClientInput(
        family_name=name,
        given_name="Hanako",
        postal_code="100-0001",
        address="東京都千代田区千代田1-1",
        obtained_on=date(2024, 4, 1),
        purpose_ids=(purpose,),
        sensitive=sensitive,
        sensitive_note="診断書" if sensitive else "",
    )
    return clients.add_client(ledger, manager(ledger), data).id


MISSENT = IncidentInput(
    title="Mis-sent e-mail with a residence card copy",
    kind=Kind.LEAKAGE,
    sub_kind=SubKind.MIS_SENT_EMAIL,
    certainty=Certainty.CONFIRMED,
    occurred_on=KNEW - timedelta(days=1),
    occurred_time=time(16, 40),
    known_on=KNEW,
    known_time=time(9, 15),
    found_by="Suzuki (clerk)",
    description="An e-mail with a scan went to a wrong address.",
    data_items="name, address, residence card number",
    media=(Medium.EMAIL, Medium.PC),
    persons_count=1,
    persons_max=1,
    cause="Auto-completion of the address field",
    type_financial=False,
    type_wrongful=False,
)


def test_a_clerk_reports_an_incident_and_it_reads_back(ledger: Ledger, clerk: Actor) -> None:
    row = incidents.report_incident(ledger, clerk, MISSENT)
    assert (row.number, row.stage, row.kind) == (
        "I-000001",
        Stage.REPORTED_INTERNALLY,
        Kind.LEAKAGE,
    )
    detail = incidents.get_incident(ledger, clerk, row.id)
    assert detail.data == MISSENT
    assert [(s.stage, s.reached_on, s.by) for s in detail.stages] == [
        (Stage.REPORTED_INTERNALLY, TODAY, "Suzuki Kenta")
    ]
    events = [(e.action, e.summary) for e in audit.list_events(ledger, manager(ledger))]
    assert ("incident.add", "I-000001") in events
    assert ("incident.view", "I-000001") in events


def test_numbers_follow_each_other(ledger: Ledger, clerk: Actor) -> None:
    numbers = [incidents.report_incident(ledger, clerk, MISSENT).number for _ in range(3)]
    assert numbers == ["I-000001", "I-000002", "I-000003"]


INVALID = [
    ("known before occurred", {"known_on": KNEW, "occurred_on": KNEW + timedelta(days=1)}, "known_on"),
    ("known earlier the same day", {"occurred_on": KNEW, "occurred_time": time(10), "known_time": time(9)}, "known_on"),
    ("known in the future", {"known_on": TODAY + timedelta(days=1), "occurred_on": None, "occurred_time": None}, "known_on"),
    ("known missing", {"known_on": None}, "known_on"),
    ("occurred in the future", {"occurred_on": TODAY + timedelta(days=1)}, "occurred_on"),
    ("time without a date", {"occurred_on": None, "occurred_time": time(8)}, "occurred_on"),
    ("no title", {"title": "  "}, "title"),
    ("sub-kind of another kind", {"kind": Kind.LOSS, "sub_kind": SubKind.MIS_SENT_EMAIL}, "sub_kind"),
    ("maximum below the count", {"persons_count": 5, "persons_max": 4}, "persons_max"),
    ("negative count", {"persons_count": -1}, "persons_count"),
    ("contractor told before it occurred", {"contractor_id": 3, "contractor_told_on": KNEW - timedelta(days=5)}, "contractor_told_on"),
    ("contractor told in the future", {"contractor_id": 3, "contractor_told_on": TODAY + timedelta(days=2)}, "contractor_told_on"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "field"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID]
)
def test_invalid_input_is_refused_and_nothing_saved(
    ledger: Ledger, clerk: Actor, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        incidents.report_incident(ledger, clerk, replace(MISSENT, **changes))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert incidents.list_incidents(ledger, clerk) == []


def test_known_the_same_day_without_times_is_accepted(ledger: Ledger, clerk: Actor) -> None:
    data = replace(MISSENT, occurred_on=KNEW, occurred_time=time(23, 0), known_time=None)
    assert incidents.report_incident(ledger, clerk, data).known_on == KNEW


def test_linked_sensitive_client_makes_the_report_required(ledger: Ledger, clerk: Actor) -> None:
    ordinary, sensitive = add_client(ledger, "Sato"), add_client(ledger, "Ito", sensitive=True)
    row = incidents.report_incident(ledger, clerk, replace(MISSENT, client_ids=(ordinary,)))
    assert row.duty is Duty.UNDECIDED  # type 1 is not answered, and no client says "yes"
    data = replace(MISSENT, client_ids=(ordinary, sensitive))
    row = incidents.update_incident(ledger, clerk, row.id, data)
    assert row.duty is Duty.REQUIRED
    assert row.next_deadline is not None
    assert row.next_deadline.due == deadlines(KNEW, wrongful_purpose=False).preliminary_target
    detail = incidents.get_incident(ledger, clerk, row.id)
    assert detail.triage.text.startswith("Report to the PPC and notify the persons: required")
    assert [c.name for c in detail.linked] == ["Sato Hanako", "Ito Hanako"]


def test_type_3_with_type_1_gives_60_days(ledger: Ledger, clerk: Actor) -> None:
    data = replace(
        MISSENT, type_sensitive=True, type_wrongful=True, sub_kind=SubKind.MIS_SENT_EMAIL
    )
    row = incidents.report_incident(ledger, clerk, data)
    assert row.deadlines is not None
    assert row.deadlines.final_days == 60
    assert row.deadlines.final_due == deadlines(KNEW, wrongful_purpose=True).final_due


def test_contractor_told_starts_the_clock(ledger: Ledger, clerk: Actor) -> None:
    told = KNEW - timedelta(days=1)
    data = replace(
        MISSENT, type_financial=True, contractor_id=7, contractor_told_on=told, occurred_on=told
    )
    row = incidents.report_incident(ledger, clerk, data)
    assert row.deadlines is not None and row.deadlines.start == told


def test_exactly_1000_persons_is_not_reportable_1001_is(ledger: Ledger, clerk: Actor) -> None:
    base = replace(MISSENT, type_sensitive=False, persons_count=900)
    assert incidents.report_incident(ledger, clerk, replace(base, persons_max=1000)).duty is (
        Duty.NOT_REQUIRED
    )
    assert incidents.report_incident(ledger, clerk, replace(base, persons_max=1001)).duty is (
        Duty.REQUIRED
    )
    exempt = replace(base, persons_max=5000, strongly_encrypted=True)
    assert incidents.report_incident(ledger, clerk, exempt).duty is Duty.NOT_REQUIRED


def test_marking_reports_sent_and_closing_are_for_managers(ledger: Ledger, clerk: Actor) -> None:
    row = incidents.report_incident(ledger, clerk, replace(MISSENT, type_sensitive=True))
    incidents.record_stage(ledger, clerk, row.id, Stage.CONTAINED, KNEW)
    for stage in (Stage.PRELIMINARY_SENT, Stage.FINAL_SENT, Stage.CLOSED):
        with pytest.raises(PermissionDenied):
            incidents.record_stage(ledger, clerk, row.id, stage, TODAY)
    done = incidents.record_stage(ledger, manager(ledger), row.id, Stage.PRELIMINARY_SENT, TODAY)
    assert done.stage is Stage.PRELIMINARY_SENT
    assert done.next_deadline is not None and done.next_deadline.report == "final"


def test_a_stage_is_recorded_once_and_within_the_clock(ledger: Ledger, clerk: Actor) -> None:
    row = incidents.report_incident(ledger, clerk, MISSENT)
    incidents.record_stage(ledger, clerk, row.id, Stage.CONTAINED, KNEW)
    with pytest.raises(ValidationError, match="already recorded"):
        incidents.record_stage(ledger, clerk, row.id, Stage.CONTAINED, TODAY)
    for day in (KNEW - timedelta(days=1), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError, match="between the day the office learned"):
            incidents.record_stage(ledger, clerk, row.id, Stage.INVESTIGATED, day)


def close(ledger: Ledger, incident_id: int) -> None:
    incidents.record_stage(ledger, manager(ledger), incident_id, Stage.CLOSED, TODAY)


def test_closing_needs_a_prevention_entry(ledger: Ledger, clerk: Actor) -> None:
    row = incidents.report_incident(ledger, clerk, replace(MISSENT, type_sensitive=False))
    incidents.add_action(ledger, clerk, row.id, ActionKind.CONTAINMENT, "Asked recipient to delete")
    with pytest.raises(ValidationError, match="recurrence-prevention"):
        close(ledger, row.id)
    incidents.add_action(
        ledger, clerk, row.id, ActionKind.PREVENTION_DONE, "Auto-completion switched off"
    )
    close(ledger, row.id)
    detail = incidents.get_incident(ledger, clerk, row.id)
    assert (detail.stage, detail.closed_on) == (Stage.CLOSED, TODAY)
    assert [a.kind for a in detail.actions] == [ActionKind.CONTAINMENT, ActionKind.PREVENTION_DONE]
    with pytest.raises(ValidationError, match="closed"):
        incidents.update_incident(ledger, clerk, row.id, replace(MISSENT, title="Changed"))
    with pytest.raises(ValidationError, match="closed"):
        incidents.add_action(ledger, clerk, row.id, ActionKind.ACTION, "Too late")


def test_a_required_report_must_be_sent_and_persons_notified_before_closing(
    ledger: Ledger, clerk: Actor
) -> None:
    client = add_client(ledger, "Kato", sensitive=True)
    row = incidents.report_incident(ledger, clerk, replace(MISSENT, client_ids=(client,)))
    incidents.add_action(ledger, clerk, row.id, ActionKind.PREVENTION_PLANNED, "Training")
    with pytest.raises(ValidationError, match="must be reported"):
        close(ledger, row.id)
    boss = manager(ledger)
    incidents.record_stage(ledger, boss, row.id, Stage.FINAL_SENT, TODAY)
    with pytest.raises(ValidationError, match="send log is empty"):
        incidents.record_stage(ledger, clerk, row.id, Stage.PERSONS_NOTIFIED, TODAY)
    covered = incidents.record_notice(
        ledger, clerk, row.id, NoticeMethod.LETTER, TODAY, client_ids=(client,)
    )
    assert covered == 1
    incidents.record_stage(ledger, clerk, row.id, Stage.PERSONS_NOTIFIED, TODAY)
    close(ledger, row.id)
    assert incidents.list_incidents(ledger, clerk)[0].closed


def test_an_undecided_incident_cannot_be_closed(ledger: Ledger, clerk: Actor) -> None:
    row = incidents.report_incident(ledger, clerk, replace(MISSENT, type_wrongful=None))
    assert row.duty is Duty.UNDECIDED
    assert row.next_deadline is not None  # the clock runs while the office decides
    incidents.add_action(ledger, clerk, row.id, ActionKind.PREVENTION_DONE, "Checked")
    with pytest.raises(ValidationError, match="not yet decided"):
        close(ledger, row.id)


def test_notices_to_linked_clients_and_a_batch_by_count(ledger: Ledger, clerk: Actor) -> None:
    linked, other = add_client(ledger, "Abe"), add_client(ledger, "Ueda")
    row = incidents.report_incident(ledger, clerk, replace(MISSENT, client_ids=(linked,)))
    with pytest.raises(ValidationError, match="Only clients linked"):
        incidents.record_notice(ledger, clerk, row.id, NoticeMethod.LETTER, client_ids=(other,))
    with pytest.raises(ValidationError, match="Choose the linked clients"):
        incidents.record_notice(ledger, clerk, row.id, NoticeMethod.LETTER)
    incidents.record_notice(ledger, clerk, row.id, NoticeMethod.EMAIL, client_ids=(linked,))
    incidents.record_notice(ledger, clerk, row.id, NoticeMethod.PUBLICATION, persons=40)
    detail = incidents.get_incident(ledger, clerk, row.id)
    assert [(n.client_number, n.persons, n.method) for n in detail.notices] == [
        ("C-000001", 1, NoticeMethod.EMAIL),
        ("", 40, NoticeMethod.PUBLICATION),
    ]
    assert detail.persons_notified == 41
    assert detail.linked[0].notified


def test_actions_keep_their_time_and_author(ledger: Ledger, clerk: Actor) -> None:
    row = incidents.report_incident(ledger, clerk, MISSENT)
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    incidents.add_action(ledger, clerk, row.id, ActionKind.INVESTIGATION, "Read the logs", at)
    with pytest.raises(ValidationError, match="future"):
        incidents.add_action(
            ledger, clerk, row.id, ActionKind.ACTION, "x", datetime.now(UTC) + timedelta(hours=1)
        )
    with pytest.raises(ValidationError, match="Describe"):
        incidents.add_action(ledger, clerk, row.id, ActionKind.ACTION, "  ")
    (entry,) = incidents.get_incident(ledger, clerk, row.id).actions
    assert (entry.at, entry.text, entry.by) == (at, "Read the logs", "Suzuki Kenta")


def test_read_only_ledger_shows_linked_clients_by_number_only(login: Login, clerk: Actor) -> None:
    ledger = login()
    client = add_client(ledger, "Mori")
    row = incidents.report_incident(ledger, manager(ledger), replace(MISSENT, client_ids=(client,)))
    ledger.close()
    reader = login(read_only=True)
    (linked,) = incidents.get_incident(reader, manager(reader), row.id).linked
    assert (linked.number, linked.name, linked.address) == ("C-000001", "", "")


def test_recomputed_deadlines_match_a_fresh_list(ledger: Ledger, clerk: Actor) -> None:
    for wrongful in (False, True):
        incidents.report_incident(ledger, clerk, replace(MISSENT, type_wrongful=wrongful))
    later = TODAY + timedelta(days=40)
    rows = incidents.list_incidents(ledger, clerk)
    assert incidents.recompute_deadlines(rows, later) == incidents.list_incidents(
        ledger, clerk, today=later
    )


def test_export_rows_name_clients_by_number_and_need_a_manager(
    ledger: Ledger, clerk: Actor
) -> None:
    client = add_client(ledger, "Noguchi", sensitive=True)
    incidents.report_incident(ledger, clerk, replace(MISSENT, client_ids=(client,)))
    with pytest.raises(PermissionDenied):
        incidents.export_rows(ledger, clerk)
    (row,) = incidents.export_rows(ledger, manager(ledger))
    assert len(row) == len(incidents.EXPORT_HEADER)
    values = dict(zip((key for key, *_ in incidents.EXPORT_HEADER), row, strict=True))
    assert values["clients"] == "C-000001"
    assert values["duty"] == "required" and values["types"] == "1"
    assert values["known_on"] == KNEW.isoformat()
    assert "Noguchi" not in "".join(row)
    assert incidents.export_rows(ledger, manager(ledger), date_from=TODAY) == []


def test_demo_incidents_cover_every_stage_with_live_clocks(ledger: Ledger) -> None:
    from desktop.demo.fill import fill_ledger

    fill_ledger(ledger, manager(ledger), clients=20, incidents=150)
    rows = incidents.list_incidents(ledger, manager(ledger))
    assert len(rows) == 150
    assert {row.stage for row in rows} == set(Stage)
    assert {row.duty for row in rows} == set(Duty)
    states = {row.next_deadline.due_state for row in rows if row.next_deadline}
    assert {"overdue", "ok"} <= {str(state) for state in states}
    known = sorted(row.known_on for row in rows)
    assert known[-1] <= TODAY and (known[-1] - known[0]).days > 3 * 365
