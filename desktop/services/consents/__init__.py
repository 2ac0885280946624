"""The consent register (policy clause 3; APPI Art. 27, 29, 30; Rules 19-25).

Recipients, the office's list of data items, consents with their history,
provisions to third parties with their generated Rule 20 records, and
receipts from third parties. The rules are in :mod:`.rules`, each in one
function; the other modules store and list records and apply those rules.
"""

from .consents import add_consent, get_consent, list_consents, update_consent, withdraw_consent
from .items import add_data_item, list_data_items, seed_data_items, update_data_item
from .provisions import add_provision, get_provision_record, list_provisions, purge_expired_records
from .receipts import add_receipt, list_receipts
from .recipients import add_recipient, list_recipients, update_recipient
from .rules import ConsentChoiceNeeded, ConsentRequired

__all__ = [
    "ConsentChoiceNeeded",
    "ConsentRequired",
    "add_consent",
    "add_data_item",
    "add_provision",
    "add_receipt",
    "add_recipient",
    "get_consent",
    "get_provision_record",
    "list_consents",
    "list_data_items",
    "list_provisions",
    "list_receipts",
    "list_recipients",
    "purge_expired_records",
    "seed_data_items",
    "update_consent",
    "update_data_item",
    "update_recipient",
    "withdraw_consent",
]
