"""The printed consent form, read back from the PDF as a person would read the paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.reports.consent_form import write_consent_form_pdf
from desktop.services import audit, policies
from desktop.services.consents import add_consent
from desktop.services.consents.form import consent_form
from desktop.services.errors import ReadCannotBeRecorded
from tests.consents_support import Office, actor, consent, make_office
from tests.ledger_fixtures import Login
from tests.unit.test_reports import pdf_info, pdf_text

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def office(login: Login) -> Office:
    return make_office(login())


def test_the_form_names_office_person_recipient_purpose_items_and_has_signature_lines(
    office: Office, tmp_path: Path
) -> None:
    given = add_consent(
        office.ledger,
        actor(office),
        consent(office, "Name", "Family register details", "Medical information"),
        date(2026, 5, 1),
    )
    form = consent_form(office.ledger, actor(office), given.id)
    path = tmp_path / "consent.pdf"
    write_consent_form_pdf(path, form)

    text = " ".join(pdf_text(path).split())
    assert "Consent to the Provision of Personal Data" in text
    assert "個人データの第三者提供に関する同意書" in text
    assert "Yamada Gyoseishoshi Office" in text
    assert "山田 花子" in text
    assert "ABC Co." in text and "代表取締役 青木 一" in text
    assert f"4. {form.purpose_title}" in text
    assert "Family register details" in text
    assert "Medical information（要配慮個人情報 / sensitive personal information）" in text
    assert "Name（" not in text  # only the sensitive item is marked
    assert "Until withdrawn" in text and "撤回されるまで" in text
    assert "Signature" in text and "署名" in text and "日付" in text
    assert given.number in text
    assert pdf_info(path)["Pages"] == "1"
    (event,) = audit.list_events(office.ledger, actor(office), action="consent.print")
    assert event.summary == given.number


def test_an_expiry_and_the_policy_version_are_printed_in_both_languages(
    office: Office, tmp_path: Path
) -> None:
    given = add_consent(
        office.ledger,
        actor(office),
        consent(office, "Name", expires_on=date(2027, 3, 31)),
        date(2026, 5, 1),
    )
    form = replace(
        consent_form(office.ledger, actor(office), given.id),
        policy_version="3",
        policy_date=date(2026, 4, 1),
    )
    path = tmp_path / "consent.pdf"
    write_consent_form_pdf(path, form)
    text = " ".join(pdf_text(path).split())
    assert "Until 2027-03-31（2027年3月31日）, unless withdrawn earlier" in text
    assert "Version 3 of 2026-04-01（2026年4月1日）" in text
    assert "第3版 2026-04-01（2026年4月1日） 施行" in text


def test_a_read_only_ledger_cannot_print_a_form(office: Office, login: Login) -> None:
    given = add_consent(office.ledger, actor(office), consent(office, "Name"), date(2026, 5, 1))
    office.ledger.close()
    reader = login(read_only=True)
    assert reader.actor is not None
    with pytest.raises(ReadCannotBeRecorded):
        consent_form(reader, reader.actor, given.id)


def test_a_consent_names_the_policy_version_in_force_on_the_day_it_was_given(
    office: Office,
) -> None:
    today = date.today()  # the seeded version 1.0 is in force from the ledger's creation
    current = policies.version_in_force(office.ledger, actor(office), today)
    assert current is not None and current.version == "1.0"
    given_today = add_consent(
        office.ledger, actor(office), consent(office, "Name", obtained_on=today), today
    )
    given_before = add_consent(
        office.ledger,
        actor(office),
        consent(office, "Name", obtained_on=current.effective_on - timedelta(days=1)),
        today,
    )

    form = consent_form(office.ledger, actor(office), given_today.id)
    assert (form.policy_version, form.policy_date) == ("1.0", current.effective_on)
    earlier = consent_form(office.ledger, actor(office), given_before.id)
    assert (earlier.policy_version, earlier.policy_date) == ("", None)
