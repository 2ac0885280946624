"""The consent register on a real ledger: what is saved, refused, kept as history and purged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services import audit
from desktop.services.consents import (
    ConsentRequired,
    add_consent,
    add_data_item,
    add_provision,
    add_receipt,
    add_recipient,
    get_consent,
    get_provision_record,
    list_consents,
    list_data_items,
    list_provisions,
    list_receipts,
    purge_expired_records,
    update_consent,
    update_data_item,
    update_recipient,
    withdraw_consent,
)
from desktop.services.consents.export import (
    export_consents,
    export_provisions,
    export_receipts,
    export_recipients,
)
from desktop.services.consents.types import (
    ConsentMethod,
    ConsentState,
    LegalBasis,
    ReceiptInput,
    RecipientInput,
    RecipientKind,
    RecordMethod,
    Withdrawal,
)
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.places import Places
from desktop.services.session import open_ledger
from tests.consents_support import Office, actor, consent, make_office, provision
from tests.ledger_fixtures import CLERK, MANAGER, Login, digest

TODAY = date(2026, 5, 1)


@pytest.fixture
def office(login: Login) -> Office:
    return make_office(login())


def test_a_new_ledger_has_the_data_items_with_the_sensitive_ones_marked(office: Office) -> None:
    items = {item.name: item.sensitive for item in list_data_items(office.ledger)}
    assert items["Family register details"] is False
    assert items["Residence card details"] is False
    assert items["Medical information"] is True
    assert items["Criminal record"] is True


def test_a_provision_covered_by_a_consent_is_recorded_with_its_rule_20_record(
    office: Office,
) -> None:
    given = add_consent(office.ledger, actor(office), consent(office, "Name", "Address"), TODAY)
    assert given.number == "CS-000001" and given.state is ConsentState.ACTIVE

    row = add_provision(office.ledger, actor(office), provision(office, "Name"))

    assert (row.number, row.consent_number, row.exempt) == ("PV-000001", "CS-000001", False)
    record = get_provision_record(office.ledger, actor(office), row.id)
    assert record.consent_obtained and record.legal_basis == ""
    assert record.recipient_name == "ABC Co."
    assert record.recipient_address == "東京都港区1-2-3"
    assert record.recipient_representative == "代表取締役 青木 一"
    assert record.person.endswith("山田 花子")
    assert record.items == ("Name",)
    assert record.retention_end == date(2029, 2, 1)


def test_a_provision_nothing_covers_is_refused_and_nothing_is_written(
    office: Office, ledger_file: Path
) -> None:
    add_consent(office.ledger, actor(office), consent(office, "Name"), TODAY)
    before = digest(ledger_file)
    with pytest.raises(ConsentRequired) as info:
        add_provision(
            office.ledger, actor(office), provision(office, "Name", "Medical information")
        )
    assert "does not include 'Medical information'" in str(info.value)
    assert digest(ledger_file) == before
    assert list_provisions(office.ledger, actor(office)) == []


def test_withdrawing_lists_the_future_provisions_it_leaves_uncovered_and_refuses_new_ones(
    office: Office,
) -> None:
    given = add_consent(
        office.ledger, actor(office), consent(office, "Family register details"), TODAY
    )
    early = add_provision(
        office.ledger, actor(office), provision(office, "Family register details")
    )
    late = add_provision(
        office.ledger,
        actor(office),
        provision(office, "Family register details", provided_on=date(2026, 3, 15)),
    )

    outcome = withdraw_consent(
        office.ledger,
        actor(office),
        given.id,
        Withdrawal(date(2026, 3, 1), "letter", "Asked to stop"),
        TODAY,
    )

    assert outcome.consent.state is ConsentState.WITHDRAWN
    assert [p.number for p in outcome.uncovered] == [late.number]
    flags = {p.number: p.uncovered for p in list_provisions(office.ledger, actor(office))}
    assert flags == {early.number: False, late.number: True}
    with pytest.raises(ConsentRequired) as info:
        add_provision(
            office.ledger,
            actor(office),
            provision(office, "Family register details", provided_on=date(2026, 4, 1)),
        )
    assert str(info.value) == (
        "The consent for 'Family register details' to ABC Co. was withdrawn on 2026-03-01."
    )
    with pytest.raises(ValidationError, match="already withdrawn"):
        withdraw_consent(
            office.ledger, actor(office), given.id, Withdrawal(date(2026, 3, 2), "", ""), TODAY
        )


def test_every_change_of_a_consent_is_kept_as_a_version(office: Office) -> None:
    given = add_consent(office.ledger, actor(office), consent(office, "Name"), TODAY)
    update_consent(
        office.ledger,
        actor(office),
        given.id,
        consent(office, "Name", "Address", evidence_ref="Cabinet B / 7"),
        TODAY,
    )
    withdraw_consent(
        office.ledger, actor(office), given.id, Withdrawal(date(2026, 4, 1), "e-mail", ""), TODAY
    )

    detail = get_consent(office.ledger, actor(office), given.id)

    assert detail.version == 3
    assert [(v.version, v.change) for v in detail.history] == [
        (1, "created"),
        (2, "edited"),
        (3, "withdrawn"),
    ]
    first, second, third = detail.history
    assert (
        first.state["items"] == ["Name"] and first.state["evidence_ref"] == "Cabinet A / 2026-003"
    )
    assert set(second.changed_fields) == {"item_ids", "evidence_ref"}
    assert second.state["items"] == ["Name", "Address"]
    assert third.state["withdrawn_on"] == "2026-04-01"
    assert first.username == "manager"
    with pytest.raises(ValidationError, match="withdrawn and cannot be changed"):
        update_consent(office.ledger, actor(office), given.id, consent(office, "Name"), TODAY)


def test_an_edit_that_would_uncover_a_recorded_provision_is_refused(office: Office) -> None:
    given = add_consent(office.ledger, actor(office), consent(office, "Name", "Address"), TODAY)
    used = add_provision(office.ledger, actor(office), provision(office, "Address"))
    with pytest.raises(ValidationError) as info:
        update_consent(office.ledger, actor(office), given.id, consent(office, "Name"), TODAY)
    assert str(info.value) == (
        f"This change would leave provisions {used.number} without a covering consent."
    )
    assert get_consent(office.ledger, actor(office), given.id).version == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"item_ids": ()}, "item_ids"),
        ({"obtained_on": TODAY + timedelta(days=1)}, "obtained_on"),
        ({"expires_on": date(2026, 1, 9)}, "expires_on"),
        ({"method": ConsentMethod.ORAL, "method_note": ""}, "method_note"),
    ],
)
def test_a_consent_with_a_problem_is_refused_naming_the_field(
    office: Office, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        add_consent(office.ledger, actor(office), consent(office, "Name", **changes), TODAY)
    assert info.value.field == field
    assert list_consents(office.ledger, actor(office)) == []


def test_a_government_recipient_gets_a_record_marked_not_required(office: Office) -> None:
    row = add_provision(
        office.ledger,
        actor(office),
        provision(
            office,
            "Name",
            "Residence card details",
            recipient_id=office.immigration,
            legal_basis=LegalBasis.LAWS_AND_REGULATIONS,
            basis_note="Immigration Control Act Art. 20",
        ),
    )
    assert (
        row.exempt
        and row.consent_number == ""
        and row.legal_basis is LegalBasis.LAWS_AND_REGULATIONS
    )
    record = get_provision_record(office.ledger, actor(office), row.id)
    assert record.exempt and not record.consent_obtained
    assert record.legal_basis == "laws_and_regulations"


def test_records_kept_under_a_contract_run_from_the_last_provision(office: Office) -> None:
    add_consent(office.ledger, actor(office), consent(office, "Name"), TODAY)
    first = add_provision(
        office.ledger, actor(office), provision(office, "Name", record_method=RecordMethod.CONTRACT)
    )
    add_provision(
        office.ledger,
        actor(office),
        provision(
            office, "Name", record_method=RecordMethod.CONTRACT, provided_on=date(2026, 4, 2)
        ),
    )
    assert get_provision_record(office.ledger, actor(office), first.id).retention_end == date(
        2027, 4, 2
    )


def test_a_manager_purges_records_past_retention_with_an_audit_event(office: Office) -> None:
    add_consent(office.ledger, actor(office), consent(office, "Name"), TODAY)
    kept = add_provision(office.ledger, actor(office), provision(office, "Name"))
    old = add_provision(
        office.ledger,
        actor(office),
        provision(
            office, "Name", provided_on=date(2026, 1, 20), record_method=RecordMethod.CONTRACT
        ),
    )
    receipt = add_receipt(
        office.ledger,
        actor(office),
        ReceiptInput(
            office.client,
            date(2026, 1, 5),
            "みなと不動産",
            "東京都港区芝浦9-99-1",
            "From the rental application, with consent",
            (office.items["Name"],),
        ),
        TODAY,
    )

    outcome = purge_expired_records(office.ledger, actor(office), today=date(2027, 1, 21))

    assert (outcome.provisions, outcome.receipts) == (1, 0)
    assert [p.number for p in list_provisions(office.ledger, actor(office))] == [kept.number]
    assert old.retention_end == date(2027, 1, 20)
    events = audit.list_events(office.ledger, actor(office), action="records.purge")
    assert events[0].summary == "provisions 1, receipts 0, past retention on 2027-01-21"
    outcome = purge_expired_records(office.ledger, actor(office), today=date(2029, 2, 2))
    assert (outcome.provisions, outcome.receipts) == (1, 1)
    assert list_receipts(office.ledger, actor(office)) == []
    assert receipt.retention_end == date(2029, 1, 5)


def test_a_clerk_records_consents_but_may_not_purge_or_export(office: Office, login: Login) -> None:
    office.ledger.close()
    clerk_ledger = login(CLERK)
    clerk = clerk_ledger.actor
    assert clerk is not None
    add_consent(clerk_ledger, clerk, consent(office, "Name"), TODAY)
    for call in (
        lambda: purge_expired_records(clerk_ledger, clerk),
        lambda: export_consents(clerk_ledger, clerk),
        lambda: add_data_item(clerk_ledger, clerk, "My Number"),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_receipts_need_the_art_30_confirmation(office: Office) -> None:
    with pytest.raises(ValidationError) as info:
        add_receipt(
            office.ledger,
            actor(office),
            ReceiptInput(office.client, date(2026, 1, 5), "みなと不動産", "東京都港区", "  ", (1,)),
            TODAY,
        )
    assert info.value.field == "provider_obtained_how"


def test_a_company_recipient_needs_its_representative_and_edits_are_kept(office: Office) -> None:
    with pytest.raises(ValidationError) as info:
        add_recipient(
            office.ledger,
            actor(office),
            RecipientInput("XYZ Ltd.", RecipientKind.COMPANY, "大阪市"),
        )
    assert info.value.field == "representative"
    changed = update_recipient(
        office.ledger,
        actor(office),
        office.abc,
        RecipientInput("ABC Co.", RecipientKind.COMPANY, "東京都千代田区9-9", "代表取締役 青木 一"),
    )
    assert changed.address == "東京都千代田区9-9"


def test_the_office_maintains_its_data_items(office: Office) -> None:
    added = add_data_item(office.ledger, actor(office), "My Number", sensitive=False)
    update_data_item(
        office.ledger, actor(office), added.id, "My Number", sensitive=True, retired=True
    )
    item = next(i for i in list_data_items(office.ledger) if i.id == added.id)
    assert item.sensitive and item.retired
    with pytest.raises(ValidationError, match="retired"):
        add_consent(
            office.ledger, actor(office), replace(consent(office), item_ids=(added.id,)), TODAY
        )
    with pytest.raises(ValidationError, match="already has this name"):
        add_data_item(office.ledger, actor(office), "name")


def test_exports_give_header_keys_and_rows_of_text(office: Office) -> None:
    given = add_consent(office.ledger, actor(office), consent(office, "Name", "Address"), TODAY)
    add_provision(office.ledger, actor(office), provision(office, "Name"))
    keys, rows = export_consents(office.ledger, actor(office))
    assert dict(zip(keys, rows[0], strict=True)) | {} == {
        "number": given.number,
        "client_number": "C-000001",
        "client_name": "山田 花子",
        "recipient": "ABC Co.",
        "purpose": "4",
        "items": "Name; Address",
        "obtained_on": "2026-01-10",
        "expires_on": "",
        "withdrawn_on": "",
        "state": "active",
    }
    keys, rows = export_provisions(office.ledger, actor(office), date_from=date(2026, 2, 2))
    assert rows == []
    keys, rows = export_provisions(office.ledger, actor(office), date_to=date(2026, 2, 1))
    assert dict(zip(keys, rows[0], strict=True))["consent"] == given.number
    keys, rows = export_recipients(office.ledger, actor(office))
    assert [row[0] for row in rows] == ["ABC Co.", "東京出入国在留管理局"]
    assert export_receipts(office.ledger, actor(office))[1] == []
    assert all(isinstance(v, str) for row in rows for v in row)


def test_an_older_ledger_gets_the_data_items_when_upgraded(tmp_path: Path, places: Places) -> None:
    from tests.unit.test_migrations import FIXTURES, load

    fixture = load(FIXTURES[0])
    path = fixture.copy_to(tmp_path)
    ledger = open_ledger(path, MANAGER, fixture.password(MANAGER), places)
    try:
        items = list_data_items(ledger)
    finally:
        ledger.close()
    assert [i.name for i in items][:3] == ["Name", "Address", "Date of birth"]
    assert {i.name for i in items if i.sensitive} == {
        "Medical information",
        "Disability",
        "Criminal record",
    }
