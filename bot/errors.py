"""Errors the command line turns into one clear line and exit status 2 (raised by any subcommand's module)."""


class UsageError(Exception):
    """Bad usage of a command."""
