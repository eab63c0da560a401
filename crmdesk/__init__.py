"""CRMDesk: keep a small sales team's customer base clean and worked."""

__version__ = "0.1.0"
