"""TZCLD Desktop: the offline tool of TZCLD's national referents."""

__version__ = "0.2.0"
