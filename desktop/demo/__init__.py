"""Deterministic synthetic office data for demo mode, tests and benchmarks."""
