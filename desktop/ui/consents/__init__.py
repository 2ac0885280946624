"""The Consents tab: consents, provisions to third parties, receipts and recipients."""

from .tab import ConsentsTab

__all__ = ["ConsentsTab"]
