"""Demo data for the consent register: about three records per client, deterministic."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from desktop.demo.fill import fill_ledger
from desktop.services.consents import (
    get_provision_record,
    list_consents,
    list_provisions,
    list_receipts,
    list_recipients,
)
from desktop.services.consents.types import ConsentState, RecipientKind
from tests.ledger_fixtures import LedgerTemplate, Login


def test_demo_data_makes_recipients_consents_and_provisions_the_same_every_time(
    login: Login, ledger_template: LedgerTemplate, tmp_path: Path
) -> None:
    ledger = login()
    actor = ledger.actor
    assert actor is not None
    fill_ledger(ledger, actor, clients=60, batch=25)

    consents = list_consents(ledger, actor)
    provisions = list_provisions(ledger, actor)
    per_client = (len(consents) + len(provisions)) / 60
    assert 2.5 <= per_client <= 4.5
    states = Counter(row.state for row in consents)
    assert states[ConsentState.WITHDRAWN] > 0 and states[ConsentState.EXPIRED] > 0
    assert states[ConsentState.ACTIVE] > len(consents) / 2
    kinds = {r.kind for r in list_recipients(ledger, actor)}
    assert RecipientKind.NATIONAL_GOVERNMENT in kinds and RecipientKind.COMPANY in kinds
    exempt = [p for p in provisions if p.exempt]
    assert exempt and all(p.legal_basis is not None for p in exempt)
    assert all(p.consent_number for p in provisions if not p.exempt)
    assert get_provision_record(ledger, actor, provisions[0].id).person.startswith("C-000001")
    assert len(list_receipts(ledger, actor)) >= 1

    # The first clients' records do not depend on how many clients were asked for.
    first = [(c.client_number, c.recipient_name, c.item_names, c.obtained_on) for c in consents]
    ledger.close()
    copy = tmp_path / "other.pldb"
    shutil.copyfile(ledger_template.path, copy)
    copy.chmod(0o600)
    other = login(path=copy)
    assert other.actor is not None
    fill_ledger(other, other.actor, clients=10)
    again = [
        (c.client_number, c.recipient_name, c.item_names, c.obtained_on)
        for c in list_consents(other, other.actor)
    ]
    assert again == [row for row in first if row[0] <= "C-000010"]
