"""The Incidents tab (APPI Art. 26): register, triage, deadlines, stages, notices, documents."""

from .tab import IncidentsTab

__all__ = ["IncidentsTab"]
