"""Subcommands of ``privacy-ledger`` by area; cli.py registers their parsers and dispatches."""
