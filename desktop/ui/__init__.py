"""Qt widgets, one package per tab; no SQL, no crypto: everything goes through services."""
