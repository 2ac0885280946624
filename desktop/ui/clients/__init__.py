"""The Clients tab: the client register, its form, disposal and the purposes of use."""

from __future__ import annotations

from .tab import ClientsTab

__all__ = ["ClientsTab"]
