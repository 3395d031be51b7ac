"""citybot: answers questions about the 2025 global innovation cities ranking."""

__version__ = "0.1.0"
