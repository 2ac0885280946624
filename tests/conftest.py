"""Test configuration shared by every suite.

Qt runs offscreen, and new key slots use the cheapest Argon2id parameters the
bounds allow (the explicit test-only switch); one test in tests/unit proves
real parameters are used when the switch is off.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PRIVACY_LEDGER_TEST_KDF"] = "1"
