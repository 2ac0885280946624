"""The rules of the office, one module per area; plain Python, no Qt."""
