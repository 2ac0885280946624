"""Privacy policy versions: seeded with the policy in resources/, recorded by a manager.

Consents will name the version in force on the day they were given, so a
version is kept as it was and a new one never takes effect before the one in
force (docs/appi-rules.md, "Purposes of use" and "Consents").
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.services import audit, policies
from desktop.services.errors import ValidationError
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import Login

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture
def ledger(login: Login) -> Iterator[Ledger]:
    ledger = login()
    yield ledger
    ledger.close()


def test_a_new_ledger_has_the_shipped_policy_as_version_1_0(ledger: Ledger) -> None:
    assert ledger.actor is not None
    rows = policies.list_versions(ledger, ledger.actor)
    assert sorted((row.version, row.language) for row in rows) == [("1.0", "en"), ("1.0", "ja")]
    for row in rows:
        shipped = (RESOURCES / f"policy_{row.language}.md").read_text(encoding="utf-8")
        assert row.text == shipped
        assert row.recorded_by == ""  # seeded by the program
    (created,) = {row.effective_on for row in rows}
    first_event = audit.list_events(ledger, ledger.actor)[-1]
    assert first_event.action == "ledger.create"
    assert created == first_event.at.date()


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("before", None),  # the ledger did not exist yet
        ("created", "1.0"),
        ("2099-03-31", "1.0"),
        ("2099-04-01", "2.0"),
        ("2100-01-01", "2.0"),
    ],
)
def test_the_version_in_force_on_a_day(ledger: Ledger, day: str, expected: str | None) -> None:
    actor = ledger.actor
    assert actor is not None
    created = policies.list_versions(ledger, actor)[0].effective_on
    policies.record_version(ledger, actor, "2.0", "ja", "第2版の本文", date(2099, 4, 1))
    on = {
        "before": date.fromordinal(created.toordinal() - 1),
        "created": created,
    }.get(day) or date.fromisoformat(day)
    found = policies.version_in_force(ledger, actor, on, "ja")
    assert (found and found.version) == expected
    english = policies.version_in_force(ledger, actor, date(2100, 1, 1), "en")
    assert english is not None and english.version == "1.0"  # 2.0 exists in Japanese only


def test_a_new_version_is_recorded_with_who_and_audited(ledger: Ledger) -> None:
    actor = ledger.actor
    assert actor is not None
    row = policies.record_version(ledger, actor, " 2.0 ", "en", "Second edition", date(2099, 4, 1))
    assert (row.version, row.language, row.text, row.effective_on) == (
        "2.0",
        "en",
        "Second edition",
        date(2099, 4, 1),
    )
    assert row.recorded_by == actor.display_name
    event = audit.list_events(ledger, actor, limit=1)[0]
    assert (event.action, event.entity, event.entity_id) == ("policy.record", "policy", str(row.id))
    assert event.summary == "2.0 (en) in force from 2099-04-01"
    assert policies.current_version(ledger, actor, "en", today=date(2099, 4, 1)) == row


@pytest.mark.parametrize(
    ("version", "language", "text", "effective", "field", "message"),
    [
        ("", "ja", "本文", date(2099, 1, 1), "version", "Enter the version label."),
        ("v" * 21, "ja", "本文", date(2099, 1, 1), "version", "too long (at most 20)"),
        ("2.0", "fr", "texte", date(2099, 1, 1), "language", "ja or en"),
        ("2.0", "ja", "  ", date(2099, 1, 1), "text", "Enter the policy's text."),
        ("2.0", "ja", "x" * 100_001, date(2099, 1, 1), "text", "too long"),
        ("1.0", "ja", "本文", date(2099, 1, 1), "version", "already recorded"),
        ("2.0", "ja", "本文", date(2000, 1, 1), "effective_on", "cannot take effect before"),
    ],
)
def test_a_version_that_breaks_a_rule_is_refused(
    ledger: Ledger,
    version: str,
    language: str,
    text: str,
    effective: date,
    field: str,
    message: str,
) -> None:
    actor = ledger.actor
    assert actor is not None
    before = policies.list_versions(ledger, actor)
    with pytest.raises(ValidationError) as info:
        policies.record_version(ledger, actor, version, language, text, effective)
    assert info.value.field == field
    assert message in str(info.value)
    assert policies.list_versions(ledger, actor) == before
