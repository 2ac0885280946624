"""``python -m desktop``: the same as the ``privacy-ledger`` command."""

from .cli import main

raise SystemExit(main())
