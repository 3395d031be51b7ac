"""Placeholder: ask/chat/eval commands (being written)."""


def add_parsers(sub) -> None:
    pass
