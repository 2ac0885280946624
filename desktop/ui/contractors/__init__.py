"""The Contractors tab: outsourcing companies, contracts, inspections and their printed sheets."""

from .tab import ContractorsTab

__all__ = ["ContractorsTab"]
