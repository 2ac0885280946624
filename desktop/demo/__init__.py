"""Deterministic synthetic office data for demo mode, tests and benchmarks."""

#: clients per save: every save writes the whole file, so few and large keep filling linear
DEFAULT_BATCH = 5000
