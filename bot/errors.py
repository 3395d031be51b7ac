"""Errors the command line turns into one clear line and exit status 2."""


class UsageError(Exception):
    """Bad usage of a command."""
