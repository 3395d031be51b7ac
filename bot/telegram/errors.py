"""Errors of the Telegram front end that end ``citybot run`` with one line (no Telegram imports)."""

from __future__ import annotations


class StartupError(Exception):
    """The bot cannot start as configured (a port in use, a bad port): one line, exit status 2."""
