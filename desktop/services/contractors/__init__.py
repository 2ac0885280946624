"""Contractors (APPI Art. 25; GL 3-4-4) and the office's own safety checks (GL 10).

types (words and rows), rules (the rules, one function each), checks (form
input), listing (table rows), register (contractors, selection, contract),
checklists (versioned templates), inspections (record, approve, follow up),
sheets (what an inspection sheet prints), export (CSV rows).
"""
