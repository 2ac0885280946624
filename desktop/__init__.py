"""Privacy Ledger: the privacy register of a small administrative-procedures office."""

__version__ = "0.1.0"
